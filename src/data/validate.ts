/**
 * Validation of a whole dataset, as a widget runs it on a publisher's `src` and as every check
 * runs it: its shape (schema.ts) and the rules a shape cannot express: sources that exist and
 * follow the source policy (data/README.md), sums that add up, dates that follow the treaties'
 * rules. The editors' checks (dates after `checked.json`, typing mistakes, unused sources) are in
 * strict.ts, run by `npm run check:data` and `npx ottawa-treaty-widgets check`, not by widgets.
 *
 * Every message says what is wrong and, after a colon or a dash, how to fix it.
 */
import { check, datasetSchema, type Path, type Problem } from './schema.js';
import { entryIntoForceFor, eventOf, ruleEntryIntoForce, ruleWithdrawalEffect } from './rules.js';
import type { Dataset, SourceKind, TreatyId } from './types.js';

export type { Problem, Path };

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * The source policy's order (data/README.md): primary sources first (the depositary, governments,
 * parliaments, official gazettes, NATO, the treaty text), then Landmine Monitor and ICBL, then news
 * agencies, then NGOs and other press, and the state media of a party to the war last.
 */
const SOURCE_RANK: Record<SourceKind, number> = {
  depositary: 0, government: 0, parliament: 0, gazette: 0, nato: 0, treaty: 0,
  monitor: 1, icbl: 1,
  agency: 2,
  ngo: 3, press: 3,
  'party-state-media': 4,
};

/** Every `sources` list below `value`, with its path. */
export function* sourceLists(value: unknown, path: Path): Generator<[string[], Path, Record<string, unknown>]> {
  // The dataset's own lists are at most 7 levels down. Deeper is an unknown field no widget reads,
  // and a publisher's file nested 100,000 levels deep must not freeze the page or overflow the stack.
  if (path.length > 16) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* sourceLists(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) yield [child as string[], [...path, key], value as Record<string, unknown>];
      else yield* sourceLists(child, [...path, key]);
    }
  }
}

/**
 * Hosts that are never enough on their own (data/README.md, policy 3): newsletters and blogs, and
 * content farms that copy others' reports. They may stand beside a source that is not.
 */
const WEAK_HOSTS: readonly string[] = [
  'substack.com', 'blogspot.com', 'wordpress.com', 'medium.com', 'tumblr.com',
  'infoscum.com', 'chaspravdy.com', 'post-truth.eu', 'feedman.me', 'poland.co.pl', 'victim-assistance.org',
];

/** The entry of WEAK_HOSTS an address is on, if any. */
function weakHost(url: string): string | undefined {
  let host: string;
  try { host = new URL(url).hostname.toLowerCase(); } catch { return undefined; }
  return WEAK_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
}

