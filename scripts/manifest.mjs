/**
 * The widgets as the custom elements manifest lists them (dist/custom-elements.json, made by
 * `npm run build` from the JSDoc of src/components/<folder>/<folder>.ts): the one list every tool
 * reads, so that a new widget folder reaches the benchmark, the README and the types by itself.
 * They come in the order src/index.ts exports them (the order the docs present them in).
 */
import { readFileSync } from 'node:fs';

/** @typedef {{ tag: string, folder: string, attributes: { name: string, description?: string }[] }} Widget */

/** The manifest's custom elements, each with the folder it lives in, in src/index.ts's order. */
export function declarationsOf(manifest) {
  const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
  const rank = (folder) => (index.includes(`/components/${folder}/`) ? index.indexOf(`/components/${folder}/`) : Infinity);
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, folder: mod.path.split('/').at(-2) })))
    .sort((a, b) => rank(a.folder) - rank(b.folder) || a.folder.localeCompare(b.folder));
}

/** @returns {Widget[]} */
export const widgets = (path = 'dist/custom-elements.json') => declarationsOf(JSON.parse(readFileSync(path, 'utf8')))
  .map((d) => ({ tag: d.tagName, folder: d.folder, attributes: d.attributes ?? [] }));
