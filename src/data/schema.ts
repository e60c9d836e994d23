/**
 * The dataset's schema, written once: it validates data at build and run time, and
 * `toJsonSchema` turns it into the published `dataset.schema.json`. The wording of each
 * description is what an editor of the JSON reads when something is wrong.
 */
import { isIsoDate, isPartialDate } from './dates.js';
import type { Dataset, SourceKind } from './types.js';

interface StringSchema { kind: 'string'; what: string; pattern?: RegExp }
interface NumberSchema { kind: 'number'; what: string; min?: number; max?: number; integer?: boolean }
interface BooleanSchema { kind: 'boolean'; what: string }
interface DateSchema { kind: 'date' | 'partial-date'; what: string }
interface EnumSchema<V extends string | number = string | number> { kind: 'enum'; what: string; values: readonly V[] }
interface ArraySchema<I extends Schema = Schema> { kind: 'array'; what: string; items: I; minItems?: number; empty?: string }
interface ObjectSchema<P extends Props = Props, O extends string = string> { kind: 'object'; what: string; props: P; optional: readonly O[] }
interface RecordSchema<V extends Schema = Schema> { kind: 'record'; what: string; values: V; key: RegExp; keyWhat: string }
type Props = Record<string, Schema>;
export type Schema = StringSchema | NumberSchema | BooleanSchema | DateSchema | EnumSchema | ArraySchema | ObjectSchema | RecordSchema;

/** The TypeScript type of what a schema accepts: src/data/types.ts is checked against it below. */
export type Infer<S> =
  S extends StringSchema | DateSchema ? string
  : S extends NumberSchema ? number
  : S extends BooleanSchema ? boolean
  : S extends EnumSchema<infer V> ? V
  : S extends ArraySchema<infer I> ? Infer<I>[]
  : S extends RecordSchema<infer V> ? Record<string, Infer<V>>
  : S extends ObjectSchema<infer P>
    ? { [K in Exclude<keyof P, S['optional'][number]>]: Infer<P[K]> } & { [K in Extract<keyof P, S['optional'][number]>]?: Infer<P[K]> }
  : never;

export type Path = (string | number)[];
export interface Problem {
  path: Path;
  message: string;
}

const str = (what = 'text', pattern?: RegExp): StringSchema => ({ kind: 'string', what, ...(pattern && { pattern }) });
const num = (what: string, min?: number, max?: number, integer?: boolean): NumberSchema =>
  ({ kind: 'number', what, min, max, integer });
const bool: BooleanSchema = { kind: 'boolean', what: 'true or false' };
const date: DateSchema = { kind: 'date', what: 'a date written YYYY-MM-DD' };
const partial: DateSchema = { kind: 'partial-date', what: 'a date written YYYY-MM-DD, or YYYY-MM or YYYY where the day is not known' };
const oneOf = <const V extends string | number>(values: readonly V[]): EnumSchema<V> =>
  ({ kind: 'enum', what: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, values });
const list = <I extends Schema>(items: I, minItems = 0, empty?: string): ArraySchema<I> =>
  ({ kind: 'array', what: `a list of ${items.what}`, items, minItems, ...(empty && { empty }) });
const obj = <P extends Props, const O extends keyof P & string = never>(what: string, props: P, optional: readonly O[] = []): ObjectSchema<P, NoInfer<O>> =>
  ({ kind: 'object', what, props, optional });
/** `base` with more props; a prop given again replaces the base's, and is optional only if listed again. */
const extend = <P extends Props, O extends string, Q extends Props, const R extends keyof Q & string = never>(
  base: ObjectSchema<P, O>, props: Q, optional: readonly R[] = [],
): ObjectSchema<Omit<P, keyof Q> & Q, Exclude<O, keyof Q> | NoInfer<R>> => ({
  ...base,
  props: { ...base.props, ...props },
  optional: [...base.optional.filter((key): key is Exclude<O, keyof Q> => !(key in props)), ...optional],
});
const byKey = <V extends Schema>(values: V, key: RegExp, keyWhat: string): RecordSchema<V> =>
  ({ kind: 'record', what: `an object of ${values.what} by ${keyWhat}`, values, key, keyWhat });

