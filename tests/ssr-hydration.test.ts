// Server-rendered widgets (`ottawa-treaty-widgets render`, src/ssr.ts): complete without
// JavaScript, and taken over by dist/embed.js without a change to what the reader sees. The test
// server renders each page's fragment with the built command (tests/support/hostile-server.mjs, /__ssr.html).
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsIn } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; status?: string | null; value?: number | null; summary?: string | null };
type Probe = Window & typeof globalThis & { __otMutations: string[]; __otShifts: number[] };

const FRAGMENT = `<p>Poland <ot-treaty-badge country="PL" as-of="2025-11-28" no-footer>(withdrawal pending)</ot-treaty-badge> said…</p>
<ot-casualty-counter as-of="2026-01-01" breakdown trend>6,279 people were killed or injured in 2024.</ot-casualty-counter>
<ot-pledge-bar countries="PL,LT" as-of="2026-01-15" history>Defence spending.</ot-pledge-bar>
<ot-withdrawal-timeline as-of="2026-01-15">The withdrawals.</ot-withdrawal-timeline>
<ot-treaty-badge country="XX">An error.</ot-treaty-badge>`;

const open = (query: Record<string, string>) =>
  openFrame<Probe>(`/__ssr.html?${new URLSearchParams(query)}`, 'server-rendered page', 'width: 900px; height: 3000px');

const widgetsOf = (doc: Document) => widgetsIn<Widget>(doc);
/** What a shadow root says, its stylesheet aside. */
const text = (el: Element) =>
  [...(el.shadowRoot?.childNodes ?? [])].filter((n) => n.nodeType !== Node.COMMENT_NODE && n.nodeName !== 'STYLE').map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();

describe('server-rendered widgets', () => {
  const frames: HTMLIFrameElement[] = [];
  const hosts: Element[] = [];
  afterEach(() => [...frames.splice(0), ...hosts.splice(0)].forEach((el) => el.remove()));
  /** `html` parsed as a page's markup is (its declarative shadow roots attached), in the document: its first element. */
  const parsed = (html: string): Widget => {
    const host = document.body.appendChild(document.createElement('div'));
    hosts.push(host);
    (host as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html);
    return host.firstElementChild as Widget;
  };

  it('without JavaScript: every widget is complete, styled, with its sources and table, in a declarative shadow root', async () => {
    const { doc, win, frame } = await open({ body: FRAGMENT, script: '0', lang: 'en-GB' });
    frames.push(frame);
    const [badge, counter, bar, timeline, bad] = widgetsOf(doc) as [Widget, Widget, Widget, Widget, Widget];
    for (const el of [badge, counter, bar, timeline, bad]) expect(el.shadowRoot, el.localName).to.not.equal(null);
    expect(win.customElements.get('ot-treaty-badge')).to.equal(undefined);
    expect(text(badge)).to.contain('Withdrawal takes effect on 20 February 2026');
    expect(text(counter)).to.contain('6,279').and.contain('people were killed or injured by landmines');
    expect(counter.shadowRoot!.querySelector('table')).to.not.equal(null);
    expect(text(bar)).to.contain('4.48%');
    expect(bar.shadowRoot!.querySelectorAll('a[href^="https://"]').length, 'sources').to.be.greaterThan(0);
    expect(timeline.shadowRoot!.querySelectorAll('[part~=event]').length).to.be.greaterThan(10);
    expect(text(bad)).to.contain('no data on XX');
    // Styled from the start: the badge's pill has its border before any script.
    expect(win.getComputedStyle(badge.shadowRoot!.querySelector('[part=badge]')!).borderTopStyle).to.equal('solid');
    // The day the server rendered is written in, for what hydrates later.
    expect(bad.getAttribute('as-of')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('with dist/embed.js: each widget takes over its server rendering, with no change in its shadow root and no layout shift', async () => {
    const { doc, win, frame } = await open({ body: FRAGMENT, lang: 'en-GB' });
    frames.push(frame);
    const widgets = widgetsOf(doc);
    const before = widgets.map(text);
    await waitUntil(() => widgets.every((el) => win.customElements.get(el.localName)), 'the widgets were never defined', { timeout: 10_000 });
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 300)); // a count-up, had one started, would be under way
    expect(win.__otMutations, 'nothing in a shadow root changed').to.deep.equal([]);
    expect(win.__otShifts.reduce((a, b) => a + b, 0), 'layout shift').to.equal(0);
    expect(widgets.map(text)).to.deep.equal(before);
    const [badge, counter, , , bad] = widgets as [Widget, Widget, Widget, Widget, Widget];
    // The widgets work as client-rendered ones do: properties, states, events.
    expect(badge.status).to.equal('withdrawal-pending');
    expect(badge.matches(':state(withdrawal-pending)')).to.equal(true);
    expect(counter.value).to.equal(6279);
    expect(bad.matches(':state(error)')).to.equal(true);
    badge.setAttribute('as-of', '2026-03-01');
    await badge.updateComplete;
    expect(badge.status).to.equal('withdrawn');
    expect(text(badge)).to.contain('Left the treaty on 20 February 2026');
  });

  it('a page in another language than the server assumed: rendered anew in the page’s language, never left stale', async () => {
    const { doc, win, frame } = await open({ body: '<ot-treaty-badge country="PL" as-of="2025-11-28"></ot-treaty-badge>', lang: 'pl', serverLang: 'en' });
    frames.push(frame);
    const [badge] = widgetsOf(doc) as [Widget];
    await waitUntil(() => win.customElements.get('ot-treaty-badge'), 'never defined', { timeout: 10_000 });
    await badge.updateComplete;
    await waitUntil(() => text(badge).includes('Polska'), `still: ${text(badge)}`);
    expect(text(badge)).to.not.contain('Poland');
  });

  it('an npm import takes over a server rendering too, fetching the code for it on demand', async function () {
    if (!('setHTMLUnsafe' in Element.prototype)) this.skip(); // parses declarative shadow DOM from a script
    const page = await (await fetch(`/__ssr.html?${new URLSearchParams({ body: '<ot-treaty-badge country="EE" as-of="2026-01-05">Estonia</ot-treaty-badge>', script: '0' })}`)).text();
    const fragment = page.slice(page.indexOf('<ot-treaty-badge'), page.indexOf('</ot-treaty-badge>') + '</ot-treaty-badge>'.length);
    const el = parsed(fragment);
    expect(el.shadowRoot, 'the server’s shadow root').to.not.equal(null);
    const changes: string[] = [];
    new MutationObserver((records) => records.forEach((r) => changes.push(r.type))).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    // The module as an app imports it (dist/lib): the same build as the server's.
    await import('/dist/lib/src/components/treaty-badge/treaty-badge.js' as string);
    await el.updateComplete;
    expect(el.status).to.equal('withdrawn');
    expect(changes).to.deep.equal([]);
  });

  it('a rendering from another version of the widgets is rendered anew, not left broken', async function () {
    if (!('setHTMLUnsafe' in Element.prototype)) this.skip();
    const el = parsed('<ot-pledge-bar country="PL" as-of="2025-12-31"><template shadowrootmode="open"><!--lit-part AAAAAAAAAAA=--><p>4.48% in 2025, from an older release</p><!--/lit-part--></template></ot-pledge-bar>');
    await import('/dist/lib/src/components/pledge-bar/pledge-bar.js' as string);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~=row]').length).to.equal(1);
    expect(text(el)).to.not.contain('older release');
  });
});
