import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/components/casualty-counter/casualty-counter.js';
import type { OtCasualtyCounter } from '../src/components/casualty-counter/casualty-counter.js';
import { csvOf, failingWidget } from './helpers.js';
import { bundledDataset as d } from '../src/data/bundled.js';
import { addDays, firstSureDay } from '../src/data/dates.js';
import { casualtiesAt, casualtySeriesAt } from '../src/data/derive.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash((el.shadowRoot ?? el).textContent);
/** What a screen reader gets: the text without aria-hidden parts. */
function spoken(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return squash(copy.textContent);
}
const $ = (el: OtCasualtyCounter, selector: string) => el.shadowRoot!.querySelector(selector)!;
const $$ = (el: OtCasualtyCounter, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** The number a sighted reader sees (while counting, the current one). */
const seen = (el: OtCasualtyCounter) => squash($(el, '[part=number] [aria-hidden=true] .count').textContent);
const isError = (el: Element) => el.matches(':state(error)');

async function counter(attrs: Record<string, string | boolean>, lang = 'en-GB'): Promise<OtCasualtyCounter> {
  const el = document.createElement('ot-casualty-counter');
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Runs `body` with `prefers-reduced-motion: reduce` reported to scripts. */
async function reducedMotion(body: () => Promise<void>): Promise<void> {
  const real = window.matchMedia;
  window.matchMedia = (query: string) => {
    const list = real.call(window, query);
    if (!/prefers-reduced-motion:\s*reduce/.test(query)) return list;
    return { matches: true, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false };
  };
  try {
    await body();
  } finally {
    window.matchMedia = real;
  }
}

describe('<ot-casualty-counter>', () => {
  it('shows the big number, the line of context, and the edition with its publication date', async () => {
    const el = await counter({ 'as-of': '2026-11-28', static: true });
    expect(el.value).to.equal(6279);
    expect(spoken($(el, '.headline'))).to.equal('6,279 people were killed or injured by landmines and explosive remnants of war in 2024');
    expect(seen(el)).to.equal('6,279');
    expect($(el, '.counter').getAttribute('aria-label')).to.equal('6,279 people were killed or injured by landmines and explosive remnants of war in 2024');
    const edition = $(el, '[part=edition]');
    expect(squash(edition.textContent)).to.equal('Landmine Monitor 2025, published 1 December 2025');
    const link = edition.querySelector('a')!;
    expect(link.textContent).to.equal('Landmine Monitor 2025');
    expect(link.href).to.equal(d.sources[d.casualties.editions.LM2025!.sources[0]!]!.url);
    expect(edition.querySelector('time')!.getAttribute('datetime')).to.equal('2025-12-01');
    expect($(el, '[part=context] time').getAttribute('datetime')).to.equal('2024');
  });

  it('without year: the latest year published by as-of, from the edition current then', async () => {
    const el = await counter({ 'as-of': '2025-03-18', static: true });
    expect(el.value).to.equal(5757);
    expect(spoken($(el, '.headline'))).to.match(/^5,757 people were .* in 2023$/);
    expect(squash($(el, '[part=edition]').textContent)).to.equal('Landmine Monitor 2024, published 20 November 2024');

    // Around every edition's release, the widget agrees with the derivation.
    let checked = 0;
    for (const edition of Object.values(d.casualties.editions)) {
      const first = firstSureDay(edition.released);
      for (const day of [addDays(first, -1), first, addDays(first, 1)]) {
        el.asOf = day;
        await el.updateComplete;
        const expected = casualtiesAt(d, day);
        expect(el.value, day).to.equal(expected.ok ? expected.figure.total : null);
        if (expected.ok) {
          expect(spoken($(el, '.headline')), day).to.match(new RegExp(`^${expected.figure.total.toLocaleString('en-GB')} .* in ${expected.figure.year}$`));
          expect(squash($(el, '[part=edition]').textContent), day).to.match(new RegExp(`^${expected.edition.title},`));
        }
        checked++;
      }
    }
    expect(checked).to.equal(Object.keys(d.casualties.editions).length * 3);
  });

  it('a revised year: the latest figure published by as-of, naming its edition and the first one', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ year: '2006', 'as-of': '2008-06-01' }, 5751, 'Landmine Monitor 2007, published 2007'],
      [{ year: '2006', 'as-of': '2009-06-01' }, 6022, 'Landmine Monitor 2008, published 2008 (revised from 5,751 in Landmine Monitor 2007)'],
      [{ year: '2006', 'as-of': '2026-11-28' }, 6573, 'Landmine Monitor 2016, published 22 November 2016 (revised from 5,751 in Landmine Monitor 2007)'],
      [{ year: '2016', 'as-of': '2018-11-19' }, 8605, 'Landmine Monitor 2017, published 14 December 2017'],
      // LM2018's release is recorded as 20 November, with 21 November in another source: sure only from the 21st.
      [{ year: '2016', 'as-of': '2018-11-20' }, 8605, 'Landmine Monitor 2017, published 14 December 2017'],
      [{ year: '2016', 'as-of': '2018-11-21' }, 9437, 'Landmine Monitor 2018, published 20 November 2018 (revised from 8,605 in Landmine Monitor 2017)'],
    ];
    for (const [attrs, value, line] of cases) {
      const el = await counter({ ...attrs, static: true });
      const expected = casualtiesAt(d, attrs['as-of']!, +attrs.year!);
      expect(expected.ok && expected.figure.total, JSON.stringify(attrs)).to.equal(value);
      expect(el.value, JSON.stringify(attrs)).to.equal(value);
      expect(squash($(el, '[part=edition]').textContent), JSON.stringify(attrs)).to.equal(line);
    }
  });

  it('an edition dated only by its year shows the year, never an invented day', async () => {
    const el = await counter({ year: '2008', 'as-of': '2010-06-01', static: true });
    const time = $(el, '[part=edition] time');
    expect(time.getAttribute('datetime')).to.equal('2009');
    expect(time.textContent).to.equal('2009');
    expect(squash($(el, '[part=edition]').textContent)).to.equal('Landmine Monitor 2009, published 2009');
  });

  it('formats numbers in the widget’s locale', async () => {
    // A language without messages (xx, es) speaks English throughout, numbers included.
    const cases: [string, string, string, string][] = [
      ['en', '5,757', '84%', 'people'], ['pl', '5757', '84%', 'osób'], ['lt', '5 757', '84 %', 'žmonės'], ['uk', '5 757', '84%', 'людей'],
      ['xx', '5,757', '84%', 'people'], ['es', '5,757', '84%', 'people'],
    ];
    for (const [locale, number, percent, people] of cases) {
      const el = await counter({ locale, 'as-of': '2025-03-18', breakdown: true, static: true });
      expect(spoken($(el, '[part=number]')), locale).to.equal(number);
      expect(seen(el), locale).to.equal(number);
      expect(squash($(el, '.counter').getAttribute('aria-label')), locale).to.match(new RegExp(`^${number} ${people} `));
      expect(text($(el, '[part=breakdown]')), locale).to.contain(percent);
    }
    // From the page's lang too, and numbers in the trend table.
    const el = await counter({ 'as-of': '2026-11-28', trend: true, static: true }, 'uk-UA');
    expect(seen(el)).to.equal('6 279');
    expect($$(el, 'tbody td:nth-child(2)').at(-1)!.textContent).to.equal('6\u00a0279');
  });

  describe('counting up', () => {
    it('the accessible text holds the final number from the first render; the count-up is hidden from screen readers', async () => {
      const spacer = await fixture<HTMLElement>(html`<div style="height: 300vh"></div>`);
      const el = document.createElement('ot-casualty-counter');
      el.setAttribute('as-of', '2025-03-18');
      spacer.after(el);
      try {
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
        // Out of view: nothing counts yet, but screen readers and scripts have the final number.
        expect(seen(el)).to.equal('0');
        expect(el.value).to.equal(5757);
        expect(spoken($(el, '.headline'))).to.match(/^5,757 people/);
        expect($(el, '.counter').getAttribute('aria-label')).to.match(/^5,757 people/);
        expect($(el, '[part=number] .count').closest('[aria-hidden=true]')).to.not.equal(null);
        el.scrollIntoView();
        await waitUntil(() => seen(el) === '5,757', 'the count-up reaches the final number', { timeout: 5000 });
      } finally {
        el.remove();
        window.scrollTo(0, 0);
      }
    });

    it('counts up from zero when it scrolls into view, once, without changing the number’s box', async () => {
      const spacer = await fixture<HTMLElement>(html`<div style="height: 300vh"></div>`);
      const el = document.createElement('ot-casualty-counter');
      el.setAttribute('as-of', '2025-03-18');
      spacer.after(el);
      try {
        await el.updateComplete;
        const box = () => {
          const r = $(el, '[part=number] [aria-hidden=true]').getBoundingClientRect();
          return `${r.width}×${r.height}`;
        };
        const first = box();
        const values = new Set<string>();
        const boxes = new Set<string>();
        let watching = true;
        const watch = () => {
          values.add(seen(el));
          boxes.add(box());
          if (watching) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
        el.scrollIntoView();
        await waitUntil(() => seen(el) === '5,757', 'the count-up reaches the final number', { timeout: 5000 });
        watching = false;
        const numbers = [...values].map((v) => Number(v.replace(/\D/g, '')));
        expect(numbers[0]).to.equal(0);
        expect(numbers.some((n) => n > 0 && n < 5757), `numbers seen: ${numbers.join(' ')}`).to.equal(true);
        expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b)); // only up
        expect([...boxes]).to.deep.equal([first]);
        // Once: scrolled away and back, it does not count again.
        window.scrollTo(0, 0);
        await nextFrame();
        el.scrollIntoView();
        await nextFrame();
        await nextFrame();
        await nextFrame();
        expect(seen(el)).to.equal('5,757');
      } finally {
        el.remove();
        window.scrollTo(0, 0);
      }
    });

    for (const [name, attrs, wrap] of [
      ['not under prefers-reduced-motion: reduce', {}, reducedMotion],
      ['not with static', { static: true }, (body: () => Promise<void>) => body()],
    ] as const) {
      it(`${name}: the final number is there in the first frame`, async () => {
        await wrap(async () => {
          const el = await counter({ 'as-of': '2025-03-18', ...attrs });
          expect(seen(el)).to.equal('5,757');
          for (let i = 0; i < 5; i++) {
            await nextFrame();
            expect(seen(el)).to.equal('5,757');
          }
          expect(getComputedStyle($(el, '[part=number] .count')).visibility).to.equal('visible');
        });
      });
    }
  });

  it('breakdown: only what the Monitor published, worded as it published it', async () => {
    // A child share says its base: civilian casualties whose age was recorded, or that the source leaves it unclear.
    const base = (year: number, edition: string) => d.casualties.figures.find((f) => f.year === year && f.edition === edition)!.childPercent!.of === 'civilian'
      ? 'of civilian casualties whose age was recorded' : '(base not stated)';
    expect([base(2022, 'LM2023'), base(2023, 'LM2024')]).to.deep.equal(['of civilian casualties whose age was recorded', '(base not stated)']);
    const cases: [Record<string, string>, string[]][] = [
      // Killed and injured add up to 6,270 of 6,279: the 9 are no published figure, so no line.
      [{ year: '2024' }, ['1,945 killed', '4,325 injured', '90% civilians', `Children: 46% ${base(2024, 'LM2025')}`]],
      [{ year: '2023' }, ['84% civilians', '1,498 children, 37% (base not stated)']],
      [{ year: '2022' }, ['1,661 killed', '3,015 injured', '85% civilians', '1,171 children, 49% of civilian casualties whose age was recorded']],
      [{ year: '2020' }, ['2,492 killed', '4,561 injured', '80% civilians']],
      [{ year: '2001' }, ['about 70% civilians']],
      // As LM2015 gave it, with its own count of unknown outcomes; LM2016's revision has no breakdown.
      [{ year: '2014', 'as-of': '2016-01-01' }, ['1,243 killed', '2,386 injured', '49 outcome not stated', '80% civilians']],
      [{ year: '2015', 'as-of': '2017-01-01' }, ['78% civilians', `Children: 38% ${base(2015, 'LM2016')}`]],
    ];
    for (const [attrs, items] of cases) {
      const el = await counter({ 'as-of': '2026-11-28', ...attrs, breakdown: true, static: true });
      expect($$(el, '[part=breakdown] li').map((li) => squash(li.textContent)), attrs.year).to.deep.equal(items);
    }
    const none = await counter({ year: '2021', 'as-of': '2026-11-28', breakdown: true, static: true });
    expect(text($(none, '[part=breakdown]'))).to.equal('No breakdown in this edition');
    const plain = await counter({ year: '2024', 'as-of': '2026-11-28', static: true });
    expect(plain.shadowRoot!.querySelector('[part=breakdown]')).to.equal(null);
  });

  it('trend: a chart of every year up to the one shown, with the shown year marked and a table of the data', async () => {
    for (const [day, year] of [['2026-11-28', undefined], ['2026-11-28', 2015], ['2025-03-18', undefined], ['2010-06-01', 2008]] as const) {
      const el = await counter({ 'as-of': day, ...(year && { year: String(year) }), trend: true, static: true });
      const shown = casualtiesAt(d, day, year);
      if (!shown.ok) throw new Error('expected a figure');
      const series = casualtySeriesAt(d, day).filter((s) => s.figure.year <= shown.figure.year);
      const rows = $$(el, '[part=trend] tbody tr').map((tr) => [...tr.children].map((c) => squash(c.textContent)));
      expect(rows, `${day} ${year}`).to.deep.equal(series.map((s) => [String(s.figure.year), s.figure.total.toLocaleString('en-GB'), s.edition.title]));
      expect($$(el, '[part=trend] tbody th time').map((t) => t.getAttribute('datetime'))).to.deep.equal(series.map((s) => String(s.figure.year)));
      expect($$(el, '[part=trend] thead th').map((th) => th.textContent)).to.deep.equal(['Year', 'Killed or injured', 'Edition']);
      expect($$(el, 'tr.shown').map((tr) => tr.querySelector('th')!.textContent)).to.deep.equal([String(shown.figure.year)]);
      const first = series[0]!.figure.year;
      expect($(el, '[part=trend] svg').getAttribute('role')).to.equal('img');
      expect($(el, '[part=trend] svg').getAttribute('aria-label')).to.equal(`People killed or injured each year, ${first}–${shown.figure.year}`);
      // The shown year's mark sits at the right end, at the height of its figure.
      const max = Math.max(...series.map((s) => s.figure.total));
      expect($(el, '.mark').getAttribute('d')).to.equal(`M100,${100 * (1 - shown.figure.total / max)}h0`);
    }
  });

  it('trend: a year without a figure is a gap in the line, not a line drawn across it', async () => {
    const el = await counter({ 'as-of': '2026-11-28', trend: true, static: true });
    // 2001, then 2006 onwards (the unverified 2005 figure is never shown): two runs.
    expect($(el, 'path:not([class])').getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect($(el, '.dots').getAttribute('d')!.match(/M/g)).to.have.length(casualtySeriesAt(d, '2026-11-28').length);
  });

  it('has a footer with the source, the as-of date and the data as CSV', async () => {
    const el = await counter({ 'as-of': '2026-11-28', year: '2024', static: true });
    const footer = $(el, '[part=footer]');
    expect(footer.querySelector('a')!.href).to.equal(d.sources['hi-us-lm2025']!.url);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28');
    expect(await csvOf(el)).to.deep.equal([
      ['year', 'killed_or_injured', 'killed', 'injured', 'outcome_unknown', 'civilian_percent', 'civilian_approximate', 'child_percent',
        'child_percent_of', 'children', 'edition', 'released', 'sources'],
      ['2024', '6279', '1945', '4325', '', '90', 'false', '46', 'civilians-of-recorded-age', '', 'Landmine Monitor 2025', '2025-12-01', d.sources['hi-us-lm2025']!.url],
    ]);
    const y2001 = await counter({ 'as-of': '2026-11-28', year: '2001', static: true });
    expect((await csvOf(y2001))[1]!.slice(0, 10)).to.deep.equal(['2001', '7987', '', '', '', '70', 'true', '', '', '']);
  });

  describe('errors: the error state, a visible message, an event, no exception', () => {
    const cases: [string, Record<string, string>, RegExp, RegExp?][] = [
      ['a year before the data', { year: '1995' }, /no figure for 1995; the data covers 2001–2024/],
      ['a year after the data', { year: '2031' }, /no figure for 2031; the data covers 2001–2024/],
      ['a year the data leaves out', { year: '2003' }, /no figure for 2003; the data covers 2001–2024/],
      ['a year not yet published on as-of', { year: '2024', 'as-of': '2025-03-18' }, /the figure for 2024 was not published until 1 December 2025/, /until 2025-12-01/],
      ['a day before the first edition', { 'as-of': '2002-06-01' }, /the figure for 2001 was not published until 1 January 2003/, /until 2003-01-01/],
      ['a year that is not a number', { year: 'last year' }, /“last year” is not a year/],
      ['a year that is not a whole number', { year: '2023.5' }, /“2023\.5” is not a year/],
      ['a malformed as-of', { 'as-of': '18.03.2025' }, /as-of “18\.03\.2025” is not a date/],
    ];
    for (const [name, attrs, message, dev = message] of cases) {
      it(name, async () => {
        const { el, message: detail, warnings } = await failingWidget<OtCasualtyCounter>('ot-casualty-counter', { 'as-of': '2026-11-28', ...attrs });
        expect(isError(el)).to.equal(true);
        expect(el.value).to.equal(null);
        expect(text(el)).to.match(message);
        expect(detail).to.match(dev);
        expect(warnings).to.match(dev);
      });
    }
  });

  it('follows attributes changed or removed after render', async () => {
    const el = await counter({ year: 'abc', 'as-of': '2026-11-28', static: true });
    expect(isError(el)).to.equal(true);
    el.setAttribute('year', ' 2015 ');
    await el.updateComplete;
    expect(isError(el)).to.equal(false);
    expect(el.value).to.equal(6971);
    el.year = 2016;
    await el.updateComplete;
    expect(el.value).to.equal(9439);
    el.removeAttribute('year');
    await el.updateComplete;
    expect(el.value).to.equal(6279);
    el.setAttribute('breakdown', '');
    el.setAttribute('trend', '');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=breakdown]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part=trend]')).to.not.equal(null);
    el.removeAttribute('trend');
    el.setAttribute('locale', 'uk');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=trend]')).to.equal(null);
    expect(seen(el)).to.equal('6 279');
  });

  it('is axe-clean with and without breakdown and trend, and in the error state, light and dark', async () => {
    const cases: Record<string, string | boolean>[] = [
      { 'as-of': '2026-11-28' },
      { 'as-of': '2026-11-28', breakdown: true },
      { 'as-of': '2026-11-28', trend: true },
      { 'as-of': '2025-03-18', breakdown: true, trend: true },
      { 'as-of': '2026-11-28', year: '2006', breakdown: true },
      { 'as-of': '2026-11-28', year: '1995' },
    ];
    for (const theme of ['light', 'dark']) {
      for (const attrs of cases) {
        const el = await counter({ ...attrs, theme, static: true });
        el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
        await expect(el, `${theme} ${JSON.stringify(attrs)}`).to.be.accessible();
      }
    }
  });
});
