#!/usr/bin/env node
/**
 * `npm run bench`: what the widgets cost a reader, against plain static HTML with the same text.
 * Builds the project, then measures in headless Chromium on 127.0.0.1 (see bench/README.md):
 *   bytes         dist/embed.js, dist/dataset.json, and each ES module entry as an app's bundler ships it
 *   render        a page with N widgets (a mix of the four) against a static page with the same visible
 *                 text: time until every widget has rendered (in-page marks), script CPU time (from a DevTools
 *                 trace, in a second load) and task time (CDP Performance.getMetrics), medians over fresh
 *                 browser contexts, as ratios to the static page measured in the same run
 *   layout shift  the demo article (demo/index.html) from load until every widget has rendered and every
 *                 count-up has ended, scrolled through at a desktop and a phone viewport
 *   memory        JS heap (and DOM) per widget at N = 1,000, after forced garbage collection
 * and writes bench/results.json (bench/results.smoke.json with --smoke) and prints a table.
 *
 *   npm run bench                      full: N = 10, 100, 1000, 5 runs each
 *   npm run bench -- --smoke           CI smoke: N = 10, 1 run, memory at N = 10 (keeps the tool working);
 *                                      builds only if dist/ is older than the sources (--build forces it)
 *   npm run bench -- --runs 7 --n 100  other run counts or sizes
 *   npm run bench -- --no-build        use dist/ as it is
 *
 * It fails (exit 1) only when something breaks: a widget that does not render or shows its error
 * state, a page error, a failed request, a bundle that does not build. No timing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENTRIES, bundleEntry, embedPage, fileSizes, largestLanguage } from '../bench/lib/bytes.mjs';
import { LANGUAGE, NPM_BADGE, PAGES as BUDGET_PAGES } from '../bench/lib/budgets.mjs';
import { WIDGET_SELECTOR, collectTexts, mix, page, staticHtml, widgetsHtml } from '../bench/lib/pages.mjs';
import { TRACE_CATEGORIES, mainThreadTime } from '../bench/lib/trace.mjs';
import { chromiumOptions, serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ---------------------------------------------------------------------------------------------
// options

const argv = process.argv.slice(2);
const has = (f) => argv.includes(f);
const value = (f) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SMOKE = has('--smoke');
/** Full runs always build; `--smoke` builds only when dist/ is older than the sources (CI has just built). */
const BUILD = has('--no-build') ? 'never' : has('--build') || !SMOKE ? 'always' : 'if-stale';
const RUNS = Number(value('--runs') ?? (SMOKE ? 1 : 5));
const SIZES = (value('--n') ?? (SMOKE ? '10' : '10,100,1000')).split(',').map(Number);
const MEMORY_N = SMOKE ? 10 : Number(value('--memory-n') ?? 1000);
const OUT = SMOKE ? 'bench/results.smoke.json' : 'bench/results.json';
/**
 * What the browser loads is served from a snapshot of dist/ and demo/ taken right after the build,
 * so that someone rebuilding dist/ meanwhile cannot change the figures halfway (or 404 them).
 */
const SITE = `node_modules/.cache/ot-bench/site-${process.pid}`; // one per run: two runs may overlap
const PAGES = 'bench'; // generated pages, inside SITE
const VIEWPORT = { width: 1280, height: 800 };
const GOALS = { render100MaxRatio: 3, demoCls: 0 };
if (!(RUNS >= 1) || SIZES.some((n) => !(n >= 1))) {
  console.error('bench: --runs and --n take positive numbers (e.g. --runs 5 --n 10,100)');
  process.exit(2);
}

/** Everything that broke; any entry makes the exit code 1. */
const failures = [];
/** Worth knowing, not a failure (e.g. a 404 on the demo page, which another team owns). */
const notes = [];
const log = (s) => console.error(`bench: ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${s}`);
const t0 = Date.now();

