/**
 * Validation of a whole dataset: its shape (schema.ts) and the rules a shape cannot express
 * (sources that exist, sums that add up, dates that follow the treaty's rules).
 */
import { check, datasetSchema, type Path, type Problem } from './schema.js';
import { entryIntoForceFor, eventOf, ruleEntryIntoForce, ruleWithdrawalEffect } from './rules.js';
import type { Dataset, TreatyId } from './types.js';

export type { Problem, Path };

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

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

function checkRules(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const { sources: _, ...rest } = d;
  for (const [ids, path] of sourceLists(rest, [])) {
    ids.forEach((id, i) => {
      if (!Object.hasOwn(d.sources, id)) add([...path, i], `names the source "${id}", which is not in sources.json`);
    });
  }

  for (const treatyId of Object.keys(d.participation) as TreatyId[]) {
    const treaty = d.treaties[treatyId];
    for (const [code, p] of Object.entries(d.participation[treatyId])) {
      const at = ['participation', treatyId, code];
      if (p.deposit && p.entryIntoForce && !p.entryIntoForce.note) {
        const rule = ruleEntryIntoForce(treaty, p.deposit.date);
        if (rule !== p.entryIntoForce.date) {
          add([...at, 'entryIntoForce', 'date'], `is ${p.entryIntoForce.date}, but the treaty's rule gives ${rule} for a deposit on ${p.deposit.date}: correct it, or add a "note" saying why`);
        }
      }
      const events = p.withdrawal ?? [];
      events.forEach((e, i) => {
        const prev = events[i - 1];
        if (prev && prev.date > e.date) add([...at, 'withdrawal', i, 'date'], `is ${e.date}, before the event above it (${prev.date}): keep the events in date order`);
      });
      const deposit = eventOf(p, 'deposit');
      const effect = eventOf(p, 'effect');
      const effectAt = [...at, 'withdrawal', effect ? events.indexOf(effect) : 0, 'date'];
      if (effect && deposit && !effect.note) {
        const rule = ruleWithdrawalEffect(treaty, deposit.date);
        if (rule !== effect.date) {
          add(effectAt, `is ${effect.date}, but six months after the deposit on ${deposit.date} is ${rule}: correct it, or add a "note" saying why the sources differ`);
        }
      }
      if (effect && !deposit) add(effectAt, 'is a date of effect with no deposit of the withdrawal instrument before it');
      if (effect && p.armedConflict) add(effectAt, 'is a date of effect, but the record also says the withdrawal cannot take effect during an armed conflict');
      const joined = entryIntoForceFor(treaty, p);
      if (events.length && !joined) add([...at, 'withdrawal'], 'lists a withdrawal, but the state never joined the treaty');
    }
  }

  d.casualties.figures.forEach((f, i) => {
    const at = ['casualties', 'figures', i];
    if (!Object.hasOwn(d.casualties.editions, f.edition)) add([...at, 'edition'], `names the edition "${f.edition}", which is not in casualties.editions`);
    const parts = (f.killed ?? 0) + (f.injured ?? 0) + (f.unknown ?? 0);
    if (parts > f.total) add([...at, 'total'], `is ${f.total}, but killed, injured and unknown add up to ${parts}: the parts cannot be more than the total`);
    const twin = d.casualties.figures.findIndex((g) => g.year === f.year && g.edition === f.edition);
    if (twin !== i) add(at, `repeats the ${f.year} figure of ${f.edition} (also at figures[${twin}])`);
  });

  d.spending.estimates.forEach((e, i) => {
    if (!Object.hasOwn(d.spending.releases, e.release)) add(['spending', 'estimates', i, 'release'], `names the release "${e.release}", which is not in spending.releases`);
  });
  d.spending.pledges.forEach((p, i) => {
    if (p.max !== undefined && p.max < p.min) add(['spending', 'pledges', i, 'max'], `is ${p.max}, below the pledge's lower end ${p.min}`);
    if (p.toYear !== undefined && p.toYear < p.fromYear) add(['spending', 'pledges', i, 'toYear'], `is ${p.toYear}, before fromYear ${p.fromYear}`);
  });
  return problems;
}

/** Checks a parsed JSON value; on success it is a `Dataset` every widget can rely on. */
export function validateDataset(value: unknown): Validation {
  const problems = check(datasetSchema, value);
  if (!problems.length) problems.push(...checkRules(value as Dataset));
  return problems.length ? { ok: false, problems } : { ok: true, dataset: value as Dataset };
}

/** `casualties › figures[3] › total` */
export const formatPath = (path: Path): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s} › ${p}` : p), '') || '(top level)';
