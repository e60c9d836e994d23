/**
 * Where widgets find their data and their words. Nothing here imports a data part or a language
 * but English: they are provided by whoever loads the widgets (a widget's module provides its
 * usual part, `ottawa-treaty-widgets/locales/pl` provides Polish), or loaded on demand through
 * the loaders that `setLoaders` registers (dynamic imports: separate files an app's bundler
 * and the script-tag build fetch only when a widget asks).
 */
import { PART_HOLDS, type PartName } from '../data/parts.js';
import type { Dataset } from '../data/types.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

type Loader<T> = () => Promise<T>;

/** The parts provided so far, merged: only the parts a widget asked for are sure to be there. */
const data = { schemaVersion: 1, checked: '', sources: {}, treaties: {}, participation: {} } as unknown as Dataset;
const parts = new Set<PartName>();
/** Parts whose loading failed: a widget says the data could not be loaded, rather than "unknown". */
const failed = new Set<PartName>();
const languages = new Map<string, Messages>([['en', en]]);
const dataLoaders = new Map<PartName, Loader<Partial<Dataset>>>();
const languageLoaders = new Map<string, Loader<Messages>>();
const loading = new Map<string, Promise<void>>();

/** Adds a part of the dataset (parts.ts); providing one twice changes nothing. */
export function provideData(name: PartName, part: Partial<Dataset>): void {
  if (parts.has(name)) return;
  for (const [key, value] of Object.entries(part) as [keyof Dataset, never][]) {
    if (key === 'sources') Object.assign(data.sources, value);
    else if (key === 'participation') {
      for (const [treaty, states] of Object.entries(value as Dataset['participation'])) {
        Object.assign((data.participation[treaty as keyof Dataset['participation']] ??= {}), states);
      }
    } else data[key] = value;
  }
  for (const held of [name, ...(PART_HOLDS[name] ?? [])]) {
    parts.add(held);
    failed.delete(held);
  }
}

/** Adds a language, by its primary subtag (`pl`); the widgets on the page use it at their next update. */
export function provideLanguage(language: string, messages: Messages): void {
  languages.set(language, messages);
}

/** How to fetch what is not provided yet; the first loader registered for a part or language stays. */
export function setLoaders(loaders: { data?: Partial<Record<PartName, Loader<Partial<Dataset>>>>; languages?: Record<string, Loader<Messages>> }): void {
  for (const [name, load] of Object.entries(loaders.data ?? {})) if (!dataLoaders.has(name as PartName)) dataLoaders.set(name as PartName, load);
  for (const [code, load] of Object.entries(loaders.languages ?? {})) if (!languageLoaders.has(code)) languageLoaders.set(code, load);
}

function load<T>(key: string, loader: Loader<T> | undefined, provide: (value: T) => void, fail: () => void): Promise<void> | undefined {
  if (!loader) return undefined;
  let pending = loading.get(key);
  if (!pending) {
    // A file that loads but cannot be stored (not a part, not a language) fails like one that does not load.
    pending = loader().then(provide).catch((error: unknown) => {
      console.warn(`ottawa-treaty-widgets: could not load ${key} (${error instanceof Error ? error.message : String(error)})`);
      fail();
    }).finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Starts loading what is missing of `need` and of `language`, the primary subtag of the language
 * asked for. Undefined when everything is there (or cannot be had: a language nobody can load is
 * shown in English); otherwise a promise settled once the loads have.
 */
export function ensure(need: readonly PartName[], language: string): Promise<unknown> | undefined {
  const loads: Promise<void>[] = [];
  for (const name of need) {
    if (parts.has(name) || failed.has(name)) continue;
    const pending = load(`data:${name}`, dataLoaders.get(name), (part) => provideData(name, part), () => failed.add(name));
    if (pending) loads.push(pending);
    else failed.add(name);
  }
  if (!languages.has(language)) {
    const pending = load(`language:${language}`, languageLoaders.get(language), (t) => provideLanguage(language, t), () => languageLoaders.delete(language));
    if (pending) loads.push(pending);
  }
  return loads.length ? Promise.all(loads) : undefined;
}

/** The provided data, and which of `need` could not be had. */
export const dataFor = (need: readonly PartName[]): { data: Dataset; missing: PartName[] } =>
  ({ data, missing: need.filter((name) => !parts.has(name)) });

/** The messages of a language if provided, else undefined. */
export const messagesFor = (language: string): Messages | undefined => languages.get(language);
