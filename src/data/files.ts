/**
 * The dataset as the files an editor works on: `data/sources.json` holds the `sources` key, and
 * so on; or as one merged file shaped like `dist/dataset.json` (a publisher's own copy for `src`).
 * Used by `npm run check:data`, `npx ottawa-treaty-widgets check` and the build; problems name the
 * file and the place in it, and say how to fix them. Both run the strict check: validate.ts's rules and the editors' checks in strict.ts.
 */
import { formatPath } from './validate.js';
import { validateStrict } from './strict.js';
import type { Dataset } from './types.js';

export const DATA_FILES = {
  /** The day the facts were last checked against their sources: one date, `"YYYY-MM-DD"`. */
  checked: 'checked.json',
  sources: 'sources.json',
  treaties: 'treaties.json',
  participation: 'participation.json',
  casualties: 'casualties.json',
  spending: 'spending.json',
} as const satisfies Partial<Record<keyof Dataset, string>>;

type Key = keyof typeof DATA_FILES;

export interface FileCheck {
  dataset?: Dataset;
  /** One line per problem: `data/casualties.json › figures[3] › total: is 10, but …` */
  problems: string[];
}

/** A JSON syntax error as "line L, column C", which every engine words differently. */
function syntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message)?.[1] ?? /line (\d+) column (\d+)/.exec(message)?.slice(1).join(':');
  if (pos === undefined) return `is not valid JSON (${message})`;
  const [line, column] = pos.includes(':')
    ? pos.split(':').map(Number)
    : ((before) => [before.split('\n').length, before.length - before.lastIndexOf('\n')])(text.slice(0, +pos));
  return `is not valid JSON: the error is at line ${line}, column ${column} (a missing comma or quote, or an extra one, is the usual cause)`;
}

/** Parses, merges and validates the data files (`texts` maps file name to content, undefined if missing). */
export function checkDataFiles(texts: Record<string, string | undefined>, dir = 'data'): FileCheck {
  const problems: string[] = [];
  const merged: Record<string, unknown> = { schemaVersion: 1 };
  for (const [key, file] of Object.entries(DATA_FILES) as [Key, string][]) {
    const text = texts[file];
    if (text === undefined) problems.push(`${dir}/${file}: is missing`);
    else if (!text.trim()) problems.push(`${dir}/${file}: is empty`);
    else {
      try {
        merged[key] = JSON.parse(text);
      } catch (error) {
        problems.push(`${dir}/${file}: ${syntaxError(text, error)}`);
      }
    }
  }
  if (problems.length) return { problems };
  const result = validateStrict(merged);
  if (result.ok) return { dataset: result.dataset, problems };
  for (const { path, message } of result.problems) {
    const [key, ...rest] = path;
    const file = DATA_FILES[key as Key];
    problems.push(file ? `${dir}/${file} › ${formatPath(rest)}: ${message}` : `${formatPath(path)}: ${message}`);
  }
  return { problems };
}

/**
 * Parses and validates one merged dataset file (the shape of `dist/dataset.json`); `name` is how
 * the problems name the file: `my-data.json › participation › ottawa › PL › withdrawal[2] › date: …`.
 */
export function checkDatasetText(text: string | undefined, name: string): FileCheck {
  if (text === undefined) return { problems: [`${name}: is missing`] };
  if (!text.trim()) return { problems: [`${name}: is empty`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`${name}: ${syntaxError(text, error)}`] };
  }
  const result = validateStrict(json);
  if (result.ok) return { dataset: result.dataset, problems: [] };
  return { problems: result.problems.map(({ path, message }) => `${name} › ${formatPath(path)}: ${message}`) };
}
