#!/usr/bin/env node
// `npm run bench [-- --smoke] [--runs 5] [--n 10,100,1000] [--memory-n 1000] [--no-build | --build]`: what the widgets cost
// a reader, against static HTML with the same text (bench/README.md). Writes bench/results.json (results.smoke.json with
// --smoke), prints a table and exits 1 only when something breaks, never for a timing.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { measureLayoutShift, measureMemory, measureRender, round } from '../bench/lib/browser.mjs';
import { measureBytes } from '../bench/lib/bytes.mjs';
import { shownWidgets } from '../bench/lib/pages.mjs';
import { goals, report } from '../bench/lib/report.mjs';
import { chromiumOptions } from './browsers.mjs';
import { serve } from './serve.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const t0 = Date.now();
const log = (s) => console.error(`bench: ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${s}`);
function exit(code, message) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

const [flag, text] = [{ type: 'boolean' }, { type: 'string' }];
const options = { smoke: flag, build: flag, 'no-build': flag, runs: text, n: text, 'memory-n': text };
let parsed;
try {
  parsed = parseArgs({ options }).values;
} catch (error) {
  exit(2, error.message);
}
const { smoke, build, 'no-build': noBuild, ...opt } = parsed;
const runs = Number(opt.runs ?? (smoke ? 1 : 5));
const sizes = (opt.n ?? (smoke ? '10' : '10,100,1000')).split(',').map(Number);
const memoryN = Number(opt['memory-n'] ?? (smoke ? 10 : 1000));
if (!(runs >= 1 && sizes.every((n) => n >= 1) && memoryN >= 0)) exit(2, '--runs, --n and --memory-n take numbers (--n 10,100)');

// Full runs always build; a smoke run (CI has just built) only when dist/ is older than what it is built from.
const SOURCES = ['src', 'data', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json',
  'custom-elements-manifest.config.mjs', 'scripts'];
const newest = (path) => (!existsSync(path) ? 0 : !statSync(path).isDirectory() ? statSync(path).mtimeMs
  : Math.max(statSync(path).mtimeMs, ...readdirSync(path).map((f) => newest(`${path}/${f}`))));
const built = () => Math.min(...['dist/embed.js', 'dist/lib/src/index.js'].map(newest));
if (!noBuild && (build || !smoke || built() < Math.max(...SOURCES.map(newest)))) {
  log('building (npm run build)…');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (status !== 0) exit(1, 'the build failed');
} else log(noBuild ? 'not building (--no-build): using dist/ as it is' : 'dist/ is newer than its sources: not rebuilding');
for (const f of ['custom-elements.json', 'embed.js', 'embed-all.js', 'dataset.json', 'lib/src/index.js']) {
  if (!existsSync(`dist/${f}`)) exit(1, `dist/${f} is missing: run npm run build (or drop --no-build)`);
}
// The browser loads a snapshot (one per run, as two may overlap): a rebuild meanwhile cannot change the figures halfway. Its
// package.json gives a bundler the package's `sideEffects`.
const site = `node_modules/.cache/ot-bench/site-${process.pid}`;
for (const path of ['dist', 'demo', 'package.json']) cpSync(path, `${site}/${path}`, { recursive: true });
mkdirSync(`${site}/bench`);

const shown = shownWidgets(`${site}/dist/custom-elements.json`);
const selector = shown.map((w) => w.tag).join(', ');
const bench = { site, shown, selector, runs, smoke, failures: [], notes: [], log, pages: new Map() };
log('bytes…');
const bytes = await measureBytes(site, shown, bench.failures);
const server = await serve(site);
const browser = await puppeteer.launch({ ...chromiumOptions(), headless: true, protocolTimeout: 300_000 });
Object.assign(bench, { browser, url: server.url });
const results = {
  generated: new Date().toISOString(), mode: smoke ? 'smoke' : 'full', runs,
  machine: { node: process.version, chromium: await browser.version(), cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? '', loadavg: loadavg().map((x) => round(x, 2)) },
  caveat: 'Absolute times depend on the machine and what else runs on it; compare the ratios, which come from the same run.',
  version: JSON.parse(readFileSync(`${site}/package.json`, 'utf8')).version,
  bytes, render: [], layoutShift: [],
};
try {
  for (const n of sizes) results.render.push(await measureRender(bench, n));
  log('server rendering…'); // which writes the README-style article's pages too
  const ssr = execFileSync(process.execPath, ['bench/lib/server.mjs', site, smoke ? '3' : '15'], { encoding: 'utf8' });
  results.server = JSON.parse(ssr);
  log('layout shift…');
  const phone = { label: 'phone', viewport: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } };
  for (const v of [{ label: 'desktop', viewport: { width: 1280, height: 800 } }, ...(smoke ? [] : [phone])]) {
    for (const path of ['demo/index.html', 'bench/readme-text.html', 'bench/readme-ssr.html']) {
      results.layoutShift.push(await measureLayoutShift(bench, { ...v, path }));
    }
  }
  results.memory = memoryN > 0 ? await measureMemory(bench, memoryN) : null;
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

results.goals = goals(results);
Object.assign(results, { failures: bench.failures, notes: bench.notes, seconds: round((Date.now() - t0) / 1000) });
const out = smoke ? 'bench/results.smoke.json' : 'bench/results.json';
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

console.log(report(results, out));
if (bench.failures.length) exit(1, `${bench.failures.length} problem(s):\n${bench.failures.map((f) => `  ✗ ${f}`).join('\n')}`);
