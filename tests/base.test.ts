// What every widget shares (src/core/base.ts), seen through the badge: src, locale, theme, states.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/treaty-badge/treaty-badge.js';
import type { OtTreatyBadge } from '../src/components/treaty-badge/treaty-badge.js';
import { bundledDataset } from '../src/data/bundled.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const jsonUrl = (value: unknown) => URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));

/** A copy of the bundled data in which Poland joined a day later, so it is told apart. */
function editedDataset() {
  const copy = structuredClone(bundledDataset);
  copy.participation.ottawa.PL!.entryIntoForce = { ...copy.participation.ottawa.PL!.entryIntoForce!, date: '2013-06-02', ruleException: { note: 'edited copy', sources: ['monitor-2017-poland'] } };
  return copy;
}

async function badgeWithSrc(src: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  const el = document.createElement('ot-treaty-badge') as OtTreatyBadge;
  el.setAttribute('country', 'PL');
  el.setAttribute('as-of', '2020-01-01');
  el.setAttribute('src', src);
  return { wrapper, el };
}

describe('src: a publisher\'s dataset', () => {
  it('is loaded, validated and used', async () => {
    const { wrapper, el } = await badgeWithSrc(jsonUrl(editedDataset()));
    wrapper.append(el);
    await el.updateComplete;
    await waitUntil(() => !el.matches(':state(loading)'), 'still loading');
    expect(text(el)).to.contain('State Party since 2 June 2013');
    expect(el.matches(':state(error)')).to.equal(false);
  });

  const failures: [string, () => string, RegExp][] = [
    ['a 404', () => '/no-such-dataset.json', /answered HTTP 404/],
    ['a file that is not JSON', () => jsonUrl('<html>not json</html>'), /is not valid JSON/],
    ['an empty file', () => jsonUrl(''), /is not valid JSON/],
    ['JSON of the wrong shape', () => jsonUrl({ schemaVersion: 1, checked: '2026-11-29', sources: [] }), /does not match the dataset schema: sources: should be/],
    ['a dataset whose sums do not add up', () => {
      const bad = editedDataset();
      bad.casualties.figures[0]!.killed = 999_999;
      return jsonUrl(bad);
    }, /casualties › figures\[0\] › total: is \d+, but killed, injured and unknown add up to/],
  ];
  for (const [name, src, message] of failures) {
    it(`falls back to the bundled data and says so: ${name}`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { wrapper, el } = await badgeWithSrc(src());
        const event = oneEvent(wrapper, 'ot-data-error');
        wrapper.append(el);
        const { detail } = (await event) as CustomEvent<{ message: string }>;
        await el.updateComplete;
        expect(detail.message).to.match(message);
        expect(el.matches(':state(fallback)'), 'fallback').to.equal(true);
        expect(el.matches(':state(error)'), 'not error: the widget shows the bundled data').to.equal(false);
        expect(text(el)).to.contain('State Party since 1 June 2013'); // the bundled data
        expect(text(el)).to.contain('could not be loaded; showing the bundled data');
      } finally {
        console.warn = warn;
      }
    });
  }

  it('a newer src wins over an older one that answers later', async () => {
    const { wrapper, el } = await badgeWithSrc('/no-such-dataset.json');
    wrapper.append(el);
    await el.updateComplete;
    el.setAttribute('src', jsonUrl(editedDataset()));
    await el.updateComplete;
    await waitUntil(() => !el.matches(':state(loading)'), 'still loading');
    await new Promise((r) => setTimeout(r, 100)); // the 404 answers too, later or not
    await el.updateComplete;
    expect(text(el)).to.contain('2 June 2013');
    expect(el.matches(':state(fallback)')).to.equal(false);
  });

  it('removing src goes back to the bundled data', async () => {
    const { wrapper, el } = await badgeWithSrc(jsonUrl(editedDataset()));
    wrapper.append(el);
    await waitUntil(() => text(el).includes('2 June 2013'));
    el.removeAttribute('src');
    await el.updateComplete;
    expect(text(el)).to.contain('1 June 2013');
  });
});

