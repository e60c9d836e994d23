/** Locale-aware formatting through Intl, with one cached formatter per locale and kind. */
import { dateOf } from '../data/dates.js';
import type { IsoDate, PartialDate } from '../data/types.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export interface Format {
  /** "20 February 2026" in the locale's order and words. */
  date(day: IsoDate): string;
  /** "20 Feb 2026", for tight places. */
  shortDate(day: IsoDate): string;
  /** A date that may be only a month or a year, short, showing only what is known: "28 Aug 2025", "Mar 2024", "2024". */
  partialDate(date: PartialDate): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** "Poland" in the locale; the code itself where the engine has no name. */
  country(code: string): string;
}

/** French writes the first of the month as an ordinal, "1er mars", where Intl gives "1 mars". */
const FIRST_ORDINAL = /^fr\b/i;

export function formatFor(tag: string): Format {
  const dateFormat = (style: 'long' | 'medium') =>
    cached(`d${style}${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }));
  const firstOrdinal = FIRST_ORDINAL.test(tag);
  const day = (style: 'long' | 'medium', d: IsoDate) => {
    const text = dateFormat(style).format(dateOf(d));
    return firstOrdinal ? text.replace(/^1(?=\s)/, '1er') : text;
  };
  return {
    date: (d) => day('long', d),
    shortDate: (d) => day('medium', d),
    partialDate: (d) => d.length > 7 ? day('medium', d)
      : d.length > 4 ? cached(`m${tag}`, () => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' })).format(dateOf(`${d}-01`))
      : d,
    number: (n, options) =>
      cached(`n${tag}${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(tag, options)).format(n),
    country: (code) => {
      try {
        return cached(`r${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' })).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
