// dist/frame.html and dist/frame-resizer.js in every load order, each on a parent page of its own
// (a same-origin iframe, so that every test starts without a resizer), as the README tells publishers.
import { expect, waitUntil } from '@open-wc/testing';
import { frameContentHeight as contentHeight, frameWidget } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loaded = (el: HTMLIFrameElement | HTMLScriptElement) => new Promise((r) => el.addEventListener('load', r, { once: true }));
/** Whether `check` comes true within `ms` (then the test's own expect says what is wrong). */
const settles = (check: () => boolean, ms = 5000) => waitUntil(check, '', { timeout: ms }).then(() => true, () => false);

/** The README's iframe snippet, with the address of our dist/ in place of the example one. */
async function readmeIframe(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const snippet = readme.match(/<iframe src="https:\/\/www\.example\.com\/ottawa-treaty-widgets\/dist\/frame\.html[^]*?<\/iframe>/);
  expect(snippet, 'the README has an iframe snippet').to.not.equal(null);
  return snippet![0].replace('https://www.example.com/ottawa-treaty-widgets/dist/', '/dist/');
}

const PLEDGE_BAR = '<iframe src="/dist/frame.html?widget=pledge-bar&amp;countries=PL,EE,LT&amp;as-of=2025-11-28" title="Defence spending" height="60" style="border: 0; width: 100%;"></iframe>';

/** A white parent page `width` px wide holding `html`; resolves once its iframes have loaded. */
async function parentPage(width: number, html: string): Promise<{ win: Window; frames: HTMLIFrameElement[]; remove: () => void }> {
  const host = Object.assign(document.createElement('iframe'), { title: 'parent page' });
  host.style.cssText = `width: ${width}px; height: 1500px; border: 0; display: block`;
  document.body.append(host);
  const doc = host.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><head><title>parent</title></head><body style="margin: 0"></body></html>`);
  doc.close();
  doc.body.innerHTML = html;
  const frames = [...doc.querySelectorAll('iframe')];
  await Promise.all(frames.map(loaded));
  return { win: host.contentWindow!, frames, remove: () => host.remove() };
}

async function loadResizer(win: Window): Promise<void> {
  const script = Object.assign(win.document.createElement('script'), { src: '/dist/frame-resizer.js' });
  win.document.head.append(script);
  await loaded(script);
}

/** The iframe ends up exactly as tall as the frame's content: nothing cut off, no gap. */
async function expectFitted(frame: HTMLIFrameElement): Promise<void> {
  const widget = await frameWidget(frame);
  await settles(() => frame.getBoundingClientRect().height === contentHeight(frame));
  const label = widget.localName;
  expect(frame.getBoundingClientRect().height, `${label}: the iframe's height`).to.equal(contentHeight(frame));
  const footer = widget.shadowRoot!.querySelector('[part~="footer"]')!;
  expect(footer.getBoundingClientRect().bottom, `${label}: the footer's bottom edge`).to.be.at.most(frame.clientHeight);
}

describe('dist/frame.html and dist/frame-resizer.js, in any load order', () => {
  it('resizer first, iframes after: each iframe takes its content height at 320 px', async () => {
    const page = await parentPage(320, '');
    await loadResizer(page.win);
    page.win.document.body.innerHTML = (await readmeIframe()) + PLEDGE_BAR;
    for (const frame of page.win.document.querySelectorAll('iframe')) await expectFitted(frame);
    page.remove();
  });

  it('resizer 2 s after the iframes have rendered: it asks them, and each takes its content height', async () => {
    const page = await parentPage(320, (await readmeIframe()) + PLEDGE_BAR);
    await Promise.all(page.frames.map(frameWidget));
    await sleep(2000);
    await loadResizer(page.win);
    for (const frame of page.frames) await expectFitted(frame);
    page.remove();
  });

  it('no resizer (a CMS stripped it): the README\'s height fits the badge in a 320 px column', async () => {
    const page = await parentPage(320, await readmeIframe());
    const [frame] = page.frames;
    await frameWidget(frame!);
    expect(contentHeight(frame!), 'the badge\'s height at 320 px').to.be.at.most(Number(frame!.getAttribute('height')));
    page.remove();
  });
});

describe('dist/frame.html in amp-iframe', () => {
  it('sends AMP\'s embed-size request with its content height, again when that changes', async () => {
    // The message as AMP documents it: https://github.com/ampproject/amphtml/blob/main/extensions/amp-iframe/amp-iframe.md#iframe-resizing
    const page = await parentPage(800, '');
    const amp: unknown[] = [];
    page.win.addEventListener('message', (e) => (e.data as { sentinel?: unknown })?.sentinel === 'amp' && amp.push({ ...e.data }));
    page.win.document.body.innerHTML = '<iframe src="/dist/frame.html?widget=treaty-badge&amp;country=PL&amp;as-of=2025-03-18" title="badge" height="200" style="border: 0; width: 100%"></iframe>';
    const frame = page.win.document.querySelector('iframe')!;
    await frameWidget(frame);
    const last = () => amp.at(-1) as { height?: unknown } | undefined;
    await settles(() => last()?.height === contentHeight(frame));
    expect(last()).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: contentHeight(frame) });
    const wide = contentHeight(frame);

    frame.style.width = '200px'; // the text wraps: taller
    await settles(() => contentHeight(frame) > wide && last()?.height === contentHeight(frame));
    expect(contentHeight(frame)).to.be.greaterThan(wide);
    expect(amp.at(-1)).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: contentHeight(frame) });
    page.remove();
  });
});

