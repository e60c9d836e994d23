/**
 * Cuts the dataset into the parts widgets load (parts.ts), at build time (vite.config.ts) and in
 * the test server. What ships keeps what widgets show and drops the editors' prose: notes and
 * source titles, the unverified (U) steps no widget shows, and the sources only they cite
 * (dist/dataset.json keeps everything). Every figure keeps its sources.
 */
import { PART_HOLDS, partOf, type PartName } from './parts.js';
import { sourceLists } from './validate.js';
import type { Dataset } from './types.js';

/** `value` without notes (but an armed conflict's, which is its substance), source titles and dates, and U entries. */
function drop(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.filter((v) => (v as { confidence?: string } | null)?.confidence !== 'U').map((v) => drop(v));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !((k === 'note' && key !== 'armedConflict') || (key === 'source' && (k === 'title' || k === 'date'))))
      .map(([k, v]) => [k, drop(v, key === 'sources' ? 'source' : k)]),
  );
}

/** The sources `facts` cite, and no other. */
function cited(sources: Dataset['sources'], facts: unknown): Dataset['sources'] {
  const ids = new Set<string>();
  for (const [list] of sourceLists(facts, [])) list.forEach((id) => ids.add(id));
  return Object.fromEntries(Object.entries(sources).filter(([id]) => ids.has(id)));
}

/** The whole dataset as it ships: the editors' prose left out, only the sources still cited. */
export function compact(d: Dataset): Dataset {
  const { sources, ...facts } = drop(d) as Dataset;
  return { ...facts, sources: cited(sources, facts) } as Dataset;
}

/** One part of the compacted dataset, with the day checked, the sources it cites and, for states, the treaties. */
export function slicePart(d: Dataset, name: PartName): Partial<Dataset> {
  const { schemaVersion, checked, treaties, participation, casualties, spending, sources } = compact(d);
  const body: Partial<Dataset> =
    name === 'casualties' ? { casualties }
    : name === 'spending' ? { spending }
    : {
        participation: Object.fromEntries(Object.entries(participation).map(([treaty, states]) =>
          [treaty, Object.fromEntries(Object.entries(states).filter(([code]) => partOf(code) === name || PART_HOLDS[name]?.includes(partOf(code))))])
          .filter(([, states]) => Object.keys(states!).length)) as Dataset['participation'],
      };
  // The treaties' rules matter only to who is party when: not to casualty or spending figures.
  const facts = { schemaVersion, checked, ...(body.participation && { treaties }), ...body };
  return { ...facts, sources: cited(sources, facts) };
}
