import { html, isServer, nothing, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { dateOf } from '../../data/dates.js';
import { casualtiesAt, casualtySeriesAt, type FigureAt } from '../../data/casualties.js';
import type { CasualtyFigure, PartialDate } from '../../data/types.js';
import { OtElement, type Context, type Outcome } from '../../core/base.js';
import { define } from '../../core/define.js';
import { time, withTimes } from '../../core/time.js';
import { type PartName } from '../../data/parts.js';
import '../../loaders.js';
import { sourceUrls } from '../../core/sources.js';
import { baseStyles } from '../../core/styles.js';
import { counterStyles } from './casualty-counter.styles.js';

interface CounterView {
  at: FigureAt;
  /** Every year's figure up to the one shown, oldest first. */
  series: FigureAt[];
}

type Part = string | TemplateResult;

/** Wraps the first `needle` found in the text parts with `make`. */
const wrap = (parts: Part[], needle: string, make: (text: string) => TemplateResult): Part[] => {
  let done = false;
  return parts.flatMap((p) => {
    const i = typeof p === 'string' && !done ? p.indexOf(needle) : -1;
    if (i < 0) return [p];
    done = true;
    return [(p as string).slice(0, i), make(needle), (p as string).slice(i + needle.length)];
  });
};

/** A release date as far as it is known (a day, a month or only a year): never an invented day. */
const released = (p: PartialDate, { f, locale }: Context): string =>
  p.length > 7 ? f.date(p)
  : p.length > 4 ? new Intl.DateTimeFormat(locale.tag, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(dateOf(`${p}-01`))
  : p;

const DURATION = 1000;

/**
 * Landmine Monitor's count of people killed or injured by landmines and explosive remnants of
 * war in a year, as published by the `as-of` day, with the edition it comes from. The number
 * counts up once when the widget first scrolls into view; screen readers get the final number.
 *
 * @summary Landmine Monitor's yearly casualties, counted up.
 * @tag ot-casualty-counter
 * @attr year - The year of the casualties. Default: the latest year whose figure was published by `as-of`.
 * @attr breakdown - Boolean: add killed, injured and outcome unknown, and the civilian and child shares, each only where the Monitor published it (never a difference computed here).
 * @attr trend - Boolean: add a small chart of every year up to the one shown, with a data table.
 * @attr static - Boolean: show the final number at once, without counting up.
 * @csspart number - The big number.
 * @csspart context - The line after the number: who, by what, in which year.
 * @csspart edition - The edition the figure comes from and its publication date.
 * @csspart breakdown - Killed, injured, civilian and child shares.
 * @csspart trend - The chart with its data table.
 * @cssproperty --ot-casualty-counter-number-color - Colour of the big number. Default: the text colour.
 * @cssproperty --ot-casualty-counter-number-size - Size of the big number. Default: from 2.5em to 4.5em with the container's width.
 * @cssproperty --ot-casualty-counter-chart-color - Line and area of the trend chart. Default: `--ot-color-accent`.
 * @cssproperty --ot-casualty-counter-chart-height - Height of the trend chart. Default: 4.5em.
 */
export class OtCasualtyCounter extends OtElement<CounterView> {
  static override styles = [baseStyles, counterStyles];

  static override properties = {
    ...OtElement.properties,
    year: {},
    breakdown: { type: Boolean },
    trend: { type: Boolean },
    static: { type: Boolean },
    frame: { state: true },
  };

  /** A year (`2023` or `"2023"`); empty or absent means the latest published by `as-of`. */
  declare year: string | number | null;
  declare breakdown: boolean;
  declare trend: boolean;
  declare static: boolean;
  /** The number shown while counting up; undefined otherwise. */
  declare protected frame: number | undefined;
  protected readonly tag = 'ot-casualty-counter';

  #io: IntersectionObserver | undefined;
  #inView = false;
  /**
   * The count-up ran, or was skipped: it never runs again for this element. Skipped from the start
   * on a server (whose DOM shim may define IntersectionObserver) and without IntersectionObserver.
   */
  #played = isServer || typeof IntersectionObserver === 'undefined';
  #raf = 0;

  constructor() {
    super();
    this.year = null;
    this.breakdown = false;
    this.trend = false;
    this.static = false;
  }

  /** The number of people killed or injured that the widget shows (the final number), or null in the error state. Read-only. */
  get value(): number | null {
    const outcome = this.current();
    return outcome?.ok ? outcome.view.at.figure.total : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The server showed the final number: a reader never sees it count up again.
    if (this.fromServer) this.#played = true;
    if (this.#played) return;
    // Connected again after waiting for its data (base.ts): one observer, not two.
    this.#io?.disconnect();
    this.#io = new IntersectionObserver((entries) => {
      this.#inView = !!entries.at(-1)?.isIntersecting;
      this.#start();
    });
    this.#io.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#io?.disconnect();
    this.#inView = false;
    cancelAnimationFrame(this.#raf);
    this.frame = undefined;
  }

  protected override updated(): void {
    super.updated();
    this.#start();
  }

  #still(): boolean {
    return this.static || matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Counts up once, the first time the widget is in view with a number to show. */
  #start(): void {
    if (this.#played || !this.#inView || !this.outcome?.ok) return;
    this.#played = true;
    this.#io?.disconnect();
    if (this.#still()) return;
    let t0: number | undefined;
    const step = (now: number) => {
      const p = Math.min(1, (now - (t0 ??= now)) / DURATION);
      const outcome = this.outcome;
      this.frame = p < 1 && outcome?.ok ? Math.round(outcome.view.at.figure.total * (1 - (1 - p) ** 3)) : undefined;
      if (this.frame !== undefined) this.#raf = requestAnimationFrame(step);
    };
    this.#raf = requestAnimationFrame(step);
  }

  protected parts(): PartName[] {
    return ['casualties'];
  }

  protected compute({ data, day, t, f }: Context): Outcome<CounterView> {
    const input = String(this.year ?? '').trim();
    if (input && !/^\d+$/.test(input)) return { ok: false, problem: { reason: 'bad-year', input: String(this.year) } };
    let answer = casualtiesAt(data, day, input ? +input : undefined);
    // Before the first edition: say when the first figure came out.
    if (!answer.ok && answer.reason === 'no-figure' && !input && Number.isFinite(answer.first)) {
      answer = casualtiesAt(data, day, answer.first);
    }
    if (!answer.ok) return { ok: false, problem: answer };
    const { ok: _, ...at } = answer;
    const { total, year } = at.figure;
    return {
      ok: true,
      view: { at, series: casualtySeriesAt(data, day).filter((s) => s.figure.year <= year) },
      summary: `${f.number(total)} ${t.counter.people(total, String(year))}`,
    };
  }

  protected renderView({ at, series }: CounterView, ctx: Context): TemplateResult {
    const { t, f, data } = ctx;
    const c = t.counter;
    const { figure, edition, revises } = at;
    const total = f.number(figure.total);
    const year = String(figure.year);
    const people = c.people(figure.total, year);
    const shown = this.frame ?? (this.#played || this.#still() ? figure.total : 0);
    const date = released(edition.released, ctx);
    const link = data.sources[edition.sources[0]!];
    const first = revises[0];
    const rows = this.trend ? series : [at];
    return html`<div class="counter" role="group" aria-label=${`${total} ${people}`}>
      <p class="headline"><span class="number" part="number"><span class="visually-hidden">${total}</span
        ><span class="digits" aria-hidden="true"><span class="final">${total}</span><span class="count">${f.number(shown)}</span></span></span>
        <span class="context" part="context">${withTimes(people, [[year, year]])}</span></p>
      <p class="edition" part="edition">${wrap(
        wrap([c.edition(edition.title, date)], edition.title, (s) => link ? html`<a href=${link.url} rel="noopener noreferrer" target="_blank">${s}</a>` : html`${s}`),
        date,
        (s) => time(edition.released, s),
      )}${first ? ` (${c.revised(f.number(first.total), data.casualties.editions[first.edition]?.title ?? first.edition)})` : nothing}</p>
      ${this.breakdown ? this.#breakdown(figure, ctx) : nothing}
      ${this.trend ? this.#trend(series, ctx) : nothing}
      ${this.renderFooter(ctx, {
        sources: [...new Set(rows.flatMap((r) => r.figure.sources))],
        csv: () => [
          ['year', 'killed_or_injured', 'killed', 'injured', 'outcome_unknown', 'civilian_percent', 'civilian_approximate', 'child_percent',
            'child_percent_of', 'children', 'edition', 'released', 'sources'],
          ...rows.map(({ figure: g, edition: e }) => [g.year, g.total, g.killed, g.injured, g.unknown, g.civilianPercent,
            g.civilianPercent === undefined ? undefined : String(!!g.civilianApproximate), g.childPercent?.value,
            g.childPercent && (g.childPercent.of === 'civilian' ? 'civilians-of-recorded-age' : 'unclear'), g.children,
            e.title, e.released, sourceUrls(data, g.sources)]),
        ],
      })}
    </div>`;
  }

  #breakdown(g: CasualtyFigure, { t, f }: Context): TemplateResult {
    const c = t.counter;
    const percent = (v: number) => f.number(v / 100, { style: 'percent' });
    const items: string[] = [];
    if (g.killed !== undefined) items.push(c.killed(g.killed, f.number(g.killed)));
    if (g.injured !== undefined) items.push(c.injured(g.injured, f.number(g.injured)));
    // Only what the Monitor published: a gap between the total and killed plus injured is not a figure.
    if (g.unknown !== undefined) items.push(c.unstated(g.unknown, f.number(g.unknown)));
    if (g.civilianPercent !== undefined) items.push(c.civilians(percent(g.civilianPercent), !!g.civilianApproximate));
    if (g.childPercent) {
      items.push(c.children(percent(g.childPercent.value), g.childPercent.of === 'civilian', g.children === undefined ? '' : f.number(g.children), g.children ?? 0));
    }
    return items.length
      ? html`<ul class="breakdown" part="breakdown" role="list">${items.map((i) => html`<li>${i}</li>`)}</ul>`
      : html`<p class="breakdown" part="breakdown">${c.noBreakdown}</p>`;
  }

  #trend(series: FigureAt[], { t, f }: Context): TemplateResult {
    const totals = new Map(series.map((s) => [s.figure.year, s.figure.total]));
    const from = series[0]!.figure.year;
    const to = series.at(-1)!.figure.year;
    const x = scaleLinear().domain([from, to]).range([0, 100]);
    const y = scaleLinear().domain([0, Math.max(...totals.values())]).range([100, 0]);
    // Every year of the span; a year without a figure (2002–2004) is a gap in the area and line.
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const has = (yr: number) => totals.has(yr);
    const top = (yr: number) => y(totals.get(yr)!);
    const dot = (yr: number) => `M${x(yr)},${top(yr)}h0`;
    const name = t.counter.trend(String(from), String(to));
    return html`<figure class="trend" part="trend">
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label=${name}>
        <path class="area" d=${area<number>().defined(has).x(x).y0(100).y1(top)(years) ?? ''} />
        <path d=${line<number>().defined(has).x(x).y(top)(years) ?? ''} />
        <path class="dots" d=${[...totals.keys()].map(dot).join('')} />
        <path class="mark" d=${dot(to)} />
      </svg>
      <div class="axis" aria-hidden="true"><span>${from}</span><span>${to}</span></div>
      <details>
        <summary>${name}</summary>
        <table>
          <thead><tr>${t.counter.columns.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>${series.map(({ figure: g, edition: e }) => html`<tr class=${g.year === to ? 'shown' : ''}>
            <th scope="row">${time(String(g.year), String(g.year))}</th><td>${f.number(g.total)}</td><td>${e.title}</td></tr>`)}</tbody>
        </table>
      </details>
    </figure>`;
  }
}

define('ot-casualty-counter', OtCasualtyCounter);

declare global {
  interface HTMLElementTagNameMap {
    'ot-casualty-counter': OtCasualtyCounter;
  }
}
