// dist/embed.js as a publisher uses it: one classic script that fetches, from its own directory,
// only the widgets on the page (and those added later), their data and their languages. Each page
// is an iframe of its own (a fresh registry of custom elements); the cross-origin page loads the
// script from the test server's other name, which sends no CORS header, under a policy that
// allows scripts from there and nowhere else.
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; status?: string | null; summary?: string | null };
type Probe = Window & typeof globalThis & { __otViolations: string[]; __otErrors: string[] };

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];

/** Opens a page in an iframe and waits for it to load. */
const open = (src: string) => openFrame<Probe>(src, 'publisher page', 'width: 800px; height: 600px');

/** A page whose widgets come from another origin with no CORS headers, under `script-src <that origin>`. */
const crossOrigin = (body: string, lang = 'en') =>
  open(`/__hostile/cross-origin.html?lang=${lang}&body=${encodeURIComponent(body)}`);

/** Waits until `el` is defined and has rendered what was asked (data and language included). */
async function rendered(win: Window, el: Element): Promise<Widget> {
  await waitUntil(() => win.customElements.get(el.localName), `<${el.localName}> was never defined`, { timeout: 5000 });
  await (el as Widget).updateComplete;
  return el as Widget;
}

const requests = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((url) => !url.includes('__web-dev-server'));

describe('dist/embed.js', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('from another origin with no CORS headers, under script-src <that origin>: renders, with no violation', async () => {
    const page = await crossOrigin(`<p>Poland <ot-treaty-badge country="PL" as-of="2025-11-28">(withdrawal pending)</ot-treaty-badge> said.</p>
      <ot-withdrawal-timeline as-of="2026-01-01">The withdrawals.</ot-withdrawal-timeline>`);
    frames.push(page.frame);
    const other = new URL(requests(page.win).find((u) => u.endsWith('/dist/embed.js'))!).origin;
    expect(other, 'the script came from the other origin').to.not.equal(location.origin);
    const cors = await fetch(`${other}/__no-cors/dist/embed.js`).then(() => 'readable', () => 'refused');
    expect(cors, 'the server sends no CORS header: a fetch or import() of its files is refused').to.equal('refused');

    const [badge, timeline] = await Promise.all(TAGS.flatMap((t) => [...page.doc.querySelectorAll(t)]).map((el) => rendered(page.win, el)));
    expect(badge!.status).to.equal('withdrawal-pending');
    expect(badge!.shadowRoot!.textContent).to.contain('in 84 days');
    expect(timeline!.shadowRoot!.querySelectorAll('[part~=event]').length).to.be.greaterThan(10);
    expect(page.win.__otViolations).to.deep.equal([]);
    expect(page.win.__otErrors).to.deep.equal([]);
    // Every request went to the script's own directory on the other origin.
    for (const url of requests(page.win)) {
      if (url.startsWith(location.origin)) continue; // the page itself
      expect(url).to.match(new RegExp(`^${other}/__no-cors/(dist/embed(\\.js|/)|tests/fixtures/hostile-probe\\.js)`));
    }
  });

  it('fetches only the widgets on the page, and the language in use', async () => {
    const page = await crossOrigin('<ot-treaty-badge country="LT" as-of="2025-11-28">Lithuania</ot-treaty-badge>', 'pl');
    frames.push(page.frame);
    const badge = await rendered(page.win, page.doc.querySelector('ot-treaty-badge')!);
    expect(badge.status).to.equal('withdrawal-pending');
    expect(badge.summary).to.contain('Litwa');
    const files = requests(page.win).map((u) => u.split('/').pop()!);
    expect(files).to.include('ot-treaty-badge.js');
    for (const other of ['ot-casualty-counter.js', 'ot-pledge-bar.js', 'ot-withdrawal-timeline.js']) expect(files).to.not.include(other);
    expect(files.filter((f) => f.startsWith('data-')), 'Lithuania’s data, no other').to.have.members([files.find((f) => f.startsWith('data-LT-'))]);
    expect(files.filter((f) => f.startsWith('lang-')), 'Polish, no other language').to.have.members([files.find((f) => f.startsWith('lang-pl-'))]);
    expect(files.filter((f) => f.startsWith('validate-')), 'no validator without src').to.deep.equal([]);
    for (const tag of TAGS.slice(1)) expect(page.win.customElements.get(tag), tag).to.equal(undefined);
    expect(page.win.__otViolations).to.deep.equal([]);
  });

  it('keeps the fallback text until the widget renders', async () => {
    const page = await crossOrigin('<ot-pledge-bar country="PL" as-of="2025-12-31">Poland spends 4.48% of GDP on defence.</ot-pledge-bar>');
    frames.push(page.frame);
    const el = page.doc.querySelector('ot-pledge-bar')!;
    // Before its file arrives the element is unknown; while its data arrives it shows its light DOM.
    expect(el.textContent).to.equal('Poland spends 4.48% of GDP on defence.');
    await rendered(page.win, el);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~=row]').length).to.equal(1);
  });

  it('loads a widget added later, at any depth, and one added after all four are in', async () => {
    const page = await crossOrigin('<ot-treaty-badge country="FI" as-of="2026-01-10">Finland</ot-treaty-badge><div id="feed"></div>');
    frames.push(page.frame);
    await rendered(page.win, page.doc.querySelector('ot-treaty-badge')!);
    expect(page.win.customElements.get('ot-casualty-counter')).to.equal(undefined);
    // What a single-page app or an infinite scroll does: new content, deep in the tree.
    const feed = page.doc.getElementById('feed')!;
    feed.innerHTML = `<article><section><ot-casualty-counter as-of="2025-12-31" static>5,757</ot-casualty-counter></section></article>
      <ot-pledge-bar country="EE" as-of="2025-12-31"></ot-pledge-bar>`;
    const counter = await rendered(page.win, feed.querySelector('ot-casualty-counter')!);
    expect(counter.shadowRoot!.textContent).to.contain('6,279');
    await rendered(page.win, feed.querySelector('ot-pledge-bar')!);
    feed.append(Object.assign(page.doc.createElement('ot-withdrawal-timeline'), { innerHTML: '' }));
    const timeline = await rendered(page.win, feed.querySelector('ot-withdrawal-timeline')!);
    expect(timeline.shadowRoot!.querySelectorAll('[part~=event]').length).to.be.greaterThan(10);
    // A second badge for a state of the world beyond the story: its data loads then.
    const fr = page.doc.createElement('ot-treaty-badge');
    fr.setAttribute('country', 'FR');
    feed.append(fr);
    await fr.updateComplete;
    expect((fr as Widget).status).to.equal('party');
    expect(page.win.__otErrors).to.deep.equal([]);
  });

  it('loaded twice more, it defines each tag once and throws nothing', async () => {
    const page = await crossOrigin('<ot-treaty-badge country="EE" as-of="2026-01-01"></ot-treaty-badge>');
    frames.push(page.frame);
    const badge = await rendered(page.win, page.doc.querySelector('ot-treaty-badge')!);
    const defined = page.win.customElements.get('ot-treaty-badge');
    const first = requests(page.win).find((u) => u.endsWith('/dist/embed.js'))!;
    for (const src of [first, `${first}?again`]) {
      const script = page.doc.createElement('script');
      script.src = src;
      await new Promise((r) => { script.onload = script.onerror = r; page.doc.head.append(script); });
    }
    expect(page.win.customElements.get('ot-treaty-badge')).to.equal(defined);
    badge.setAttribute('country', 'LV');
    await badge.updateComplete;
    expect(badge.status).to.equal('withdrawn');
    expect(page.win.__otErrors).to.deep.equal([]);
  });
});
