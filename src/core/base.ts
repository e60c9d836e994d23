/**
 * The base every widget stands on: the common attributes (`as-of`, `locale`, `src`, `theme`),
 * the dataset (bundled, or the publisher's `src`, validated), custom states, the error state and
 * the footer. A widget only says what to show (`compute`) and how (`renderView`).
 */
import { LitElement, ReactiveElement, adoptStyles, html, isServer, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { today } from '../data/dates.js';
import type { Unanswerable } from '../data/derive.js';
import type { Dataset, IsoDate, SourceId } from '../data/types.js';
import type { PartName } from '../data/parts.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { dayOf } from './attributes.js';
import { loadHydration, takeOver } from './hydration.js';
import { time } from './time.js';
import { downloadCsv, type CsvRow } from './csv.js';
import { formatFor, type Format } from './format.js';
import type { Loaded } from './load.js';
import { languageOf, resolveLocale, type Locale } from './locale.js';
import { dataFor, ensure } from './registry.js';
import { pageScheme, unwatchPage, watchPage } from './page.js';
import { currency } from './currency.js';
import { onePerPublisher } from './sources.js';
import { baseStyles } from './styles.js';

/** What a widget needs to know to compute its view. */
export interface Context {
  data: Dataset;
  day: IsoDate;
  locale: Locale;
  t: Messages;
  f: Format;
}

/** Why a widget cannot show what was asked. */
export type Problem =
  | Unanswerable
  | { reason: 'missing-country' }
  | { reason: 'no-data' }
  | { reason: 'bad-date'; attribute: string; input: string }
  | { reason: 'bad-year'; input: string }
  | { reason: 'empty-list'; attribute: string }
  | { reason: 'bad-range'; from: IsoDate; to: IsoDate };

/** `summary`: what the widget shows in one line of plain text, the same words as its accessible name. */
export type Outcome<V> = { ok: true; view: V; states?: string[]; summary?: string } | { ok: false; problem: Problem };

/** A publisher's input as a message quotes it: at most 40 characters, so a pasted page never becomes the message. */
const quote = (input: string): string => {
  const chars = [...input];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : input;
};

/** The text of a problem in the given language: shown in the widget, and in English in the console. */
export function describe(problem: Problem, t: Messages, f: Format): string {
  const e = t.error;
  switch (problem.reason) {
    case 'unknown-treaty': return e.unknownTreaty(quote(problem.treaty));
    case 'unknown-country': return problem.country.trim() ? e.unknownCountry(quote(problem.country)) : e.missingCountry;
    case 'missing-country': return e.missingCountry;
    case 'not-covered': return e.notCovered(f.country(problem.country), t.treaty[problem.treaty]);
    case 'before-data': return e.beforeData(f.date(problem.from));
    case 'bad-date': return e.badDate(problem.attribute, quote(problem.input));
    case 'bad-year': return e.badYear(quote(problem.input));
    case 'no-figure': return e.noFigure(String(problem.year ?? ''), String(problem.first ?? ''), String(problem.last ?? ''));
    case 'not-yet-published': return e.notYetPublished(String(problem.year), f.date(problem.from));
    case 'no-spending': return e.noSpending(f.country(problem.country));
    case 'empty-list': return e.emptyList(problem.attribute);
    case 'bad-range': return e.badRange(problem.from, problem.to);
    case 'no-data': return e.noData;
  }
}

/** For console messages: English, with dates as written in attributes and data. */
const devFormat: Format = { ...formatFor('en'), date: (day) => day, shortDate: (day) => day };

export interface FooterOptions {
  sources: readonly SourceId[];
  /** The figures behind the widget, header row first: made when a reader asks for them. */
  csv?: () => readonly CsvRow[];
  csvName?: string;
}

/**
 * @attr as-of - `YYYY-MM-DD`: show the world as it was on this day. Default (or empty): today.
 * @attr locale - BCP 47 language tag. Default: the closest `lang` attribute (followed when it changes), else `en`.
 * @attr src - URL of a dataset JSON shaped like `dist/dataset.json`, validated before use. Default: the bundled data.
 * @attr theme - `light`, `dark` or `auto` (follow the page: its declared `color-scheme`, else the colour painted behind the widget).
 * @fires {{ message: string }} ot-data-error - The widget cannot show what was asked, or `src` failed and the bundled data is shown. Bubbles, composed; `detail.message` says what to fix.
 * @cssstate error - The widget cannot show what was asked: a message is shown instead.
 * @cssstate fallback - `src` failed to load or validate; the bundled data is shown, with a notice (not `error`).
 * @cssstate loading - `src` is loading.
 * @cssproperty --ot-font-family - Font of the widget. Default: the page's.
 * @cssproperty --ot-color-accent - Links and focus rings.
 * @cssproperty --ot-color-muted - Secondary text.
 * @cssproperty --ot-color-surface - Background under `theme="light"` or `"dark"`.
 * @cssproperty --ot-color-text - Text under `theme="light"` or `"dark"`.
 * @cssproperty --ot-color-error - Error messages.
 * @csspart footer - The source, date and "Get the data" line.
 * @csspart error - The message shown when the widget cannot show what was asked.
 */
export abstract class OtElement<V> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties = {
    asOf: { attribute: 'as-of' },
    locale: {},
    src: {},
    theme: { reflect: true },
  };

  /** `YYYY-MM-DD`; empty or absent means today. */
  declare asOf: string | null;
  declare locale: string | null;
  declare src: string | null;
  declare theme: 'light' | 'dark' | 'auto';
  /** The publisher's `src` dataset once it has loaded, or why it failed. */
  protected loaded: Loaded | undefined;

  /** The custom element's tag, for messages. */
  protected abstract readonly tag: string;

  protected readonly internals: ElementInternals = this.attachInternals();
  /**
   * Held for the element's life: WebKit (2.50) may otherwise collect the set's script wrapper and
   * make a new one that lists none of the states, so a state is never removed and `:state()` sticks.
   */
  readonly #states = this.internals.states as Set<string> | undefined;
  protected context: Context | undefined;
  protected outcome: Outcome<V> | undefined;
  #loadingSrc: string | null = null;
  #reported = '';
  /** The `lang` the locale was resolved from, and the page's scheme under `theme="auto"` (see page.ts). */
  #pageLang: string | undefined;
  #pageScheme: 'light' | 'dark' | undefined;
  /** The widget's shadow root came from a server (declarative shadow DOM), not from this script. */
  protected fromServer = false;
  #hydrating = false;
  /** Settles when the data parts or the language this widget waits for have loaded. */
  #waiting: Promise<unknown> | undefined;

  constructor() {
    super();
    this.theme = 'auto';
  }

  /** The parts of the bundled data (data/parts.ts) this widget needs, as its attributes stand. */
  protected abstract parts(): PartName[];
  protected abstract compute(ctx: Context): Outcome<V>;
  protected abstract renderView(view: V, ctx: Context): TemplateResult;

  override connectedCallback(): void {
    if (!isServer && !this.renderRoot) {
      // A shadow root before the first connection came with the page: a server rendered it.
      if (this.shadowRoot) this.fromServer = true;
      // Until the data and words it needs are here (and, for a server's rendering, the code that
      // takes it over), the element stays as the page has it, its text or the server's rendering
      // showing: no shadow root yet, nothing laid out twice.
      const waits = [
        this.fromServer && !takeOver ? loadHydration() : undefined,
        this.src?.trim() ? undefined : ensure(this.parts(), languageOf(this.#langInput())),
      ].filter((w) => w !== undefined);
      if (waits.length) {
        void Promise.all(waits).then(() => this.isConnected && !this.renderRoot && this.connectedCallback());
        return;
      }
    }
    super.connectedCallback();
    // Moved (or re-added) elsewhere: the closest `lang`, and so the locale, may have changed.
    this.requestUpdate();
    watchPage(this, this.#onPageChange);
  }

  /** The server's shadow root, kept: the first update takes it over instead of rendering anew. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.fromServer) return super.createRenderRoot();
    // Its inline <style> may be refused by a strict policy; the adopted sheets are not.
    adoptStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
    this.#hydrating = true;
    return this.shadowRoot!;
  }

  /**
   * The first update of a server-rendered widget hydrates what the server rendered: no node is
   * replaced, nothing moves. Only if the page differs from what the server assumed (another
   * language, newer data, a count-up not yet run) is it rendered anew, so that it never shows a
   * stale figure.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.#hydrating) return super.update(changed);
    // ReactiveElement's update (reflects attributes, ends the update), not LitElement's, which would render.
    (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(this, changed);
    // Still fetching its data or language: the server's rendering stays until they are here.
    if (this.#waiting) return;
    this.#hydrating = false;
    takeOver!(this.render(), this.renderRoot as ShadowRoot, this.renderOptions);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
  }

  /** The page's `lang` or colours changed (or may have): update if what this widget shows changed. */
  #onPageChange = (): void => {
    const scheme = pageScheme(this);
    if (this.#langInput() !== this.#pageLang || scheme !== this.#pageScheme) {
      this.#pageScheme = scheme;
      this.requestUpdate();
    }
  };

  /**
   * The language asked for: `locale`, else the closest `lang`, else the document's. A server
   * renderer has no tree around the element: there only `locale` counts.
   */
  #langInput(): string {
    if (isServer) return this.locale ?? '';
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  }

  /** The day shown: `as-of`, or today on the reader's calendar. */
  protected resolveDay(): IsoDate | Problem {
    return dayOf('as-of', this.asOf) ?? today();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#textProperties();
    if (changed.has('src') && (this.src?.trim() || null) !== this.#loadingSrc) this.#load();
    this.#prepare();
  }

  /**
   * A text property set from a script to a number or an object (`el.asOf = 20250318`) is read as
   * its text, as the attribute would be, and then validated like any attribute.
   */
  #textProperties(): void {
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [name, options] of (this.constructor as typeof LitElement).elementProperties) {
      const value = self[name];
      if (!options.type && !options.state && value != null && typeof value !== 'string') self[name] = String(value);
    }
  }

  /** The outcome as of the current attributes, even before the pending render (for read-only properties). */
  protected current(): Outcome<V> | undefined {
    if (this.isUpdatePending || !this.outcome) {
      this.#textProperties();
      this.#prepare();
    }
    return this.outcome;
  }

  /**
   * What the widget shows, in one line of plain text in its locale: the same words as its
   * accessible name (e.g. "Poland: withdrawal takes effect on 20 February 2026 — in 84 days").
   * For a no-JS fallback, a caption or a share text. Null in the error state and while `src`
   * loads. Read-only.
   */
  get summary(): string | null {
    const outcome = this.current();
    return outcome?.ok ? outcome.summary ?? null : null;
  }

  /**
   * Why the widget cannot show what was asked, in English, as `ot-data-error` and the console word
   * it (or why `src` failed); null when it shows what was asked. What a server renderer reports. Read-only.
   */
  get problem(): string | null {
    this.current();
    return this.#message() || null;
  }

  #message(): string {
    const problem = this.outcome && !this.outcome.ok ? this.outcome.problem : undefined;
    if (problem && this.context) return `${describe(problem, en, devFormat)}.`;
    return this.loaded && !this.loaded.ok ? `src failed (${this.loaded.message}); showing the bundled data.` : '';
  }

  #prepare(): void {
    this.#pageLang = this.#langInput();
    // The publisher's dataset, once loaded, replaces the bundled parts; while it loads nothing is needed.
    const own = this.loaded?.ok ? this.loaded.dataset : undefined;
    const need = own || this.isLoading ? [] : this.parts();
    const waiting = ensure(need, languageOf(this.#pageLang));
    this.#waiting = waiting;
    if (waiting) {
      // The page keeps showing the fallback (a slot) until the part or language has loaded.
      // Always ask (it is idempotent): a getter read meanwhile may have found all there and let go of `waiting`.
      void waiting.then(() => this.requestUpdate());
      this.context = this.outcome = undefined;
      return;
    }
    const locale = resolveLocale(this.#pageLang);
    const f = formatFor(locale.tag);
    const { data, missing } = own ? { data: own, missing: [] } : dataFor(need);
    const day = this.resolveDay();
    this.context = { data, day: typeof day === 'string' ? day : today(), locale, t: locale.t, f };
    if (typeof day !== 'string') this.outcome = { ok: false, problem: day };
    else if (missing.length) this.outcome = { ok: false, problem: { reason: 'no-data' } };
    else this.outcome = this.isLoading ? undefined : this.compute(this.context);
  }

  /** Resolves once the widget shows what was asked, including any part or language it had to load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#waiting) {
      await this.#waiting;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #load(): void {
    const src = (this.#loadingSrc = this.src?.trim() || null);
    this.loaded = undefined;
    // A server cannot wait for the publisher's data: it renders the loading state, the browser loads it.
    if (!src || isServer) return;
    // Fetching and checking a publisher's dataset is code a page without `src` never downloads.
    void import('./load.js').then(
      ({ loadDataset }) => loadDataset(src),
      (): Loaded => ({ ok: false, message: `the code that loads ${src} could not be fetched` }),
    ).then((loaded) => {
      if (this.#loadingSrc !== src) return; // a newer `src` wins over a slow older one
      this.loaded = loaded;
      this.requestUpdate();
    });
  }

  protected get isLoading(): boolean {
    return !!this.#loadingSrc && !this.loaded;
  }

  protected override render(): TemplateResult {
    const { context: ctx, outcome } = this;
    if (this.#waiting) return html`<slot></slot>`;
    if (!ctx || !outcome) return html`<span class="notice" role="status">${(ctx?.t ?? en).footer.loading}</span>`;
    if (!outcome.ok) {
      return html`<span class="error" part="error">${ctx.t.error.prefix}: ${describe(outcome.problem, ctx.t, ctx.f)}</span>`;
    }
    return this.renderView(outcome.view, ctx);
  }

  /** The footer: sources, the day the figures are as of (or checked to), "Get the data", and the fallback notice. */
  protected renderFooter(ctx: Context, { sources, csv, csvName }: FooterOptions): TemplateResult {
    const { t, f, data, day } = ctx;
    const links = onePerPublisher(data, sources);
    const current = currency(data, day, t, f);
    return html`<span class="footer" part="footer">
      ${this.loaded && !this.loaded.ok ? html`<span class="notice">${t.footer.fallback}</span> ` : nothing}
      ${links.length
        ? html`${t.footer.source}: ${links.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.publisher}</a>`)} · `
        : nothing}${time(current.date, current.text)}${csv
        ? html`<span class="get-data"> · <button type="button" @click=${() => downloadCsv(`${csvName ?? this.tag}-${day}.csv`, csv())}>${t.footer.getData}</button></span>`
        : nothing}
    </span>`;
  }

  protected override updated(): void {
    const states = this.outcome?.ok ? [...(this.outcome.states ?? [])] : this.outcome ? ['error'] : [];
    if (this.isLoading) states.push('loading');
    if (this.loaded && !this.loaded.ok) states.push('fallback');
    if (this.theme !== 'light' && this.theme !== 'dark' && this.#pageScheme) states.push(`${this.#pageScheme}-page`);
    this.#setStates(states);

    const message = this.#message();
    if (message && message !== this.#reported) {
      console.warn(`<${this.tag}>: ${message}`);
      this.dispatchEvent(new CustomEvent('ot-data-error', { bubbles: true, composed: true, detail: { message } }));
    }
    this.#reported = message;
  }

  #setStates(states: string[]): void {
    const set = this.#states;
    if (!set) return;
    for (const s of [...set]) if (!states.includes(s)) set.delete(s);
    for (const s of states) {
      try {
        set.add(s);
      } catch {
        // Engines that only knew the old `--state` syntax; nothing else depends on it.
      }
    }
  }
}