const COUNTRY = /^[A-Z]{2}$/;
const sources = list(str('a source id'), 1, 'names no source: add at least one id from sources.json');
const confidence = oneOf(['V', 'P', 'D', 'U']);
const percent = num('a percentage from 0 to 100', 0, 100);
const count = num('a whole number of people, 0 or more', 0, undefined, true);
const year = num('a year such as 2024', 1990, 2100, true);
const conflicts = <V extends Schema>(value: V) =>
  list(obj('a conflicting value from another source', { value, sources, note: str('a note') }));
const sourced = obj('a sourced fact', { sources, confidence, note: str('a note') }, ['note']);
const ruleException = obj('why the date departs from the treaty\'s rule', { note: str('a note'), sources });
const datedFact = extend(sourced, { date, conflicts: conflicts(date), ruleException }, ['conflicts', 'ruleException']);

const withdrawalEvent = extend(
  datedFact,
  {
    kind: oneOf(['consideration', 'proposal', 'joint-statement', 'intent', 'decision', 'government-decision',
      'parliament-vote', 'signed-into-law', 'denunciation', 'deposit', 'suspension-vote', 'suspension-law', 'suspension', 'effect']),
    actor: str('the name of the body that acted'),
    vote: obj('a vote', { for: count, against: count, abstained: count }, ['against', 'abstained']),
    reported: bool,
    disputed: extend(sourced, { note: str('a note') }),
  },
  ['actor', 'vote', 'reported', 'disputed'],
);

const participation = obj(
  'a state\'s record under a treaty',
  {
    knownFrom: date,
    signature: datedFact,
    deposit: extend(datedFact, { kind: oneOf(['ratification', 'acceptance', 'approval', 'accession', 'succession']) }),
    entryIntoForce: datedFact,
    withdrawal: list(withdrawalEvent),
    armedConflict: extend(sourced, { note: str('a note') }),
    sources,
    note: str('a note'),
  },
  ['signature', 'deposit', 'entryIntoForce', 'withdrawal', 'armedConflict', 'note'],
);

const treaty = extend(sourced, {
  name: str(), shortName: str(), adopted: date, openedForSignature: date, entryIntoForce: date, depositary: str(),
  entryIntoForceMonthsAfterDeposit: num('a number of months', 0, 24, true),
  withdrawalMonthsAfterDeposit: num('a number of months', 0, 24, true),
  withdrawalSuspendedDuringArmedConflict: bool,
});

const publication = (what: string) => obj(
  what,
  { title: str(), released: partial, releasedConflicts: conflicts(partial), sources, confidence, note: str('a note') },
  ['releasedConflicts', 'note'],
);

const SOURCE_KINDS = ['depositary', 'government', 'parliament', 'gazette', 'nato', 'treaty',
  'monitor', 'icbl', 'ngo', 'agency', 'press', 'party-state-media'] as const satisfies readonly SourceKind[];

export const datasetSchema = obj('the dataset', {
  schemaVersion: oneOf([1]),
  checked: date,
  sources: byKey(
    obj('a source', {
      publisher: str(), kind: oneOf(SOURCE_KINDS), title: str(),
      url: str('a web address starting with http:// or https://', /^https?:\/\/\S+$/), date: partial,
    }, ['date']),
    /^[\w.-]+$/, 'source id (letters, digits, - and _)',
  ),
  treaties: obj('the treaties', { ottawa: treaty, ccm: treaty }),
  participation: obj('each treaty\'s states', {
    ottawa: byKey(participation, COUNTRY, 'two-letter country code in capitals'),
    ccm: byKey(participation, COUNTRY, 'two-letter country code in capitals'),
  }),
  casualties: obj('the casualty figures', {
    editions: byKey(publication('a Landmine Monitor edition'), /^\w+$/, 'edition id'),
    figures: list(extend(sourced, {
      year, edition: str('an edition id from casualties.editions'), total: count, killed: count, injured: count, unknown: count,
      civilianPercent: percent, civilianApproximate: bool, children: count,
      childPercent: obj('a share of children', { value: percent, of: oneOf(['civilian', 'unclear']) }),
    }, ['killed', 'injured', 'unknown', 'civilianPercent', 'civilianApproximate', 'childPercent', 'children'])),
  }),
  spending: obj('the defence spending figures', {
    releases: byKey(publication('a NATO release'), /^[\w-]+$/, 'release id'),
    estimates: list(extend(sourced, {
      country: str('a two-letter country code in capitals', COUNTRY), year, percentOfGdp: percent, estimate: bool,
      release: str('a release id from spending.releases'),
    })),
    pledges: list(extend(sourced, {
      country: str('a two-letter country code in capitals', COUNTRY), kind: oneOf(['pledge', 'draft-budget', 'budget']),
      nationalDefinition: bool, min: percent, max: percent, atLeast: bool,
      fromYear: year, toYear: year, by: bool, actor: str(), announced: partial,
    }, ['nationalDefinition', 'max', 'atLeast', 'toYear', 'by'])),
    guidelines: list(extend(sourced, {
      title: str(), percent, corePercent: percent, agreed: partial, targetYear: year,
      commitment: extend(sourced, { title: str(), agreed: date, targetYear: year }),
    }, ['corePercent', 'targetYear', 'commitment'])),
  }),
});

