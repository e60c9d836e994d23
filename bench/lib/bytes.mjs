// Bytes a reader downloads: what dist/embed.js fetches for a page, whole files, and what an app's bundler ships for each ES
// module entry. Each file or chunk is compressed alone, as a server sends it.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { budgetPages } from './budgets.mjs';
import { all, partsOfAll } from './pages.mjs';

/** Raw, gzip (level 9, as `gzip -9` and most CDNs' static compression) and brotli (quality 11) sizes. */
export function sizes(data) {
  const b = Buffer.from(data);
  const brotli = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli };
}
export const fileSizes = (path) => sizes(readFileSync(path));

/** The package's ES module entries as an app imports them, with the parts of the data a page then loads (`lazy`). */
export const esEntries = (shown) => [
  ...shown.map((w) => ({ entry: w.folder, import: `ottawa-treaty-widgets/${w.folder}`,
    file: `dist/lib/src/components/${w.folder}/${w.folder}.js`, lazy: w.part ? [`ot-data/${w.part}.js`] : [] })),
  { entry: `index (${all(shown)})`, import: 'ottawa-treaty-widgets', file: 'dist/lib/src/index.js',
    lazy: partsOfAll(shown).map((p) => `ot-data/${p}.js`) },
  { entry: 'data', import: 'ottawa-treaty-widgets/data', file: 'dist/lib/src/data/index.js', lazy: [] },
];

/** Which part of a bundle a module comes from. */
function origin(id, root) {
  const [abs, path] = [id, relative(root, id)].map((p) => p.split(sep).join('/'));
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(abs)) return 'lit';
  if (/\/node_modules\/(d3-[\w-]+|internmap)\//.test(abs)) return 'd3';
  if (path.startsWith('..') || path.includes('node_modules/')) return 'other';
  return path.startsWith('dist/lib/data/') ? 'data' : path.startsWith('dist/lib/src/i18n/') ? 'i18n' : 'widgets';
}

/** Bundles `root`/`file` in memory with Vite (rolldown) as an app's production build would: no externals, minified, exports kept.
 * `initialGzip` is the entry chunk with its static imports, `pageGzip` adds the chunks of `lazy` (modules a page then loads, by
 * the end of their id); `shares` splits the up-front code by origin before minification (so approximate). */
export async function bundleEntry(file, root, lazy = []) {
  const { build } = await import('vite');
  const base = realpathSync(root); // as module ids are (node_modules may be a link)
  const out = await build({ configFile: false, root: base, logLevel: 'silent', publicDir: false, build: {
    write: false, minify: true, target: 'es2022', modulePreload: false, reportCompressedSize: false,
    rollupOptions: { input: resolve(base, file), preserveEntrySignatures: 'exports-only', output: { format: 'es' } },
  } });
  const chunks = [out].flat().flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  /** Chunks with all they import statically: what the browser fetches to run them. */
  const withImports = (starts) => {
    const set = new Set(starts.filter(Boolean));
    for (const chunk of set) chunk.imports.forEach((f) => byName.has(f) && set.add(byName.get(f)));
    return set;
  };
  const gzipOf = (set) => [...set].reduce((sum, c) => sum + sizes(c.code).gzip, 0);
  const initial = withImports([chunks.find((c) => c.isEntry)]);
  const page = withImports([...initial, ...lazy.map((end) => chunks.find((c) => c.facadeModuleId?.endsWith(end)))]);
  const rendered = {};
  for (const [id, m] of [...initial].flatMap((c) => Object.entries(c.modules ?? {}))) {
    rendered[origin(id, base)] = (rendered[origin(id, base)] ?? 0) + (m.renderedLength ?? 0);
  }
  const sum = Object.values(rendered).reduce((a, b) => a + b, 0) || 1;
  const shares = Object.entries(rendered).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [k, Math.round((v / sum) * 1000) / 1000]);
  return { ...sizes([...initial].map((c) => c.code).join('\n')), initialGzip: gzipOf(initial), pageGzip: gzipOf(page),
    allChunksGzip: gzipOf(chunks), chunks: chunks.length, shares: Object.fromEntries(shares) };
}

/** The files dist/embed.js fetches for a page, and their gzip bytes: the loader, each widget's file, the parts of the data and
 * the languages asked for, each with what it imports (read from its `register([...])`, as the loader does). */
export function embedPage({ widgets, parts = [], languages = [] }, dist = 'dist') {
  const files = readdirSync(`${dist}/embed`);
  const names = [...widgets, ...parts.map((p) => `data-${p}`), ...languages.map((l) => `lang-${l}`)];
  const seen = new Set(names.map((name) => files.find((f) => f.startsWith(`${name}-`) || f === `${name}.js`)));
  if (seen.has(undefined)) throw new Error(`${dist}/embed lacks the file of one of ${names.join(', ')}`);
  for (const file of seen) { // (a Set grows as it is walked)
    const deps = /^\w+\.register\((\[[^\]]*\])/.exec(readFileSync(`${dist}/embed/${file}`, 'utf8'))?.[1];
    JSON.parse(deps ?? '[]').forEach((dep) => seen.add(dep.replace(/^\.\//, '')));
  }
  const gzip = [...seen].reduce((sum, f) => sum + fileSizes(`${dist}/embed/${f}`).gzip, fileSizes(`${dist}/embed.js`).gzip);
  return { files: ['embed.js', ...seen], gzip };
}

/** A budget page's gzip bytes: its `files` (paths from `root`), or what dist/embed.js fetches for it. */
export const pageGzip = (p, root = '.') =>
  (p.files ? p.files.reduce((sum, f) => sum + fileSizes(`${root}/${f}`).gzip, 0) : embedPage(p, `${root}/dist`).gzip);

/** The largest language file of the script-tag build: what one more language costs a page at most. */
export const largestLanguage = (dist = 'dist') => readdirSync(`${dist}/embed`).filter((f) => f.startsWith('lang-'))
  .map((f) => ({ file: f, ...fileSizes(`${dist}/embed/${f}`) })).reduce((a, b) => (b.gzip > a.gzip ? b : a));

/** The `bytes` of the results, from the snapshot `site`; an entry that does not bundle is a failure. */
export async function measureBytes(site, shown, failures) {
  const entries = [];
  for (const e of esEntries(shown)) {
    await bundleEntry(e.file, site, e.lazy).then((b) => entries.push({ ...e, ...b }),
      (err) => failures.push(`bundling ${e.file} failed: ${err.message ?? err}`));
  }
  const file = (f) => ({ file: f, ...fileSizes(`${site}/${f}`) });
  return {
    note: 'gzip level 9, brotli quality 11, each file compressed alone. Pages: what dist/embed.js fetches for them. '
      + 'ES entries: bundled with Vite (rolldown) as an app build would, lit and d3 included, minified; "up front" is the entry '
      + 'chunk and its static imports, "page" adds what the page then loads on demand (lazy); shares split the up-front code by '
      + 'origin before minification (approximate).',
    embed: file('dist/embed.js'), embedAll: file('dist/embed-all.js'), dataset: file('dist/dataset.json'),
    language: largestLanguage(`${site}/dist`), pages: budgetPages(shown).map((p) => ({ ...p, gzip: pageGzip(p, site) })), entries,
  };
}
