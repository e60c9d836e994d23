/** The treaties' own rules for dates (Art. 17 and Art. 20 of both conventions). */
import { addMonths, firstOfMonthAfter, knownBy } from './dates.js';
import type { Conflict, IsoDate, Participation, PartialDate, Treaty, WithdrawalEvent } from './types.js';

/** Art. 17: the first day of the sixth month after the deposit, never before the treaty's own entry into force. */
export function ruleEntryIntoForce(treaty: Treaty, deposit: IsoDate): IsoDate {
  const day = firstOfMonthAfter(deposit, treaty.entryIntoForceMonthsAfterDeposit);
  return day < treaty.entryIntoForce ? treaty.entryIntoForce : day;
}

/** The day the treaty entered into force for this state: as recorded, else by Art. 17. */
export function entryIntoForceFor(treaty: Treaty, p: Participation): { date: IsoDate; derived: boolean } | undefined {
  if (p.entryIntoForce) return { date: p.entryIntoForce.date, derived: false };
  if (p.deposit) return { date: ruleEntryIntoForce(treaty, p.deposit.date), derived: true };
  return undefined;
}

/** Art. 20: six months after the depositary receives the instrument. */
export const ruleWithdrawalEffect = (treaty: Treaty, deposit: IsoDate): IsoDate =>
  addMonths(deposit, treaty.withdrawalMonthsAfterDeposit);

export const eventOf = (p: Participation, kind: WithdrawalEvent['kind']) =>
  p.withdrawal?.find((e) => e.kind === kind);

export type Effect =
  | {
      kind: 'date';
      date: IsoDate;
      /** Computed from the deposit by Art. 20, not read in a source. */
      derived: boolean;
      /** Other dates that sources give for it. */
      conflicts: Conflict[];
      event?: WithdrawalEvent;
    }
  /** The withdrawal cannot take effect while the state is engaged in an armed conflict. */
  | { kind: 'armed-conflict'; note: string };

/** When a state's withdrawal takes effect, if it has deposited an instrument or is held by Art. 20's conflict clause. */
export function withdrawalEffect(treaty: Treaty, p: Participation): Effect | undefined {
  if (p.armedConflict && treaty.withdrawalSuspendedDuringArmedConflict) {
    return { kind: 'armed-conflict', note: p.armedConflict.note };
  }
  const event = eventOf(p, 'effect');
  const deposit = eventOf(p, 'deposit');
  if (event) {
    return { kind: 'date', date: event.date, derived: event.confidence === 'D', conflicts: event.conflicts ?? [], event };
  }
  if (deposit) return { kind: 'date', date: ruleWithdrawalEffect(treaty, deposit.date), derived: true, conflicts: [] };
  return undefined;
}

/**
 * Whether a publication was certainly out on `day`. Where sources disagree on its date, the
 * latest of them counts: a widget must not claim a figure that may not have been out yet.
 */
export function publishedBy(pub: { released: PartialDate; releasedConflicts?: Conflict<PartialDate>[] }, day: IsoDate): boolean {
  return [pub.released, ...(pub.releasedConflicts ?? []).map((c) => c.value)].every((d) => knownBy(d, day));
}
