// The script-tag build: dist/embed.js (the loader, src/embed.ts) and dist/embed/, one classic
// script per widget and per chunk they share or load on demand. `vite build --mode embed` writes
// them as ES modules; Rollup rewrites each as a System.register module (under our own global, so a
// page's SystemJS is left alone) and esbuild minifies. No file needs CORS, eval or inline script.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build as esbuild, transform } from 'esbuild';
import { rollup } from 'rollup';

const ES = 'node_modules/.cache/ot-embed';
const OUT = 'dist/embed';
const GLOBAL = 'ottawaTreatyWidgets';

const entries = readdirSync(ES).filter((f) => f.startsWith('ot-') && f.endsWith('.js'));
const bundle = await rollup({ input: entries.map((f) => `${ES}/${f}`), preserveEntrySignatures: 'strict', onwarn: (w) => { throw new Error(w.message); } });
const { output } = await bundle.generate({ format: 'system', preserveModules: true, entryFileNames: '[name].js' });
await bundle.close();

// A chunk that imports, through others, itself would never finish loading: refuse to ship one.
const statics = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c.imports]));
const visit = (file, path) => {
  if (path.includes(file)) throw new Error(`build-embed: the chunks import each other in a circle: ${[...path, file].join(' → ')}`);
  for (const next of statics.get(file) ?? []) visit(next, [...path, file]);
};
for (const file of statics.keys()) visit(file, []);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  if (!chunk.code.startsWith('System.register(')) throw new Error(`build-embed: ${chunk.fileName} is not a System module`);
  const { code } = await transform(`${GLOBAL}.register(${chunk.code.slice('System.register('.length)}`, { minify: true, target: 'es2022', legalComments: 'none' });
  writeFileSync(`${OUT}/${chunk.fileName}`, code);
}

// The files each widget needs before it can run, so that the loader asks for them all at once
// rather than learning of each from the one before (one round trip instead of two).
const needs = (file, into = new Set()) => {
  for (const dep of statics.get(file) ?? []) if (!into.has(dep)) needs(dep, into.add(dep));
  return into;
};
const files = Object.fromEntries(entries.map((e) => [e.replace(/\.js$/, ''), [...needs(e)]]));
await esbuild({
  entryPoints: ['src/embed.ts'], outfile: 'dist/embed.js', bundle: true, format: 'iife', minify: true, target: 'es2022', logLevel: 'warning',
  define: { WIDGET_FILES: JSON.stringify(files) },
});
console.log(`build-embed: dist/embed.js and ${output.length} files in ${OUT}/`);
