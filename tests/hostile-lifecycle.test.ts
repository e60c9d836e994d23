// Issue 10, point 4: before, twice and after. Properties and attributes set before dist/embed.js
// loads are honoured; the script loaded twice, or beside the npm build, throws nothing; elements
// moved, removed and re-added keep working; 1,000 widgets created and removed leave no observer,
// listener or animation frame behind (counted by instrumenting the platform before the script loads).
// This file imports nothing from src/ statically: dist/embed.js must be the first to define the tags.
import { expect, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; [key: string]: unknown };

// ---------------------------------------------------------------------------------------------
// instrumentation, installed before any widget code runs

/** What each observer is observing now. */
const observing = new Map<object, Set<Node>>();
let observeCalls = 0;
for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
  const proto = window[name].prototype as { observe(t: Node, o?: unknown): void; unobserve?(t: Node): void; disconnect(): void };
  const { observe, unobserve, disconnect } = proto;
  proto.observe = function (this: object, target: Node, options?: unknown) {
    observeCalls++;
    if (!observing.has(this)) observing.set(this, new Set());
    observing.get(this)!.add(target);
    return observe.call(this, target, options);
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: Node) {
      observing.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
  }
  proto.disconnect = function (this: object) {
    observing.delete(this);
    return disconnect.call(this);
  };
}
const liveObservations = () => [...observing.values()].reduce((n, s) => n + s.size, 0);

/** Listeners on window, document and media queries: the ones that outlive an element. */
const listeners = new Set<string>();
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++lastId), lastId);
const global = (t: EventTarget) => t === window || t === document || t instanceof MediaQueryList || t === window.visualViewport;
const key = (t: EventTarget, type: string, fn: unknown, options?: boolean | EventListenerOptions) =>
  `${idOf(t)}:${type}:${fn && typeof fn === 'object' ? idOf(fn) : typeof fn === 'function' ? idOf(fn) : 'null'}:${typeof options === 'boolean' ? options : !!options?.capture}`;
{
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (global(this) && fn && !(typeof options === 'object' && options.once)) listeners.add(key(this, type, fn, options));
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (global(this)) listeners.delete(key(this, type, fn, options));
    return remove.call(this, type, fn, options);
  };
  const { addListener, removeListener } = MediaQueryList.prototype;
  MediaQueryList.prototype.addListener = function (this: MediaQueryList, fn) {
    listeners.add(key(this, 'change', fn));
    return addListener.call(this, fn);
  };
  MediaQueryList.prototype.removeListener = function (this: MediaQueryList, fn) {
    listeners.delete(key(this, 'change', fn));
    return removeListener.call(this, fn);
  };
}

