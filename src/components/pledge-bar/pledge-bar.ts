import { html, svg, nothing, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { countryCode, guidelinesAt, spendingAt, type SpendingAt } from '../../data/derive.js';
import type { CountryCode, Guideline, Pledge, SpendingEstimate } from '../../data/types.js';
import { OtElement, type Context, type Outcome, type Problem } from '../../core/base.js';
import { define } from '../../core/define.js';
import { baseStyles } from '../../core/styles.js';
import { pledgeBarStyles } from './pledge-bar.styles.js';

interface Row {
  country: CountryCode;
  name: string;
  /** Absent where no estimate was published by the day. */
  at?: SpendingAt;
}

interface PledgeBarView {
  rows: Row[];
  guidelines: Guideline[];
  /** One scale for every row: % of GDP to % of the plot's width (typed by its call, so the .d.ts needs no d3 types). */
  x: (percent: number) => number;
}

/** The bar's height in px. Above it, earlier years as thin bars (oldest first); below it, the pledge. */
const BAR = 16;

const percent = ({ f }: Context, n: number) => f.number(n / 100, { style: 'percent', maximumFractionDigits: 2 });

const pledgeText = (ctx: Context, p: Pledge) => ctx.t.pledgeBar.pledge({
  min: p.max ? ctx.f.number(p.min, { maximumFractionDigits: 2 }) : percent(ctx, p.min),
  max: p.max ? percent(ctx, p.max) : undefined,
  atLeast: p.atLeast,
  from: String(p.fromYear),
  to: p.toYear ? String(p.toYear) : undefined,
  by: p.by,
});

/** The figures in words, one clause per state: the chart's accessible name and the widget's `summary`. */
const describeRows = (ctx: Context, rows: readonly Row[]) => {
  const m = ctx.t.pledgeBar;
  return m.label(rows.map(({ name, at }) => m.summary(
    name,
    at ? m.spent(percent(ctx, at.estimate.percentOfGdp), String(at.estimate.year), at.estimate.estimate, ctx.f.partialDate(at.release.released)) : m.none,
    at?.pledge && m.pledged(pledgeText(ctx, at.pledge)),
  )));
};

/** A triangle pointing up at a single value; a bracket under a range. `a`, `b` in % of the width, 10 px high from `y`. */
const marker = (y: number, a: number, b?: number) => b === undefined
  ? svg`<svg x="${a}%" y=${y} overflow="visible"><path d="M-5 10h10l-5-9z"/></svg>`
  : svg`<rect x="${a}%" y=${y + 6} width="${b - a}%" height="4"/><svg x="${a}%" y=${y} overflow="visible"><path d="M0 1h2v9h-2z"/></svg
    ><svg x="${b}%" y=${y} overflow="visible"><path d="M0 1h-2v9h2z"/></svg>`;

/**
 * Defence spending as a share of GDP, one row per state: NATO's latest estimate published by
 * `as-of` (with its year and release), the state's latest pledge as a marker (a bracket for a
 * range), and the NATO guidelines agreed by `as-of` as reference lines. Several states share
 * one scale. A visually hidden table holds the same figures for screen readers.
 *
 * A code that names no country makes the whole widget an error, as does a single state with no
 * estimate published by `as-of`. In a list, a state with no estimate keeps its row with a short
 * "no data" line, so the other states stay readable; only a list where no state has an estimate
 * is an error.
 *
 * @summary Defence spending against pledges and NATO's guidelines.
 * @tag ot-pledge-bar
 * @attr country - ISO 3166-1 alpha-2 code, any case: one state.
 * @attr countries - Comma-separated codes, one row each in the order given, on one shared scale. Wins over `country`; an empty list is an error.
 * @attr history - Boolean: under each bar, the estimates of earlier years known on `as-of`, as thin bars and in words.
 * @csspart title - The chart's title.
 * @csspart axis - The labels of the reference lines above the rows.
 * @csspart row - One state: its name, the plot and the figures in words.
 * @csspart name - The state's name.
 * @csspart bar - The bar of the latest estimate.
 * @csspart history - The thin bars of earlier years (with `history`).
 * @csspart pledge - The pledge marker.
 * @csspart guideline - A reference line of a NATO guideline.
 * @csspart key - The line that names the NATO guidelines.
 * @cssproperty --ot-pledge-bar-color - The bars. Default: `--ot-color-accent`.
 * @cssproperty --ot-pledge-bar-pledge-color - The pledge marker. Default: `--ot-color-pending`.
 * @cssproperty --ot-pledge-bar-guideline-color - The reference lines and their labels. Default: `--ot-color-muted`.
 * @cssproperty --ot-pledge-bar-track-color - The track behind each bar. Default: a tint of `--ot-color-rule`.
 * @cssproperty --ot-color-pending - Default colour of the pledge marker.
 * @cssproperty --ot-color-rule - Default tint of the track.
 */
export class OtPledgeBar extends OtElement<PledgeBarView> {
  static override styles = [baseStyles, pledgeBarStyles];

  static override properties = {
    ...OtElement.properties,
    country: {},
    countries: {},
    history: { type: Boolean },
  };

  declare country: string | null;
  declare countries: string | null;
  declare history: boolean;
  protected readonly tag = 'ot-pledge-bar';

  constructor() {
    super();
    this.history = false;
  }

  protected compute(ctx: Context): Outcome<PledgeBarView> {
    const { data, day, f } = ctx;
    const list = this.countries != null ? this.countries.split(',').filter((c) => c.trim()) : this.country?.trim() ? [this.country] : [];
    if (!list.length) return { ok: false, problem: this.countries != null ? { reason: 'empty-list', attribute: 'countries' } : { reason: 'missing-country' } };
    const rows: Row[] = [];
    let missing: Problem | undefined;
    for (const input of list) {
      const country = countryCode(input);
      // Intl names every assigned region; a code it cannot name (XX, AA) is a typo.
      if (!country || f.country(country) === country) return { ok: false, problem: { reason: 'unknown-country', country: input.trim() } };
      if (rows.some((r) => r.country === country)) continue;
      const at = spendingAt(data, country, day);
      if (!at.ok) missing ??= at;
      rows.push({ country, name: f.country(country), ...(at.ok && { at }) });
    }
    if (!rows.some((r) => r.at)) return { ok: false, problem: missing! };
    const guidelines = guidelinesAt(data, day);
    const values = rows.flatMap(({ at }) => at
      ? [...(this.history ? at.history : [at.estimate]).map((e) => e.percentOfGdp), at.pledge?.max ?? at.pledge?.min ?? 0]
      : []);
    const x = scaleLinear([0, Math.max(...values, ...guidelines.map((g) => g.percent)) * 1.08], [0, 100]).nice();
    return { ok: true, view: { rows, guidelines, x }, summary: describeRows(ctx, rows) };
  }

  protected renderView({ rows, guidelines, x }: PledgeBarView, ctx: Context): TemplateResult {
    const { t, f, data } = ctx;
    const m = t.pledgeBar;
    /** Reference lines: each guideline's total, and its core share where it has one. */
    const lines = guidelines.flatMap((g) => [...(g.corePercent ? [[g.corePercent, 'core']] : []), [g.percent, '']] as [number, string][]);
    const line = ([v, core]: [number, string], y1: number, y2: number) =>
      svg`<line part="guideline" class=${core} x1="${x(v)}%" x2="${x(v)}%" y1=${y1} y2=${y2}/>`;
    const dates: [string, string][] = [];
    const when = (iso: string) => {
      const text = f.partialDate(iso);
      dates.push([text, iso]);
      return text;
    };
    const spent = ({ estimate: e, release }: SpendingAt) => m.spent(percent(ctx, e.percentOfGdp), String(e.year), e.estimate, when(release.released));
    /** One entry per figure shown: the table's rows and the CSV's; the pledge goes with the latest. */
    const entries = rows.flatMap((row): { row: Row; e?: SpendingEstimate; p?: Pledge | undefined }[] => row.at
      ? (this.history ? row.at.history : [row.at.estimate]).map((e) => ({ row, e, p: e === row.at!.estimate ? row.at!.pledge : undefined }))
      : [{ row }]);
    const key = m.guidelines(guidelines.map((g) => ({
      percent: percent(ctx, g.percent),
      core: g.corePercent ? percent(ctx, g.corePercent) : undefined,
      year: String(g.targetYear),
      agreed: when(g.agreed),
    })));

    const row = ({ name, at }: Row) => {
      const earlier = at && this.history ? at.history.slice(0, -1) : [];
      const top = earlier.length && earlier.length * 5 + 2;
      const height = top + BAR + 12;
      const p = at?.pledge;
      return html`<div class="row" part="row"><span class="name" part="name">${name}</span>${at
        ? html`<svg class="plot" width="100%" height=${height}><rect class="track" width="100%" y=${top} height=${BAR}/>${
          lines.map((l) => line(l, 0, height - 4))}${
          earlier.map((e, i) => svg`<rect part="history" class="history" y=${i * 5} height="3" width="${x(e.percentOfGdp)}%"/>`)
          }<rect part="bar" class="bar" y=${top} height=${BAR} width="${x(at.estimate.percentOfGdp)}%"/>${
          p ? svg`<g part="pledge" class="pledge">${marker(top + BAR + 1, x(p.min), p.max && x(p.max))}</g>` : nothing}</svg>`
        : nothing}<span class="text">${at ? this.withTimes(spent(at), dates) : m.none}${p
          ? html`<br><svg class="icon pledge" width="12" height="10">${marker(0, p.max ? 18 : 50, p.max && 82)}</svg>${m.pledged(pledgeText(ctx, p))}`
          : nothing}${earlier.length
          ? html`<br><span class="earlier">${m.earlier(earlier.map((e) => [String(e.year), percent(ctx, e.percentOfGdp)]))}</span>`
          : nothing}</span></div>`;
    };

    return html`<figure aria-label=${describeRows(ctx, rows)}
      ><div class="chart" aria-hidden="true"><div class="title" part="title">${m.title}</div>${lines.length
        ? html`<div class="axis"><svg part="axis" width="100%" height="20">${lines.map((l) => svg`<text x="${x(l[0])}%" y="12">${percent(ctx, l[0])}</text>${line(l, 15, 20)}`)}</svg></div>`
        : nothing}${rows.map(row)}</div>${guidelines.length
        ? html`<p class="key" part="key"><svg class="icon" width="8" height="14"><line x1="4" x2="4" y1="0" y2="14"/></svg>${this.withTimes(key, dates)}</p>`
        : nothing}<div class="visually-hidden"><table><caption>${m.title}</caption><thead><tr>${m.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead
      ><tbody>${entries.map(({ row, e, p }) => {
        const release = e && data.spending.releases[e.release]!;
        return html`<tr><th scope="row">${row.name}</th>${e && release
          ? html`<td>${e.year}</td><td>${percent(ctx, e.percentOfGdp)}</td><td>${p ? pledgeText(ctx, p) : ''}</td><td>${p
            ? `${p.fromYear}${p.toYear ? `–${p.toYear}` : ''}` : ''}</td><td>${this.withTimes(m.release(when(release.released)), dates)}</td>`
          : html`<td colspan="5">${m.none}</td>`}</tr>`;
      })}</tbody></table></div></figure>${this.renderFooter(ctx, {
        sources: [...entries.flatMap(({ e, p }) => [...(e?.sources ?? []), ...(p?.sources ?? [])]), ...guidelines.flatMap((g) => g.sources)],
        csv: [
          'country,name,year,percent_of_gdp,estimate,release,released,pledge_min,pledge_max,pledge_at_least,pledge_from,pledge_to,pledge_by,sources'.split(','),
          ...entries.map(({ row, e, p }) => [row.country, row.name, e?.year, e?.percentOfGdp, e && String(e.estimate), e?.release,
            e && data.spending.releases[e.release]!.released, p?.min, p?.max, p && String(!!p.atLeast), p?.fromYear, p?.toYear, p && String(!!p.by),
            [...(e?.sources ?? []), ...(p?.sources ?? [])].map((id) => data.sources[id]?.url).join(' ')]),
        ],
      })}`;
  }
}

define('ot-pledge-bar', OtPledgeBar);

declare global {
  interface HTMLElementTagNameMap {
    'ot-pledge-bar': OtPledgeBar;
  }
}
