import { expect } from '@open-wc/testing';
import { bundledDataset as d } from '../src/data/bundled.js';
import { addDays, addMonths, daysBetween, firstOfMonthAfter, knownBy } from '../src/data/dates.js';
import {
  casualtiesAt, casualtySeriesAt, groupByDay, guidelinesAt, partiesAt, pledgesAt, spendingAt, statusAt, timelineAt, type Status,
} from '../src/data/derive.js';
import type { WithdrawalEvent } from '../src/data/types.js';

/** [day, status, the date that matters, the latest withdrawal step by then] */
type Step = [string, Status, string?, WithdrawalEvent['kind']?];

/**
 * Each story state's status around each of its events: the day before, of and after. While a
 * withdrawal is announced, the date is that of the latest step taken, named by its kind.
 */
const STORY: Record<string, Step[]> = {
  PL: [
    ['1997-12-03', 'non-party'],
    ['1997-12-04', 'signatory', '1997-12-04'],
    ['2012-12-26', 'signatory', '1997-12-04'],
    ['2012-12-27', 'signatory', '1997-12-04'], // deposited, not yet in force (Art. 17)
    ['2012-12-28', 'signatory', '1997-12-04'],
    ['2013-05-31', 'signatory', '1997-12-04'],
    ['2013-06-01', 'party', '2013-06-01'],
    ['2013-06-02', 'party', '2013-06-01'],
    ['2025-03-06', 'party', '2013-06-01'],
    ['2025-03-07', 'withdrawal-announced', '2025-03-07', 'proposal'],
    ['2025-03-17', 'withdrawal-announced', '2025-03-07', 'proposal'],
    ['2025-03-18', 'withdrawal-announced', '2025-03-18', 'joint-statement'],
    ['2025-06-25', 'withdrawal-announced', '2025-06-25', 'parliament-vote'],
    ['2025-07-16', 'withdrawal-announced', '2025-06-25', 'parliament-vote'], // the signature's day is unverified
    ['2025-08-05', 'withdrawal-announced', '2025-08-05', 'denunciation'],
    ['2025-08-19', 'withdrawal-announced', '2025-08-05', 'denunciation'],
    ['2025-08-20', 'withdrawal-pending', '2026-02-20', 'deposit'],
    ['2025-08-21', 'withdrawal-pending', '2026-02-20', 'deposit'],
    ['2026-02-19', 'withdrawal-pending', '2026-02-20', 'deposit'],
    ['2026-02-20', 'withdrawn', '2026-02-20'],
    ['2026-02-21', 'withdrawn', '2026-02-20'],
  ],
  EE: [
    ['2004-05-11', 'non-party'],
    ['2004-05-12', 'non-party'], // acceded without signing: non-party until in force
    ['2004-10-31', 'non-party'],
    ['2004-11-01', 'party', '2004-11-01'],
    ['2025-03-17', 'party', '2004-11-01'],
    ['2025-03-18', 'withdrawal-announced', '2025-03-18', 'joint-statement'],
    ['2025-06-04', 'withdrawal-announced', '2025-06-04', 'parliament-vote'],
    ['2025-06-13', 'withdrawal-announced', '2025-06-13', 'signed-into-law'],
    ['2025-06-26', 'withdrawal-announced', '2025-06-13', 'signed-into-law'],
    ['2025-06-27', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-26', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-27', 'withdrawn', '2025-12-27'],
    ['2025-12-28', 'withdrawn', '2025-12-27'],
    ['2025-12-29', 'withdrawn', '2025-12-27'],
  ],
  LV: [
    ['2005-06-30', 'non-party'],
    ['2005-07-01', 'non-party'],
    ['2005-12-31', 'non-party'],
    ['2006-01-01', 'party', '2006-01-01'],
    ['2025-03-17', 'party', '2006-01-01'],
    ['2025-03-18', 'withdrawal-announced', '2025-03-18', 'intent'], // the joint statement and the Cabinet, the same day
    ['2025-03-25', 'withdrawal-announced', '2025-03-18', 'intent'], // the Cabinet's vote of 25 March is unverified
    ['2025-04-16', 'withdrawal-announced', '2025-04-16', 'parliament-vote'],
    ['2025-04-24', 'withdrawal-announced', '2025-04-24', 'signed-into-law'],
    ['2025-06-26', 'withdrawal-announced', '2025-04-24', 'signed-into-law'],
    ['2025-06-27', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-26', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-27', 'withdrawn', '2025-12-27'],
  ],
  LT: [
    ['1999-02-25', 'non-party'],
    ['1999-02-26', 'signatory', '1999-02-26'],
    ['2003-05-12', 'signatory', '1999-02-26'],
    ['2003-10-31', 'signatory', '1999-02-26'],
    ['2003-11-01', 'party', '2003-11-01'],
    ['2025-03-17', 'party', '2003-11-01'],
    ['2025-03-18', 'withdrawal-announced', '2025-03-18', 'joint-statement'],
    ['2025-05-08', 'withdrawal-announced', '2025-05-08', 'parliament-vote'],
    ['2025-06-27', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-26', 'withdrawal-pending', '2025-12-27', 'deposit'],
    ['2025-12-27', 'withdrawn', '2025-12-27'],
  ],
  FI: [
    ['2012-01-08', 'non-party'],
    ['2012-01-09', 'non-party'],
    ['2012-06-30', 'non-party'],
    ['2012-07-01', 'party', '2012-07-01'],
    ['2024-11-30', 'party', '2012-07-01'], // considering it does not change the status
    ['2024-12-01', 'party', '2012-07-01'],
    ['2025-03-31', 'party', '2012-07-01'],
    ['2025-04-01', 'withdrawal-announced', '2025-04-01', 'intent'],
    ['2025-05-28', 'withdrawal-announced', '2025-05-28', 'government-decision'],
    ['2025-06-19', 'withdrawal-announced', '2025-06-19', 'parliament-vote'],
    ['2025-07-09', 'withdrawal-announced', '2025-06-19', 'parliament-vote'],
    ['2025-07-10', 'withdrawal-pending', '2026-01-10', 'deposit'],
    ['2026-01-09', 'withdrawal-pending', '2026-01-10', 'deposit'],
    ['2026-01-10', 'withdrawn', '2026-01-10'],
    ['2026-01-11', 'withdrawn', '2026-01-10'],
  ],
  UA: [
    ['1999-02-23', 'non-party'],
    ['1999-02-24', 'signatory', '1999-02-24'],
    ['2006-05-31', 'signatory', '1999-02-24'],
    ['2006-06-01', 'party', '2006-06-01'],
    ['2025-06-28', 'party', '2006-06-01'],
    ['2025-06-29', 'withdrawal-announced', '2025-06-29', 'decision'],
    ['2025-07-14', 'withdrawal-announced', '2025-06-29', 'decision'],
    ['2025-07-15', 'withdrawal-announced', '2025-07-15', 'suspension-law'], // voted and signed the same day
    ['2025-07-17', 'withdrawal-announced', '2025-07-15', 'suspension-law'],
    ['2025-07-18', 'withdrawal-announced', '2025-07-18', 'suspension'],
    ['2026-11-28', 'withdrawal-announced', '2025-07-18', 'suspension'],
    ['2035-01-01', 'withdrawal-announced', '2025-07-18', 'suspension'], // Art. 20: no effect during an armed conflict
  ],
  MH: [
    ['1997-12-04', 'signatory', '1997-12-04'],
    ['2025-03-12', 'signatory', '1997-12-04'],
    ['2025-08-31', 'signatory', '1997-12-04'],
    ['2025-09-01', 'party', '2025-09-01'],
  ],
  TO: [
    ['2025-06-25', 'non-party'],
    ['2025-11-30', 'non-party'],
    ['2025-12-01', 'party', '2025-12-01'],
  ],
  US: [
    ['1997-12-03', 'non-party'],
    ['2026-11-28', 'non-party'],
  ],
  AT: [
    ['1998-06-29', 'signatory', '1997-12-03'],
    ['1999-02-28', 'signatory', '1997-12-03'],
    ['1999-03-01', 'party', '1999-03-01'], // deposited before the treaty itself entered into force
  ],
};

describe('statusAt: the story states around each event', () => {
  for (const [code, steps] of Object.entries(STORY)) {
    it(`${code}: ${steps.length} days`, () => {
      for (const [day, status, date, step] of steps) {
        const a = statusAt(d, 'ottawa', code, day);
        expect(a.ok, `${code} ${day}`).to.equal(true);
        if (!a.ok) continue;
        expect(a.status, `${code} on ${day}`).to.equal(status);
        expect(a.date, `${code}'s date on ${day}`).to.equal(date);
        if (status !== 'withdrawn') expect(a.step?.kind, `${code}'s latest step on ${day}`).to.equal(step);
      }
    });
  }

  it('Estonia: records the disputed 28 December 2025 beside 27 December', () => {
    const a = statusAt(d, 'ottawa', 'EE', '2025-12-27');
    if (!a.ok || a.effect?.kind !== 'date') throw new Error('no date of effect');
    expect(a.effect.date).to.equal('2025-12-27');
    expect(a.effect.conflicts.map((c) => c.value)).to.deep.equal(['2025-12-28']);
  });

  it('Ukraine: a suspension, marked disputed, with sources that are not the press of a party to the war', () => {
    const a = statusAt(d, 'ottawa', 'UA', '2025-07-20');
    if (!a.ok) throw new Error('no answer');
    expect([a.status, a.step?.kind, a.step?.date]).to.deep.equal(['withdrawal-announced', 'suspension', '2025-07-18']);
    expect(a.step?.disputed?.note).to.match(/Norway, Austria, Belgium and Switzerland/);
    expect(a.step?.disputed?.note).to.match(/ICBL, which publishes Landmine Monitor, rejects/);
    const kinds = (ids: string[]) => ids.map((id) => d.sources[id]!.kind);
    // Each step cites at least one source outside the press of the parties to the war: Polish press
    // quoting the decree for the decision, the BBC (via News.az) for the vote, HRW and ICBL for the rest.
    const outside: Record<string, string> = {
      decision: 'portalobronny-ukraine-decree-2025', 'suspension-vote': 'newsaz-ukraine-suspends-2025',
      'suspension-law': 'hrw-ukraine-suspends-2025', suspension: 'icbl-ukraine-suspension-2025',
    };
    for (const e of d.participation.ottawa.UA!.withdrawal!) {
      expect(e.sources, e.kind).to.include(outside[e.kind]);
      expect(e.kind).to.not.be.oneOf(['parliament-vote', 'signed-into-law', 'deposit', 'effect']);
    }
    expect(kinds(a.step!.disputed!.sources)).to.not.include('party-state-media');
    expect(d.participation.ottawa.UA!.withdrawal!.find((e) => e.kind === 'suspension-vote')).to.deep.include({ date: '2025-07-15', vote: { for: 299 } });
    expect(a.step?.conflicts).to.equal(undefined); // the 17 July report came from a newsletter only
  });

  it('names the step that happened: a proposal is not a decision, and unverified steps are not steps', () => {
    const step = (code: string, day: string) => { const a = statusAt(d, 'ottawa', code, day); return a.ok ? a.step?.kind : a.reason; };
    expect(step('PL', '2025-03-10')).to.equal('proposal');
    expect(step('LV', '2025-03-18')).to.equal('intent');
    expect(step('FI', '2024-12-15')).to.equal(undefined); // a president's remark, unconfirmed
    const pl = d.participation.ottawa.PL!.withdrawal!;
    expect(pl.find((e) => e.kind === 'signed-into-law')?.confidence).to.equal('U');
    expect(pl.find((e) => e.kind === 'effect')).to.deep.include({ date: '2026-02-20', confidence: 'V' });
    expect(pl.find((e) => e.kind === 'effect')!.sources.map((id) => d.sources[id]!.kind)).to.not.include('party-state-media');
  });

  it('dates of effect confirmed by ICBL are verified, and cite ICBL', () => {
    for (const [code, date] of [['EE', '2025-12-27'], ['LV', '2025-12-27'], ['LT', '2025-12-27'], ['FI', '2026-01-10'], ['PL', '2026-02-20']] as const) {
      const effect = d.participation.ottawa[code]!.withdrawal!.find((e) => e.kind === 'effect')!;
      expect([effect.date, effect.confidence], code).to.deep.equal([date, 'V']);
      expect(effect.sources.some((id) => d.sources[id]!.kind === 'icbl'), code).to.equal(true);
    }
  });

  it('Lithuania\'s CCM deposit says that it is derived, not sourced', () => {
    const deposit = d.participation.ccm.LT!.withdrawal!.find((e) => e.kind === 'deposit')!;
    expect([deposit.date, deposit.confidence]).to.deep.equal(['2024-09-06', 'D']);
    expect(deposit.note).to.match(/^Derived, not sourced/);
  });

  it('Ukraine: the armed-conflict clause, never a date of effect', () => {
    const a = statusAt(d, 'ottawa', 'UA', '2026-11-28');
    if (!a.ok) throw new Error('no answer');
    expect(a.effect?.kind).to.equal('armed-conflict');
  });

  it('Poland: the date of effect is recorded, and agrees with Art. 20', () => {
    const a = statusAt(d, 'ottawa', 'PL', '2025-08-20');
    if (!a.ok || a.effect?.kind !== 'date') throw new Error('no date of effect');
    expect(a.effect.date).to.equal(addMonths('2025-08-20', 6));
  });

  it('Lithuania under the Convention on Cluster Munitions', () => {
    const steps: Step[] = [
      ['2008-12-03', 'signatory', '2008-12-03'],
      ['2011-08-31', 'signatory', '2008-12-03'],
      ['2011-09-01', 'party', '2011-09-01'],
      ['2024-07-17', 'party', '2011-09-01'],
      ['2024-07-18', 'withdrawal-announced', '2024-07-18'],
      ['2024-09-06', 'withdrawal-pending', '2025-03-06'],
      ['2025-03-05', 'withdrawal-pending', '2025-03-06'],
      ['2025-03-06', 'withdrawn', '2025-03-06'],
    ];
    for (const [day, status, date] of steps) {
      const a = statusAt(d, 'ccm', 'lt', day);
      expect(a.ok && [a.status, a.date], `LT ${day}`).to.deep.equal([status, date]);
    }
  });

  it('every one of the 197 states has a status from the day the treaty opened', () => {
    const codes = Object.keys(d.participation.ottawa);
    expect(codes).to.have.length(197);
    for (const day of ['1997-12-03', '2005-01-01', '2025-03-18', '2026-11-28']) {
      for (const code of codes) {
        const a = statusAt(d, 'ottawa', code, day);
        expect(a.ok, `${code} on ${day}`).to.equal(true);
      }
    }
    const parties = (day: string) => codes.filter((c) => { const a = statusAt(d, 'ottawa', c, day); return a.ok && a.status !== 'non-party' && a.status !== 'signatory' && a.status !== 'withdrawn'; }).length;
    // The Monitor's counts of States Parties, and the counts after each withdrawal.
    expect(parties('2025-08-31')).to.equal(164);
    expect(parties('2025-09-01')).to.equal(165);
    expect(parties('2025-12-01')).to.equal(166);
    expect(parties('2025-12-27')).to.equal(163);
    expect(parties('2026-01-10')).to.equal(162);
    expect(parties('2026-02-20')).to.equal(161);
  });

  it('a state that has deposited but is not yet bound is joining, keeping its status', () => {
    const mh = statusAt(d, 'ottawa', 'MH', '2025-06-01');
    expect(mh.ok && [mh.status, mh.joining]).to.deep.equal(['signatory', { deposited: '2025-03-12', inForceFrom: '2025-09-01' }]);
    const to = statusAt(d, 'ottawa', 'TO', '2025-11-30');
    expect(to.ok && [to.status, to.joining]).to.deep.equal(['non-party', { deposited: '2025-06-25', inForceFrom: '2025-12-01' }]);
    const before = statusAt(d, 'ottawa', 'MH', '2025-03-11');
    expect(before.ok && before.joining).to.equal(undefined);
  });

  it('answers why it cannot answer', () => {
    expect(statusAt(d, 'ottawa', 'PL', '1997-12-02')).to.include({ ok: false, reason: 'before-data', from: '1997-12-03' });
    expect(statusAt(d, 'ottawa', 'GL', '2025-01-01')).to.include({ ok: false, reason: 'not-covered', country: 'GL' });
    expect(statusAt(d, 'ottawa', 'POL', '2025-01-01')).to.include({ ok: false, reason: 'unknown-country' });
    expect(statusAt(d, 'ottawa', '', '2025-01-01')).to.include({ ok: false, reason: 'unknown-country' });
    expect(statusAt(d, 'geneva', 'PL', '2025-01-01')).to.include({ ok: false, reason: 'unknown-treaty' });
    expect(statusAt(d, 'ccm', 'PL', '2025-01-01')).to.include({ ok: false, reason: 'not-covered' });
    expect(statusAt(d, 'ottawa', ' pl ', '2025-01-01')).to.include({ ok: true, status: 'party' });
  });
});

describe('the treaties\' date rules', () => {
  it('Art. 17: the first day of the sixth month after the deposit', () => {
    expect(firstOfMonthAfter('2012-12-27', 6)).to.equal('2013-06-01');
    expect(firstOfMonthAfter('2004-05-12', 6)).to.equal('2004-11-01');
  });
  it('Art. 20: six months after the deposit, the last day of a shorter month', () => {
    expect(addMonths('2025-06-27', 6)).to.equal('2025-12-27');
    expect(addMonths('2025-07-10', 6)).to.equal('2026-01-10');
    expect(addMonths('2025-08-31', 6)).to.equal('2026-02-28');
  });
  it('counts days and knows partial dates only once their period is over', () => {
    expect(daysBetween('2025-11-28', '2026-02-20')).to.equal(84);
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(knownBy('2015-06', '2015-06-30')).to.equal(false);
    expect(knownBy('2015-06', '2015-07-01')).to.equal(true);
    expect(knownBy('2008', '2008-12-31')).to.equal(false);
    expect(knownBy('2008', '2009-01-01')).to.equal(true);
  });
});

describe('casualtiesAt: the latest figure published by a day', () => {
  const at = (day: string, year?: number) => {
    const a = casualtiesAt(d, day, year);
    return a.ok ? [a.figure.year, a.figure.total, a.figure.edition] : [a.reason];
  };
  it('the latest year by default', () => {
    expect(at('2025-03-18')).to.deep.equal([2023, 5757, 'LM2024']);
    expect(at('2025-11-30')).to.deep.equal([2023, 5757, 'LM2024']);
    expect(at('2025-12-01')).to.deep.equal([2024, 6279, 'LM2025']);
    expect(at('2024-11-19')).to.deep.equal([2022, 4710, 'LM2023']);
    expect(at('2024-11-20')).to.deep.equal([2023, 5757, 'LM2024']);
  });
  it('a revised figure replaces the first report only once its edition is out', () => {
    expect(at('2008-06-01', 2006)).to.deep.equal([2006, 5751, 'LM2007']); // LM2007: only the year is known
    expect(at('2009-01-01', 2006)).to.deep.equal([2006, 6022, 'LM2008']);
    expect(at('2016-11-21', 2006)).to.deep.equal([2006, 6022, 'LM2008']);
    expect(at('2016-11-22', 2006)).to.deep.equal([2006, 6573, 'LM2016']);
  });
  it('a disputed release day counts from the later day', () => {
    expect(at('2018-11-20', 2017)).to.deep.equal(['not-yet-published']);
    expect(at('2018-11-21', 2017)).to.deep.equal([2017, 7239, 'LM2018']);
  });
  it('an edition known only by its year counts from the next 1 January', () => {
    expect(at('2007-12-31', 2006)).to.deep.equal(['not-yet-published']);
    expect(at('2008-01-01', 2006)).to.deep.equal([2006, 5751, 'LM2007']);
  });
  it('says why there is no figure', () => {
    expect(casualtiesAt(d, '2025-11-30', 2024)).to.include({ ok: false, reason: 'not-yet-published', from: '2025-12-01' });
    expect(casualtiesAt(d, '2026-01-01', 1995)).to.include({ ok: false, reason: 'no-figure', first: 2001, last: 2024 });
    expect(casualtiesAt(d, '2026-01-01', 2003)).to.include({ ok: false, reason: 'no-figure' });
  });
  it('shows only what the Monitor published: approximate shares, children where the age was recorded', () => {
    const fig = (year: number) => d.casualties.figures.filter((f) => f.year === year).at(0)!;
    expect([fig(2001).civilianPercent, fig(2001).civilianApproximate]).to.deep.equal([70, true]);
    expect([fig(2022).children, fig(2022).childPercent]).to.deep.equal([1171, { value: 49, of: 'civilian' }]);
    // "outcome not stated" only where an edition gives it (LM2013, LM2014, LM2015, LM2017, LM2018, LM2019)
    expect(d.casualties.figures.filter((f) => f.unknown !== undefined).map((f) => [f.year, f.unknown])).to.deep.equal([[2012, 10], [2013, 25], [2014, 49], [2016, 25], [2017, 15], [2018, 1]]);
    expect(fig(2020).sources).to.include('sightmagazine-clarke-lm2021');
  });
  it('the series holds one figure a year, the latest each', () => {
    const series = casualtySeriesAt(d, '2026-11-28');
    expect(series.map((s) => s.figure.year)).to.deep.equal([...new Set(series.map((s) => s.figure.year))].sort());
    expect(series.find((s) => s.figure.year === 2016)?.figure.total).to.equal(9439);
  });
});

describe('spendingAt: the latest NATO estimate and pledge known on a day', () => {
  const est = (c: string, day: string) => {
    const a = spendingAt(d, c, day);
    return a.ok ? [a.estimate.year, a.estimate.percentOfGdp] : [a.reason];
  };
  it('picks the estimate by release date', () => {
    expect(est('PL', '2024-03-31')).to.deep.equal([2022, 2.42]);
    expect(est('PL', '2024-04-01')).to.deep.equal([2023, 3.92]); // the March 2024 report: only the month is known
    expect(est('PL', '2024-06-17')).to.deep.equal([2024, 4.12]);
    expect(est('PL', '2025-08-27')).to.deep.equal([2024, 4.12]);
    expect(est('PL', '2025-08-28')).to.deep.equal([2025, 4.48]);
    expect(est('FI', '2026-11-28')).to.deep.equal([2024, 2.41]);
    expect(est('US', '2026-11-28')).to.deep.equal(['no-spending']);
  });
  it('pledges as announced', () => {
    const pledge = (c: string, day: string) => pledgesAt(d, c, day).at(-1);
    expect(pledge('LT', '2025-01-16')).to.equal(undefined);
    expect(pledge('LT', '2025-01-17')).to.include({ min: 5, max: 6, fromYear: 2026, toYear: 2030 });
    expect(pledge('LV', '2025-02-24')).to.include({ min: 4, fromYear: 2026 });
    expect(pledge('LV', '2025-02-25')).to.include({ min: 5, fromYear: 2028 });
    // Poland's draft budgets, dated by the day the cabinet approved them.
    expect(pledge('PL', '2024-08-27')).to.equal(undefined);
    expect(pledge('PL', '2024-08-28')).to.include({ min: 4.7, fromYear: 2025, kind: 'draft-budget', nationalDefinition: true });
    // The 2026 draft: only the month is sourced, so it counts as known once August 2025 is over.
    expect(pledge('PL', '2025-08-31')).to.include({ min: 4.7 });
    expect(pledge('PL', '2025-09-01')).to.include({ min: 4.8, fromYear: 2026, kind: 'draft-budget', nationalDefinition: true });
  });
  it('keeps a political pledge and an adopted budget apart', () => {
    const lv = (day: string) => {
      const a = spendingAt(d, 'LV', day);
      if (!a.ok) throw new Error(a.reason);
      return [a.pledge && [a.pledge.kind, a.pledge.min, a.pledge.actor], a.budget && [a.budget.kind, a.budget.min, a.budget.actor]];
    };
    expect(lv('2025-12-03')).to.deep.equal([['pledge', 5, 'President'], undefined]);
    expect(lv('2025-12-04')).to.deep.equal([['pledge', 5, 'President'], ['budget', 4.91, 'Saeima']]);
    const pl = spendingAt(d, 'PL', '2025-09-01');
    expect(pl.ok && [pl.pledge, pl.budget?.kind, pl.budget?.min]).to.deep.equal([undefined, 'draft-budget', 4.8]);
  });
  it('the March 2024 figures for 2023 are estimates, as NATO marked them', () => {
    const march = d.spending.estimates.filter((e) => e.release === 'NATO2024-03');
    expect(march.map((e) => e.country).sort()).to.deep.equal(['EE', 'FI', 'LT', 'LV', 'PL']);
    expect(march.every((e) => e.year === 2023 && e.estimate)).to.equal(true);
  });
  it('on any day, each year shows the latest figure published by then', () => {
    const releasedOn = (id: string) => d.spending.releases[id]!.released;
    const days = ['2021-06-11', '2022-06-27', '2024-04-01', '2024-06-17', '2025-08-28', '2026-11-29'];
    for (const country of ['EE', 'LV', 'LT', 'PL', 'FI']) {
      for (const day of days) {
        const a = spendingAt(d, country, day);
        if (!a.ok) continue;
        const years = a.history.map((e) => e.year);
        expect(years, `${country} ${day}`).to.deep.equal([...new Set(years)].sort());
        for (const shown of a.history) {
          const published = d.spending.estimates.filter((e) => e.country === country && e.year === shown.year && knownBy(releasedOn(e.release), day));
          const latest = published.sort((x, y) => releasedOn(x.release).localeCompare(releasedOn(y.release))).at(-1);
          expect(shown, `${country} ${shown.year} on ${day}`).to.equal(latest);
        }
      }
    }
  });
  it('a revision replaces the first estimate from its release on, not before', () => {
    // A copy with a later release revising Lithuania's 2022, as NATO's releases do.
    const copy = structuredClone(d);
    copy.spending.releases.REV = { title: 'a later release', released: '2025-08-28', sources: ['ukdj-nato-2025'], confidence: 'P' };
    copy.spending.estimates.push({ country: 'LT', year: 2022, percentOfGdp: 2.47, estimate: false, release: 'REV', sources: ['ukdj-nato-2025'], confidence: 'P' });
    const lt2022 = (day: string) => { const a = spendingAt(copy, 'LT', day); return a.ok && a.history.find((e) => e.year === 2022)?.percentOfGdp; };
    expect(lt2022('2025-08-27')).to.equal(2.36);
    expect(lt2022('2025-08-28')).to.equal(2.47);
  });
  it('guidelines in force, by the day (or only the year) they were agreed', () => {
    expect(guidelinesAt(d, '2006-12-31').map((g) => g.percent)).to.deep.equal([]); // agreed in 2006: sure only once 2006 is over
    expect(guidelinesAt(d, '2007-01-01').map((g) => g.percent)).to.deep.equal([2]);
    expect(guidelinesAt(d, '2014-09-04').map((g) => g.percent)).to.deep.equal([2]);
    expect(guidelinesAt(d, '2025-06-24').map((g) => g.percent)).to.deep.equal([2]);
    expect(guidelinesAt(d, '2025-06-25').map((g) => [g.percent, g.corePercent, g.targetYear])).to.deep.equal([[2, undefined, undefined], [5, 3.5, 2035]]);
    const two = guidelinesAt(d, '2025-01-01')[0]!;
    expect([two.agreed, two.commitment?.title, two.commitment?.agreed, two.commitment?.targetYear])
      .to.deep.equal(['2006', 'Wales Summit Declaration', '2014-09-05', 2024]);
  });
});

describe('partiesAt: the States Parties on a day (Ukraine counts as a party)', () => {
  const count = (day: string) => { const a = partiesAt(d, 'ottawa', day); return a.ok ? a.count : a.reason; };
  it('counts each change on its day, and not the day before', () => {
    const changes: [string, number, number][] = [
      ['2025-01-01', 164, 164],
      ['2025-09-01', 164, 165], // the Marshall Islands
      ['2025-12-01', 165, 166], // Tonga
      ['2025-12-27', 166, 163], // Estonia, Latvia, Lithuania
      ['2026-01-10', 163, 162], // Finland
      ['2026-02-20', 162, 161], // Poland
    ];
    for (const [day, before, on] of changes) {
      expect(count(addDays(day, -1)), `the day before ${day}`).to.equal(before);
      expect(count(day), day).to.equal(on);
    }
  });
  it('counts Ukraine, whose suspension is disputed and which has deposited no withdrawal', () => {
    const a = partiesAt(d, 'ottawa', '2026-11-29');
    expect(a.ok && a.parties).to.include('UA');
    expect(a.ok && a.parties).to.not.include.members(['EE', 'LV', 'LT', 'FI', 'PL']);
  });
  it('counts a state leaving the Convention on Cluster Munitions the same way', () => {
    const lt = (day: string) => { const a = partiesAt(d, 'ccm', day); return a.ok && a.parties.includes('LT'); };
    expect([lt('2025-03-05'), lt('2025-03-06')]).to.deep.equal([true, false]);
    expect(partiesAt(d, 'geneva', '2025-01-01')).to.include({ ok: false, reason: 'unknown-treaty' });
  });
});

describe('timelineAt: what could be known on a day', () => {
  const story = ['EE', 'LV', 'LT', 'PL', 'FI', 'UA'];
  const kinds = (day: string, countries = story) => {
    const a = timelineAt(d, 'ottawa', countries, day);
    if (!a.ok) throw new Error(a.reason);
    return a.entries;
  };
  it('leaves out what had not happened, and shows fixed dates of effect as scheduled', () => {
    const march = kinds('2025-03-18');
    expect(march.every((e) => e.date! <= '2025-03-18')).to.equal(true);
    expect(march.some((e) => e.kind === 'effect')).to.equal(false);
    const july = kinds('2025-07-01');
    const effects = july.filter((e) => e.kind === 'effect');
    expect(effects.map((e) => [e.country, e.date, e.scheduled])).to.deep.equal([
      ['EE', '2025-12-27', true], ['LV', '2025-12-27', true], ['LT', '2025-12-27', true],
    ]);
    const later = kinds('2026-03-01').filter((e) => e.kind === 'effect' && e.date);
    expect(later.every((e) => !e.scheduled)).to.equal(true);
    expect(later.map((e) => e.country)).to.deep.equal(['EE', 'LV', 'LT', 'FI', 'PL']);
    // Ukraine notified a suspension, not an Art. 20 withdrawal: no date of effect, not even an open one.
    expect(kinds('2026-11-29').some((e) => e.country === 'UA' && e.kind === 'effect')).to.equal(false);
  });
  it('groups the same step on the same day', () => {
    const groups = groupByDay(kinds('2026-03-01'));
    const joint = groups.find((g) => g[0]!.kind === 'joint-statement')!;
    expect(joint.map((e) => e.country)).to.deep.equal(['EE', 'LV', 'LT', 'PL']);
    const deposits = groups.find((g) => g[0]!.kind === 'deposit' && g[0]!.date === '2025-06-27')!;
    expect(deposits.map((e) => e.country)).to.deep.equal(['EE', 'LV', 'LT']);
  });
  it('is in date order', () => {
    const dates = kinds('2026-11-28').map((e) => e.date ?? '9999');
    expect(dates).to.deep.equal([...dates].sort());
  });
  it('rejects an unknown code', () => {
    expect(timelineAt(d, 'ottawa', ['PL', 'XX'], '2026-01-01')).to.include({ ok: false, reason: 'not-covered' });
  });
});
