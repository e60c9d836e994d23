// Bytes a reader downloads: what dist/embed.js fetches for a page, the dataset, and what an app's
// bundler ships for each ES module entry (bundled in memory with Vite/rolldown, lit and d3 included,
// minified): up front, and with what a page then loads on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9, what `gzip -9` and most CDNs' static compression give) and brotli (quality 11) sizes. */
export function sizes(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const fileSizes = (path) => sizes(readFileSync(path));

/** The package's ES module entries, as an app imports them. */
export const ENTRIES = [
  { name: 'treaty-badge', specifier: 'ottawa-treaty-widgets/treaty-badge', file: 'dist/lib/src/components/treaty-badge/treaty-badge.js', lazy: ['ot-data/PL.js'] },
  { name: 'casualty-counter', specifier: 'ottawa-treaty-widgets/casualty-counter', file: 'dist/lib/src/components/casualty-counter/casualty-counter.js', lazy: ['ot-data/casualties.js'] },
  { name: 'pledge-bar', specifier: 'ottawa-treaty-widgets/pledge-bar', file: 'dist/lib/src/components/pledge-bar/pledge-bar.js', lazy: ['ot-data/spending.js'] },
  { name: 'withdrawal-timeline', specifier: 'ottawa-treaty-widgets/withdrawal-timeline', file: 'dist/lib/src/components/withdrawal-timeline/withdrawal-timeline.js', lazy: ['ot-data/story.js'] },
  { name: 'index (all four)', specifier: 'ottawa-treaty-widgets', file: 'dist/lib/src/index.js', lazy: ['ot-data/story.js', 'ot-data/casualties.js', 'ot-data/spending.js'] },
  { name: 'data', specifier: 'ottawa-treaty-widgets/data', file: 'dist/lib/src/data/index.js' },
];

/** Which part of the bundle a module belongs to. */
function group(id, root) {
  const p = relative(root, id).split(sep).join('/');
  const abs = id.split(sep).join('/');
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(abs)) return 'lit';
  if (/\/node_modules\/(d3-[\w-]+|internmap)\//.test(abs)) return 'd3';
  if (p.startsWith('..') || p.includes('node_modules/')) return 'other';
  if (/^dist\/lib\/data\//.test(p)) return 'data';
  if (p.startsWith('dist/lib/src/i18n/')) return 'i18n';
  return 'widgets';
}

/**
 * Bundles one entry the way an app's production build would (no externals, minified, ES
 * module output, the entry's exports kept) and measures the result. `shares` splits the
 * bundle by origin, from each module's rendered length before minification (so approximate).
 */
export async function bundleEntry(file, root = process.cwd(), { lazy = [] } = {}) {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: { input: file, preserveEntrySignatures: 'exports-only', output: { format: 'es' } },
    },
  });
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  /** A chunk and what it imports statically: what the browser fetches to run it. */
  const withImports = (chunk, into = new Set()) => {
    if (chunk && !into.has(chunk)) {
      into.add(chunk);
      chunk.imports.forEach((f) => withImports(byName.get(f), into));
    }
    return into;
  };
  const gzipOf = (set) => [...set].reduce((sum, c) => sum + sizes(c.code).gzip, 0);
  const initial = withImports(chunks.find((c) => c.isEntry));
  // `lazy`: the modules a page then loads on demand (`virtual:ot-data/PL`, say), by the end of their id.
  const page = new Set(initial);
  for (const end of lazy) withImports(chunks.find((c) => c.facadeModuleId?.endsWith(end)), page);
  const code = [...initial].map((c) => c.code).join('\n');
  const rendered = {};
  for (const c of initial) {
    for (const [id, m] of Object.entries(c.modules ?? {})) {
      const g = group(id, root);
      rendered[g] = (rendered[g] ?? 0) + (m.renderedLength ?? 0);
    }
  }
  const sum = Object.values(rendered).reduce((a, b) => a + b, 0) || 1;
  const shares = Object.fromEntries(
    Object.entries(rendered).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round((v / sum) * 1000) / 1000]),
  );
  return {
    ...sizes(code),
    // Each chunk compressed alone, as a server sends it: up front, and on a page that also loads `lazy`.
    initialGzip: gzipOf(initial),
    pageGzip: gzipOf(page),
    allChunksGzip: gzipOf(new Set(chunks)),
    chunks: chunks.length,
    shares,
  };
}

/**
 * The files dist/embed.js fetches for a page, and their gzip bytes: the loader, each widget's file
 * and the parts of the data and languages asked for, each with the files it imports (read from
 * the `register([...])` of each file, as the loader reads them). Each file is compressed alone, as
 * a server sends it.
 */
export function embedPage({ widgets, parts = [], languages = [] }, dir = 'dist/embed', loader = 'dist/embed.js') {
  const files = readdirSync(dir);
  const named = (prefix) => {
    const file = files.find((f) => f.startsWith(`${prefix}-`) || f === `${prefix}.js`);
    if (!file) throw new Error(`no file for ${prefix} in ${dir}`);
    return file;
  };
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const deps = /^\w+\.register\((\[[^\]]*\])/.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1];
    for (const dep of JSON.parse(deps ?? '[]')) visit(dep.replace(/^\.\//, ''));
  };
  [...widgets, ...parts.map((p) => `data-${p}`), ...languages.map((l) => `lang-${l}`)].forEach((name) => visit(named(name)));
  const each = Object.fromEntries([...seen].map((f) => [f, sizes(readFileSync(`${dir}/${f}`)).gzip]));
  const gzip = Object.values(each).reduce((sum, n) => sum + n, fileSizes(loader).gzip);
  return { files: ['embed.js', ...seen], each, gzip };
}

/** The largest language file of the script-tag build: what one more language costs a page at most. */
export function largestLanguage(dir = 'dist/embed') {
  return readdirSync(dir).filter((f) => f.startsWith('lang-')).map((f) => ({ file: f, ...fileSizes(`${dir}/${f}`) }))
    .reduce((a, b) => (b.gzip > a.gzip ? b : a));
}
