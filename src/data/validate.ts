/**
 * Validation of a whole dataset: its shape (schema.ts) and the rules a shape cannot express:
 * the source policy (data/README.md), sums that add up, dates that follow the treaties' rules and
 * that are not later than the day the data was checked, and, in strict mode (`npm run check:data`,
 * `npx ottawa-treaty-widgets check`), the typing mistakes editors make: a digit too many, a share
 * with its decimal point in the wrong place, a source nobody cites.
 *
 * Every message says what is wrong and, after a colon, how to fix it.
 */
import { check, datasetSchema, type Path, type Problem } from './schema.js';
import { entryIntoForceFor, eventOf, ruleEntryIntoForce, ruleWithdrawalEffect } from './rules.js';
import type { Conflict, Dataset, DatedFact, PartialDate, SourceKind, TreatyId, WithdrawalEvent } from './types.js';

export type { Problem, Path };

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /**
   * Also flag what is possible but almost certainly mistyped: a casualty total far from its
   * neighbouring years or from its own killed and injured, a share of GDP over 15 %, more than two
   * decimals on a NATO figure, a source no fact cites. On for `check:data` and the `check`
   * command; off when a widget loads a publisher's `src`, whose figures are the publisher's call.
   */
  strict?: boolean;
}

/**
 * The source policy's order (data/README.md): primary sources first (the depositary, governments,
 * parliaments, official gazettes, NATO, the treaty text), then Landmine Monitor and ICBL, then news
 * agencies, then NGOs and other press, and the state media of a party to the war last.
 */
export const SOURCE_RANK: Record<SourceKind, number> = {
  depositary: 0, government: 0, parliament: 0, gazette: 0, nato: 0, treaty: 0,
  monitor: 1, icbl: 1,
  agency: 2,
  ngo: 3, press: 3,
  'party-state-media': 4,
};

/** A plausible ceiling for defence spending as a share of GDP: above it, a decimal point has slipped. */
export const MAX_PERCENT_OF_GDP = 15;

/** Every `sources` list below `value`, with its path. */
function* sourceLists(value: unknown, path: Path): Generator<[string[], Path]> {
  // The dataset's own lists are at most 7 levels down. Deeper is an unknown field no widget reads,
  // and a publisher's file nested 100,000 levels deep must not freeze the page or overflow the stack.
  if (path.length > 16) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* sourceLists(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) yield [child as string[], [...path, key]];
      else yield* sourceLists(child, [...path, key]);
    }
  }
}

const BARE_IP = /^https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?:[:/?#]|$)/i;
const yearOf = (d: PartialDate): number => Number(d.slice(0, 4));
/** The first day a partial date can mean: a release dated `2052` is in the future from 2052-01-01 on. */
const earliestDay = (d: PartialDate): string => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);
const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

