import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/pledge-bar/pledge-bar.js';
import type { OtPledgeBar } from '../src/components/pledge-bar/pledge-bar.js';
import { csvOf, failingWidget } from './helpers.js';
import { bundledDataset as d } from '../src/data/bundled.js';
import { guidelinesAt, spendingAt } from '../src/data/derive.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash((el.shadowRoot ?? el).textContent);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const isError = (el: Element) => el.matches(':state(error)');
/** NATO's figures, as NATO publishes them: two decimals. */
const pct = (n: number) => new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n / 100);
const NATIONAL = 'by the national definition, not by NATO’s measure';
const box = (el: Element) => el.getBoundingClientRect();
/** The row's lines in words, below its bar. */
const rowText = (row: Element) => squash(row.querySelector('.text')!.textContent);
const names = (el: Element) => $$(el, '[part=row] [part=name]').map((n) => n.textContent);

async function bar(attrs: Record<string, string | boolean>, style = ''): Promise<OtPledgeBar> {
  const el = document.createElement('ot-pledge-bar');
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB" style=${style}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<ot-pledge-bar>', () => {
  it('shows the latest estimate published by as-of, with its year and its release as far as known', async () => {
    const cases: [string, string, string][] = [
      ['2024-03-31', '2.42% in 2022 (NATO estimate, 27 Jun 2022)', '2022-06-27'],
      ['2024-04-01', '3.92% in 2023 (NATO estimate, Mar 2024)', '2024-03'], // only the month is known; the 2023 figures were estimates
      ['2025-08-27', '4.12% in 2024 (NATO estimate, 17 Jun 2024)', '2024-06-17'],
      ['2025-08-28', '4.48% in 2025 (NATO estimate, 28 Aug 2025)', '2025-08-28'],
    ];
    const el = await bar({ country: 'PL' });
    for (const [day, expected, released] of cases) {
      el.asOf = day;
      await el.updateComplete;
      const row = $(el, '[part=row]');
      expect(rowText(row), day).to.match(new RegExp(`^${expected.replace(/[()]/g, '\\$&')}`));
      expect(row.querySelector('.text time')!.getAttribute('datetime'), day).to.equal(released);
      const at = spendingAt(d, 'PL', day);
      expect(at.ok && at.estimate.percentOfGdp, day).to.equal(+expected.split('%')[0]!);
      expect($(el, '[part=footer] time').getAttribute('datetime')).to.equal(day);
    }
  });

  it('draws the NATO guidelines agreed by as-of: no 3.5% and 5% lines before 25 June 2025', async () => {
    const el = await bar({ country: 'PL', 'as-of': '2025-06-24' });
    const labels = () => $$(el, '[part=axis] text').map((t) => t.textContent);
    expect(labels()).to.deep.equal(['2%']);
    expect($$(el, '[part=row] [part=guideline]')).to.have.length(1);
    const WALES = 'NATO guidelines: 2% since 2006 (at the Wales summit on 5 Sept 2014 allies agreed to move towards it within a decade)';
    expect(squash($(el, '[part=key]').textContent)).to.equal(WALES);
    expect($$(el, '[part=key] time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2006', '2014-09-05']);

    el.asOf = '2025-06-25';
    await el.updateComplete;
    expect(guidelinesAt(d, '2025-06-25').map((g) => [g.corePercent, g.percent])).to.deep.equal([[undefined, 2], [3.5, 5]]);
    expect(labels()).to.deep.equal(['2%', '3.5%', '5%']);
    const lines = $$(el, '[part=row] [part=guideline]');
    expect(lines).to.have.length(3);
    expect(lines.map((l) => l.classList.contains('core'))).to.deep.equal([false, true, false]);
    expect(squash($(el, '[part=key]').textContent)).to.equal(`${WALES}; 3.5% core, 5% in all by 2035 (agreed 25 Jun 2025)`);
    // Each label sits over its line.
    const texts = $$(el, '[part=axis] text');
    lines.forEach((line, i) => expect(box(texts[i]!).left + box(texts[i]!).width / 2).to.be.closeTo(box(line).left + box(line).width / 2, 1.5));
  });

  it('words every pledge and budget by its kind and day, and draws each kind in its own shape', async () => {
    const cases: [string, string, string[]][] = [
      ['LT', '2025-01-16', []],
      ['LT', '2025-01-17', ['pledged 5–6% a year 2026–2030 (17 Jan 2025)']],
      ['EE', '2025-03-18', ['pledged at least 5% from 2026 (18 Mar 2025)']],
      ['LV', '2025-02-24', ['pledged at least 4% from 2026 (18 Feb 2025)']],
      ['LV', '2025-02-25', ['pledged 5% by 2028 (25 Feb 2025)']],
      // A pledge and a budget are different things: Latvia has both from 4 December 2025.
      ['LV', '2025-12-04', ['pledged 5% by 2028 (25 Feb 2025)', 'budget adopted: 4.91% for 2026 (4 Dec 2025)']],
      ['PL', '2024-08-27', []],
      ['PL', '2024-08-28', [`draft budget: 4.7% for 2025 (28 Aug 2024), ${NATIONAL}`]],
      // The 2026 draft is dated by its month only: known once August 2025 is over.
      ['PL', '2025-08-31', [`draft budget: 4.7% for 2025 (28 Aug 2024), ${NATIONAL}`]],
      ['PL', '2025-09-01', [`draft budget: 4.8% for 2026 (Aug 2025), ${NATIONAL}`]],
      ['FI', '2025-04-01', ['pledged at least 3% by 2029 (1 Apr 2025)']],
    ];
    for (const [country, day, expected] of cases) {
      const el = await bar({ country, 'as-of': day });
      const row = $(el, '[part=row]');
      const lines = row.querySelector('.text')!.innerHTML.split('<br>').map((h) => squash(h.replace(/<[^>]+>/g, ''))).slice(1);
      expect(lines, `${country} ${day}`).to.deep.equal(expected);
      expect(row.querySelectorAll('[part=pledge]').length + row.querySelectorAll('[part=budget]').length, `${country} ${day}`).to.equal(expected.length);
      for (const time of row.querySelectorAll('.text time')) expect(time.getAttribute('datetime'), `${country} ${day}`).to.match(/^\d{4}(-\d\d){0,2}$/);
    }
    const lv = $(await bar({ country: 'LV', 'as-of': '2026-01-15' }), '[part=row]');
    const [pledge, budget] = [lv.querySelector('[part=pledge] path')!, lv.querySelector('[part=budget] path')!];
    // Pledge and budget are told apart by shape (and so in forced colours): a triangle, a square; the icons in the text likewise.
    expect(pledge.getAttribute('d')).to.not.equal(budget.getAttribute('d'));
    expect(budget.getAttribute('d')).to.equal(lv.querySelector('.icon.budget path')!.getAttribute('d'));
    expect(pledge.getAttribute('d')).to.equal(lv.querySelector('.icon.pledge path')!.getAttribute('d'));
    const fiveLv = box(lv.querySelectorAll('[part=guideline]')[2]!);
    expect(box(pledge).left + box(pledge).width / 2).to.be.closeTo(fiveLv.left + fiveLv.width / 2, 1);
    expect(box(budget).left + box(budget).width / 2).to.be.below(box(pledge).left + box(pledge).width / 2); // 4.91 < 5
    expect(box(budget).top).to.be.above(box(pledge).top); // its own line, below the pledge's
    // Lithuania's bracket runs from the 5% line to 6%; a single pledge is a triangle at its value.
    const el = await bar({ countries: 'LT,LV', 'as-of': '2025-11-28' });
    const [lt, lv2] = $$(el, '[part=row]');
    const five = box(lt!.querySelectorAll('[part=guideline]')[2]!);
    const bracket = box(lt!.querySelector('[part=pledge] rect')!);
    const plot = box(lt!.querySelector('svg.plot')!);
    expect(bracket.left).to.be.closeTo(five.left + five.width / 2, 1);
    expect(bracket.width / plot.width).to.be.closeTo((five.left + five.width / 2 - plot.left) / plot.width / 5, 0.01); // 6 − 5 = one fifth of 5
    const triangle = box(lv2!.querySelector('[part=pledge] path')!);
    expect(triangle.left + triangle.width / 2).to.be.closeTo(five.left + five.width / 2, 1); // Latvia: 5% by 2028
  });

  it('puts several states on one scale, in the order given', async () => {
    const el = await bar({ countries: 'ee, LV ,lt,PL', 'as-of': '2026-11-28' });
    expect(names(el)).to.deep.equal(['Estonia', 'Latvia', 'Lithuania', 'Poland']);
    const per = ['EE', 'LV', 'LT', 'PL'].map((c, i) => {
      const at = spendingAt(d, c, '2026-11-28');
      const row = $$(el, '[part=row]')[i]!;
      const plot = box(row.querySelector('svg.plot')!);
      expect(rowText(row)).to.match(new RegExp(`^${at.ok && pct(at.estimate.percentOfGdp)} in 2025`));
      return {
        perPoint: box(row.querySelector('[part=bar]')!).width / plot.width / (at.ok ? at.estimate.percentOfGdp : NaN),
        lines: [...row.querySelectorAll('[part=guideline]')].map((l) => box(l).left),
      };
    });
    for (const p of per) {
      expect(p.perPoint).to.be.closeTo(per[0]!.perPoint, 0.001);
      expect(p.lines).to.have.length(3);
      p.lines.forEach((x, i) => expect(x).to.be.closeTo(per[0]!.lines[i]!, 0.5));
    }
    el.setAttribute('countries', 'PL,EE,PL');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Poland', 'Estonia']);
  });

  it('with history, shows only the estimates published by as-of, each year once', async () => {
    const el = await bar({ country: 'PL', 'as-of': '2024-05-01', history: true });
    const earlier = () => $$(el, '[part=history]');
    expect(earlier()).to.have.length(2); // 2021 and 2022
    expect(squash($(el, '.earlier').textContent)).to.equal('Earlier: 2021: 2.10%, 2022: 2.42%');
    el.asOf = '2026-11-28';
    await el.updateComplete;
    const at = spendingAt(d, 'PL', '2026-11-28');
    if (!at.ok) throw new Error('no data');
    expect(at.history.map((e) => e.year)).to.deep.equal([2021, 2022, 2023, 2024, 2025]);
    expect(earlier()).to.have.length(4);
    expect(squash($(el, '.earlier').textContent)).to.equal(
      `Earlier: ${at.history.slice(0, -1).map((e) => `${e.year}: ${pct(e.percentOfGdp)}`).join(', ')}`);
    // Thin bars on the bar's scale, oldest first.
    const unit = box($(el, '[part=bar]')).width / at.estimate.percentOfGdp;
    earlier().forEach((b, i) => expect(box(b).width / unit).to.be.closeTo(at.history[i]!.percentOfGdp, 0.01));
    el.history = false;
    await el.updateComplete;
    expect(earlier()).to.have.length(0);
    expect($(el, '.earlier')).to.equal(null);
  });

  it('has a table with the same figures as the data, and an accessible name that sums it up', async () => {
    const states = ['PL', 'EE', 'LV', 'LT', 'FI', 'US'];
    for (const day of ['2022-07-01', '2024-04-01', '2025-06-30', '2026-11-28']) {
      for (const history of [false, true]) {
        const el = await bar({ countries: states.join(','), 'as-of': day, history });
        const rows = $$(el, 'table tbody tr').map((tr) => [...tr.children]);
        const expected = states.flatMap((c) => {
          const at = spendingAt(d, c, day);
          const name = new Intl.DisplayNames('en-GB', { type: 'region' }).of(c)!;
          if (!at.ok) return [[name, 'no defence spending data']];
          return (history ? at.history : [at.estimate]).map((e) => {
            const latest = e === at.estimate;
            const release = d.spending.releases[e.release]!;
            return [name, String(e.year), pct(e.percentOfGdp), latest && at.pledge ? 'pledge' : '', latest && at.budget ? 'budget' : '', `NATO, ${release.released}`];
          });
        });
        const got = rows.map((cells) => cells.map((c, i) => i === 3 && squash(c.textContent) ? 'pledge' : i === 4 && squash(c.textContent) ? 'budget'
          : i === 5 ? `${squash(c.textContent).replace(/, [^,]+$/, '')}, ${c.querySelector('time')!.getAttribute('datetime')}`
          : squash(c.textContent)));
        expect(got, `${day} history=${history}`).to.deep.equal(expected);
        expect(rows.every((cells) => cells[0]!.matches('th[scope=row]'))).to.equal(true);
      }
    }
    const el = await bar({ countries: 'PL,FI,US', 'as-of': '2026-01-01' });
    expect($$(el, 'thead th').map((th) => th.textContent)).to.deep.equal(['State', 'Year', 'Spending, % of GDP', 'Pledge', 'Budget', 'Source']);
    expect(squash($(el, 'tbody tr td:nth-of-type(4)').textContent)).to.equal(`draft budget: 4.8% for 2026 (Aug 2025), ${NATIONAL}`);
    expect($(el, 'figure').getAttribute('aria-label')).to.equal('Defence spending, % of GDP: '
      + `Poland: 4.48% in 2025 (NATO estimate, 28 Aug 2025), draft budget: 4.8% for 2026 (Aug 2025), ${NATIONAL}; `
      + 'Finland: 2.41% in 2024 (NATO estimate, 17 Jun 2024), pledged at least 3% by 2029 (1 Apr 2025); '
      + 'United States: no defence spending data');
    const lv = await bar({ country: 'LV', 'as-of': '2026-01-15' });
    expect($$(lv, 'tbody td').map((td) => squash(td.textContent))).to.deep.equal(['2025', '3.73%', 'pledged 5% by 2028 (25 Feb 2025)',
      'budget adopted: 4.91% for 2026 (4 Dec 2025)', 'NATO, 28 Aug 2025']);
    // The picture is hidden from screen readers; the table and the key are not.
    expect($(el, '.chart').getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'table').closest('[aria-hidden]')).to.equal(null);
    expect($(el, '[part=key]').closest('[aria-hidden]')).to.equal(null);
  });

  it('keeps a row for a listed state without data, and says so', async () => {
    const el = await bar({ countries: 'PL,US', 'as-of': '2026-11-28' });
    expect(isError(el)).to.equal(false);
    expect(names(el)).to.deep.equal(['Poland', 'United States']);
    const us = $$(el, '[part=row]')[1]!;
    expect(rowText(us)).to.equal('no defence spending data');
    expect(us.querySelector('[part=bar]')).to.equal(null);
    // Finland in 2023: its first figures came out in 2024.
    const fi = await bar({ countries: 'EE,FI', 'as-of': '2023-01-01' });
    expect(rowText($$(fi, '[part=row]')[1]!)).to.equal('no defence spending data');
  });

  it('has a footer with the sources, the as-of date and the data as CSV', async () => {
    const el = await bar({ countries: 'LT,US', 'as-of': '2025-11-28' });
    const footer = $(el, '[part=footer]');
    const links = [...footer.querySelectorAll('a')].map((a) => a.href);
    const at = spendingAt(d, 'LT', '2025-11-28');
    if (!at.ok) throw new Error('no data');
    for (const id of [...at.estimate.sources, ...at.pledge!.sources]) {
      expect(links.some((href) => new URL(href).host === new URL(d.sources[id]!.url).host), id).to.equal(true);
    }
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2025-11-28');
    const csv = await csvOf(el);
    const urls = (ids: string[]) => ids.map((id) => d.sources[id]!.url).join(' ');
    expect(csv).to.deep.equal([
      ['country', 'name', 'kind', 'year', 'to_year', 'percent_of_gdp', 'percent_max', 'at_least', 'by', 'definition', 'published', 'release', 'sources'],
      ['LT', 'Lithuania', 'nato-estimate', '2025', '', '4.00', '', '', '', 'nato', '2025-08-28', 'NATO2025', urls(at.estimate.sources)],
      ['LT', 'Lithuania', 'pledge', '2026', '2030', '5', '6', 'false', 'false', '', '2025-01-17', '', urls(at.pledge!.sources)],
      ['US', 'United States', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('NATO\'s figures as published, two decimals: Lithuania 2025 is 4.00%, never 4%', async () => {
    const el = await bar({ countries: 'LT,PL', 'as-of': '2025-11-28', history: true });
    const [lt] = $$(el, '[part=row]');
    expect(rowText(lt!)).to.match(/^4\.00% in 2025 \(NATO estimate, 28 Aug 2025\)/);
    expect(rowText(lt!)).to.contain('Earlier: 2021: 2.03%');
    expect($(el, 'figure').getAttribute('aria-label')).to.contain('Lithuania: 4.00% in 2025');
    expect($$(el, 'tbody td').map((td) => td.textContent)).to.include('4.00%');
    expect($$(el, 'tbody td').map((td) => td.textContent)).to.include('2.10%');
    // Pledges and guidelines as written.
    expect(rowText(lt!)).to.contain('pledged 5–6% a year');
    expect($$(el, '[part=axis] text').map((t) => t.textContent)).to.deep.equal(['2%', '3.5%', '5%']);
  });

  it('"Get the data" in Polish: names from Intl, kinds and definitions as codes', async () => {
    const el = await bar({ countries: 'PL,LV', 'as-of': '2026-01-15', locale: 'pl' });
    const csv = await csvOf(el);
    expect(csv.slice(1).map((r) => r.slice(0, 4).concat(r[9]!))).to.deep.equal([
      ['PL', 'Polska', 'nato-estimate', '2025', 'nato'],
      ['PL', 'Polska', 'draft-budget', '2026', 'national'],
      ['LV', 'Łotwa', 'nato-estimate', '2025', 'nato'],
      ['LV', 'Łotwa', 'pledge', '2028', ''],
      ['LV', 'Łotwa', 'budget', '2026', ''],
    ]);
  });

  describe('errors: the error state, a visible message, an event, no exception', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['an unknown state', { country: 'XX' }, /“XX” is not a country code/],
      ['an unknown state in a list', { countries: 'PL,Poland' }, /“Poland” is not a country code/],
      ['a state with no spending data', { country: 'US' }, /no defence spending data for United States/],
      ['a day before any estimate', { country: 'PL', 'as-of': '2021-06-10' }, /no defence spending data for Poland/],
      ['a list where no state has data', { countries: 'us,CA' }, /no defence spending data for United States/],
      ['an empty list, as if not given', { countries: '' }, /no country given/],
      ['a list of commas', { countries: ' , ,' }, /countries lists no country/],
      ['no country', {}, /no country given/],
      ['a malformed as-of', { country: 'PL', 'as-of': '2025-13-01' }, /as-of “2025-13-01” is not a date/],
    ];
    for (const [name, attrs, message] of cases) {
      it(name, async () => {
        const { el, message: detail, warnings } = await failingWidget<OtPledgeBar>('ot-pledge-bar', { 'as-of': '2026-11-28', ...attrs });
        expect(isError(el)).to.equal(true);
        expect(text(el)).to.match(message);
        expect($$(el, '[part=row]')).to.have.length(0);
        expect(detail).to.match(message);
        expect(warnings).to.match(message);
      });
    }
  });

  it('follows attributes changed or removed after render', async () => {
    const el = await bar({ country: 'XX', 'as-of': '2026-11-28' });
    expect(isError(el)).to.equal(true);
    el.setAttribute('country', 'ee');
    await el.updateComplete;
    expect(isError(el)).to.equal(false);
    expect(names(el)).to.deep.equal(['Estonia']);
    el.setAttribute('countries', 'LV,LT');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Latvia', 'Lithuania']);
    el.removeAttribute('countries');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Estonia']);
    el.setAttribute('locale', 'lt');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Estija']);
    expect(rowText($(el, '[part=row]'))).to.match(/^3,38 %/);
  });

  for (const width of [320, 1200]) {
    it(`fits a ${width} px column: nothing overflows, no labels overlap`, async () => {
      for (const attrs of <Record<string, string | boolean>[]>[
        { countries: 'PL,EE,LV,LT,FI,US', 'as-of': '2026-11-28', history: true },
        { country: 'LT', 'as-of': '2025-06-24' },
        { countries: 'LT,PL', 'as-of': '2026-11-28', locale: 'de' },
      ]) {
        const el = await bar(attrs, `width: ${width}px; font: 16px/1.5 serif`);
        expect(el.getBoundingClientRect().width).to.equal(width);
        const host = box(el);
        for (const node of $$(el, '.title, .axis text, [part=row] *, [part=key], [part=footer]')) {
          // Markers may reach past a line's end; a nested <svg> only positions what it holds, and Firefox measures a group
          // of them past it: the budget's square itself is checked.
          if (node.closest('[part=pledge]') || node.matches('[part=guideline], [part=budget], svg svg')) continue;
          const b = box(node);
          expect(b.left, `${node.outerHTML.slice(0, 80)}`).to.be.at.least(host.left - 0.5);
          expect(b.right, `${node.outerHTML.slice(0, 80)}`).to.be.at.most(host.right + 0.5);
        }
        const labels = $$(el, '[part=axis] text').map(box);
        labels.slice(1).forEach((b, i) => expect(b.left, 'axis labels').to.be.greaterThan(labels[i]!.right));
        for (const row of $$(el, '[part=row]')) {
          const [name, plot, words] = ['.name', 'svg.plot', '.text'].map((s) => row.querySelector(s) && box(row.querySelector(s)!));
          if (!plot) continue;
          expect(words!.top).to.be.at.least(plot.bottom - 0.5);
          if (width === 320) expect(name!.bottom).to.be.at.most(plot.top + 0.5);
          else expect(name!.right).to.be.at.most(plot.left);
        }
      }
    });
  }

  it('is axe-clean in every variant, light and dark', async () => {
    const cases: Record<string, string | boolean>[] = [
      { country: 'PL', 'as-of': '2026-11-28' },
      { countries: 'PL,EE,LV,LT,FI', 'as-of': '2026-11-28', history: true },
      { country: 'LT', 'as-of': '2025-06-24' },
      { countries: 'EE,FI', 'as-of': '2024-05-01', history: true },
      { countries: 'PL,US', 'as-of': '2026-11-28', locale: 'de' },
      { country: 'US', 'as-of': '2026-11-28' },
      { countries: '' },
    ];
    for (const theme of ['light', 'dark']) {
      for (const attrs of cases) {
        const el = await bar({ ...attrs, theme });
        await expect(el, `${theme} ${JSON.stringify(attrs)}`).to.be.accessible();
      }
    }
  });
});
