/**
 * Every piece of text the widgets show. Each language file exports a `Messages`, so a key
 * missing in any language is a compile error. Dates, numbers and country names arrive already
 * formatted for the locale; counts arrive as numbers so each language picks its plural form.
 */
import type { Status } from '../data/derive.js';
import type { DepositKind, PledgeKind, TreatyId, WithdrawalEventKind } from '../data/types.js';

/** The steps a badge can name while a withdrawal is announced: every step but a mere consideration, the deposit and the date of effect. */
export type AnnouncedStep = Exclude<WithdrawalEventKind, 'consideration' | 'deposit' | 'effect'>;

/** The plural categories of `Intl.PluralRules`; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Messages {
  treaty: Record<TreatyId, string>;
  /** Short status labels (legend, table cells). */
  status: Record<Status, string>;

  badge: {
    partySince: (date: string) => string;
    party: string;
    signedOn: (date: string) => string;
    signatory: string;
    nonParty: string;
    /** Deposited its instrument; in force for it from a later day (Art. 17). `deposited` is a `deposited` phrase. */
    joins: (inForceFrom: string, deposited: string) => string;
    /** How the state deposited its instrument, by the deposit's kind, with the day: "ratified on 12 March 2025", "acceded on 25 June 2025". */
    deposited: Record<DepositKind, (date: string) => string>;
    /**
     * The latest step of a withdrawal (or a suspension) taken by the day, named by its kind: "The
     * Prime Minister proposed withdrawal on 7 March 2025". `parliament` is the parliament's name in
     * the language (`timeline.parliaments`), given for votes; it may be empty.
     */
    step: Record<AnnouncedStep, (date: string, parliament: string) => string>;
    /** `days` is the count formatted for the locale; choose the form by `n`. */
    takesEffect: (date: string, n: number, days: string) => string;
    /**
     * Art. 20's armed-conflict clause leaves the date open: a note after the sentence ("no withdrawal
     * can take effect while…"), so written as the language writes a clause inside parentheses; where
     * it stands alone its first letter is capitalised.
     */
    armedConflict: string;
    /** A note on a suspension that other States Parties and the ICBL dispute (Ukraine's). */
    disputed: string;
    leftOn: (date: string) => string;
    /** The date was computed by the treaty's six-month rule. */
    derived: string;
    /** Another source gives another date. */
    otherDate: (date: string) => string;
    /** Accessible name: "Poland: withdrawal takes effect on 20 February 2026". */
    label: (country: string, text: string) => string;
  };

  counter: {
    /** Follows the big number `n`: "people were killed or injured by landmines … in 2024". */
    people: (n: number, year: string) => string;
    /** The source line: "Landmine Monitor 2025, published 1 December 2025" (the date may be only a year). */
    edition: (title: string, date: string) => string;
    /** The figure revises one first reported as `first` in edition `title`. */
    revised: (first: string, title: string) => string;
    killed: (n: number, count: string) => string;
    injured: (n: number, count: string) => string;
    /** Casualties whose outcome the source itself gives as unknown (a published figure, never a difference we compute). */
    unstated: (n: number, count: string) => string;
    /** `percent` formatted, e.g. "90%": civilians among casualties of known status; `approximate` where the source says "about 70%". */
    civilians: (percent: string, approximate: boolean) => string;
    /**
     * Children's share of civilian casualties whose age was recorded ("1,171 children, 49% of civilian
     * casualties whose age was recorded"); `ofCivilians` false where the source leaves the base
     * unclear; `count` is '' (and `n` 0) where unknown.
     */
    children: (percent: string, ofCivilians: boolean, count: string, n: number) => string;
    noBreakdown: string;
    /** The trend chart's name and its table's summary. */
    trend: (from: string, to: string) => string;
    /** The trend table's column headers: year, people killed or injured, edition. */
    columns: [string, string, string];
  };

  pledgeBar: {
    /** The chart's title. */
    title: string;
    /** The table's column headers: state, year, spending (NATO's figure), pledge, budget, source. */
    columns: [string, string, string, string, string, string];
    /**
     * NATO's figure: `percent` formatted as NATO publishes it, with two decimals ("4.00%"), `released`
     * the release date as far as known: "4.00% in 2025 (NATO estimate, 28 Aug 2025)".
     */
    spent: (percent: string, year: string, estimate: boolean, released: string) => string;
    /** A row whose state has no estimate known on the day. */
    none: string;
    /**
     * A pledge, values formatted: "4.8% for 2026", "at least 5% from 2026", "5% by 2028",
     * "5–6% a year 2026–2030". For a range `min` is a bare number and `max` a percentage.
     */
    pledge: (p: { min: string; max?: string; atLeast?: boolean; from: string; to?: string; by?: boolean }) => string;
    /** A NATO release in the table's source column, by its date: "NATO, 28 Aug 2025". */
    release: (date: string) => string;
    /**
     * A pledge or a budget, named by its kind (a political pledge is not a budget), with the day it
     * was made as far as known: "pledged 5% by 2028 (25 Feb 2025)", "draft budget: 4.8% for 2026
     * (28 Aug 2025)", "budget adopted: 4.91% for 2026 (4 Dec 2025)". `pledge` is a `pledge` phrase.
     */
    commitment: Record<PledgeKind, (pledge: string, date: string) => string>;
    /**
     * After a share counted by the state's own definition of defence spending, not NATO's (Poland's
     * budgets, the only such case in the data). Follows a comma.
     */
    nationalDefinition: string;
    /** One state in the accessible name: "Latvia: 3.73% in 2025 (…), pledged 5% by 2028 (…), budget adopted: 4.91% for 2026 (…)". */
    summary: (country: string, spent: string, commitments: string[]) => string;
    /** The accessible name, from the states' summaries. */
    label: (rows: string[]) => string;
    /** Earlier years' estimates: [year, percent] formatted. */
    earlier: (items: [string, string][]) => string;
    /**
     * The key of the reference lines. `core` only where the guideline splits out a core share;
     * `year` only where it sets a year to meet it by (else it applies since `agreed`); `commitment`
     * a later commitment about reaching it (`wales`).
     */
    guidelines: (items: { percent: string; core?: string; year?: string; agreed: string; commitment?: string }[]) => string;
    /** The Wales Summit's commitment (5 September 2014) to the 2% guideline, with its day. */
    wales: (date: string) => string;
  };

  event: Record<WithdrawalEventKind, string>;

  timeline: {
    /** Accessible name of the list: "Withdrawals from the Ottawa Convention: 25 events". */
    label: (treaty: string, n: number, count: string) => string;
    /** A parliament's vote, numbers formatted: "413–15–3" (for, against, abstained), "299 in favour". */
    vote: (yes: string, no?: string, abstained?: string) => string;
    /** After the as-of day, but already fixed on it. */
    scheduled: string;
    /** The date is when the act was reported. */
    reported: string;
    /** A step's date worked back from the date of effect by the treaty's six-month rule, its own day not found (Lithuania's CCM deposit). */
    workedBack: string;
    /** In place of the date of a withdrawal held by Art. 20's armed-conflict clause. */
    open: string;
    /** The as-of marker. */
    today: string;
    /** No event in the window as of the day. */
    none: string;
    /** A parliament's usual name in the language, keyed by its name in the data, where the two differ: "Verkhovna Rada". */
    parliaments: Partial<Record<string, string>>;
  };

  footer: {
    source: string;
    asOf: (date: string) => string;
    /** In place of `asOf` when the day shown is after the dataset was last checked: "Data checked to 29 November 2026". */
    checkedTo: (date: string) => string;
    getData: string;
    /** A `src` dataset failed; the bundled data is shown instead. */
    fallback: string;
    loading: string;
  };

  error: {
    prefix: string;
    missingCountry: string;
    unknownCountry: (input: string) => string;
    notCovered: (country: string, treaty: string) => string;
    unknownTreaty: (input: string) => string;
    badDate: (attribute: string, input: string) => string;
    beforeData: (date: string) => string;
    /** A year attribute that is not a whole number. */
    badYear: (input: string) => string;
    noFigure: (year: string, first: string, last: string) => string;
    notYetPublished: (year: string, date: string) => string;
    noSpending: (country: string) => string;
    emptyList: (attribute: string) => string;
    /** `from` after `to`. */
    badRange: (from: string, to: string) => string;
    /** A part of the data failed to load (the network, a blocked file). */
    noData: string;
  };
}

const rules = new Map<string, Intl.PluralRules>();

/** Picks the plural form of `n` in `locale`, with `#` replaced by the formatted number. */
export const plural = (locale: string, n: number, formatted: string, forms: PluralForms): string => {
  // One PluralRules per language, not per call: a page may hold a thousand widgets.
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return (forms[r.select(n)] ?? forms.other).replace('#', formatted);
};

/** A parliament's name as the language writes it ("Верховна Рада"), from its name in the data; '' where none is recorded. */
export const parliamentName = (t: Messages, actor: string | undefined): string => (actor ? t.timeline.parliaments[actor] ?? actor : '');