const BARE_IP = /^https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?:[:/?#]|$)/i;

function checkRules(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  // --- Sources: every id exists; the policy on kinds and order; addresses.
  const { sources: _, ...rest } = d;
  for (const [ids, path, fact] of sourceLists(rest, [])) {
    const seen = new Set<string>();
    let previous: { id: string; kind: SourceKind } | undefined;
    let known = 0;
    let independent = 0;
    let solid = 0;
    ids.forEach((id, i) => {
      if (seen.has(id)) add([...path, i], `names "${id}" twice: remove the repeat`);
      seen.add(id);
      if (!Object.hasOwn(d.sources, id)) {
        add([...path, i], `names the source "${id}", which is not in sources.json: add it to sources.json, or correct the id`);
        return;
      }
      const kind = d.sources[id]!.kind;
      known++;
      if (kind !== 'party-state-media') independent++;
      if (!weakHost(d.sources[id]!.url)) solid++;
      if (previous && SOURCE_RANK[kind] < SOURCE_RANK[previous.kind]) {
        add([...path, i], `lists "${id}" (${kind}) after "${previous.id}" (${previous.kind}): list primary sources first, as data/README.md ranks them`);
      }
      previous = { id, kind };
    });
    // An unverified (U) fact is never shown: it may rest on what the policy does not accept alone.
    if (fact.confidence === 'U') continue;
    if (known && !independent) {
      add(path, `names only state media of a party to the war (${ids.join(', ')}): add a source that is not, or mark the fact "confidence": "U"`);
    }
    if (known && !solid) {
      add(path, `names only blogs, newsletters or content farms (${ids.join(', ')}): cite the report they copy or another source, as data/README.md says`);
    }
  }
  for (const [id, source] of Object.entries(d.sources)) {
    if (BARE_IP.test(source.url)) add(['sources', id, 'url'], 'is a bare IP address: cite the publisher\'s own address, with its domain name');
  }

  // --- Participation: the treaties' rules and date order.
  for (const treatyId of Object.keys(d.participation) as TreatyId[]) {
    const treaty = d.treaties[treatyId];
    for (const [code, p] of Object.entries(d.participation[treatyId])) {
      const at = ['participation', treatyId, code];
      if (p.deposit && p.entryIntoForce) {
        const rule = ruleEntryIntoForce(treaty, p.deposit.date);
        const e = p.entryIntoForce;
        if (e.date < p.deposit.date) {
          add([...at, 'entryIntoForce', 'date'], `is ${e.date}, before the deposit on ${p.deposit.date}: correct one of the dates`);
        } else if (rule !== e.date && !e.ruleException) {
          add([...at, 'entryIntoForce', 'date'], `is ${e.date}, but Art. 17 gives ${rule} for the deposit on ${p.deposit.date}: correct it, or add a sourced "ruleException"`);
        }
      }
      const events = p.withdrawal ?? [];
      events.forEach((e, i) => {
        const prev = events[i - 1];
        if (prev && prev.date > e.date) add([...at, 'withdrawal', i, 'date'], `is ${e.date}, before the event above it (${prev.date}): keep the events in date order, or correct the date (a swapped day and month?)`);
      });
      const deposit = eventOf(p, 'deposit');
      const effect = eventOf(p, 'effect');
      const effectAt = [...at, 'withdrawal', effect ? events.indexOf(effect) : 0, 'date'];
      if (effect && deposit) {
        const rule = ruleWithdrawalEffect(treaty, deposit.date);
        if (effect.date <= deposit.date) {
          add(effectAt, `is ${effect.date}, not after the deposit on ${deposit.date}: correct one of the dates`);
        } else if (rule !== effect.date && !effect.ruleException) {
          add(effectAt, `is ${effect.date}, but six months after the deposit on ${deposit.date} (Art. 20) is ${rule}: correct it, or add a sourced "ruleException"`);
        }
      }
      if (effect && !deposit) add(effectAt, 'is a date of effect with no deposit before it: add the deposit, or remove it');
      if (effect && p.armedConflict) add(effectAt, 'is a date of effect, but the record says the withdrawal cannot take effect during an armed conflict: remove one of them');
      const joined = entryIntoForceFor(treaty, p);
      if (events.length && !joined) add([...at, 'withdrawal'], 'lists a withdrawal, but the state never joined: add its deposit, or remove the withdrawal');
    }
  }

  // --- Casualties.
  d.casualties.figures.forEach((f, i) => {
    const at = ['casualties', 'figures', i];
    if (!Object.hasOwn(d.casualties.editions, f.edition)) add([...at, 'edition'], `names the edition "${f.edition}", which is not in casualties.editions: add it, or correct the id`);
    const parts = (f.killed ?? 0) + (f.injured ?? 0) + (f.unknown ?? 0);
    if (parts > f.total) add([...at, 'total'], `is ${f.total}, but killed, injured and unknown add up to ${parts}: the parts cannot be more than the total — correct the total or one of the parts`);
    const twin = d.casualties.figures.findIndex((g) => g.year === f.year && g.edition === f.edition);
    if (twin !== i) add(at, `repeats the ${f.year} figure of ${f.edition} (also at figures[${twin}]): remove one of them`);
  });

  // --- Spending.
  d.spending.estimates.forEach((e, i) => {
    if (!Object.hasOwn(d.spending.releases, e.release)) add(['spending', 'estimates', i, 'release'], `names the release "${e.release}", which is not in spending.releases: add it, or correct the id`);
  });
  d.spending.pledges.forEach((p, i) => {
    if (p.max !== undefined && p.max < p.min) add(['spending', 'pledges', i, 'max'], `is ${p.max}, below the pledge's lower end ${p.min}: swap min and max, or correct one of them`);
    if (p.toYear !== undefined && p.toYear < p.fromYear) add(['spending', 'pledges', i, 'toYear'], `is ${p.toYear}, before fromYear ${p.fromYear}: swap the years, or correct one of them`);
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
