/**
 * Every piece of text the widgets show. Each language file exports a `Messages`, so a key
 * missing in any language is a compile error. Dates, numbers and country names arrive already
 * formatted for the locale; counts arrive as numbers so each language picks its plural form.
 */
import type { Status } from '../data/derive.js';
import type { TreatyId, WithdrawalEventKind } from '../data/types.js';

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
    /** Deposited its instrument; in force for it from a later day (Art. 17). */
    joins: (inForceFrom: string, deposited: string) => string;
    announcedOn: (date: string) => string;
    /** `days` is the count formatted for the locale; choose the form by `n`. */
    takesEffect: (date: string, n: number, days: string) => string;
    /** Pending or announced, but Art. 20's armed-conflict clause leaves the date open. */
    armedConflict: string;
    leftOn: (date: string) => string;
    /** The date was computed by the treaty's six-month rule. */
    derived: string;
    /** Another source gives another date. */
    otherDate: (date: string) => string;
    /** Accessible name: "Poland: withdrawal takes effect on 20 February 2026". */
    label: (country: string, text: string) => string;
  };

  event: Record<WithdrawalEventKind, string>;

  footer: {
    source: string;
    asOf: (date: string) => string;
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
  };
}

/** Picks the plural form of `n` in `locale`, with `#` replaced by the formatted number. */
export const plural = (locale: string, n: number, formatted: string, forms: PluralForms): string =>
  (forms[new Intl.PluralRules(locale).select(n)] ?? forms.other).replace('#', formatted);