describe('locale resolution', () => {
  it('the locale attribute, else the closest lang, else the document\'s, else English', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="en-US"><p><ot-treaty-badge country="DE" as-of="2020-01-01"></ot-treaty-badge></p>
      <ot-treaty-badge country="DE" as-of="2020-01-01" locale="en-GB"></ot-treaty-badge></section>`);
    const [inherited, own] = [...page.querySelectorAll('ot-treaty-badge')] as OtTreatyBadge[];
    await inherited!.updateComplete;
    await own!.updateComplete;
    expect(text(inherited!)).to.contain('March 1, 1999');
    expect(text(own!)).to.contain('1 March 1999');
  });
  it('a malformed or unknown locale, or a language without messages, falls back to English entirely, dates included', async () => {
    for (const locale of ['xx-!!', 'tlh', '', 'es', 'es-ES', 'pt-BR']) {
      const el = await fixture<OtTreatyBadge>(html`<ot-treaty-badge country="DE" as-of="2020-01-01" locale=${locale}></ot-treaty-badge>`);
      expect(el.matches(':state(error)'), locale).to.equal(false);
      expect(text(el), locale).to.contain('State Party since March 1, 1999');
    }
  });
  it('a change of lang on an ancestor or on the document re-renders the widget in the new language', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="en-GB"><p><ot-treaty-badge country="DE" as-of="2020-01-01"></ot-treaty-badge></p>
      <ot-treaty-badge country="DE" as-of="2020-01-01" locale="en-GB"></ot-treaty-badge></section>`);
    const [inherited, own] = [...page.querySelectorAll('ot-treaty-badge')] as OtTreatyBadge[];
    await inherited!.updateComplete;
    page.lang = 'pl';
    await waitUntil(() => text(inherited!).startsWith('Niemcy Państwo-strona od 1 marca 1999'), `not Polish: ${text(inherited!)}`);
    const before = document.documentElement.lang;
    try {
      page.removeAttribute('lang'); // now the document's
      document.documentElement.lang = 'lt';
      await waitUntil(() => text(inherited!).startsWith('Vokietija'), `not Lithuanian: ${text(inherited!)}`);
    } finally {
      document.documentElement.lang = before;
    }
    await waitUntil(() => text(inherited!).includes('1 March 1999') || text(inherited!).includes('March 1, 1999'), 'not English again');
    expect(text(own!), 'its own locale wins').to.contain('1 March 1999');
  });
  it('one MutationObserver and one media listener for the whole page, however many widgets', async () => {
    const { MutationObserver: Original } = window;
    const { addEventListener: add } = MediaQueryList.prototype;
    let observers = 0;
    let mediaListeners = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        observers++;
      }
    };
    MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, ...args: Parameters<MediaQueryList['addEventListener']>) {
      mediaListeners++;
      return add.apply(this, args);
    };
    try {
      const page = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
      const widgets = Array.from({ length: 50 }, () => Object.assign(document.createElement('ot-treaty-badge'), { country: 'DE' }));
      page.append(...widgets);
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect({ observers, mediaListeners }).to.deep.equal({ observers: 1, mediaListeners: 1 });
    } finally {
      window.MutationObserver = Original;
      MediaQueryList.prototype.addEventListener = add;
    }
  });
  it('a regional tag speaks its language and keeps its region for dates and numbers', async () => {
    const cases: [string, string][] = [['pl-PL', 'Niemcy Państwo-strona od 1 marca 1999'], ['PL', 'Niemcy Państwo-strona od 1 marca 1999'], ['uk-UA', 'Німеччина Держава-учасниця з 1 березня 1999 р.'], ['en-GB', 'Germany State Party since 1 March 1999'], ['en-US', 'Germany State Party since March 1, 1999']];
    for (const [locale, expected] of cases) {
      const el = await fixture<OtTreatyBadge>(html`<ot-treaty-badge country="DE" as-of="2020-01-01" locale=${locale}></ot-treaty-badge>`);
      expect(text(el).startsWith(expected), `${locale}: ${text(el)}`).to.equal(true);
    }
  });
});

describe('theme', () => {
  it('dark and light give the widget its own surface and text colour; auto inherits', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color: rgb(1, 2, 3)">
      <ot-treaty-badge country="DE" theme="dark"></ot-treaty-badge><ot-treaty-badge country="DE" theme="light"></ot-treaty-badge><ot-treaty-badge country="DE"></ot-treaty-badge></div>`);
    const [dark, light, auto] = [...page.querySelectorAll('ot-treaty-badge')].map((el) => getComputedStyle(el));
    expect(dark!.colorScheme).to.equal('dark');
    expect(dark!.color).to.not.equal(light!.color);
    expect(auto!.color).to.equal('rgb(1, 2, 3)');
    expect(auto!.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
  it('auto, on a page that declares no color-scheme, follows the colour painted behind the widget, never the OS alone', async () => {
    const page = await fixture<HTMLElement>(html`<div style="background: #fff">
      <div style="background: rgb(20 20 30)"><p><span style="background: rgba(255, 255, 255, 0.05)"><ot-treaty-badge country="DE"></ot-treaty-badge></span></p></div>
      <div style="background: oklch(0.97 0.01 90)"><ot-treaty-badge country="DE"></ot-treaty-badge></div>
      <div><ot-treaty-badge country="DE"></ot-treaty-badge></div>
      <div style="background: #000"><ot-treaty-badge country="DE" theme="light"></ot-treaty-badge></div>
      <div style="background: #000; color-scheme: light"><ot-treaty-badge country="DE"></ot-treaty-badge></div></div>`);
    const widgets = [...page.querySelectorAll('ot-treaty-badge')] as OtTreatyBadge[];
    await Promise.all(widgets.map((el) => el.updateComplete));
    await waitUntil(() => getComputedStyle(widgets[0]!).colorScheme === 'dark', 'the widget on a dark background did not turn dark');
    expect(widgets.map((el) => getComputedStyle(el).colorScheme)).to.deep.equal(['dark', 'light', 'light', 'light', 'light']);
  });
});

describe('properties set from a script to values that are not text', () => {
  it('are read as their text and validated like attributes, without an exception', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in e ? e.message : e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<OtTreatyBadge>(html`<ot-treaty-badge lang="en-GB" country="PL" as-of="2025-03-18"></ot-treaty-badge>`);
      (el as unknown as { asOf: unknown }).asOf = 20250318;
      await el.updateComplete;
      expect(text(el)).to.contain('as-of “20250318” is not a date');
      expect(el.matches(':state(error)')).to.equal(true);
      el.asOf = '2025-03-18';
      (el as unknown as { country: unknown }).country = 48;
      await el.updateComplete;
      expect(text(el)).to.contain('“48” is not a country code');
      (el as unknown as { country: unknown }).country = { toString: () => 'ee' };
      await el.updateComplete;
      expect(el.status).to.equal('withdrawal-announced');
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
