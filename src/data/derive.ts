/**
 * Pure answers to "what was true on this day?", from a validated dataset. No DOM: the widgets
 * only render what these return, and tests call them directly. Here: who is party to a treaty
 * and the withdrawals; the casualty figures and the defence spending have a module each (so a
 * page with one badge loads neither), re-exported below.
 */
import { countryCode } from './country.js';
import { entryIntoForceFor, eventOf, withdrawalEffect, type Effect } from './rules.js';
import type { CountryCode, Dataset, IsoDate, Participation, Treaty, TreatyId, WithdrawalEvent } from './types.js';

export type Status = 'party' | 'signatory' | 'non-party' | 'withdrawal-announced' | 'withdrawal-pending' | 'withdrawn';
export const STATUSES: readonly Status[] = ['party', 'signatory', 'non-party', 'withdrawal-announced', 'withdrawal-pending', 'withdrawn'];

/** Why a question has no answer; widgets turn these into messages in the reader's language. */
export type Unanswerable =
  | { reason: 'unknown-treaty'; treaty: string }
  | { reason: 'unknown-country'; country: string }
  /** The treaty does not record this state (a territory, or a state the data leaves out). */
  | { reason: 'not-covered'; country: CountryCode; treaty: TreatyId }
  /** The day is before the data can vouch for the state's status. */
  | { reason: 'before-data'; country: CountryCode; treaty: TreatyId; from: IsoDate }
  | { reason: 'no-figure'; year?: number; first?: number; last?: number }
  | { reason: 'not-yet-published'; year: number; from: IsoDate }
  | { reason: 'no-spending'; country: CountryCode };

export type Answer<T> = ({ ok: true } & T) | ({ ok: false } & Unanswerable);

export interface StatusAt {
  status: Status;
  country: CountryCode;
  treaty: TreatyId;
  /** The day that matters for this status: in force since, signed on, announced on, takes effect or took effect on. */
  date?: IsoDate;
  /** `date` was computed by the treaty's rule rather than read in a source. */
  derived?: boolean;
  /** The withdrawal's date of effect, or why there is none (pending, announced and withdrawn states). */
  effect?: Effect;
  /**
   * A signatory or non-party that has deposited its instrument, waiting for the treaty to enter
   * into force for it (Art. 17): it keeps its earlier status until then.
   */
  joining?: { deposited: IsoDate; inForceFrom: IsoDate };
  /**
   * The latest step of the withdrawal taken by the day (from the first proposal to the deposit),
   * so that a sentence can name what happened by its kind: a proposal, a vote, a suspension.
   */
  step?: WithdrawalEvent;
  /** The fact behind `date`, with its sources. */
  fact?: { sources: string[]; note?: string };
  record: Participation;
}

const isTreaty = (d: Dataset, id: string): id is TreatyId => Object.hasOwn(d.treaties, id);

/** The steps that show the state means to leave, taken by `day`: every act after any mere consideration. */
const steps = (p: Participation, day: IsoDate): WithdrawalEvent[] =>
  p.withdrawal?.filter((e) => e.kind !== 'consideration' && e.kind !== 'effect' && e.confidence !== 'U' && e.date <= day) ?? [];

/** Whether a step taken by `day` (and not unverified) is contested, like Ukraine's suspension. */
export const disputedBy = (p: Participation, day: IsoDate): boolean =>
  !!p.withdrawal?.some((e) => e.disputed && e.confidence !== 'U' && e.date <= day);

/**
 * A state's status under a treaty at the end of `day`. A suspension (Ukraine's, notified on
 * 18 July 2025) is no status of its own: the treaty knows only withdrawal, so the state stays a
 * party that has announced withdrawal, and `step` names the suspension (with `disputed`) so that a
 * sentence can say what happened and that it is contested. Steps marked U are never steps.
 */
export function statusAt(d: Dataset, treatyId: string, countryInput: string, day: IsoDate): Answer<StatusAt> {
  if (!isTreaty(d, treatyId)) return { ok: false, reason: 'unknown-treaty', treaty: treatyId };
  const country = countryCode(countryInput);
  if (!country) return { ok: false, reason: 'unknown-country', country: countryInput };
  const treaty: Treaty = d.treaties[treatyId];
  const record = d.participation[treatyId][country];
  if (!record) return { ok: false, reason: 'not-covered', country, treaty: treatyId };
  const from = record.knownFrom > treaty.openedForSignature ? record.knownFrom : treaty.openedForSignature;
  if (day < from) return { ok: false, reason: 'before-data', country, treaty: treatyId, from };

  const base = { ok: true as const, country, treaty: treatyId, record };
  const joined = entryIntoForceFor(treaty, record);
  if (joined && joined.date <= day) {
    const effect = withdrawalEffect(treaty, record);
    const deposit = eventOf(record, 'deposit');
    const step = steps(record, day).at(-1);
    if (effect?.kind === 'date' && effect.date <= day) {
      return { ...base, status: 'withdrawn', date: effect.date, derived: effect.derived, effect, fact: effect.event ?? deposit };
    }
    if (deposit && deposit.date <= day) {
      return effect?.kind === 'date'
        ? { ...base, status: 'withdrawal-pending', date: effect.date, derived: effect.derived, effect, step: deposit, fact: effect.event ?? deposit }
        : { ...base, status: 'withdrawal-pending', ...(effect && { effect }), step: deposit, fact: deposit };
    }
    if (step) {
      // A date of effect not yet fixed by a deposit is not shown; only the conflict clause is.
      return { ...base, status: 'withdrawal-announced', date: step.date, step, fact: step, ...(effect?.kind === 'armed-conflict' && { effect }) };
    }
    return { ...base, status: 'party', date: joined.date, derived: joined.derived, fact: record.entryIntoForce ?? record.deposit ?? record };
  }
  const joining = joined && record.deposit && record.deposit.date <= day
    ? { joining: { deposited: record.deposit.date, inForceFrom: joined.date } }
    : {};
  if (record.signature && record.signature.date <= day) {
    return { ...base, status: 'signatory', date: record.signature.date, fact: joining.joining ? record.deposit : record.signature, ...joining };
  }
  return { ...base, status: 'non-party', fact: joining.joining ? record.deposit : record, ...joining };
}