/** Animation frames requested and not yet run or cancelled. */
const frames = new Set<number>();
{
  const { requestAnimationFrame: request, cancelAnimationFrame: cancel } = window;
  window.requestAnimationFrame = (fn) => {
    const id: number = request((t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    cancel(id);
  };
}

// ---------------------------------------------------------------------------------------------

const thrown: string[] = [];
window.addEventListener('error', (e) => thrown.push(e.message));
window.addEventListener('unhandledrejection', (e) => thrown.push(`unhandled rejection: ${e.reason}`));

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((r) => requestAnimationFrame(r));

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

function make(tag: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  return el;
}

describe('hostile page: before, twice and after', () => {
  const page = document.createElement('section');
  page.lang = 'en-GB';
  page.style.width = '800px';
  let early: Record<string, Widget>;
  let detached: Widget;

  before(async () => {
    document.body.append(page);
    // A dataset of the publisher's own, set as a property before the script exists.
    const data = structuredClone((await import('../src/data/bundled.js')).bundledDataset) as Record<string, any>;
    data.participation.ottawa.PL.entryIntoForce = { ...data.participation.ottawa.PL.entryIntoForce, date: '2013-06-02', ruleException: { note: 'edited copy', sources: ['monitor-2017-poland'] } };
    const src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

    // What a framework does: create the elements, set properties, attach them; the script comes later.
    early = {
      badge: make('ot-treaty-badge', { country: 'PL' }, { asOf: '2025-11-28', theme: 'dark', noFooter: true }),
      counter: make('ot-casualty-counter', {}, { year: 2020, asOf: '2025-12-31', static: true, breakdown: true }),
      bar: make('ot-pledge-bar', { country: 'PL' }, { countries: 'EE,LT', history: true, asOf: '2025-12-31' }),
      timeline: make('ot-withdrawal-timeline', { treaty: 'ottawa' }, { countries: 'FI', from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01' }),
      attrs: make('ot-treaty-badge', { country: 'EE', 'as-of': '2026-01-01', locale: 'en-US' }),
      src: make('ot-treaty-badge', { country: 'PL' }, { asOf: '2020-01-01', src }),
    };
    for (const el of Object.values(early)) {
      el.append('Fallback text');
      page.append(el);
    }
    detached = make('ot-casualty-counter', {}, { year: '2019', static: true, asOf: '2025-12-31' });
    expect(customElements.get('ot-treaty-badge'), 'no definition yet').to.equal(undefined);
    await loadScript('/dist/embed.js');
    // It fetches each widget's file on demand: the tags are defined once those have run.
    await Promise.all(TAGS.map((t) => customElements.whenDefined(t)));
  });
  after(() => page.remove());

  it('honours properties and attributes set before the script loaded', async () => {
    const { badge, counter, bar, timeline, attrs, src } = early as Record<string, Widget>;
    await Promise.all(Object.values(early).map((el) => el.updateComplete));
    expect(badge!.status).to.equal('withdrawal-pending');
    expect(text(badge!)).to.contain('in 84 days');
    expect(badge!.shadowRoot!.querySelector('[part=footer]'), 'noFooter').to.equal(null);
    expect(badge!.getAttribute('theme'), 'theme reflected').to.equal('dark');
    expect(getComputedStyle(badge!).colorScheme).to.equal('dark');
    expect(text(counter!)).to.contain('in 2020');
    expect(counter!.shadowRoot!.querySelector('[part=breakdown]'), 'breakdown').to.not.equal(null);
    expect(counter!.value).to.be.a('number');
    const names = [...bar!.shadowRoot!.querySelectorAll('[part=name]')].map((n) => n.textContent);
    expect(names, 'countries wins over country').to.deep.equal(['Estonia', 'Lithuania']);
    expect(bar!.shadowRoot!.querySelectorAll('[part~=history]').length, 'history').to.be.greaterThan(0);
    const events = [...timeline!.shadowRoot!.querySelectorAll('[part~=event] time')].map((t) => t.getAttribute('datetime')!);
    expect(events.length).to.be.greaterThan(0);
    expect(events.every((d) => d >= '2025-01-01' && d <= '2025-12-31'), 'from and to').to.equal(true);
    expect(text(timeline!)).to.contain('Finland').and.not.contain('Poland');
    expect(text(attrs!)).to.contain('December 27, 2025'); // en-US
    await waitUntil(() => text(src!).includes('2 June 2013'), 'src set before the script was not used');
    expect(thrown).to.deep.equal([]);
  });

  it('honours properties set on an element created before the script and attached after', async () => {
    page.append(detached);
    await detached.updateComplete;
    expect(text(detached)).to.contain('in 2019');
  });

  it('loading the script a second time throws nothing and changes nothing', async () => {
    const before = TAGS.map((t) => customElements.get(t));
    await loadScript('/dist/embed.js?twice');
    await loadScript('/dist/embed.js?thrice');
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(before);
    const badge = early.badge!;
    badge.setAttribute('country', 'EE');
    await badge.updateComplete;
    expect(badge.status).to.equal('withdrawal-pending');
    expect(thrown).to.deep.equal([]);
  });

  it('the npm build loaded after the script throws nothing, and both kinds of element work', async () => {
    const before = TAGS.map((t) => customElements.get(t));
    const npm = await import('../src/index.js');
    expect(TAGS.map((t) => customElements.get(t)), 'the first definitions stay').to.deep.equal(before);
    expect(npm.OtTreatyBadge).to.not.equal(customElements.get('ot-treaty-badge'));
    const el = make('ot-treaty-badge', { country: 'FI', 'as-of': '2026-01-10' });
    page.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('withdrawn');
    expect(thrown).to.deep.equal([]);
  });

  it('elements moved, removed and re-added keep working', async () => {
    const us = Object.assign(document.createElement('div'), { lang: 'en-US' });
    page.append(us);
    for (const el of Object.values(early)) {
      us.append(el); // moved: to a section in another language
      await el.updateComplete;
    }
    const { badge, counter, bar, timeline, src } = early as Record<string, Widget>;
    expect(text(src!), 'the locale follows the new place').to.contain('June 2, 2013');
    for (const el of [badge!, counter!, bar!, timeline!]) el.remove(); // removed, changed while out, re-added
    badge!.setAttribute('country', 'LT');
    counter!.removeAttribute('year');
    counter!.year = null;
    bar!.countries = 'FI';
    timeline!.countries = 'XX';
    const errors: string[] = [];
    us.addEventListener('ot-data-error', (e) => errors.push((e as CustomEvent).detail.message));
    us.append(badge!, counter!, bar!, timeline!);
    await Promise.all([badge!, counter!, bar!, timeline!].map((el) => el.updateComplete));
    expect(badge!.status).to.equal('withdrawal-pending');
    expect(text(badge!)).to.contain('Lithuania');
    expect(text(counter!)).to.not.contain('in 2020');
    expect([...bar!.shadowRoot!.querySelectorAll('[part=name]')].map((n) => n.textContent)).to.deep.equal(['Finland']);
    expect(timeline!.matches(':state(error)')).to.equal(true);
    expect(errors).to.have.length(1);
    timeline!.countries = null;
    await timeline!.updateComplete;
    expect(timeline!.matches(':state(error)')).to.equal(false);
    // removed and re-added in the same task (a framework re-ordering a list)
    us.prepend(timeline!);
    us.append(badge!);
    await timeline!.updateComplete;
    expect(timeline!.shadowRoot!.querySelectorAll('[part~=event]').length).to.be.greaterThan(10);
    expect(thrown).to.deep.equal([]);
  });

  it('1,000 widgets created and removed leave no observer, listener or animation frame behind', async function () {
    this.timeout(60_000);
    await frame();
    const base = { listeners: listeners.size, frames: frames.size };
    const observed = observeCalls;
    const box = Object.assign(document.createElement('div'), { lang: 'en-GB' });
    box.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 800px'; // the first counters in view
    page.append(box);
    const mix: [string, Record<string, string>, number][] = [
      ['ot-casualty-counter', {}, 150],
      ['ot-pledge-bar', { country: 'EE' }, 40],
      ['ot-withdrawal-timeline', { countries: 'LT', 'as-of': '2025-12-31' }, 10],
      ['ot-treaty-badge', { country: 'PL', 'no-footer': '' }, 800],
    ];
    const made: Widget[] = [];
    for (const [tag, attrs, n] of mix) for (let i = 0; i < n; i++) made.push(make(tag, { ...attrs, ...(i % 2 && { 'as-of': '2025-06-01' }) }));
    expect(made).to.have.length(1000);
    box.append(...made);
    await Promise.all(made.map((el) => el.updateComplete));
    await frame();
    await frame(); // intersection callbacks run, visible counters start counting up
    expect(observeCalls - observed, 'the counters observe their visibility').to.be.at.least(150);
    expect(liveObservations(), 'observations while on the page').to.be.greaterThan(0);
    expect(frames.size, 'counters in view are counting up').to.be.greaterThan(base.frames);
    // removed in several ways: one by one, by replacing the children, and with their container
    for (const el of made.slice(0, 400)) el.remove();
    box.replaceChildren(...made.slice(700));
    box.remove();
    await frame();
    await frame();
    const gone = new Set<Node>(made);
    const stale = [...observing.values()].flatMap((targets) => [...targets]).filter((t) => gone.has(t) || !t.isConnected);
    expect(stale.length, 'observations of removed elements').to.equal(0);
    expect({ listeners: listeners.size, frames: frames.size }).to.deep.equal(base);
    expect(thrown).to.deep.equal([]);
  });
});
