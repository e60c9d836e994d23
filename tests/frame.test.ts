// dist/frame.html in an iframe, sized by dist/frame-resizer.js on the parent page.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrast, frameContentHeight as contentHeight, frameWidget, visibleTexts } from './helpers.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    document.head.append(Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: reject }));
  });
}

async function frame(query: string, width = 800, parent: HTMLElement = document.body): Promise<HTMLIFrameElement> {
  const iframe = Object.assign(document.createElement('iframe'), { src: `/dist/frame.html?${query}`, title: 'widget' });
  iframe.style.cssText = `width: ${width}px; height: 150px; border: 0; display: block`;
  parent.append(iframe);
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  return iframe;
}

describe('dist/frame.html', () => {
  before(() => loadScript('/dist/frame-resizer.js'));

  it('shows the widget from the query and takes its height, again when it changes', async () => {
    const iframe = await frame('widget=treaty-badge&country=PL&as-of=2025-11-28&locale=en-GB');
    const badge = iframe.contentDocument!.querySelector('ot-treaty-badge') as HTMLElement & { status: string; updateComplete: Promise<unknown> };
    await waitUntil(() => badge.status === 'withdrawal-pending', 'the badge did not render');
    await waitUntil(() => iframe.style.height === `${contentHeight(iframe)}px`, 'the iframe did not take the content height');
    const wide = parseFloat(iframe.style.height);
    expect(wide).to.be.lessThan(150);

    iframe.style.width = '200px'; // the text wraps: the frame grows with it
    await waitUntil(() => parseFloat(iframe.style.height) > wide && iframe.style.height === `${contentHeight(iframe)}px`, 'the iframe did not follow a change of height');
    iframe.remove();
  });

  it('passes only the attributes the widget documents', async () => {
    const iframe = await frame('widget=treaty-badge&country=EE&as-of=2026-01-01&onclick=alert(1)&style=display:none');
    const badge = iframe.contentDocument!.querySelector('ot-treaty-badge')!;
    expect(badge.getAttribute('country')).to.equal('EE');
    expect(badge.hasAttribute('onclick')).to.equal(false);
    expect(badge.hasAttribute('style')).to.equal(false);
    iframe.remove();
  });

  it('says so for an unknown widget', async () => {
    const iframe = await frame('widget=pie-chart');
    expect(iframe.contentDocument!.body.textContent).to.match(/Unknown widget “pie-chart”: use one of treaty-badge/);
    iframe.remove();
  });
});

/** Emulates the reader's OS colour scheme; false where the engine cannot (Firefox, and WebKit through WebDriver). */
async function osScheme(scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
  } catch {
    return false;
  }
  return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
}

/**
 * The canvas colour of `el`'s colour scheme. Where a frame's colour scheme differs from its iframe
 * element's, Chromium paints this colour, opaque, behind the frame's page.
 */
function canvasOf(el: Element): string {
  const probe = Object.assign(el.ownerDocument.createElement('i'), { hidden: true });
  probe.style.backgroundColor = 'Canvas';
  el.append(probe);
  const colour = el.ownerDocument.defaultView!.getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

/** The frame adds nothing opaque: its page is transparent and the browser has no reason to paint a canvas behind it. */
function expectTransparent(iframe: HTMLIFrameElement): void {
  const doc = iframe.contentDocument!;
  for (const el of [doc.documentElement, doc.body]) expect(getComputedStyle(el).backgroundColor, `${el.localName}'s background`).to.equal('rgba(0, 0, 0, 0)');
  expect(canvasOf(doc.body), 'the canvas of the frame\'s colour scheme, against the iframe\'s').to.equal(canvasOf(iframe.parentElement!));
}

function expectReadable(widget: HTMLElement, behind: string): void {
  const texts = visibleTexts(widget, behind);
  expect(texts.length).to.be.greaterThan(2);
  for (const { text, color, background } of texts) {
    expect(contrast(color, background), `"${text}": ${color} on ${background}`).to.be.at.least(4.5);
  }
}

describe('dist/frame.html colours', () => {
  it('on a white page with the reader\'s OS dark: transparent, and the light palette at 4.5:1', async function () {
    // Firefox and WebKit (WebDriver) cannot emulate prefers-color-scheme for a test.
    if (!(await osScheme('dark'))) this.skip();
    try {
      for (const query of ['widget=treaty-badge&country=PL&as-of=2025-03-18', 'widget=pledge-bar&countries=PL,EE,LT&as-of=2025-11-28']) {
        const iframe = await frame(query, 320);
        const widget = await frameWidget(iframe);
        expectTransparent(iframe);
        expectReadable(widget, canvasOf(document.body));
        iframe.remove();
      }
    } finally {
      await osScheme('light');
    }
  });

  it('theme=dark in the query, on a dark page that declares it: transparent, and the dark palette at 4.5:1', async () => {
    const page = Object.assign(document.createElement('div'), { style: 'color-scheme: dark; background: #101418; padding: 8px' });
    document.body.append(page);
    const iframe = await frame('widget=treaty-badge&country=PL&as-of=2025-03-18&theme=dark', 320, page);
    const widget = await frameWidget(iframe);
    expect(widget.getAttribute('theme')).to.equal('dark');
    expectTransparent(iframe);
    expectReadable(widget, 'rgb(16, 20, 24)');
    page.remove();
  });
});
