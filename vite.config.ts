import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { OTHER_LANGUAGES, languagesPlugin, PREFIX as LANGUAGES } from './scripts/languages.mjs';
import { renderWithPackage } from './scripts/serve.mjs';
import { checkDataFiles, DATA_FILES } from './src/data/files.js';
import { PART_NAMES, type PartName } from './src/data/parts.js';
import { datasetSchema, toJsonSchema } from './src/data/schema.js';
import { compact, slicePart } from './src/data/slice.js';
import type { Dataset } from './src/data/types.js';

/** Where `--mode embed` writes its ES modules, for scripts/build-embed.mjs (its `ES`) to turn into classic scripts. */
const EMBED_MODULES = 'node_modules/.cache/ot-embed';

/** Validates data/*.json and writes the merged `dataset.json` and its JSON Schema next to the bundle. */
function dataset(): Plugin {
  return {
    name: 'ot-dataset',
    apply: 'build',
    async generateBundle() {
      const dataset = await readDataset((message) => this.error(message));
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

/** The data files, merged and validated (the build stops on any problem). */
async function readDataset(fail: (message: string) => never): Promise<Dataset> {
  const texts: Record<string, string> = {};
  for (const file of Object.values(DATA_FILES)) texts[file] = await readFile(resolve('data', file), 'utf8');
  const { dataset, problems } = checkDataFiles(texts);
  return dataset ?? fail(`the data is not valid (run npm run check:data):\n${problems.join('\n')}`);
}

/**
 * What ships of the data, compacted (src/data/slice.ts: no editors' prose, every figure with its
 * sources): `virtual:ot-data/<part>` is one part (src/data/parts.ts), and a direct import of
 * data/<key>.json (the `ottawa-treaty-widgets/data` entry) that key of the compacted dataset.
 */
function dataParts({ loaders = true } = {}): Plugin {
  const PREFIX = 'virtual:ot-data/';
  // Read and checked once a build, however many parts it makes.
  let read: Promise<Dataset> | undefined;
  let compacted: Promise<Dataset> | undefined;
  return {
    name: 'ot-data-parts',
    enforce: 'pre',
    buildStart: () => void (read = compacted = undefined),
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    async load(id) {
      const fail = (message: string): never => this.error(message);
      const dataset = () => (read ??= readDataset(fail));
      if (id.startsWith(`\0${PREFIX}`)) {
        const name = id.slice(PREFIX.length + 1);
        if (name === 'loaders') {
          // dist/embed-all.js provides every part up front: there is nothing to load.
          if (!loaders) return 'export default {};';
          return `export default {${PART_NAMES.map((p) => `${p}: () => import('${PREFIX}${p}').then((m) => m.default)`).join(', ')}};`;
        }
        if (name !== 'all' && !PART_NAMES.includes(name as PartName)) fail(`no data part "${name}" (src/data/parts.ts names ${PART_NAMES.join(', ')})`);
        const data = name === 'all' ? await (compacted ??= dataset().then(compact)) : slicePart(await dataset(), name as PartName);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      }
      if (!/[\\/]data[\\/]\w+\.json$/.test(id)) return null;
      const key = basename(id, '.json') as keyof Dataset;
      return JSON.stringify((await (compacted ??= dataset().then(compact)))[key]);
    },
  };
}

/**
 * `npm start`: the embed builder (demo/builder.html) posts an HTML fragment to /__render?lang=…
 * and gets it back rendered by the package's own `render` command (dist/lib, built by npm start).
 */
function renderEndpoint(): Plugin {
  return {
    name: 'ot-render-endpoint',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__render', (req, res) => {
        const lang = new URL(req.url ?? '', 'http://x').searchParams.get('lang') || 'en';
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          renderWithPackage(Buffer.concat(chunks).toString('utf8'), lang).then(
            (rendered: string) => res.end(rendered),
            (error: Error) => void ((res.statusCode = 500), res.end(`render failed: ${error.message}`)),
          );
        });
      });
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

/** Every folder of src/components is a widget, `ot-<folder>`: the build finds a new one by itself. */
const WIDGET_FOLDERS = readdirSync('src/components');

/**
 * Lit's css``, html`` and svg`` templates keep the indentation of the source; in the builds it is
 * bytes for nothing. Whitespace collapses to one space, never to none: text reads as written.
 */
const minifyTemplates = (): Plugin => ({
  ...(minifyTemplateLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true } }, // SVG's `<line />` stays closed
  }) as unknown as Plugin), // a Rollup plugin
  apply: 'build',
});

