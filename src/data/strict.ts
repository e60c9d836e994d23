/**
 * The editors' checks, on top of validate.ts: run by `npm run check:data` and
 * `npx ottawa-treaty-widgets check` (and the build), not by a widget loading a publisher's `src`
 * (whose plausibility is the publisher's call, and whose bytes every reader would download).
 *
 * They catch what editors get wrong: dates after the day the data was checked (`checked.json`),
 * steps that are impossible in that order, entries made twice, and the typing mistakes that leave a
 * valid but implausible value: a digit too many or too few, a decimal point that slipped, a source
 * nobody cites. Every message names the fix after a colon or a dash.
 */
import { check, datasetSchema, type Path, type Problem } from './schema.js';
import { ruleEntryIntoForce, ruleWithdrawalEffect, eventOf } from './rules.js';
import { sourceLists, validateDataset, type Validation } from './validate.js';
import { firstPossibleDay, yearOf } from './dates.js';
import type { Conflict, Dataset, DatedFact, TreatyId, WithdrawalEvent } from './types.js';

/** A plausible ceiling for defence spending as a share of GDP: above it, a decimal point has slipped. */
const MAX_PERCENT_OF_GDP = 15;

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

/** The editors' problems in a dataset that has the right shape. */
function editorProblems(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });
  const checked = d.checked;
  const future = (what: string) =>
    `is after ${checked}, the day the data was checked (checked.json): ${what} cannot be later than that day — correct the date (a swapped day and month, or a wrong year?), or check the facts again and move checked.json forward`;
  const sameAsFact = (conflicts: Conflict<string>[] | undefined, value: string, path: Path) =>
    conflicts?.forEach((c, i) => {
      if (c.value === value) add([...path, i, 'value'], `is the same as the fact's own value (${value}): a conflict records another value — remove it, or correct it`);
    });

  // --- Sources: cited, and not dated in the future.
  const { sources: _, ...rest } = d;
  const cited = new Set<string>();
  for (const [ids] of sourceLists(rest, [])) ids.forEach((id) => cited.add(id));
  for (const [id, source] of Object.entries(d.sources)) {
    if (source.date && firstPossibleDay(source.date) > checked) add(['sources', id, 'date'], future('a source'));
    if (!cited.has(id)) add(['sources', id], 'is not cited by any fact: cite it where it gives a fact, or remove it from sources.json');
    // The footer shows the publisher to readers in every language: a name, never an editor's remark.
    if (/[()]/.test(source.publisher)) add(['sources', id, 'publisher'], `is "${source.publisher}": a publisher is the name a reader sees in the footer; put remarks such as "(aggregator)" in the title`);
  }

  // --- Participation: nothing after the day the data was checked; no impossible order; no repeats.
  for (const treatyId of Object.keys(d.participation) as TreatyId[]) {
    const treaty = d.treaties[treatyId];
    for (const [code, p] of Object.entries(d.participation[treatyId])) {
      const at = ['participation', treatyId, code];
      const facts: [string, DatedFact | undefined][] = [['signature', p.signature], ['deposit', p.deposit], ['entryIntoForce', p.entryIntoForce]];
      for (const [key, fact] of facts) {
        if (!fact) continue;
        sameAsFact(fact.conflicts, fact.date, [...at, key, 'conflicts']);
        if (key !== 'entryIntoForce' && fact.date > checked) add([...at, key, 'date'], future(key === 'deposit' ? 'a deposit' : 'a signature'));
      }
      if (p.signature && p.signature.date < treaty.openedForSignature) {
        add([...at, 'signature', 'date'], `is ${p.signature.date}, before the ${treaty.shortName} opened for signature on ${treaty.openedForSignature}: correct the year, or the day and month`);
      }
      if (p.deposit && p.deposit.date < treaty.adopted) {
        add([...at, 'deposit', 'date'], `is ${p.deposit.date}, before the ${treaty.shortName} was adopted on ${treaty.adopted}: correct the year, or the day and month`);
      }
      if (p.signature && p.deposit && p.deposit.kind !== 'accession' && p.deposit.kind !== 'succession' && p.signature.date > p.deposit.date) {
        add([...at, 'signature', 'date'], `is ${p.signature.date}, after the ${p.deposit.kind} deposited on ${p.deposit.date}: a state signs before it ratifies — correct one of the dates (a swapped day and month?), or record the deposit as an accession`);
      }
      if (p.deposit && p.entryIntoForce?.ruleException && ruleEntryIntoForce(treaty, p.deposit.date) === p.entryIntoForce.date) {
        add([...at, 'entryIntoForce', 'ruleException'], `excuses ${p.entryIntoForce.date} from Art. 17, but that is the date the rule gives: remove the ruleException`);
      }

      const events = p.withdrawal ?? [];
      const kinds = new Map<WithdrawalEvent['kind'], number>();
      events.forEach((e, i) => {
        const twin = kinds.get(e.kind);
        if (twin !== undefined) add([...at, 'withdrawal', i], `repeats the "${e.kind}" step of withdrawal[${twin}]: remove the repeat, or give the step its own kind`);
        else kinds.set(e.kind, i);
        if (e.kind !== 'effect' && e.date > checked) add([...at, 'withdrawal', i, 'date'], future(`a "${e.kind}" step`));
        if (p.deposit && e.date < p.deposit.date) add([...at, 'withdrawal', i, 'date'], `is ${e.date}, before the state deposited its instrument of ${p.deposit.kind} (${p.deposit.date}): a state withdraws only after it has joined — correct the date`);
        sameAsFact(e.conflicts, e.date, [...at, 'withdrawal', i, 'conflicts']);
      });
      const deposit = eventOf(p, 'deposit');
      const effect = eventOf(p, 'effect');
      if (effect && deposit) {
        const effectAt = [...at, 'withdrawal', events.indexOf(effect)];
        if (effect.ruleException && ruleWithdrawalEffect(treaty, deposit.date) === effect.date) {
          add([...effectAt, 'ruleException'], `excuses ${effect.date} from Art. 20, but that is the date the rule gives: remove the ruleException`);
        }
        if (deposit.date > checked) add([...effectAt, 'date'], `follows a deposit dated after ${checked}, the day the data was checked: correct the deposit's date`);
      }
    }
  }

  // --- Casualties: editions not in the future, figures for the years before their edition, no
  // digit too many or too few.
  const { editions, figures } = d.casualties;
  for (const [id, e] of Object.entries(editions)) {
    if (firstPossibleDay(e.released) > checked) add(['casualties', 'editions', id, 'released'], future('an edition\'s release'));
    e.releasedConflicts?.forEach((c, i) => {
      if (firstPossibleDay(c.value) > checked) add(['casualties', 'editions', id, 'releasedConflicts', i, 'value'], future('an edition\'s release'));
    });
    sameAsFact(e.releasedConflicts, e.released, ['casualties', 'editions', id, 'releasedConflicts']);
  }
  const years = [...new Set(figures.map((g) => g.year))].sort((a, b) => a - b);
  figures.forEach((f, i) => {
    const at = ['casualties', 'figures', i];
    const edition = editions[f.edition];
    if (edition && f.year >= yearOf(edition.released)) {
      add([...at, 'year'], `is ${f.year}, but ${f.edition} was released in ${yearOf(edition.released)}: an edition reports the years before its release — correct the year or the edition`);
    }
    const parts = (f.killed ?? 0) + (f.injured ?? 0) + (f.unknown ?? 0);
    if (f.killed !== undefined && f.injured !== undefined && parts <= f.total && parts < 0.9 * f.total) {
      add([...at, 'total'], `is ${f.total}, but killed, injured and unknown add up to only ${parts}: one of them probably has a digit too many or too few — check them against the edition`);
    }
    if (f.children !== undefined && f.children > f.total) add([...at, 'children'], `is ${f.children}, more than the total of ${f.total}: correct it`);
    // A digit too many or too few: compare with the other figures for the same year and for the
    // two nearest years on each side. The real series never moves by a factor of two from them.
    const k = years.indexOf(f.year);
    const near = new Set([...years.slice(Math.max(0, k - 2), k), f.year, ...years.slice(k + 1, k + 3)]);
    const others = figures.filter((g, j) => j !== i && near.has(g.year));
    if (others.length) {
      const max = others.reduce((a, b) => (b.total > a.total ? b : a));
      const min = others.reduce((a, b) => (b.total < a.total ? b : a));
      if (f.total > 2 * max.total) add([...at, 'total'], `is ${f.total}, more than twice every figure for the same and the neighbouring years (the highest: ${max.total} for ${max.year}): probably a digit too many — check it against the edition`);
      else if (f.total < min.total / 2) add([...at, 'total'], `is ${f.total}, less than half of every figure for the same and the neighbouring years (the lowest: ${min.total} for ${min.year}): probably a digit too few — check it against the edition`);
    }
  });

  // --- Spending.
  const { releases, estimates, pledges, guidelines } = d.spending;
  for (const [id, r] of Object.entries(releases)) {
    if (firstPossibleDay(r.released) > checked) add(['spending', 'releases', id, 'released'], future('a release'));
    r.releasedConflicts?.forEach((c, i) => {
      if (firstPossibleDay(c.value) > checked) add(['spending', 'releases', id, 'releasedConflicts', i, 'value'], future('a release'));
    });
    sameAsFact(r.releasedConflicts, r.released, ['spending', 'releases', id, 'releasedConflicts']);
  }
  estimates.forEach((e, i) => {
    const at = ['spending', 'estimates', i];
    const release = releases[e.release];
    if (release) {
      const released = yearOf(release.released);
      if (e.year > released) add([...at, 'year'], `is ${e.year}, but ${e.release} was released in ${released}: NATO cannot publish a figure for a year that has not begun — correct the year or the release`);
      else if (e.year === released && !e.estimate) add([...at, 'estimate'], `is false, but a figure for the release's own year (${e.year}) can only be an estimate: set "estimate": true, or correct the year`);
    }
    const twin = estimates.findIndex((g) => g.country === e.country && g.year === e.year && g.release === e.release);
    if (twin !== i) add(at, `repeats the ${e.country} ${e.year} figure of ${e.release} (also at estimates[${twin}]): remove one of them`);
    if (e.percentOfGdp > MAX_PERCENT_OF_GDP) add([...at, 'percentOfGdp'], `is ${e.percentOfGdp} % of GDP, more than ${MAX_PERCENT_OF_GDP} %: probably a misplaced decimal point (NATO figures read like 2.41) — check it against the release`);
    if (decimals(e.percentOfGdp) > 2) add([...at, 'percentOfGdp'], `is ${e.percentOfGdp}, with more than two decimals: store NATO's figure as published, to two decimals`);
  });
  pledges.forEach((p, i) => {
    const at = ['spending', 'pledges', i];
    if (p.fromYear < yearOf(p.announced)) add([...at, 'fromYear'], `is ${p.fromYear}, before the pledge was announced (${p.announced}): a pledge or budget is for a year to come — correct the year, or the day it was announced`);
    if (firstPossibleDay(p.announced) > checked) add([...at, 'announced'], future('a pledge'));
    const high = p.max !== undefined && p.max > MAX_PERCENT_OF_GDP ? 'max' : p.min > MAX_PERCENT_OF_GDP ? 'min' : undefined;
    if (high) add([...at, high], `is more than ${MAX_PERCENT_OF_GDP} % of GDP: probably a misplaced decimal point — check it against the source`);
  });
  guidelines.forEach((g, i) => {
    const at = ['spending', 'guidelines', i];
    if (g.corePercent !== undefined && g.corePercent > g.percent) add([...at, 'corePercent'], `is ${g.corePercent}, more than the guideline's total of ${g.percent}: swap them, or correct one of them`);
    if (g.targetYear !== undefined && g.targetYear < yearOf(g.agreed)) add([...at, 'targetYear'], `is ${g.targetYear}, before the guideline was agreed (${g.agreed}): correct the year`);
    if (firstPossibleDay(g.agreed) > checked) add([...at, 'agreed'], future('a guideline'));
    const c = g.commitment;
    if (c) {
      if (yearOf(c.agreed) < yearOf(g.agreed)) add([...at, 'commitment', 'agreed'], `is ${c.agreed}, before the guideline itself was agreed (${g.agreed}): correct the date`);
      if (c.targetYear < yearOf(c.agreed)) add([...at, 'commitment', 'targetYear'], `is ${c.targetYear}, before the commitment was made (${c.agreed}): correct the year`);
      if (c.agreed > checked) add([...at, 'commitment', 'agreed'], future('a commitment'));
    }
  });
  return problems;
}

/** The strict check of a parsed JSON value: validate.ts's rules, then the editors' checks. */
export function validateStrict(value: unknown): Validation {
  const result = validateDataset(value);
  // Shape problems first; once the shape is right, every rule at once, so an editor sees them all.
  if (!result.ok && check(datasetSchema, value).length) return result;
  const problems = [...(result.ok ? [] : result.problems), ...editorProblems(value as Dataset)];
  return problems.length ? { ok: false, problems } : { ok: true, dataset: value as Dataset };
}
