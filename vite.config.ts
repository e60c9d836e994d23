import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { checkDataFiles, DATA_FILES } from './src/data/files.js';
import { datasetSchema, toJsonSchema } from './src/data/schema.js';
import { sourceLists } from './src/data/validate.js';

/** Validates data/*.json and writes the merged `dataset.json` and its JSON Schema next to the bundle. */
function dataset(): Plugin {
  return {
    name: 'ot-dataset',
    apply: 'build',
    async generateBundle() {
      const texts: Record<string, string> = {};
      for (const file of Object.values(DATA_FILES)) texts[file] = await readFile(resolve('data', file), 'utf8');
      const { dataset, problems } = checkDataFiles(texts);
      if (!dataset) this.error(`the data is not valid (run npm run check:data):\n${problems.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: 'dataset.json', source: JSON.stringify(dataset) });
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'ottawa-treaty-widgets dataset',
        ...toJsonSchema(datasetSchema),
      };
      this.emitFile({ type: 'asset', fileName: 'dataset.schema.json', source: JSON.stringify(schema, null, 2) });
    },
  };
}

/**
 * The bundled copy of the data keeps what widgets show and drops the editors' prose: notes and
 * source titles, and the unverified (U) steps no widget shows, with the sources only they cite
 * (dist/dataset.json keeps everything). Every figure keeps its sources.
 */
function compactData(): Plugin {
  const drop = (value: unknown, key = ''): unknown => {
    // A step marked U (unverified) is never shown: it stays in dist/dataset.json only.
    if (Array.isArray(value)) return value.filter((v) => (v as { confidence?: string } | null)?.confidence !== 'U').map((v) => drop(v));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        // An armed-conflict record's note is its substance; every other note is commentary.
        .filter(([k]) => !((k === 'note' && key !== 'armedConflict') || (key === 'source' && (k === 'title' || k === 'date'))))
        .map(([k, v]) => [k, drop(v, key === 'sources' ? 'source' : k)]),
    );
  };
  return {
    name: 'ot-compact-data',
    enforce: 'pre',
    async load(id) {
      if (!/[\\/]data[\\/]\w+\.json$/.test(id)) return null;
      // Each file is one top-level key of the dataset, named like the file.
      const key = basename(id, '.json');
      const data = drop(JSON.parse(await readFile(id, 'utf8')), key);
      if (key !== 'sources') return JSON.stringify(data);
      // Only the sources that what is bundled still cites (not those of the unverified steps).
      const cited = new Set<string>();
      for (const other of ['treaties', 'participation', 'casualties', 'spending']) {
        const kept = drop(JSON.parse(await readFile(resolve(dirname(id), `${other}.json`), 'utf8')), other);
        for (const [ids] of sourceLists(kept, [])) ids.forEach((s) => cited.add(s));
      }
      return JSON.stringify(Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([s]) => cited.has(s))));
    },
  };
}

/**
 * d3-shape ships one module whose curve factories run at load (`(function custom(beta) {…})(0.85)`),
 * so a bundler keeps every curve. Marking those calls pure lets it keep only what is used.
 */
function pureD3Shape(): Plugin {
  return {
    name: 'ot-pure-d3-shape',
    transform(code, id) {
      if (!/[\\/]d3-shape[\\/]/.test(id)) return null;
      return code
        .replaceAll('(function custom(', '/*#__PURE__*/(function custom(')
        .replace(/= curveRadial\(/g, '= /*#__PURE__*/curveRadial(');
    },
  };
}

/**
 * Lit's css`` and html`` templates keep the indentation of the source; in the script-tag build
 * it is bytes for nothing. CSS loses comments and spaces around punctuation; HTML only turns each
 * line break and its indentation into one space, which renders the same.
 */
function minifyTemplates(): Plugin {
  // Never a space before ':' (`.a :hover` is not `.a:hover`).
  const css = (t: string) =>
    t.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
  return {
    name: 'ot-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      return code
        .replace(/\bcss`([^`]*)`/g, (_, t: string) => `css\`${css(t)}\``)
        .replace(/\b(html|svg)`([^`]*)`/g, (_, tag: string, t: string) => `${tag}\`${t.replace(/\s*\n\s*/g, ' ')}\``);
    },
  };
}

/** The ES module entries of the npm package, by their path under dist/lib (the `exports` map points at them). */
const LIB_ENTRIES = [
  'src/index',
  'src/bin',
  'src/data/index',
  'src/components/treaty-badge/treaty-badge',
  'src/components/casualty-counter/casualty-counter',
  'src/components/pledge-bar/pledge-bar',
  'src/components/withdrawal-timeline/withdrawal-timeline',
];

/**
 * `vite build` writes the script-tag build (dist/embed.js); `vite build --mode lib` the npm
 * package's ES modules (dist/lib): one module per source file, so an app's bundler keeps only
 * what it imports, with bare imports of lit and d3 and the same compacted data (no editors'
 * notes). Their .d.ts come from tsc (tsconfig.build.json).
 */
export default defineConfig(({ mode }) => mode === 'lib'
  ? {
      plugins: [compactData(), minifyTemplates()],
      json: { stringify: true },
      build: {
        target: 'es2022',
        outDir: 'dist/lib',
        emptyOutDir: false,
        minify: false,
        copyPublicDir: false,
        lib: { entry: Object.fromEntries(LIB_ENTRIES.map((e) => [e, resolve(`${e}.ts`)])), formats: ['es'] },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^node:/],
          output: { preserveModules: true, preserveModulesRoot: '.', entryFileNames: '[name].js' },
        },
      },
    }
  : {
      plugins: [dataset(), compactData(), pureD3Shape(), minifyTemplates()],
      json: { stringify: true },
      resolve: {
        alias: {
          'd3-interpolate': resolve('src/embed/d3-interpolate.ts'),
          'd3-format': resolve('src/embed/d3-format.ts'),
        },
      },
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false, // scripts/build.mjs empties dist/ once, before the other steps write into it
        lib: {
          entry: resolve('src/embed.ts'),
          name: 'OttawaTreatyWidgets',
          formats: ['iife'],
          fileName: () => 'embed.js',
        },
      },
    });
