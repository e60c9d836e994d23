import { html, isServer, nothing, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { dateOf, firstOfMonthAfter } from '../../data/dates.js';
import { countryCode, groupByDay, timelineAt, windowTimeline, type TimelineEntry } from '../../data/derive.js';
import type { IsoDate, TreatyId, Vote } from '../../data/types.js';
import { OtElement, type Context, type Outcome } from '../../core/base.js';
import type { Format } from '../../core/format.js';
import { onePerPublisher, sourceUrls } from '../../core/sources.js';
import { parliamentName, type Messages } from '../../i18n/messages.js';
import { countriesOf, dayOf, treatyOf } from '../../core/attributes.js';
import { define } from '../../core/define.js';
import { time, withTimes } from '../../core/time.js';
import { partsOf, STORY_STATES, type PartName } from '../../data/parts.js';
import '../../loaders.js';
import { baseStyles } from '../../core/styles.js';
import { timelineStyles } from './withdrawal-timeline.styles.js';

/**
 * The least distance between two markers in one lane, in % of the axis: for the narrowest
 * horizontal layout (about 34em of axis) and the wide one (about 58em), markers 1.75em apart.
 */
const GAPS = [5.2, 3];

/** Month steps for the axis ticks; the wide layout shows every tick, the narrow one every other. */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

const dayNumber = (day: IsoDate) => dateOf(day).getTime() / 864e5;

const intl = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();
const cachedIntl = <T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T =>
  (intl.get(key) as T | undefined) ?? (intl.set(key, make()), intl.get(key) as T);

/** The parliament that voted, in the reader's language: only for votes, where the body is a proper name (the words say government, president…). */
const parliamentOf = (e: TimelineEntry, t: Messages) =>
  e.kind === 'parliament-vote' || e.kind === 'suspension-vote' ? parliamentName(t, e.event?.actor) : '';

/** A vote's numbers, formatted: "413–15–3", "299 in favour". */
const voteText = (v: Vote, t: Messages, f: Format) =>
  t.timeline.vote(f.number(v.for), v.against === undefined ? undefined : f.number(v.against), v.abstained === undefined ? undefined : f.number(v.abstained));

/**
 * What the reader must know about an event's date and weight, in words: computed by the treaty's
 * rule (forward from a deposit, or worked back from a date of effect), the day of a report,
 * another source's date (with that date, for `<time>`), disputed.
 */
function notesOf(e: TimelineEntry, t: Messages, f: Format): { text: string; date?: [string, IsoDate] }[] {
  const notes: { text: string; date?: [string, IsoDate] }[] = [];
  if (e.derived) notes.push({ text: e.kind === 'effect' ? t.badge.derived : t.timeline.workedBack });
  if (e.event?.reported) notes.push({ text: t.timeline.reported });
  for (const c of e.event?.conflicts ?? []) {
    const other = f.date(c.value);
    notes.push({ text: t.badge.otherDate(other), date: [other, c.value] });
  }
  if (e.event?.disputed) notes.push({ text: t.badge.disputed });
  return notes;
}

/** One list item: the entries of one day and step, and where its marker sits on the axis. */
interface Item {
  entries: TimelineEntry[];
  /** % along the axis; absent for an open date of effect. */
  x?: number;
  /** The marker's lane in the narrow and in the wide horizontal layout. */
  lanes: number[];
}

interface Tick {
  /** `YYYY-MM`. */
  month: string;
  x: number;
  label: string;
  /** Shown in the narrow horizontal layout too. */
  major: boolean;
}

interface TimelineView {
  treaty: TreatyId;
  items: Item[];
  ticks: Tick[];
  /** Lanes used in the narrow and in the wide layout. */
  lanes: number[];
  /** The as-of marker: where on the axis (if in its domain), and before which item. */
  today?: { x?: number; before: number };
}

/**
 * An axis element's position, as custom properties. In a browser they are set through the CSSOM
 * after rendering (`updated`); a server has no CSSOM, so it writes them as a `style` attribute,
 * for a page that shows the widget before any script runs.
 */
const at = (positions: Record<string, string | number>) =>
  isServer ? Object.entries(positions).map(([k, value]) => `--${k}:${value}`).join(';') : nothing;

/**
 * The dated events of the withdrawals, from the first considerations to the day each takes
 * effect, as they could be known on the `as-of` day: later events are left out, dates of
 * effect already fixed by a deposit are shown as scheduled. A time axis with numbered markers
 * above the list where the container is wide enough, a vertical list where it is not; at every
 * width an ordered list in date order.
 *
 * @summary The withdrawals, day by day.
 * @tag ot-withdrawal-timeline
 * @attr countries - Comma-separated ISO 3166-1 alpha-2 codes, any case. Default (or empty): EE, LV, LT, PL, FI, UA (those the treaty's data covers); a list of nothing but commas is an error.
 * @attr from - `YYYY-MM-DD`: leave out events before this day.
 * @attr to - `YYYY-MM-DD`: leave out events after this day (and an open date of effect).
 * @attr treaty - `ottawa` (default) or `ccm`.
 * @cssstate error - A bad attribute (unknown code, malformed date, `from` after `to`); a message is shown instead.
 * @csspart axis - The time axis (wide layout only; hidden from assistive technology, the list says it all).
 * @csspart marker - A numbered marker on the axis.
 * @csspart list - The ordered list of events.
 * @csspart event - One event: date, states, what happened, details, source.
 * @csspart today - The as-of ("today") marker, on the axis and in the list.
 * @cssproperty --ot-withdrawal-timeline-marker - Marker colour. Default: the accent colour.
 * @cssproperty --ot-withdrawal-timeline-today - Colour of the "today" marker. Default: the pending status colour.
 * @cssproperty --ot-withdrawal-timeline-min-column - Narrowest column of the event list in the wide layout. Default: 13em.
 */
export class OtWithdrawalTimeline extends OtElement<TimelineView> {
  static override styles = [baseStyles, timelineStyles];

  static override properties = {
    ...OtElement.properties,
    countries: {},
    from: {},
    to: {},
    treaty: {},
    hot: { state: true },
  };

  declare countries: string | null;
  declare from: string | null;
  declare to: string | null;
  declare treaty: TreatyId | null;
  /** The item whose marker is highlighted (focused), or -1. */
  declare protected hot: number;
  protected readonly tag = 'ot-withdrawal-timeline';
  /** The item that takes the list's one tab stop. */
  #stop = 0;

  constructor() {
    super();
    this.hot = -1;
  }

  protected parts(): PartName[] {
    const codes = countriesOf(this.countries)?.map(countryCode).filter((c) => c !== undefined);
    return codes?.length ? partsOf(codes) : ['story'];
  }

  protected compute({ data, day, locale, t, f }: Context): Outcome<TimelineView> {
    const treaty = treatyOf(this.treaty) as TreatyId;
    const [from, to] = [dayOf('from', this.from), dayOf('to', this.to)];
    if (typeof from === 'object') return { ok: false, problem: from };
    if (typeof to === 'object') return { ok: false, problem: to };
    if (from && to && from > to) return { ok: false, problem: { reason: 'bad-range', from, to } };
    const codes = countriesOf(this.countries) ?? STORY_STATES.filter((c) => data.participation[treaty]?.[c]);
    const answer = timelineAt(data, treaty, codes, day);
    if (!answer.ok) return { ok: false, problem: answer };
    if (!codes.length) return { ok: false, problem: { reason: 'empty-list', attribute: 'countries' } };

    const items: Item[] = groupByDay(windowTimeline(answer.entries, from, to)).map((entries) => ({ entries, lanes: [] }));
    const summary = items.length ? t.timeline.label(t.treaty[treaty], items.length, f.number(items.length)) : t.timeline.none;
    const dated = items.filter((i) => i.entries[0]!.date).map((i) => i.entries[0]!.date!);
    const inWindow = (!from || day >= from) && (!to || day <= to);
    const last = dated.at(-1);
    const lo = from ?? dated[0];
    const hi = to ?? (last && inWindow && day > last ? day : last);
    const view: TimelineView = { treaty, items, ticks: [], lanes: [0, 0] };
    if (inWindow) view.today = { before: items.findIndex((i) => (i.entries[0]!.date ?? '9999') > day) };
    if (view.today?.before === -1) view.today.before = items.length;
    if (!dated.length || !lo || !hi) return { ok: true, view, summary };

    const x = scaleLinear().domain([dayNumber(lo), dayNumber(hi)]).range([0, 100]);
    const ends: number[][] = GAPS.map(() => []);
    for (const item of items) {
      const date = item.entries[0]!.date;
      if (!date) continue;
      const at = (item.x = x(dayNumber(date)));
      // The first lane whose last marker is far enough to the left, else a new lane.
      item.lanes = ends.map((lanes, k) => {
        let lane = lanes.findIndex((end) => end + GAPS[k]! <= at);
        if (lane < 0) lane = lanes.length;
        lanes[lane] = at;
        return lane;
      });
    }
    view.lanes = ends.map((e) => e.length);
    if (view.today && day >= lo && day <= hi) view.today.x = x(dayNumber(day));

    // Month ticks: at most about 20 on the wide axis, half of them on the narrow one.
    const index = (d: IsoDate) => +d.slice(0, 4) * 12 + +d.slice(5, 7) - 1;
    const months = index(hi) - index(lo);
    const step = STEPS.find((s) => months / s <= 20) ?? Math.ceil(months / 20 / 120) * 120;
    const month = cachedIntl(`m${locale.tag}`, () => new Intl.DateTimeFormat(locale.tag, { month: 'short', timeZone: 'UTC' }));
    // With the year, in the locale's order and words ("Jan 2025", "2025-01", "2025. g. janv.").
    const monthYear = cachedIntl(`y${locale.tag}`, () => new Intl.DateTimeFormat(locale.tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
    // The year goes on January, or on the first tick where no January is shown.
    const january = hi.slice(0, 4) > lo.slice(0, 4);
    const start = lo.endsWith('-01') ? lo : firstOfMonthAfter(lo, 1);
    // From tick to tick; and never past 9999 ("10000-01-01" sorts before "9999-12-31").
    for (let d = firstOfMonthAfter(start, (step - (index(start) % step)) % step); d.length === 10 && d <= hi; d = firstOfMonthAfter(d, step)) {
      const i = index(d);
      const year = d.slice(0, 4);
      const label = step >= 12 ? year : (i % 12 && (january || view.ticks.length) ? month : monthYear).format(dateOf(d));
      view.ticks.push({ month: d.slice(0, 7), x: x(dayNumber(d)), label, major: !(i % (2 * step)) });
    }
    return { ok: true, view, summary };
  }

  protected renderView(v: TimelineView, ctx: Context): TemplateResult {
    const { t, f, day, data } = ctx;
    const n = v.items.length;
    this.#stop = Math.max(0, Math.min(this.#stop, n - 1));
    const today = html`<li class="today" part="today">${t.timeline.today} · ${time(day, f.date(day))}</li>`;
    const list = n
      ? html`<ol class="list" part="list" role="list" aria-label=${t.timeline.label(t.treaty[v.treaty], n, f.number(n))}
          @keydown=${this.#onKey} @focusin=${this.#onFocus} @focusout=${() => (this.hot = -1)}>
          ${v.items.map((item, i) => html`${i === v.today?.before ? today : nothing}${this.#item(item, i, ctx)}`)}${v.today?.before === n
            ? today
            : nothing}
        </ol>`
      : html`<p class="notice">${t.timeline.none}</p>`;
    const entries = v.items.flatMap((i) => i.entries);
    return html`${v.ticks.length ? this.#axis(v, ctx) : nothing}${list}${this.renderFooter(ctx, {
      sources: [],
      csv: () => [
        ['date', 'country', 'name', 'event', 'description', 'parliament', 'votes_for', 'votes_against', 'abstained', 'scheduled', 'derived',
          'disputed', 'notes', 'as_of', 'sources'],
        ...entries.map((e) => [e.date, e.country, f.country(e.country), e.kind, t.event[e.kind], parliamentOf(e, t), e.event?.vote?.for,
          e.event?.vote?.against, e.event?.vote?.abstained, String(e.scheduled), String(e.derived), String(!!e.event?.disputed),
          notesOf(e, t, f).map((n) => n.text).join('; '), day, sourceUrls(data, e.sources)]),
      ],
    })}`;
  }

  #axis(v: TimelineView, { t }: Context): TemplateResult {
    return html`<div class="axis" part="axis" aria-hidden="true" data-n0=${v.lanes[0]!} data-n1=${v.lanes[1]!} style=${at({ n0: v.lanes[0]!, n1: v.lanes[1]! })}>
      ${v.items.map((item, i) => item.x === undefined
        ? nothing
        : html`<span class="marker ${item.entries[0]!.scheduled ? 'scheduled' : ''} ${i === this.hot ? 'hot' : ''}" part="marker"
            data-x="${item.x}%" data-l0=${item.lanes[0]!} data-l1=${item.lanes[1]!} style=${at({ x: `${item.x}%`, l0: item.lanes[0]!, l1: item.lanes[1]! })}>${i + 1}</span>`)}
      <span class="line"></span>
      ${v.ticks.map((k) => html`<time class="tick ${k.major ? 'major' : ''}" datetime=${k.month} data-x="${k.x}%" style=${at({ x: `${k.x}%` })}>${k.label}</time>`)}
      ${v.today?.x === undefined ? nothing : html`<span class="now ${v.today.x > 50 ? 'flip' : ''}" part="today" data-x="${v.today.x}%" style=${at({ x: `${v.today.x}%` })}>${t.timeline.today}</span>`}
    </div>`;
  }

  #item({ entries }: Item, i: number, { t, f, data, locale }: Context): TemplateResult {
    const [first] = entries as [TimelineEntry];
    const many = entries.length > 1;
    const date = first.date && f.date(first.date);
    const details = [...new Set(entries.map((e) => [parliamentOf(e, t), e.event?.vote && voteText(e.event.vote, t, f)].filter(Boolean).join(' · ')))].filter(Boolean);
    // Each note once for the group; another source's date names its state where the group has several.
    const notes = new Map<string, (string | TemplateResult)[]>();
    for (const e of entries) {
      for (const n of notesOf(e, t, f)) {
        const text = `${many && n.date ? `${f.country(e.country)}: ` : ''}${n.text}`;
        if (!notes.has(text)) notes.set(text, n.date ? withTimes(text, [n.date]) : [text]);
      }
    }
    const sources = onePerPublisher(data, entries.flatMap((e) => e.sources));
    const names = cachedIntl(`l${locale.tag}`, () => new Intl.ListFormat(locale.tag, { type: 'conjunction' }));
    return html`<li class="event ${first.scheduled ? 'scheduled' : ''}" part="event" tabindex=${i === this.#stop ? 0 : -1}>
      <span class="n" aria-hidden="true">${i + 1}</span>
      <span class="when">${date
        ? html`${time(first.date!, date)}${first.scheduled ? html` · <strong class="tag">${t.timeline.scheduled}</strong>` : nothing}`
        : html`<strong class="tag">${t.timeline.open}</strong>`}</span>
      <span class="who">${names.format(entries.map((e) => f.country(e.country)))}</span>
      <span class="what">${t.event[first.kind]}</span>
      ${details.length ? html`<span class="detail">${details.join('; ')}</span>` : nothing}
      ${notes.size ? html`<span class="note">${[...notes.values()].map((p, k) => html`${k ? '; ' : ''}${p}`)}</span>` : nothing}
      <span class="src">${sources.map((s, k) => html`${k ? ', ' : ''}<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.publisher}</a>`)}</span>
    </li>`;
  }

  /**
   * Positions go in custom properties through the CSSOM, which a strict Content Security Policy
   * allows (a server writes them as `style`: see `at`).
   */
  protected override updated(): void {
    super.updated();
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.axis, .axis > *')) {
      for (const [k, value] of Object.entries(el.dataset)) el.style.setProperty(`--${k}`, value!);
    }
  }

  #items = () => [...this.renderRoot.querySelectorAll<HTMLElement>('li.event')];

  #onFocus = (e: FocusEvent) => {
    const i = this.#items().indexOf(e.target as HTMLElement);
    if (i >= 0) this.#stop = this.hot = i;
  };

  #onKey = (e: KeyboardEvent) => {
    const items = this.#items();
    const i = items.indexOf(e.target as HTMLElement);
    const axis = this.renderRoot.querySelector('.axis');
    // Arrow keys only where the list lies along an axis; a vertical list reads in page order.
    if (i < 0 || !axis || getComputedStyle(axis).display === 'none') return;
    const next = ({ ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 } as Record<string, number>)[e.key];
    if (next === undefined) return;
    e.preventDefault();
    items[Math.max(0, Math.min(next, items.length - 1))]!.focus();
  };
}

define('ot-withdrawal-timeline', OtWithdrawalTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ot-withdrawal-timeline': OtWithdrawalTimeline;
  }
}
