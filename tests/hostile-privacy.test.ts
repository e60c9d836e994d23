// Issue 10, point 5: with the bundled data, a page with all four widgets makes no request beyond
// the script itself, sets no cookie and touches no storage. The page is
// tests/fixtures/hostile-article.html, whose inline probe (installed before dist/embed.js) notes
// every use of storage, cookies, fetch, XHR, beacons, sockets and workers.
import { expect, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Probe = Window & typeof globalThis & { __otTouched: string[] };

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];

describe('hostile page: private and self-contained', () => {
  let iframe: HTMLIFrameElement;
  let win: Probe;
  let touched: string[];

  before(async () => {
    iframe = Object.assign(document.createElement('iframe'), { src: '/tests/fixtures/hostile-article.html', title: 'article' });
    iframe.style.cssText = 'width: 1000px; height: 4000px; border: 0'; // all in view: the counter counts up
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    win = iframe.contentWindow as Probe;
    const widgets = [...iframe.contentDocument!.querySelectorAll<Widget>(TAGS.join(','))];
    await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'dist/embed.js did not run');
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 300)); // anything lazy (count-up, observers) has had its chance
    touched = [...win.__otTouched]; // before the checks below touch anything themselves
  });
  after(() => iframe.remove());

  it('renders all four widgets from the bundled data', () => {
    for (const el of iframe.contentDocument!.querySelectorAll(TAGS.join(','))) {
      expect(el.shadowRoot, el.localName).to.not.equal(null);
      expect(el.matches(':state(error)'), el.localName).to.equal(false);
    }
  });

  it('makes no request beyond the script and the files it fetches from its own directory', () => {
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
      // the test server's own script, which it injects into every HTML page it serves
      .filter((path) => path !== '/__web-dev-server__web-socket.js');
    expect(requests[0]).to.equal('/dist/embed.js');
    expect(requests.slice(1).filter((path) => !path.startsWith('/dist/embed/'))).to.deep.equal([]);
    expect(requests.length, 'four widgets, their shared code, their data').to.be.within(5, 25);
    expect(touched.filter((t) => /^(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|Worker|SharedWorker)/.test(t))).to.deep.equal([]);
  });

  it('touches no storage and no cookie', () => {
    expect(touched).to.deep.equal([]);
    const cookie = Object.getOwnPropertyDescriptor(win.Document.prototype, 'cookie')!.get!.call(iframe.contentDocument);
    expect(cookie).to.equal('');
  });
});
