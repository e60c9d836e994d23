/**
 * How every widget reads the attributes they share: one rule each, so that `country=" pl"`,
 * `countries="PL, EE"`, `treaty="Ottawa"` or an empty date mean the same in all four.
 */
import { countryCode } from '../data/country.js';
import { isIsoDate } from '../data/dates.js';
import type { IsoDate } from '../data/types.js';
import type { Problem } from './base.js';

/** Absent, or only spaces: not given, so the widget's default applies (as `as-of=""` is today). */
const given = (input: string | null | undefined): string | undefined => input?.trim() || undefined;

/** `treaty`: any case; default the Ottawa Convention. */
export const treatyOf = (input: string | null | undefined): string => given(input)?.toLowerCase() ?? 'ottawa';

/**
 * `countries`: comma-separated codes, each read as `country` is (any case, spaces ignored), each
 * once; an entry that is no code is kept as written, for the message. Undefined when not given;
 * empty when given but listing nothing (`","`), which is an error.
 */
export const countriesOf = (input: string | null | undefined): string[] | undefined =>
  given(input) ? [...new Set(input!.split(',').map((c) => countryCode(c) ?? c.trim()).filter(Boolean))] : undefined;

/** A date attribute (`as-of`, `from`, `to`): undefined when not given, else the day or why it is not one. */
export function dayOf(attribute: string, input: string | null | undefined): IsoDate | undefined | Problem {
  const day = given(input);
  return day === undefined || isIsoDate(day) ? day : { reason: 'bad-date', attribute, input: input! };
}