function checkRules(d: Dataset, strict: boolean): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });
  const checked = d.checked;
  const future = (what: string) =>
    `is after ${checked}, the day the data was checked (checked.json): ${what} cannot be later than that day — correct the date (a swapped day and month, or a wrong year?), or check the facts again and move checked.json forward`;

  // --- Sources: every id exists; the policy on kinds and order; addresses.
  const { sources: _, ...rest } = d;
  const cited = new Set<string>();
  for (const [ids, path] of sourceLists(rest, [])) {
    const seen = new Set<string>();
    let previous: { id: string; kind: SourceKind } | undefined;
    let known = 0;
    let independent = 0;
    ids.forEach((id, i) => {
      cited.add(id);
      if (seen.has(id)) add([...path, i], `names "${id}" twice: remove the repeat`);
      seen.add(id);
      if (!Object.hasOwn(d.sources, id)) {
        add([...path, i], `names the source "${id}", which is not in sources.json: add it to sources.json, or correct the id`);
        return;
      }
      const kind = d.sources[id]!.kind;
      known++;
      if (kind !== 'party-state-media') independent++;
      if (previous && SOURCE_RANK[kind] < SOURCE_RANK[previous.kind]) {
        add([...path, i], `lists "${id}" (${kind}) after "${previous.id}" (${previous.kind}): list primary sources first, in the order of data/README.md (depositary, government, parliament, gazette, NATO, treaty; Monitor, ICBL; agency; NGO, press; state media of a party to the war)`);
      }
      previous = { id, kind };
    });
    if (known && !independent) {
      add(path, `names only state media of a party to the war (${ids.join(', ')}): add a source that is not (the depositary, a government, ICBL, an agency), or mark the fact "confidence": "U" and keep it out of the widgets`);
    }
  }
  for (const [id, source] of Object.entries(d.sources)) {
    if (BARE_IP.test(source.url)) add(['sources', id, 'url'], `is a bare IP address (${source.url}): cite the publisher's own address, with its domain name`);
    if (source.date && earliestDay(source.date) > checked) add(['sources', id, 'date'], future('a source'));
    if (strict && !cited.has(id)) add(['sources', id], 'is not cited by any fact: cite it where it gives a fact, or remove it from sources.json');
  }

  const sameAsFact = (conflicts: Conflict<string>[] | undefined, value: string, path: Path) =>
    conflicts?.forEach((c, i) => {
      if (c.value === value) add([...path, i, 'value'], `is the same as the fact's own value (${value}): a conflict records another value — remove it, or correct it`);
    });

  // --- Participation: the treaties' rules, date order, nothing after the day the data was checked.
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
      if (p.deposit && p.entryIntoForce) {
        const rule = ruleEntryIntoForce(treaty, p.deposit.date);
        const e = p.entryIntoForce;
        if (e.date < p.deposit.date) {
          add([...at, 'entryIntoForce', 'date'], `is ${e.date}, before the deposit on ${p.deposit.date}: the treaty enters into force for a state after its deposit — correct one of the dates`);
        } else if (rule !== e.date && !e.ruleException) {
          add([...at, 'entryIntoForce', 'date'], `is ${e.date}, but the treaty's rule (Art. 17: the first day of the sixth month after the deposit on ${p.deposit.date}) gives ${rule}: correct it, or add a "ruleException" with a note and the sources that give this date`);
        } else if (rule === e.date && e.ruleException) {
          add([...at, 'entryIntoForce', 'ruleException'], `excuses ${e.date} from Art. 17, but that is the date the rule gives: remove the ruleException`);
        }
      }

      const events = p.withdrawal ?? [];
      const kinds = new Map<WithdrawalEvent['kind'], number>();
      events.forEach((e, i) => {
        const prev = events[i - 1];
        if (prev && prev.date > e.date) add([...at, 'withdrawal', i, 'date'], `is ${e.date}, before the event above it (${prev.date}): keep the events in date order, or correct the date (a swapped day and month?)`);
        const twin = kinds.get(e.kind);
        if (twin !== undefined) add([...at, 'withdrawal', i], `repeats the "${e.kind}" step of withdrawal[${twin}]: remove the repeat, or give the step its own kind`);
        else kinds.set(e.kind, i);
        if (e.kind !== 'effect' && e.date > checked) add([...at, 'withdrawal', i, 'date'], future(`a "${e.kind}" step`));
        if (p.deposit && e.date < p.deposit.date) add([...at, 'withdrawal', i, 'date'], `is ${e.date}, before the state deposited its instrument of ${p.deposit.kind} (${p.deposit.date}): a state withdraws only after it has joined — correct the date`);
        sameAsFact(e.conflicts, e.date, [...at, 'withdrawal', i, 'conflicts']);
      });
      const deposit = eventOf(p, 'deposit');
      const effect = eventOf(p, 'effect');
      const effectAt = [...at, 'withdrawal', effect ? events.indexOf(effect) : 0, 'date'];
      if (effect && deposit) {
        const rule = ruleWithdrawalEffect(treaty, deposit.date);
        if (effect.date <= deposit.date) {
          add(effectAt, `is ${effect.date}, not after the deposit of the withdrawal instrument on ${deposit.date}: a withdrawal takes effect six months after the deposit (Art. 20) — correct one of the dates`);
        } else if (rule !== effect.date && !effect.ruleException) {
          add(effectAt, `is ${effect.date}, but six months after the deposit on ${deposit.date} (Art. 20) is ${rule}: correct it, or add a "ruleException" with a note and the sources that give this date`);
        } else if (rule === effect.date && effect.ruleException) {
          add([...effectAt.slice(0, -1), 'ruleException'], `excuses ${effect.date} from Art. 20, but that is the date the rule gives: remove the ruleException`);
        }
        if (deposit.date > checked) add(effectAt, `follows a deposit dated after ${checked}, the day the data was checked: correct the deposit's date`);
      }
      if (effect && !deposit) add(effectAt, 'is a date of effect with no deposit of the withdrawal instrument before it: add the deposit, or remove the date of effect');
      if (effect && p.armedConflict) add(effectAt, 'is a date of effect, but the record also says the withdrawal cannot take effect during an armed conflict: remove one of them');
      const joined = entryIntoForceFor(treaty, p);
      if (events.length && !joined) add([...at, 'withdrawal'], 'lists a withdrawal, but the state never joined the treaty: add its deposit, or remove the withdrawal');
    }
  }

  // --- Casualties.
  const { editions, figures } = d.casualties;
  for (const [id, e] of Object.entries(editions)) {
    if (earliestDay(e.released) > checked) add(['casualties', 'editions', id, 'released'], future('an edition\'s release'));
    e.releasedConflicts?.forEach((c, i) => {
      if (earliestDay(c.value) > checked) add(['casualties', 'editions', id, 'releasedConflicts', i, 'value'], future('an edition\'s release'));
    });
    sameAsFact(e.releasedConflicts, e.released, ['casualties', 'editions', id, 'releasedConflicts']);
  }
  figures.forEach((f, i) => {
    const at = ['casualties', 'figures', i];
    const edition = editions[f.edition];
    if (!edition) add([...at, 'edition'], `names the edition "${f.edition}", which is not in casualties.editions: add the edition, or correct the id`);
    else if (f.year >= yearOf(edition.released)) {
      add([...at, 'year'], `is ${f.year}, but ${f.edition} was released in ${yearOf(edition.released)}: an edition reports the years before its release — correct the year or the edition`);
    }
    const parts = (f.killed ?? 0) + (f.injured ?? 0) + (f.unknown ?? 0);
    if (parts > f.total) add([...at, 'total'], `is ${f.total}, but killed, injured and unknown add up to ${parts}: the parts cannot be more than the total — correct the total or one of the parts`);
    else if (strict && f.killed !== undefined && f.injured !== undefined && parts < 0.9 * f.total) {
      add([...at, 'total'], `is ${f.total}, but killed, injured and unknown add up to only ${parts}: one of them probably has a digit too many or too few — check them against the edition`);
    }
    if (f.children !== undefined && f.children > f.total) add([...at, 'children'], `is ${f.children}, more than the total of ${f.total}: correct it`);
    const twin = figures.findIndex((g) => g.year === f.year && g.edition === f.edition);
    if (twin !== i) add(at, `repeats the ${f.year} figure of ${f.edition} (also at figures[${twin}]): remove one of them`);
    if (strict) {
      // A digit too many or too few: compare with the other figures for the same year and for the
      // two nearest years on each side. The real series never moves by a factor of two from them.
      const years = [...new Set(figures.map((g) => g.year))].sort((a, b) => a - b);
      const k = years.indexOf(f.year);
      const near = new Set([...years.slice(Math.max(0, k - 2), k), f.year, ...years.slice(k + 1, k + 3)]);
      const others = figures.filter((g, j) => j !== i && near.has(g.year));
      if (others.length) {
        const max = others.reduce((a, b) => (b.total > a.total ? b : a));
        const min = others.reduce((a, b) => (b.total < a.total ? b : a));
        if (f.total > 2 * max.total) add([...at, 'total'], `is ${f.total}, more than twice every figure for the same and the neighbouring years (the highest: ${max.total} for ${max.year}): probably a digit too many — check it against the edition`);
        else if (f.total < min.total / 2) add([...at, 'total'], `is ${f.total}, less than half of every figure for the same and the neighbouring years (the lowest: ${min.total} for ${min.year}): probably a digit too few — check it against the edition`);
      }
    }
  });

  // --- Spending.
  const { releases, estimates, pledges, guidelines } = d.spending;
  for (const [id, r] of Object.entries(releases)) {
    if (earliestDay(r.released) > checked) add(['spending', 'releases', id, 'released'], future('a release'));
    r.releasedConflicts?.forEach((c, i) => {
      if (earliestDay(c.value) > checked) add(['spending', 'releases', id, 'releasedConflicts', i, 'value'], future('a release'));
    });
    sameAsFact(r.releasedConflicts, r.released, ['spending', 'releases', id, 'releasedConflicts']);
  }
  estimates.forEach((e, i) => {
    const at = ['spending', 'estimates', i];
    const release = releases[e.release];
    if (!release) add([...at, 'release'], `names the release "${e.release}", which is not in spending.releases: add the release, or correct the id`);
    else {
      const released = yearOf(release.released);
      if (e.year > released) add([...at, 'year'], `is ${e.year}, but ${e.release} was released in ${released}: NATO cannot publish a figure for a year that has not begun — correct the year or the release`);
      else if (e.year === released && !e.estimate) add([...at, 'estimate'], `is false, but a figure for the release's own year (${e.year}) can only be an estimate: set "estimate": true, or correct the year`);
    }
    const twin = estimates.findIndex((g) => g.country === e.country && g.year === e.year && g.release === e.release);
    if (twin !== i) add(at, `repeats the ${e.country} ${e.year} figure of ${e.release} (also at estimates[${twin}]): remove one of them`);
    if (strict && e.percentOfGdp > MAX_PERCENT_OF_GDP) add([...at, 'percentOfGdp'], `is ${e.percentOfGdp} % of GDP, more than ${MAX_PERCENT_OF_GDP} %: probably a misplaced decimal point (NATO figures read like 2.41) — check it against the release`);
    if (strict && decimals(e.percentOfGdp) > 2) add([...at, 'percentOfGdp'], `is ${e.percentOfGdp}, with more than two decimals: store NATO's figure as published, to two decimals`);
  });
  pledges.forEach((p, i) => {
    const at = ['spending', 'pledges', i];
    if (p.max !== undefined && p.max < p.min) add([...at, 'max'], `is ${p.max}, below the pledge's lower end ${p.min}: swap min and max, or correct one of them`);
    if (p.toYear !== undefined && p.toYear < p.fromYear) add([...at, 'toYear'], `is ${p.toYear}, before fromYear ${p.fromYear}: swap the years, or correct one of them`);
    if (p.fromYear < yearOf(p.announced)) add([...at, 'fromYear'], `is ${p.fromYear}, before the pledge was announced (${p.announced}): a pledge or budget is for a year to come — correct the year, or the day it was announced`);
    if (earliestDay(p.announced) > checked) add([...at, 'announced'], future('a pledge'));
    if (strict && Math.max(p.min, p.max ?? 0) > MAX_PERCENT_OF_GDP) add([...at, p.max !== undefined && p.max > MAX_PERCENT_OF_GDP ? 'max' : 'min'], `is more than ${MAX_PERCENT_OF_GDP} % of GDP: probably a misplaced decimal point — check it against the source`);
  });
  guidelines.forEach((g, i) => {
    const at = ['spending', 'guidelines', i];
    if (g.corePercent !== undefined && g.corePercent > g.percent) add([...at, 'corePercent'], `is ${g.corePercent}, more than the guideline's total of ${g.percent}: swap them, or correct one of them`);
    if (g.targetYear !== undefined && g.targetYear < yearOf(g.agreed)) add([...at, 'targetYear'], `is ${g.targetYear}, before the guideline was agreed (${g.agreed}): correct the year`);
    if (earliestDay(g.agreed) > checked) add([...at, 'agreed'], future('a guideline'));
    const c = g.commitment;
    if (c) {
      if (yearOf(c.agreed) < yearOf(g.agreed)) add([...at, 'commitment', 'agreed'], `is ${c.agreed}, before the guideline itself was agreed (${g.agreed}): correct the date`);
      if (c.targetYear < yearOf(c.agreed)) add([...at, 'commitment', 'targetYear'], `is ${c.targetYear}, before the commitment was made (${c.agreed}): correct the year`);
      if (c.agreed > checked) add([...at, 'commitment', 'agreed'], future('a commitment'));
    }
  });
  return problems;
}

/** Checks a parsed JSON value; on success it is a `Dataset` every widget can rely on. */
export function validateDataset(value: unknown, options: ValidateOptions = {}): Validation {
  const problems = check(datasetSchema, value);
  if (!problems.length) problems.push(...checkRules(value as Dataset, options.strict ?? false));
  return problems.length ? { ok: false, problems } : { ok: true, dataset: value as Dataset };
}

/** `casualties › figures[3] › total` */
export const formatPath = (path: Path): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s} › ${p}` : p), '') || '(top level)';