/**
 * The States Parties on `day` (counted at the end of the day), by the Monitor's rule: a state is
 * a party from the day the treaty enters into force for it until its withdrawal takes effect. A
 * state that has announced, voted for or deposited a withdrawal (or, like Ukraine, notified a
 * suspension) is still a party. Ottawa: 164 on 1 Jan 2025, 161 from 20 Feb 2026.
 */
export function partiesAt(d: Dataset, treatyId: string, day: IsoDate): Answer<{ count: number; parties: CountryCode[] }> {
  if (!isTreaty(d, treatyId)) return { ok: false, reason: 'unknown-treaty', treaty: treatyId };
  const PARTY: readonly Status[] = ['party', 'withdrawal-announced', 'withdrawal-pending'];
  const parties = Object.keys(d.participation[treatyId]).filter((code) => {
    const at = statusAt(d, treatyId, code, day);
    return at.ok && PARTY.includes(at.status);
  }).sort();
  return { ok: true, count: parties.length, parties };
}

export interface TimelineEntry {
  country: CountryCode;
  kind: WithdrawalEvent['kind'];
  /** Absent only for a date of effect that Art. 20's armed-conflict clause leaves open. */
  date?: IsoDate;
  /** After `day`, but already fixed on it (a date of effect set by a deposit). */
  scheduled: boolean;
  /** Computed by the treaty's rule rather than read in a source. */
  derived: boolean;
  /** The recorded event; absent for a derived date of effect or an open one. */
  event?: WithdrawalEvent;
  sources: string[];
  note?: string;
}

/** The order of a withdrawal's steps, for events on the same day. */
const EVENT_ORDER: readonly WithdrawalEvent['kind'][] = ['consideration', 'proposal', 'joint-statement', 'intent', 'decision',
  'government-decision', 'parliament-vote', 'signed-into-law', 'denunciation', 'deposit', 'suspension-vote', 'suspension-law',
  'suspension', 'effect'];

/**
 * The withdrawal events of `countries` as they could be known on `day`: everything that had
 * happened, plus dates of effect already fixed by a deposit. Sorted by date, then in the
 * order of the steps and of the countries given; an open date of effect comes last.
 */
export function timelineAt(d: Dataset, treatyId: string, countries: readonly string[], day: IsoDate): Answer<{ entries: TimelineEntry[] }> {
  if (!isTreaty(d, treatyId)) return { ok: false, reason: 'unknown-treaty', treaty: treatyId };
  const treaty = d.treaties[treatyId];
  const entries: TimelineEntry[] = [];
  for (const input of countries) {
    const country = countryCode(input);
    if (!country) return { ok: false, reason: 'unknown-country', country: input };
    const record = d.participation[treatyId][country];
    if (!record) return { ok: false, reason: 'not-covered', country, treaty: treatyId };
    const deposit = eventOf(record, 'deposit');
    for (const event of record.withdrawal ?? []) {
      if (event.kind === 'effect' || event.confidence === 'U' || event.date > day) continue;
      entries.push({ country, kind: event.kind, date: event.date, scheduled: false, derived: event.confidence === 'D', event, sources: event.sources, ...(event.note && { note: event.note }) });
    }
    const effect = withdrawalEffect(treaty, record);
    // An open date of effect only for a withdrawal actually deposited: a state that notified a
    // suspension instead (Ukraine) has no withdrawal to take effect, and the timeline says none.
    if (effect?.kind === 'armed-conflict' && deposit && deposit.date <= day) {
      entries.push({ country, kind: 'effect', scheduled: true, derived: false, sources: record.armedConflict!.sources, note: effect.note });
    } else if (effect?.kind === 'date' && deposit && deposit.date <= day) {
      entries.push({
        country, kind: 'effect', date: effect.date, scheduled: effect.date > day, derived: effect.derived,
        ...(effect.event && { event: effect.event }),
        sources: effect.event?.sources ?? deposit.sources,
        ...(effect.event?.note && { note: effect.event.note }),
      });
    }
  }
  const order = (e: TimelineEntry) => countries.findIndex((c) => countryCode(c) === e.country);
  entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')
    || EVENT_ORDER.indexOf(a.kind) - EVENT_ORDER.indexOf(b.kind) || order(a) - order(b));
  return { ok: true, entries };
}

/** Entries on the same day and of the same kind, together (the joint statement, the Baltic deposits). */
export function groupByDay(entries: readonly TimelineEntry[]): TimelineEntry[][] {
  const groups: TimelineEntry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1)?.[0];
    const same = last && last.date && last.date === entry.date && last.kind === entry.kind && last.scheduled === entry.scheduled;
    if (same) groups.at(-1)!.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/**
 * The entries dated from `from` to `to`, both days included (either may be absent). An open date
 * of effect has no day, so it is kept only when the window has no end.
 */
export const windowTimeline = (entries: readonly TimelineEntry[], from?: IsoDate, to?: IsoDate): TimelineEntry[] =>
  entries.filter((e) => (e.date ? (!from || e.date >= from) && (!to || e.date <= to) : !to));

export { countryCode } from './country.js';
export * from './casualties.js';
export * from './spending.js';