// ---------------------------------------------------------------------------------------------
// helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const ratio = (a, b) => (b > 0 ? round(a / b, 2) : null);
const spread = (xs) => ({ median: round(median(xs), 2), min: round(Math.min(...xs), 2), max: round(Math.max(...xs), 2) });
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** Collects what went wrong on a tab: page errors, console errors, failed or 4xx/5xx requests. */
function watch(tab) {
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

/** A fresh browser context (its own cache, storage and renderer) and tab, closed after `fn`. */
async function fresh(browser, fn, { reducedMotion = false, viewport = VIEWPORT } = {}) {
  const ctx = await browser.createBrowserContext();
  try {
    const tab = await ctx.newPage();
    await tab.setViewport(viewport);
    if (reducedMotion) await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    return await fn(tab, watch(tab));
  } finally {
    await ctx.close();
  }
}

// ---------------------------------------------------------------------------------------------
// bytes

async function measureBytes() {
  const entries = [];
  for (const e of ENTRIES) {
    try {
      entries.push({ entry: e.name, import: e.specifier, file: e.file, lazy: e.lazy ?? [], ...(await bundleEntry(resolve(SITE, e.file), resolve(SITE), e))});
    } catch (err) {
      failures.push(`bundling ${e.file} failed: ${err.message ?? err}`);
    }
  }
  const pages = BUDGET_PAGES.map((p) => ({
    ...p,
    gzip: p.files ? p.files.reduce((sum, f) => sum + fileSizes(`${SITE}/${f}`).gzip, 0) : embedPage(p, `${SITE}/dist/embed`, `${SITE}/dist/embed.js`).gzip,
  }));
  return {
    note: 'gzip level 9, brotli quality 11, each file compressed alone. Pages: what dist/embed.js fetches for them. ES entries: bundled with Vite (rolldown) as an app build would, lit and d3 included, minified; "up front" is the entry chunk and its static imports, "page" adds what the page then loads on demand (lazy); shares split the up-front code by origin before minification (approximate).',
    embed: { file: 'dist/embed.js', ...fileSizes(`${SITE}/dist/embed.js`) },
    embedAll: { file: 'dist/embed-all.js', ...fileSizes(`${SITE}/dist/embed-all.js`) },
    dataset: { file: 'dist/dataset.json', ...fileSizes(`${SITE}/dist/dataset.json`) },
    language: largestLanguage(`${SITE}/dist/embed`),
    pages,
    entries,
  };
}

// ---------------------------------------------------------------------------------------------
// render cost

/**
 * Loads `url` in a fresh context. Untraced: the page's own marks and CDP's accumulated task,
 * layout and style durations. Traced (`trace`): main-thread self time by kind up to the page's
 * mark, from a DevTools trace, as CPU time and wall time (tracing slows the page down, so these
 * loads are not the timed ones).
 */
async function loadOnce(browser, url, { trace = false } = {}) {
  return fresh(browser, async (tab, problems) => {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    if (trace) await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.goto(url, { waitUntil: 'load', timeout: 180_000 });
    const r = await tab.evaluate(() => window.__bench);
    const page = { cls: r.cls, widgets: r.widgets, unrendered: r.unrendered, errors: r.errors, elements: r.nodes, problems };
    if (trace) {
      const t = mainThreadTime(await tab.tracing.stop(), 'ot-bench-rendered');
      if (!t.cutAtMark) notes.push(`${url}: the trace has no ot-bench-rendered mark; counted the whole trace`);
      return {
        ...page,
        scriptMs: t.cpu.scripting,
        styleLayoutCpuMs: t.cpu.rendering,
        mainThreadCpuMs: t.cpu.total,
        scriptWallMs: t.scripting,
        styleLayoutWallMs: t.rendering,
        paintWallMs: t.painting,
        parseWallMs: t.loading,
        mainThreadWallMs: t.total,
      };
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return {
      ...page,
      renderedMs: r.rendered,
      updatedMs: r.updated,
      dclMs: r.dcl,
      taskMs: m.TaskDuration * 1000,
      layoutMs: m.LayoutDuration * 1000,
      styleMs: m.RecalcStyleDuration * 1000,
      cdpScriptMs: m.ScriptDuration * 1000,
      jsHeapUsedBytes: m.JSHeapUsedSize,
    };
  });
}

const TIMED = ['renderedMs', 'updatedMs', 'dclMs', 'taskMs', 'layoutMs', 'styleMs', 'cdpScriptMs', 'cls'];
const TRACED = ['scriptMs', 'styleLayoutCpuMs', 'mainThreadCpuMs', 'scriptWallMs', 'styleLayoutWallMs', 'paintWallMs', 'parseWallMs', 'mainThreadWallMs'];
const FIELDS = [...TIMED, ...TRACED];

function summarize(samples) {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const xs = samples.map((s) => s[f]).filter((x) => x !== undefined);
      return [f, xs.length ? round(median(xs), f === 'cls' ? 4 : 1) : null];
    }),
  );
}

