/**
 * Test-server plugins (web-test-runner.config.mjs) that let the browser load what Vite handles at build time:
 * JSON imported as a module, and the `virtual:ot-data/*` and `virtual:ot-languages/*` modules.
 */
import json from '@rollup/plugin-json';
import { fromRollup } from '@web/dev-server-rollup';
import { languageModule, PREFIX as LANGUAGES } from '../../scripts/languages.mjs';

/** @typedef {import('@web/dev-server-core').Plugin} Plugin */

const JSON_MODULE = 'json-module';

/**
 * `import data from '../../data/sources.json'` (src/data/bundled.ts; esbuild at ES2022 drops `with { type: 'json' }`)
 * asks for `sources.json?json-module`, served as JS that @rollup/plugin-json writes; a plain `fetch` of the
 * same file still gets the JSON.
 * @returns {Plugin[]}
 */
export const jsonModulesPlugins = () => [
  {
    name: 'ot-json-modules',
    resolveMimeType: (ctx) => (ctx.path.endsWith('.json') && ctx.URL.searchParams.has(JSON_MODULE) ? 'js' : undefined),
    transformImport: ({ source }) => (/\.json$/.test(source) ? `${source}?${JSON_MODULE}` : undefined),
  },
  fromRollup(json)({ namedExports: false }),
];

/**
 * `virtual:ot-data/<part>` (src/data/parts.ts), which vite.config.ts makes at build time, made here by the same
 * code (src/data/slice.ts) in the browser from the data files: the tests see the parts that ship.
 * @returns {Plugin}
 */
export function dataPartsPlugin() {
  const PREFIX = 'virtual:ot-data/';
  const PATH = '/__ot-data/';
  return {
    name: 'ot-data-parts',
    resolveImport: ({ source }) => (source.startsWith(PREFIX) ? `${PATH}${source.slice(PREFIX.length)}.js` : undefined),
    serve(ctx) {
      if (!ctx.path.startsWith(PATH)) return;
      const name = ctx.path.slice(PATH.length, -'.js'.length);
      const body = name === 'loaders'
        ? `import { PART_NAMES } from '/src/data/parts.ts';
export default Object.fromEntries(PART_NAMES.map((p) => [p, () => import('${PATH}' + p + '.js').then((m) => m.default)]));`
        : `import { bundledDataset } from '/src/data/bundled.ts';
import { compact, slicePart } from '/src/data/slice.ts';
export default ${name === 'all' ? 'compact(bundledDataset)' : `slicePart(bundledDataset, ${JSON.stringify(name)})`};`;
      return { body, type: 'js' };
    },
  };
}

/**
 * `virtual:ot-languages/*`, the languages of src/i18n, made by the same code as in the builds (scripts/languages.mjs).
 * @returns {Plugin}
 */
export function languagesPlugin() {
  const PATH = '/__ot-languages/';
  return {
    name: 'ot-languages',
    resolveImport: ({ source }) => (source.startsWith(LANGUAGES) ? `${PATH}${source.slice(LANGUAGES.length)}.js` : undefined),
    serve(ctx) {
      const body = ctx.path.startsWith(PATH) && languageModule(ctx.path.slice(PATH.length, -'.js'.length), (path) => `/src/${path}`);
      return body ? { body, type: 'js' } : undefined;
    },
  };
}