// The types the package publishes (types.ts) accept exactly what this schema accepts, or this
// line does not compile: the two cannot drift apart.
true satisfies Same<Infer<typeof datasetSchema>, Dataset>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const typeOk = (schema: Schema, value: unknown): boolean => {
  switch (schema.kind) {
    case 'string': return typeof value === 'string' && value.trim() !== '' && (!schema.pattern || schema.pattern.test(value));
    case 'number': return typeof value === 'number' && Number.isFinite(value)
      && !(schema.integer && !Number.isInteger(value))
      && !(schema.min !== undefined && value < schema.min) && !(schema.max !== undefined && value > schema.max);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return isIsoDate(value);
    case 'partial-date': return isPartialDate(value);
    case 'enum': return schema.values.includes(value as string);
    case 'array': return Array.isArray(value);
    default: return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
};

/** Checks `value` against `schema`; pushes one problem per wrong place. Unknown fields are allowed. */
export function check(schema: Schema, value: unknown, path: Path = [], problems: Problem[] = []): Problem[] {
  if (!typeOk(schema, value)) {
    problems.push({ path, message: `should be ${schema.what}, but is ${show(value)} — correct it` });
    return problems;
  }
  if (schema.kind === 'array') {
    const items = value as unknown[];
    if (items.length < (schema.minItems ?? 0)) problems.push({ path, message: schema.empty ?? `should not be empty` });
    items.forEach((item, i) => check(schema.items, item, [...path, i], problems));
  } else if (schema.kind === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(schema.props)) {
      if (record[key] !== undefined) check(child, record[key], [...path, key], problems);
      else if (!schema.optional.includes(key)) {
        problems.push({ path: [...path, key], message: key === 'sources' ? (sources as { empty: string }).empty : `is missing: add it (${child.what})` });
      }
    }
  } else if (schema.kind === 'record') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (!schema.key.test(key)) problems.push({ path: [...path, key], message: `is not a ${schema.keyWhat}: rename it` });
      else check(schema.values, child, [...path, key], problems);
    }
  }
  return problems;
}

/** The schema as JSON Schema (draft 2020-12), for publishers who keep their own copy of the data. */
export function toJsonSchema(schema: Schema): Record<string, unknown> {
  const description = schema.what;
  switch (schema.kind) {
    case 'string': return { type: 'string', minLength: 1, description, ...(schema.pattern && { pattern: schema.pattern.source }) };
    case 'number': return {
      type: schema.integer ? 'integer' : 'number', description,
      ...(schema.min !== undefined && { minimum: schema.min }), ...(schema.max !== undefined && { maximum: schema.max }),
    };
    case 'boolean': return { type: 'boolean', description };
    case 'date': return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description };
    case 'partial-date': return { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description };
    case 'enum': return { enum: [...schema.values], description };
    case 'array': return { type: 'array', items: toJsonSchema(schema.items), minItems: schema.minItems ?? 0, description };
    case 'object': return {
      type: 'object', description,
      properties: Object.fromEntries(Object.entries(schema.props).map(([k, v]) => [k, toJsonSchema(v)])),
      required: Object.keys(schema.props).filter((k) => !schema.optional.includes(k)),
    };
    case 'record': return {
      type: 'object', description, propertyNames: { pattern: schema.key.source },
      additionalProperties: toJsonSchema(schema.values),
    };
  }
}
