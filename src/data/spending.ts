/** Defence spending as known on a day: NATO's estimates, pledges, budgets, guidelines (see derive.ts). */
import { firstSureDay, knownBy } from './dates.js';
import { countryCode } from './country.js';
import type { Answer } from './derive.js';
import { publishedBy } from './rules.js';
import type { CountryCode, Dataset, Guideline, IsoDate, NatoRelease, Pledge, SpendingEstimate } from './types.js';

const releasedOn = (e: { released: string }) => firstSureDay(e.released);

export interface SpendingAt {
  estimate: SpendingEstimate;
  release: NatoRelease;
  /** Each earlier year's latest known estimate, oldest first, ending with `estimate`. */
  history: SpendingEstimate[];
  /** The latest political pledge (`kind: 'pledge'`) announced by the day, if any. */
  pledge?: Pledge;
  /** The latest budget (`draft-budget` or `budget`) approved by the day, if any: a budget is not a pledge. */
  budget?: Pledge;
}

/** The latest NATO estimate of a state's defence spending known on `day`, with its history and pledge. */
export function spendingAt(d: Dataset, countryInput: string, day: IsoDate): Answer<SpendingAt> {
  const country = countryCode(countryInput);
  if (!country) return { ok: false, reason: 'unknown-country', country: countryInput };
  const releaseOf = (e: SpendingEstimate) => d.spending.releases[e.release]!;
  const byYear = new Map<number, SpendingEstimate>();
  for (const e of d.spending.estimates) {
    if (e.country !== country || !publishedBy(releaseOf(e), day)) continue;
    const seen = byYear.get(e.year);
    if (!seen || releasedOn(releaseOf(seen)) < releasedOn(releaseOf(e))) byYear.set(e.year, e);
  }
  const history = [...byYear.values()].sort((a, b) => a.year - b.year);
  const estimate = history.at(-1);
  if (!estimate) return { ok: false, reason: 'no-spending', country };
  const known = pledgesAt(d, country, day);
  const pledge = known.filter((p) => p.kind === 'pledge').at(-1);
  const budget = known.filter((p) => p.kind !== 'pledge').at(-1);
  return { ok: true, estimate, release: releaseOf(estimate), history, ...(pledge && { pledge }), ...(budget && { budget }) };
}

/** A state's pledges and budgets announced by `day`, oldest first. */
export const pledgesAt = (d: Dataset, country: CountryCode, day: IsoDate): Pledge[] =>
  d.spending.pledges
    .filter((p) => p.country === country && knownBy(p.announced, day))
    .sort((a, b) => firstSureDay(a.announced).localeCompare(firstSureDay(b.announced)));

/** NATO's spending guidelines agreed by `day`, lowest first. */
export const guidelinesAt = (d: Dataset, day: IsoDate): Guideline[] =>
  d.spending.guidelines.filter((g) => knownBy(g.agreed, day)).sort((a, b) => a.percent - b.percent);