/** The ES module entries of the npm package, by their path under dist/lib (the `exports` map points at them). */
const LIB_ENTRIES = [
  'src/index',
  'src/all',
  'src/ssr',
  'src/typings',
  'src/bin',
  'src/data/index',
  ...WIDGET_FOLDERS.map((name) => `src/components/${name}/${name}`),
];
/** `ottawa-treaty-widgets/locales/<code>`, made by scripts/languages.mjs. */
const LOCALE_ENTRIES = OTHER_LANGUAGES.map((code) => [`src/locales/${code}`, `${LANGUAGES}locale/${code}`]);

const shared = { plugins: [dataParts(), languagesPlugin(), pureD3Shape(), minifyTemplates(), renderEndpoint()], json: { stringify: true } } satisfies UserConfig;
/** Lit and d3 stay bare imports in the npm modules: the app's bundler resolves them once for all. */
const EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^parse5$/, /^node:/];
/** The script-tag builds need no number formatting or colour interpolation from d3 (src/embed/). */
const SLIM_D3 = {
  'd3-interpolate': resolve('src/embed/d3-interpolate.ts'),
  'd3-format': resolve('src/embed/d3-format.ts'),
};

/** Lit, the base element, the registry, English, dates and the treaty's rules: every widget's file needs them (not load.ts, which only `src` needs, nor hydrate.ts, which only server-rendered pages do). */
const CORE_MODULES = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][\w-]+)[\\/]|[\\/]src[\\/](core[\\/](?!load\.ts|hydrate\.ts)|loaders\.ts|data[\\/](parts|dates|rules|country)\.ts|i18n[\\/](en|messages)\.ts)|rolldown[:/]runtime/;

/**
 * `vite build --mode lib`: the npm package's ES modules (dist/lib), one per source file, so an
 * app's bundler keeps only what it imports. Their .d.ts come from tsc (tsconfig.build.json).
 * `--mode embed`: one ES module per widget and the chunks they share or load on demand, which
 * scripts/build-embed.mjs turns into the classic scripts of dist/embed/ that dist/embed.js loads.
 * `--mode all`: dist/embed-all.js, everything in one classic script, with dataset.json and its schema.
 * Without a mode (the dev server, Storybook) only the plugins apply.
 */
export default defineConfig(({ mode }): UserConfig => {
  const build = { target: 'es2022', copyPublicDir: false, emptyOutDir: false };
  if (mode === 'lib') {
    const entry = Object.fromEntries([...LIB_ENTRIES.map((e) => [e, resolve(`${e}.ts`)]), ...LOCALE_ENTRIES]);
    const output = { preserveModules: true, preserveModulesRoot: '.', entryFileNames: '[name].js' };
    return { ...shared, build: { ...build, outDir: 'dist/lib', minify: false, lib: { entry, formats: ['es'] }, rollupOptions: { external: EXTERNAL, output } } };
  }
  if (mode === 'embed') {
    const entry = Object.fromEntries(WIDGET_FOLDERS.map((name) => [`ot-${name}`, resolve(`src/components/${name}/${name}.ts`)]));
    const output = {
      // What every widget needs in one file, not split by which widgets share it: fewer requests.
      codeSplitting: { groups: [{ name: 'core', test: CORE_MODULES }] },
      // Named by what they hold, for a publisher who hosts dist/: data-PL-…, lang-pl-…
      chunkFileNames: ({ facadeModuleId: id }: { facadeModuleId: string | null }) =>
        id?.startsWith('\0virtual:ot-data/') ? 'data-[name]-[hash].js' : id && /[\\/]i18n[\\/]/.test(id) ? 'lang-[name]-[hash].js' : '[name]-[hash].js',
    };
    const lib = { entry, formats: ['es' as const], fileName: (_format: string, name: string) => `${name}.js` };
    return { ...shared, resolve: { alias: SLIM_D3 }, build: { ...build, outDir: EMBED_MODULES, emptyOutDir: true, lib, rollupOptions: { output } } };
  }
  if (mode === 'all') {
    // scripts/build.mjs empties dist/ once, before the other steps write into it
    const lib = { entry: resolve('src/embed-all.ts'), name: 'OttawaTreatyWidgets', formats: ['iife' as const], fileName: () => 'embed-all.js' };
    const plugins = [dataParts({ loaders: false }), languagesPlugin(), pureD3Shape(), minifyTemplates(), dataset()];
    return { ...shared, plugins, resolve: { alias: SLIM_D3 }, build: { ...build, outDir: 'dist', lib } };
  }
  return shared;
});