function check(label, s, expected) {
  for (const p of s.problems) failures.push(`${label}: ${p}`);
  if (s.widgets !== expected) failures.push(`${label}: ${s.widgets} widgets on the page, expected ${expected}`);
  if (s.unrendered) failures.push(`${label}: ${s.unrendered} widget(s) did not render`);
  if (s.errors) failures.push(`${label}: ${s.errors} widget(s) in the error state`);
}

async function measureRender(browser, server, n) {
  const blocks = mix(n);
  const widgetFile = `${PAGES}/n${n}-widgets.html`;
  const staticFile = `${PAGES}/n${n}-static.html`;
  writeFileSync(`${SITE}/${widgetFile}`, page({ title: `bench: ${n} widgets`, body: widgetsHtml(blocks), embed: true }));

  // The static page's text comes from the widgets themselves: render once (no count-up, so each
  // counter shows its final number), read each widget's visible text.
  const texts = await fresh(
    browser,
    async (tab, problems) => {
      await tab.goto(`${server.url}/${widgetFile}`, { waitUntil: 'load', timeout: 180_000 });
      const r = await tab.evaluate(() => window.__bench);
      check(`N=${n} text collection`, { ...r, problems }, n);
      return tab.evaluate(collectTexts, WIDGET_SELECTOR);
    },
    { reducedMotion: true },
  );
  writeFileSync(`${SITE}/${staticFile}`, page({ title: `bench: ${n} widgets as static HTML`, body: staticHtml(blocks, texts), embed: false }));
  const url = { widgets: `${server.url}/${widgetFile}`, static: `${server.url}/${staticFile}` };

  if (!SMOKE) await loadOnce(browser, url.static); // warm-up (the text collection warmed up the widget page)
  const samples = { widgets: [], static: [] };
  const traced = { widgets: [], static: [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so drift in the machine's load hits both pages alike.
    const order = run % 2 ? ['static', 'widgets'] : ['widgets', 'static'];
    for (const kind of order) {
      const s = await loadOnce(browser, url[kind]);
      check(`N=${n} ${kind} run ${run + 1}`, s, kind === 'widgets' ? n : 0);
      samples[kind].push(s);
    }
    for (const kind of order) {
      const s = await loadOnce(browser, url[kind], { trace: true });
      check(`N=${n} ${kind} traced run ${run + 1}`, s, kind === 'widgets' ? n : 0);
      traced[kind].push(s);
    }
    log(`N=${n} run ${run + 1}/${RUNS}: rendered ${round(samples.widgets.at(-1).renderedMs)} ms vs static ${round(samples.static.at(-1).renderedMs)} ms; script ${round(traced.widgets.at(-1).scriptMs)} ms vs ${round(traced.static.at(-1).scriptMs)} ms`);
  }
  for (const kind of ['widgets', 'static']) samples[kind] = samples[kind].map((s, i) => ({ ...s, ...Object.fromEntries(TRACED.map((f) => [f, traced[kind][i][f]])) }));
  const w = summarize(samples.widgets);
  const s = summarize(samples.static);
  return {
    n,
    runs: RUNS,
    widgets: w,
    static: s,
    ratio: {
      rendered: ratio(w.renderedMs, s.renderedMs),
      script: ratio(w.scriptMs, s.scriptMs),
      task: ratio(w.taskMs, s.taskMs),
      layoutAndStyle: ratio(w.layoutMs + w.styleMs, s.layoutMs + s.styleMs),
      mainThreadCpu: ratio(w.mainThreadCpuMs, s.mainThreadCpuMs),
      // the same, run by run (each run's pages load back to back, so drift in load cancels out)
      renderedPerRun: spread(samples.widgets.map((x, i) => x.renderedMs / samples.static[i].renderedMs)),
      taskPerRun: spread(samples.widgets.map((x, i) => x.taskMs / samples.static[i].taskMs)),
    },
    staticTextChars: texts.reduce((a, t) => a + t.lines.join(' ').length, 0),
    samples: Object.fromEntries(
      Object.entries(samples).map(([k, xs]) => [k, xs.map((x) => Object.fromEntries(FIELDS.map((f) => [f, round(x[f], f === 'cls' ? 4 : 1)])))]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// layout shift on the demo article

/** Installed before any page script: records every layout-shift entry with the nodes that moved. */
function recordShifts(selector) {
  window.__shifts = [];
  const name = (e) => e.localName + (e.id ? `#${e.id}` : '') + (e.classList?.length ? `.${[...e.classList].join('.')}` : '');
  const widget = (w) => `${w.localName}${w.getAttribute('country') ? `[country=${w.getAttribute('country')}]` : ''}`;
  const describe = (node, r) => {
    if (!node) {
      // The attribution hides nodes inside shadow trees (and removed ones): name the widget under the rect.
      const hit = r && document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2).find((e) => e.matches(selector));
      return hit ? `(inside ${widget(hit)})` : '(node not exposed)';
    }
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : el.closest(selector);
    const where = host && host !== el ? `${widget(host)} › ` : '';
    const inner = [...el.querySelectorAll(selector)].slice(0, 3).map(widget);
    return where + name(el) + (inner.length ? ` (holds ${inner.join(', ')})` : '');
  };
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        atMs: Math.round(e.startTime),
        sources: (e.sources ?? []).map((s) => ({ node: describe(s.node, s.currentRect), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function measureLayoutShift(browser, server, { label, viewport, scroll = true, path = 'demo/index.html' }) {
  const url = `${server.url}/${path}`;
  return fresh(
    browser,
    async (tab, problems) => {
      await tab.evaluateOnNewDocument(recordShifts, WIDGET_SELECTOR);
      await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const widgets = await tab.evaluate(async (sel) => {
        const els = [...document.querySelectorAll(sel)];
        await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
        await Promise.all(els.map((el) => el.updateComplete));
        const isError = (el) => { try { return el.matches(':state(error)'); } catch { return false; } };
        return {
          count: els.length,
          unrendered: els.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).length,
          errors: els.filter(isError).map((el) => el.localName),
        };
      }, WIDGET_SELECTOR);
      // Scroll through the article (script scrolling is not input, so shifts still count), so
      // every counter comes into view and counts up; then wait until every animation has ended.
      if (scroll) {
        await tab.evaluate(async () => {
          const pause = () => new Promise((r) => setTimeout(r, 150));
          for (let y = 0; y < document.documentElement.scrollHeight; y += Math.round(innerHeight * 0.75)) {
            scrollTo(0, y);
            await pause();
          }
          scrollTo(0, document.documentElement.scrollHeight);
          await pause();
        });
      }
      const settled = await tab
        .waitForFunction(
          () =>
            document.getAnimations().length === 0 &&
            [...document.querySelectorAll('ot-casualty-counter')].every((c) => {
              const count = c.shadowRoot?.querySelector('.count');
              const final = c.shadowRoot?.querySelector('.final');
              return !count || !final || count.textContent === final.textContent;
            }),
          { timeout: 15_000, polling: 100 },
        )
        .then(() => true, () => false);
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      const shifts = await tab.evaluate(() => window.__shifts);
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      for (const p of problems) (p.startsWith('page error') ? failures : notes).push(`demo page (${label}): ${p}`);
      if (widgets.unrendered) failures.push(`demo page (${label}): ${widgets.unrendered} widget(s) did not render`);
      if (widgets.errors.length) notes.push(`demo page (${label}): widgets in the error state: ${widgets.errors.join(', ')}`);
      if (!settled) notes.push(`demo page (${label}): animations or count-ups had not ended after 15 s`);
      const counted = shifts.filter((s) => !s.hadRecentInput);
      return {
        page: path,
        label,
        viewport,
        pageHeight: height,
        widgets: widgets.count,
        settled,
        cls: round(counted.reduce((a, s) => a + s.value, 0), 4),
        shifts: counted.map((s) => ({ ...s, value: round(s.value, 4) })),
      };
    },
    { viewport },
  );
}

// ---------------------------------------------------------------------------------------------
// memory

async function measureMemory(browser, server, n) {
  const blocks = mix(n);
  const texts = await fresh(
    browser,
    async (tab) => {
      await tab.goto(`${server.url}/${PAGES}/n${n}-widgets.html`, { waitUntil: 'load', timeout: 180_000 });
      await tab.evaluate(() => window.__bench);
      return tab.evaluate(collectTexts, WIDGET_SELECTOR);
    },
    { reducedMotion: true },
  ).catch((err) => {
    failures.push(`memory N=${n}: could not read the widgets' text for the static page: ${err.message ?? err}`);
    return null;
  });
  const html = { widgets: widgetsHtml(blocks), static: texts && staticHtml(blocks, texts) };
  const result = { n, note: 'V8 heap (Runtime.getHeapUsage usedSize) and Blink heap (embedderHeapUsedSize) after forced GC, before and after inserting N widgets (or their static text) into a loaded page; count-up off.' };
  for (const kind of ['widgets', 'static']) {
    if (!html[kind]) continue;
    const file = `${PAGES}/memory-${kind}.html`;
    writeFileSync(`${SITE}/${file}`, page({ title: `bench: memory, ${kind}`, body: '', embed: kind === 'widgets' }));
    result[kind] = await fresh(
      browser,
      async (tab, problems) => {
        await tab.goto(`${server.url}/${file}`, { waitUntil: 'load', timeout: 60_000 });
        await tab.evaluate(() => window.__bench);
        const cdp = await tab.createCDPSession();
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const h = await cdp.send('Runtime.getHeapUsage');
          const d = await cdp.send('Memory.getDOMCounters');
          return { js: h.usedSize, embedder: h.embedderHeapUsedSize ?? null, nodes: d.nodes, listeners: d.jsEventListeners };
        };
        const before = await heap();
        const r = await tab.evaluate(
          async (markup, sel) => {
            document.querySelector('main').insertAdjacentHTML('beforeend', markup);
            const els = [...document.querySelectorAll(sel)];
            await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
            await Promise.all(els.map((el) => el.updateComplete));
            void document.body.getBoundingClientRect().height;
            await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
            return { widgets: els.length, unrendered: els.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).length };
          },
          html[kind],
          WIDGET_SELECTOR,
        );
        const after = await heap();
        check(`memory N=${n} ${kind}`, { ...r, errors: 0, problems }, kind === 'widgets' ? n : 0);
        const per = (k) => (before[k] == null || after[k] == null ? null : Math.round((after[k] - before[k]) / n));
        return { before, after, perWidget: { jsHeapBytes: per('js'), embedderHeapBytes: per('embedder'), domNodes: round((after.nodes - before.nodes) / n, 1), listeners: round((after.listeners - before.listeners) / n, 1) } };
      },
      { reducedMotion: true },
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// report

/** `align`: one letter per column, `l` (text) or `r` (figures); default: the first left, the rest right. */
function table(rows, align = `l${'r'.repeat(rows[0].length - 1)}`) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** What one shift moved, in short: the widget inside or held by each moved node, where one is named. */
function moved(shift) {
  const what = shift.sources.map((x) => {
    const inside = x.node.match(/^\(inside ([^)]+)\)$/)?.[1];
    if (inside) return `inside ${inside}`;
    const [node, holds] = x.node.split(' (holds ');
    return holds ? `${node} holding ${holds.replace(/\)$/, '')}` : node;
  });
  return [...new Set(what)].join('; ');
}

function report(results) {
  const { bytes, render, layoutShift, memory, goals } = results;
  const out = [];
  out.push(`ottawa-treaty-widgets benchmark (${results.mode}: ${results.runs} run(s) per page, median) — ${results.machine.chromium}, ${results.machine.cpus} CPUs, load ${results.machine.loadavg.join(' ')}`);
  out.push('', 'Bytes a page downloads via dist/embed.js (gzip, each file alone)');
  out.push(table([
    ['page', 'gzip', 'budget', 'ceiling'],
    ...bytes.pages.map((p) => [p.name, kb(p.gzip), `${p.budgetKB} KB`, `${p.ceilingKB} KB`]),
  ]));
  out.push('', 'Files');
  out.push(table([
    ['file', 'raw', 'gzip', 'brotli'],
    ...[bytes.embed, bytes.embedAll, bytes.dataset].map((b) => [b.file, kb(b.raw), kb(b.gzip), kb(b.brotli)]),
  ]));
  out.push('', 'ES module entries as an app bundles them (gzip, each chunk alone): up front, and with the data a page then loads');
  out.push(table([
    ['import', 'up front', 'page', 'loads on demand', 'all chunks', 'lit', 'd3', 'data', 'i18n', 'widgets'],
    ...bytes.entries.map((e) => [e.import, kb(e.initialGzip), kb(e.pageGzip), e.lazy.map((l) => l.replace(/^ot-data\/|\.js$/g, '')).join(', ') || '–', kb(e.allChunksGzip),
      ...['lit', 'd3', 'data', 'i18n', 'widgets'].map((g) => (e.shares[g] ? `${Math.round(e.shares[g] * 100)}%` : '–'))]),
  ]));
  out.push('', 'Render cost: N widgets against the same text as static HTML (medians, ms; see bench/README.md)');
  out.push(table([
    ['N', 'rendered', 'static', 'ratio', 'script', 'static', 'ratio', 'task', 'static', 'ratio', 'CLS'],
    ...render.map((r) => [r.n, r.widgets.renderedMs, r.static.renderedMs, `${r.ratio.rendered}×`, r.widgets.scriptMs, r.static.scriptMs, `${r.ratio.script}×`, r.widgets.taskMs, r.static.taskMs, `${r.ratio.task}×`, r.widgets.cls]),
  ]));
  out.push('', 'Layout shift: load → every widget rendered and every count-up ended (the README-style article with text fallbacks, and rendered on the server)');
  out.push(table([
    ['page', 'viewport', 'CLS', 'at', 'shift', 'what moved (widget inside or held, where known)'],
    ...layoutShift.flatMap((l) => {
      const head = [l.page, `${l.label} ${l.viewport.width}×${l.viewport.height}`, l.cls];
      if (!l.shifts.length) return [[...head, '–', '–', 'nothing']];
      return l.shifts.map((s, i) => [...(i ? ['', '', ''] : head), `${s.atMs} ms`, s.value, moved(s)]);
    }),
  ], 'llrrrl'));
  if (results.server) {
    out.push('', `Server rendering (Node, ottawa-treaty-widgets/ssr; median of ${results.server.runs}): time and the HTML it adds, per widget`);
    out.push(table([
      ['widget', 'ms', 'HTML', 'gzip'],
      ...results.server.widgets.map((w) => [w.widget, w.renderMs, kb(w.htmlBytes), kb(w.htmlGzip)]),
    ], 'lrrr'));
  }
  if (memory) {
    out.push('', `Memory at N = ${memory.n} (per widget, after GC)`);
    out.push(table([
      ['page', 'JS heap', 'Blink heap', 'DOM nodes', 'listeners'],
      ...['widgets', 'static'].filter((k) => memory[k]).map((k) => [k, kb(memory[k].perWidget.jsHeapBytes), memory[k].perWidget.embedderHeapBytes == null ? '–' : kb(memory[k].perWidget.embedderHeapBytes), memory[k].perWidget.domNodes, memory[k].perWidget.listeners]),
    ]));
  }
  out.push('', 'Goals');
  for (const g of goals) out.push(`  ${g.met === null ? '?' : g.met ? '✓' : '✗'} ${g.goal}: ${g.measured}`);
  return out.join('\n');
}

function goalsFrom({ bytes, render, layoutShift }) {
  const r100 = render.find((r) => r.n === 100);
  const worst = (path) => { const ls = layoutShift.filter((l) => l.page === path); return ls.length ? Math.max(...ls.map((l) => l.cls)) : null; };
  const cls = worst('demo/index.html');
  const ssrCls = worst(`${PAGES}/readme-ssr.html`);
  const badge = bytes.entries.find((e) => e.import === NPM_BADGE.specifier);
  return [
    ...bytes.pages.map((p) => ({ goal: `${p.name} ≤ ${p.budgetKB} KB gzip`, measured: `${kb(p.gzip)}`, met: p.gzip <= p.budgetKB * 1024 })),
    { goal: `each further language ≤ ${LANGUAGE.budgetKB} KB gzip (the largest file)`, measured: kb(bytes.language.gzip), met: bytes.language.gzip <= LANGUAGE.budgetKB * 1024 },
    { goal: `an app importing ${NPM_BADGE.specifier}, one badge shown ≤ ${NPM_BADGE.budgetKB} KB gzip`, measured: badge ? kb(badge.pageGzip) : 'not measured', met: badge ? badge.pageGzip <= NPM_BADGE.budgetKB * 1024 : null },
    { goal: `100 widgets rendered within ${GOALS.render100MaxRatio}× the static page`, measured: r100 ? `${r100.ratio.rendered}×` : 'not measured (N = 100 not run)', met: r100 ? r100.ratio.rendered <= GOALS.render100MaxRatio : null },
    { goal: 'layout shift 0 on the demo page', measured: cls === null ? 'not measured' : `CLS ${cls} (worst viewport)`, met: cls === null ? null : cls <= GOALS.demoCls },
    { goal: 'layout shift 0 on the README-style article rendered on the server', measured: ssrCls === null ? 'not measured' : `CLS ${ssrCls} (worst viewport; with text fallbacks: ${worst(`${PAGES}/readme-text.html`)})`, met: ssrCls === null ? null : ssrCls === 0 },
  ];
}

// ---------------------------------------------------------------------------------------------
// main

/** The newest modification time under `path` (a file or a folder, recursively). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(`${path}/${f}`)));
}
const SOURCES = ['src', 'data', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-frame.mjs'];
const stale = () => !existsSync('dist/embed.js') || !existsSync('dist/lib/src/index.js') || newest('dist/embed.js') < Math.max(...SOURCES.map(newest));

if (BUILD === 'always' || (BUILD === 'if-stale' && stale())) {
  log('building (npm run build)…');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
} else {
  log(BUILD === 'never' ? 'not building (--no-build): using dist/ as it is' : 'dist/ is newer than the sources: not rebuilding (--build to force)');
}
for (const f of ['dist/embed.js', 'dist/embed-all.js', 'dist/dataset.json', ...ENTRIES.map((e) => e.file)]) {
  if (!existsSync(f)) {
    console.error(`bench: ${f} is missing: run npm run build (or drop --no-build)`);
    process.exit(1);
  }
}
rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE, { recursive: true });
cpSync('dist', `${SITE}/dist`, { recursive: true });
cpSync('demo', `${SITE}/demo`, { recursive: true });
// The package's own package.json, so that a bundler reads the same `sideEffects` for the snapshot.
writeFileSync(`${SITE}/package.json`, readFileSync('package.json'));
mkdirSync(`${SITE}/${PAGES}`, { recursive: true });

log('bytes…');
const bytes = await measureBytes();

const server = await serve(SITE);
const browser = await puppeteer.launch({ ...chromiumOptions(), headless: true, protocolTimeout: 300_000 });
const results = {
  generated: new Date().toISOString(),
  mode: SMOKE ? 'smoke' : 'full',
  runs: RUNS,
  machine: {
    node: process.version,
    chromium: await browser.version(),
    cpus: availableParallelism?.() ?? cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    loadavg: loadavg().map((x) => round(x, 2)),
  },
  caveat: 'Absolute times depend on the machine and what else runs on it; compare the ratios, which come from the same run.',
  version: JSON.parse(readFileSync('package.json', 'utf8')).version,
};
try {
  const render = [];
  for (const n of SIZES) {
    log(`render, N = ${n}…`);
    render.push(await measureRender(browser, server, n));
  }
  log('layout shift on the demo page…');
  const layoutShift = [];
  const viewports = [
    { label: 'desktop', viewport: { width: 1280, height: 800 } },
    ...(SMOKE ? [] : [{ label: 'phone', viewport: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } }]),
  ];
  log('server rendering…');
  const { execFileSync } = await import('node:child_process');
  const serverSide = JSON.parse(execFileSync(process.execPath, ['bench/lib/server.mjs', SITE, SMOKE ? '3' : '15'], { encoding: 'utf8' }));
  for (const v of viewports) {
    for (const path of ['demo/index.html', `${PAGES}/readme-text.html`, `${PAGES}/readme-ssr.html`]) layoutShift.push(await measureLayoutShift(browser, server, { ...v, path }));
  }
  let memory = null;
  if (MEMORY_N > 0) {
    log(`memory, N = ${MEMORY_N}…`);
    if (!SIZES.includes(MEMORY_N)) {
      writeFileSync(`${SITE}/${PAGES}/n${MEMORY_N}-widgets.html`, page({ title: `bench: ${MEMORY_N} widgets`, body: widgetsHtml(mix(MEMORY_N)), embed: true }));
    }
    memory = await measureMemory(browser, server, MEMORY_N);
  }
  Object.assign(results, { bytes, render, layoutShift, server: serverSide, memory });
  results.goals = goalsFrom(results);
  results.failures = failures;
  results.notes = notes;
  results.seconds = round((Date.now() - t0) / 1000, 1);
} finally {
  await browser.close();
  await server.close();
  rmSync(SITE, { recursive: true, force: true });
}

mkdirSync('bench', { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(report(results));
for (const n of notes) console.log(`note: ${n}`);
console.log(`\nwritten: ${OUT} (${results.seconds} s)`);
if (failures.length) {
  console.error(`\nbench: ${failures.length} problem(s):\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
