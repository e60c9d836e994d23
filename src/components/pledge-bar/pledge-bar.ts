import { html, svg, nothing, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { countryCode } from '../../data/country.js';
import { guidelinesAt, spendingAt, type SpendingAt } from '../../data/spending.js';
import { knownBy } from '../../data/dates.js';
import type { CountryCode, Guideline, Pledge, SpendingEstimate } from '../../data/types.js';
import { OtElement, type Context, type Outcome, type Problem } from '../../core/base.js';
import { countriesOf } from '../../core/attributes.js';
import { define } from '../../core/define.js';
import { withTimes } from '../../core/time.js';
import { type PartName } from '../../data/parts.js';
import '../../loaders.js';
import { sourceUrls } from '../../core/sources.js';
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

/** The bar's height in px. Above it, earlier years as thin bars (oldest first); below it, the pledge, then the budget. */
const BAR = 16;

/** Pledges, budgets and guidelines as they were written: "5%", "4.7%", "3.5%". */
const percent = ({ f }: Context, n: number) => f.number(n / 100, { style: 'percent', maximumFractionDigits: 2 });

/** NATO's figures as NATO publishes them, with two decimals: "4.00%", never "4%". */
const natoPercent = ({ f }: Context, n: number) => f.number(n / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

const pledgeText = (ctx: Context, p: Pledge) => ctx.t.pledgeBar.pledge({
  min: p.max ? ctx.f.number(p.min, { maximumFractionDigits: 2 }) : percent(ctx, p.min),
  max: p.max ? percent(ctx, p.max) : undefined,
  atLeast: p.atLeast,
  from: String(p.fromYear),
  to: p.toYear ? String(p.toYear) : undefined,
  by: p.by,
});

/** A state's pledge and budget known on the day, pledge first: each drawn and worded by its kind. */
const commitmentsOf = (at: SpendingAt | undefined): Pledge[] => (at ? [at.pledge, at.budget].filter((p): p is Pledge => !!p) : []);

/**
 * A pledge or budget in words, by its kind and with its day ("budget adopted: 4.91% for 2026 (4 Dec
 * 2025)"), and whether it is counted by the state's own definition. `when` formats the day.
 */
const commitmentText = (ctx: Context, p: Pledge, when: (date: string) => string = ctx.f.partialDate) => {
  const m = ctx.t.pledgeBar;
  const text = m.commitment[p.kind](pledgeText(ctx, p), when(p.announced));
  return p.nationalDefinition ? `${text}, ${m.nationalDefinition}` : text;
};

/** NATO's figure in words: "4.00% in 2025 (NATO estimate, 28 Aug 2025)". `when` formats the release's date. */
const spentText = (ctx: Context, { estimate: e, release }: SpendingAt, when: (date: string) => string = ctx.f.partialDate) =>
  ctx.t.pledgeBar.spent(natoPercent(ctx, e.percentOfGdp), String(e.year), e.estimate, when(release.released));

/** The figures in words, one clause per state: the chart's accessible name and the widget's `summary`. */
const describeRows = (ctx: Context, rows: readonly Row[]) => {
  const m = ctx.t.pledgeBar;
  return m.label(rows.map(({ name, at }) => m.summary(name, at ? spentText(ctx, at) : m.none, commitmentsOf(at).map((p) => commitmentText(ctx, p)))));
};

/**
 * A pledge's marker: a triangle pointing up at a single value, a bracket under a range; a budget's
 * is a square, so the two read apart without colour. `a`, `b` in % of the width, 10 px high from `y`.
 */
const marker = (y: number, p: Pick<Pledge, 'kind'>, a: number, b?: number) => p.kind !== 'pledge'
  ? svg`<svg x="${a}%" y=${y} overflow="visible"><path d="M-4 2h8v8h-8z"/></svg>`
  : b === undefined
  ? svg`<svg x="${a}%" y=${y} overflow="visible"><path d="M-5 10h10l-5-9z"/></svg>`
  : svg`<rect x="${a}%" y=${y + 6} width="${b - a}%" height="4"/><svg x="${a}%" y=${y} overflow="visible"><path d="M0 1h2v9h-2z"/></svg
    ><svg x="${b}%" y=${y} overflow="visible"><path d="M0 1h-2v9h2z"/></svg>`;

/**
 * Defence spending as a share of GDP, one row per state: NATO's latest figure published by
 * `as-of` (with its year and release; two decimals, as NATO publishes them, and "estimate" where
 * NATO marks it so), the state's latest political pledge as a marker (a triangle, a bracket for a
 * range) and its latest budget as a square, each labelled by its kind ("pledged", "draft budget",
 * "budget adopted") and day; and the NATO guidelines agreed by `as-of` as reference lines. A pledge
 * is not a budget: where a state has both (Latvia after 4 December 2025), both are shown. A share
 * counted by the state's own definition (Poland's budgets, which include its Armed Forces Support
 * Fund) says that it is not NATO's measure. Several states share one scale. A visually hidden table
 * holds the same figures for screen readers.
 *
 * A code that names no country makes the whole widget an error, as does a single state with no
 * estimate published by `as-of`. In a list, a state with no estimate keeps its row with a short
 * "no data" line, so the other states stay readable; only a list where no state has an estimate
 * is an error.
 *
 * @summary Defence spending against pledges and NATO's guidelines.
 * @tag ot-pledge-bar
 * @attr country - ISO 3166-1 alpha-2 code, any case: one state.
 * @attr countries - Comma-separated codes, one row each in the order given, on one shared scale. Wins over `country` unless empty; a list of nothing but commas is an error.
 * @attr history - Boolean: under each bar, the estimates of earlier years known on `as-of`, as thin bars and in words.
 * @csspart title - The chart's title.
 * @csspart axis - The labels of the reference lines above the rows.
 * @csspart row - One state: its name, the plot and the figures in words.
 * @csspart name - The state's name.
 * @csspart bar - The bar of the latest estimate.
 * @csspart history - The thin bars of earlier years (with `history`).
 * @csspart pledge - The pledge marker (a triangle, or a bracket for a range).
 * @csspart budget - The budget marker (a square).
 * @csspart guideline - A reference line of a NATO guideline.
 * @csspart key - The line that names the NATO guidelines.
 * @cssproperty --ot-pledge-bar-color - The bars. Default: `--ot-color-accent`.
 * @cssproperty --ot-pledge-bar-pledge-color - The pledge marker. Default: `--ot-color-pending`.
 * @cssproperty --ot-pledge-bar-budget-color - The budget marker. Default: the pledge marker's colour.
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

  protected parts(): PartName[] {
    return ['spending'];
  }

  protected compute(ctx: Context): Outcome<PledgeBarView> {
    const { data, day, f } = ctx;
    const listed = countriesOf(this.countries);
    const list = listed ?? (this.country?.trim() ? [this.country] : []);
    if (!list.length) return { ok: false, problem: listed ? { reason: 'empty-list', attribute: 'countries' } : { reason: 'missing-country' } };
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
      ? [...(this.history ? at.history : [at.estimate]).map((e) => e.percentOfGdp), ...commitmentsOf(at).map((p) => p.max ?? p.min)]
      : []);
    const x = scaleLinear([0, Math.max(...values, ...guidelines.map((g) => g.percent)) * 1.08], [0, 100]).nice();
    return { ok: true, view: { rows, guidelines, x }, summary: describeRows(ctx, rows) };
  }

  protected renderView({ rows, guidelines, x }: PledgeBarView, ctx: Context): TemplateResult {
    const { t, f, data, day } = ctx;
    const m = t.pledgeBar;
    /** Reference lines: each guideline's total, and its core share where it has one. */
    const lines = guidelines.flatMap((g) => [...(g.corePercent ? [[g.corePercent, 'core']] : []), [g.percent, '']] as [number, string][]);
    const line = ([v, core]: [number, string], y1: number, y2: number) =>
      svg`<line part="guideline" class=${core} x1="${x(v)}%" x2="${x(v)}%" y1=${y1} y2=${y2} />`;
    const dates: [string, string][] = [];
    const when = (iso: string) => {
      const text = f.partialDate(iso);
      dates.push([text, iso]);
      return text;
    };
    /** One entry per NATO figure shown: the table's rows; the pledge and budget go with the latest. */
    const entries = rows.flatMap((row): { row: Row; e?: SpendingEstimate; latest?: boolean }[] => row.at
      ? (this.history ? row.at.history : [row.at.estimate]).map((e) => ({ row, e, latest: e === row.at!.estimate }))
      : [{ row }]);
    const key = m.guidelines(guidelines.map((g) => ({
      percent: percent(ctx, g.percent),
      core: g.corePercent ? percent(ctx, g.corePercent) : undefined,
      year: g.targetYear === undefined ? undefined : String(g.targetYear),
      agreed: when(g.agreed),
      commitment: g.commitment && knownBy(g.commitment.agreed, day) ? m.wales(when(g.commitment.agreed)) : undefined,
    })));

    const row = ({ name, at }: Row) => {
      const earlier = at && this.history ? at.history.slice(0, -1) : [];
      const top = earlier.length && earlier.length * 5 + 2;
      const commitments = commitmentsOf(at);
      const height = top + BAR + 12 * Math.max(1, commitments.length);
      return html`<div class="row" part="row"><span class="name" part="name">${name}</span>${at
        ? html`<svg class="plot" width="100%" height=${height}><rect class="track" width="100%" y=${top} height=${BAR} />${
          lines.map((l) => line(l, 0, height - 4))}${
          earlier.map((e, i) => svg`<rect part="history" class="history" y=${i * 5} height="3" width="${x(e.percentOfGdp)}%"/>`)
          }<rect part="bar" class="bar" y=${top} height=${BAR} width="${x(at.estimate.percentOfGdp)}%"/>${
          commitments.map((p, i) => svg`<g part=${p.kind === 'pledge' ? 'pledge' : 'budget'} class=${p.kind === 'pledge' ? 'pledge' : 'budget'}>${
            marker(top + BAR + 1 + 12 * i, p, x(p.min), p.max && x(p.max))}</g>`)}</svg>`
        : nothing}<span class="text">${at ? withTimes(spentText(ctx, at, when), dates) : m.none}${commitments.map((p) => html`<br><svg
          class="icon ${p.kind === 'pledge' ? 'pledge' : 'budget'}" width="12" height="10">${marker(0, p, p.max ? 18 : 50, p.max && 82)}</svg>${
          withTimes(commitmentText(ctx, p, when), dates)}`)}${earlier.length
          ? html`<br><span class="earlier">${m.earlier(earlier.map((e) => [String(e.year), natoPercent(ctx, e.percentOfGdp)]))}</span>`
          : nothing}</span></div>`;
    };

    return html`<figure aria-label=${describeRows(ctx, rows)}
      ><div class="chart" aria-hidden="true"><div class="title" part="title">${m.title}</div>${lines.length
        ? html`<div class="axis"><svg part="axis" width="100%" height="20">${lines.map((l) => svg`<text x="${x(l[0])}%" y="12">${percent(ctx, l[0])}</text>${line(l, 15, 20)}`)}</svg></div>`
        : nothing}${rows.map(row)}</div>${guidelines.length
        ? html`<p class="key" part="key"><svg class="icon" width="8" height="14"><line x1="4" x2="4" y1="0" y2="14"/></svg>${withTimes(key, dates)}</p>`
        : nothing}<div class="visually-hidden"><table><caption>${m.title}</caption><thead><tr>${m.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead
      ><tbody>${entries.map(({ row, e, latest }) => {
        const release = e && data.spending.releases[e.release]!;
        const cell = (p: Pledge | undefined) => html`<td>${p && latest ? withTimes(commitmentText(ctx, p, when), dates) : ''}</td>`;
        return html`<tr><th scope="row">${row.name}</th>${e && release
          ? html`<td>${e.year}</td><td>${natoPercent(ctx, e.percentOfGdp)}</td>${cell(row.at?.pledge)}${cell(row.at?.budget)}<td>${
            withTimes(m.release(when(release.released)), dates)}</td>`
          : html`<td colspan="5">${m.none}</td>`}</tr>`;
      })}</tbody></table></div></figure>${this.renderFooter(ctx, {
        sources: [...entries.flatMap(({ row, e, latest }) => [...(e?.sources ?? []), ...(latest ? commitmentsOf(row.at).flatMap((p) => p.sources) : [])]),
          ...guidelines.flatMap((g) => [...g.sources, ...(g.commitment && knownBy(g.commitment.agreed, day) ? g.commitment.sources : [])])],
        // One row per figure: NATO's (an estimate or a final figure, by NATO's measure), then each pledge and budget, by its kind.
        csv: () => [
          ['country', 'name', 'kind', 'year', 'to_year', 'percent_of_gdp', 'percent_max', 'at_least', 'by', 'definition', 'published', 'release', 'sources'],
          ...rows.flatMap(({ country, name, at }) => at
            ? [
              ...(this.history ? at.history : [at.estimate]).map((e) => [country, name, e.estimate ? 'nato-estimate' : 'nato-figure', e.year, undefined,
                e.percentOfGdp.toFixed(2), undefined, undefined, undefined, 'nato', data.spending.releases[e.release]!.released, e.release, sourceUrls(data, e.sources)]),
              ...commitmentsOf(at).map((p) => [country, name, p.kind, p.fromYear, p.toYear, p.min, p.max, String(!!p.atLeast), String(!!p.by),
                p.nationalDefinition ? 'national' : undefined, p.announced, undefined, sourceUrls(data, p.sources)]),
            ]
            : [[country, name, ...Array<undefined>(11)]]),
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
