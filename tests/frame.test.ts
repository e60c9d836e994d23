// dist/frame.html in an iframe, sized by dist/frame-resizer.js on the parent page.
import { expect, waitUntil } from '@open-wc/testing';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    document.head.append(Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: reject }));
  });
}

async function frame(query: string, width = 800): Promise<HTMLIFrameElement> {
  const iframe = Object.assign(document.createElement('iframe'), { src: `/dist/frame.html?${query}`, title: 'widget' });
  iframe.style.cssText = `width: ${width}px; height: 150px; border: 0; display: block`;
  document.body.append(iframe);
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  return iframe;
}

const contentHeight = (iframe: HTMLIFrameElement) =>
  Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);

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