describe('dist/frame-resizer.js takes only well-formed heights from frame.html iframes', () => {
  /** Posts `data` to the parent page from `win`'s own realm (so `event.source` is `win`); resolves once the parent has handled it. */
  async function postFrom(win: Window, parent: Window, data: unknown): Promise<void> {
    const json = JSON.stringify(data);
    const handled = new Promise<void>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.source !== win || JSON.stringify(e.data) !== json) return;
        parent.removeEventListener('message', onMessage);
        resolve();
      };
      parent.addEventListener('message', onMessage);
    });
    new (win as unknown as { Function: FunctionConstructor }).Function('target', 'data', 'target.postMessage(data, "*")')(parent, data);
    await handled;
  }

  it('ignores another iframe\'s message, the page\'s own, and malformed ones', async () => {
    const page = await parentPage(800, '');
    await loadResizer(page.win);
    page.win.document.body.innerHTML =
      '<iframe src="/dist/frame.html?widget=treaty-badge&amp;country=PL&amp;as-of=2025-03-18" title="badge" style="border: 0; width: 100%; height: 150px"></iframe>' +
      '<iframe srcdoc="<p>An advertisement" title="other" style="border: 0; width: 100%; height: 150px"></iframe>';
    const [frame, other] = [...page.win.document.querySelectorAll('iframe')] as [HTMLIFrameElement, HTMLIFrameElement];
    await expectFitted(frame);
    const fitted = frame.style.height;
    const valid = { type: 'ot-frame-height', height: 77, widget: 'ot-treaty-badge' };

    await postFrom(other.contentWindow!, page.win, valid);
    expect(other.style.height, 'an iframe that is not frame.html').to.equal('150px');
    await postFrom(page.win, page.win, valid);
    expect(frame.style.height, 'a message from the page itself').to.equal(fitted);
    for (const bad of [
      { ...valid, height: 1e9 },
      { ...valid, height: 77.5 },
      { ...valid, height: '77' },
      { ...valid, widget: '<img src=x onerror=alert(1)>' },
      { ...valid, style: 'display: none' },
    ]) {
      await postFrom(frame.contentWindow!, page.win, bad);
      expect(frame.style.height, JSON.stringify(bad)).to.equal(fitted);
    }
    await postFrom(frame.contentWindow!, page.win, valid); // the same message well formed: taken
    expect(frame.style.height).to.equal('77px');
    page.remove();
  });
});
