import type { IsoDate, PartialDate } from './types.js';

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Months and days out of range roll over (month 13 is January of the next year). Years below
// 100 become 19xx, so such dates fail the round trip in isIsoDate and are rejected.
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const toIso = (date: Date): IsoDate =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** True for a real calendar day written `YYYY-MM-DD` (so not 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = FULL.exec(value);
  return !!m && toIso(utc(+m[1]!, +m[2]!, +m[3]!)) === value;
}

/** True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const m = PARTIAL.exec(value);
  if (!m) return false;
  if (m[3]) return isIsoDate(value);
  return !m[2] || (+m[2] >= 1 && +m[2] <= 12);
}

/** The first day on which something dated `partial` can be counted as having happened. */
export function firstSureDay(partial: PartialDate): IsoDate {
  const m = PARTIAL.exec(partial)!;
  if (m[3]) return partial;
  // Only the month or year is known: it is sure only once that whole period is over.
  return m[2] ? toIso(utc(+m[1]!, +m[2] + 1, 1)) : `${pad(+m[1]! + 1, 4)}-01-01`;
}

/** Whether a fact dated `partial` had certainly happened by the end of `day`. */
export const knownBy = (partial: PartialDate, day: IsoDate): boolean => firstSureDay(partial) <= day;

/** The first day a partial date can mean (`2052` → 2052-01-01): the counterpart of firstSureDay. */
export const firstPossibleDay = (d: PartialDate): IsoDate => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);

export const yearOf = (d: PartialDate): number => Number(d.slice(0, 4));

/** The same day `months` later; a day the month lacks (31 Aug + 6) falls back to its last day. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = utc(y, m + months + 1, 0).getUTCDate();
  return toIso(utc(y, m + months, Math.min(d, lastDay)));
}

/** The first day of the `months`-th month after the one `day` falls in (Art. 17's rule). */
export function firstOfMonthAfter(day: IsoDate, months: number): IsoDate {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return toIso(utc(y, m + months, 1));
}

export const addDays = (day: IsoDate, days: number): IsoDate => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return toIso(utc(y, m, d + days));
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [a, b] = [from, to].map((s) => s.split('-').map(Number) as [number, number, number]);
  return Math.round((utc(...b!).getTime() - utc(...a!).getTime()) / DAY_MS);
}

/** Today on the reader's own calendar. */
export function today(now = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A UTC midnight Date for formatting a day with Intl (always with `timeZone: 'UTC'`). */
export const dateOf = (day: IsoDate): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utc(y, m, d);
};
