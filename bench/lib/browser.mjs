// In headless Chromium: render cost against the same text as static HTML, layout shift and memory. `bench` is the run's state:
// { browser, url (of the served snapshot), site, shown, selector, runs, smoke, failures, notes, log, pages (by N) }.
import { writeFileSync } from 'node:fs';
import { collectTexts, mix, page, settle, staticHtml, widgetsHtml } from './pages.mjs';
import { TRACE_CATEGORIES, mainThreadTime } from './trace.mjs';

export const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);
const rounded = (figures) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, k === 'cls' ? 4 : 1)]));
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Opens `url` in a fresh browser context (its own cache, storage and renderer), waits for the widgets (`settle`, or a bench
 * page's own figures) and returns `inPage(tab, { ...figures, problems })`: page errors, console errors, failed requests. */
async function visit(bench, url, inPage, { viewport = { width: 1280, height: 800 }, reducedMotion, prepare } = {}) {
  const context = await bench.browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
    tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await tab.setViewport(viewport);
    if (reducedMotion) await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await prepare?.(tab);
    await tab.goto(url, { waitUntil: 'load', timeout: 180_000 });
    const figures = await tab.evaluate(`window.__bench ?? (${settle})(${JSON.stringify(bench.selector)})`);
    return await inPage(tab, { ...figures, problems });
  } finally {
    await context.close();
  }
}

/** Fails the run for a page's problems, a wrong number of widgets, or widgets not rendered or in their error state. */
function check(bench, label, { problems, widgets, unrendered, errors }, expected) {
  for (const p of problems) bench.failures.push(`${label}: ${p}`);
  if (widgets !== expected) bench.failures.push(`${label}: ${widgets} widgets on the page, expected ${expected}`);
  if (unrendered) bench.failures.push(`${label}: ${unrendered} widget(s) did not render`);
  if (errors.length) bench.failures.push(`${label}: ${errors.length} widget(s) in the error state`);
}

function writePage(bench, name, title, body, embed) {
  writeFileSync(`${bench.site}/bench/${name}.html`, page({ title, body, embed, selector: bench.selector }));
  return `${bench.url}/bench/${name}.html`;
}

/** The page of `n` widgets and a static page of the text they show (with reduced motion: final numbers); once per `n`. */
function pagesOf(bench, n) {
  if (bench.pages.has(n)) return bench.pages.get(n);
  const blocks = mix(bench.shown, n);
  const body = { widgets: widgetsHtml(blocks) };
  const url = { widgets: writePage(bench, `n${n}-widgets`, `bench: ${n} widgets`, body.widgets, true) };
  bench.pages.set(n, visit(bench, url.widgets, async (tab, figures) => {
    check(bench, `N=${n} text collection`, figures, n);
    const texts = await tab.evaluate(collectTexts, bench.selector);
    body.static = staticHtml(blocks, texts);
    url.static = writePage(bench, `n${n}-static`, `bench: ${n} widgets as static HTML`, body.static, false);
    return { texts, body, url };
  }, { reducedMotion: true }));
  return bench.pages.get(n);
}

/** One load. Untraced: the page's marks, CDP's task times. Traced (which slows the page down): main-thread time to the mark. */
const loadOnce = (bench, url, { trace = false, label, expected }) => visit(bench, url, async (tab, r) => {
  const m = trace ? mainThreadTime(await tab.tracing.stop(), 'ot-bench-rendered') : await tab.metrics();
  if (trace && !m.cutAtMark) bench.notes.push(`${url}: the trace has no ot-bench-rendered mark; counted the whole trace`);
  check(bench, label, r, expected);
  return trace ? m.figures : { renderedMs: r.rendered, updatedMs: r.updated, dclMs: r.dcl, taskMs: m.TaskDuration * 1000,
    layoutMs: m.LayoutDuration * 1000, styleMs: m.RecalcStyleDuration * 1000, cdpScriptMs: m.ScriptDuration * 1000, cls: r.cls };
}, { prepare: (tab) => trace && tab.tracing.start({ categories: TRACE_CATEGORIES }) });

/** Medians over `runs` runs, each loading both pages untraced then traced, which goes first alternating against drift. */
export async function measureRender(bench, n) {
  bench.log(`render, N = ${n}…`);
  const { texts, url } = await pagesOf(bench, n);
  if (!bench.smoke) await loadOnce(bench, url.static, { label: `N=${n} static warm-up`, expected: 0 }); // (widgets: just done)
  const samples = { widgets: [], static: [] };
  for (let run = 1; run <= bench.runs; run++) {
    const order = run % 2 ? ['widgets', 'static'] : ['static', 'widgets'];
    const sample = { widgets: {}, static: {} };
    for (const [trace, kind] of [false, true].flatMap((t) => order.map((k) => [t, k]))) {
      const label = `N=${n} ${kind}${trace ? ' traced' : ''} run ${run}`;
      Object.assign(sample[kind], await loadOnce(bench, url[kind], { trace, label, expected: kind === 'widgets' ? n : 0 }));
    }
    order.forEach((kind) => samples[kind].push(sample[kind]));
    const [w, s] = [rounded(sample.widgets), rounded(sample.static)];
    bench.log(`N=${n} run ${run}/${bench.runs}: rendered ${w.renderedMs} ms vs static ${s.renderedMs} ms; `
      + `script ${w.scriptMs} ms vs ${s.scriptMs} ms`);
  }
  const summary = (xs) => rounded(Object.fromEntries(Object.keys(xs[0]).map((f) => [f, median(xs.map((x) => x[f]))])));
  const [w, s] = [summary(samples.widgets), summary(samples.static)];
  const ratio = (a, b) => (b > 0 ? round(a / b, 2) : null);
  const perRun = (f) => { // each run's two pages load back to back, so drift in the machine's load cancels out
    const xs = samples.widgets.map((x, i) => x[f] / samples.static[i][f]);
    return { median: round(median(xs), 2), min: round(Math.min(...xs), 2), max: round(Math.max(...xs), 2) };
  };
  return { n, runs: bench.runs, widgets: w, static: s,
    ratio: { rendered: ratio(w.renderedMs, s.renderedMs), script: ratio(w.scriptMs, s.scriptMs), task: ratio(w.taskMs, s.taskMs),
      layoutAndStyle: ratio(w.layoutMs + w.styleMs, s.layoutMs + s.styleMs),
      mainThreadCpu: ratio(w.mainThreadCpuMs, s.mainThreadCpuMs),
      renderedPerRun: perRun('renderedMs'), taskPerRun: perRun('taskMs') },
    staticTextChars: texts.reduce((a, t) => a + t.lines.join(' ').length, 0),
    samples: { widgets: samples.widgets.map(rounded), static: samples.static.map(rounded) } };
}

/** Runs before any page script: records each layout shift with the nodes that moved. */
function recordShifts(selector) {
  window.__shifts = [];
  const widget = (w) => w.localName + (w.getAttribute('country') ? `[country=${w.getAttribute('country')}]` : '');
  const describe = (node, r) => {
    if (!node) { // the attribution hides nodes in shadow trees (and removed ones): name the widget under the rectangle
      const hit = r && document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2).find((e) => e.matches(selector));
      return hit ? `(inside ${widget(hit)})` : '(node not exposed)';
    }
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : el.closest(selector);
    const inner = [...el.querySelectorAll(selector)].slice(0, 3).map(widget);
    return (host && host !== el ? `${widget(host)} › ` : '') + el.localName + (el.id ? `#${el.id}` : '')
      + [...el.classList].map((c) => `.${c}`).join('') + (inner.length ? ` (holds ${inner.join(', ')})` : '');
  };
  const rect = (r) => r && [r.x, r.y, r.width, r.height].map(Math.round);
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push({
    value: e.value, hadRecentInput: e.hadRecentInput, atMs: Math.round(e.startTime),
    sources: e.sources.map((s) => ({ node: describe(s.node, s.currentRect), from: rect(s.previousRect),
      to: rect(s.currentRect) })),
  }))).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page: scrolls through it (script scrolling is not input, so shifts count), bringing each counter into view,
 * waits up to 15 s until no animation is left and each count-up (`.count`) shows its final number (`.final`), then two frames. */
async function scrollThrough(selector) {
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const step = Math.round(innerHeight * 0.75);
  for (let y = 0; y - step < document.documentElement.scrollHeight; y += step) { // the last step: to the bottom
    scrollTo(0, Math.min(y, document.documentElement.scrollHeight));
    await pause(150);
  }
  const ended = () => document.getAnimations().length === 0 && [...document.querySelectorAll(selector)].every((w) => {
    const [count, final] = ['.count', '.final'].map((c) => w.shadowRoot?.querySelector(c));
    return !count || !final || count.textContent === final.textContent;
  });
  const deadline = performance.now() + 15_000;
  while (!ended() && performance.now() < deadline) await pause(100);
  const settled = ended();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));
  return { settled, shifts: window.__shifts, pageHeight: document.documentElement.scrollHeight };
}

/** From the load until every widget has rendered and every count-up ended. Only page errors and empty widgets fail the run. */
export const measureLayoutShift = (bench, { label, viewport, path }) => visit(bench, `${bench.url}/${path}`, async (tab, r) => {
  const { settled, shifts, pageHeight } = await tab.evaluate(scrollThrough, bench.selector);
  const say = (list, message) => list.push(`demo page (${label}): ${message}`);
  r.problems.forEach((p) => say(p.startsWith('page error') ? bench.failures : bench.notes, p));
  if (r.unrendered) say(bench.failures, `${r.unrendered} widget(s) did not render`);
  if (r.errors.length) say(bench.notes, `widgets in the error state: ${r.errors.join(', ')}`);
  if (!settled) say(bench.notes, 'animations or count-ups had not ended after 15 s');
  const counted = shifts.filter((s) => !s.hadRecentInput);
  const cls = round(counted.reduce((a, s) => a + s.value, 0), 4);
  return { page: path, label, viewport, pageHeight, widgets: r.widgets, settled, cls,
    shifts: counted.map((s) => ({ ...s, value: round(s.value, 4) })) };
}, { viewport, prepare: (tab) => tab.evaluateOnNewDocument(recordShifts, bench.selector) });

/** JS and DOM heap per widget: after forced GC, before and after inserting `n` widgets (or their text) into a loaded page. */
export async function measureMemory(bench, n) {
  bench.log(`memory, N = ${n}…`);
  const { body } = await pagesOf(bench, n);
  const result = { n, note: 'V8 heap (Runtime.getHeapUsage usedSize) and Blink heap (embedderHeapUsedSize) after forced GC, '
    + 'before and after inserting N widgets (or their static text) into a loaded page; count-up off.' };
  for (const kind of ['widgets', 'static']) {
    const url = writePage(bench, `memory-${kind}`, `bench: memory, ${kind}`, '', kind === 'widgets');
    result[kind] = await visit(bench, url, async (tab, { problems }) => {
      const cdp = await tab.createCDPSession();
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const [h, d] = [await cdp.send('Runtime.getHeapUsage'), await cdp.send('Memory.getDOMCounters')];
        return { js: h.usedSize, embedder: h.embedderHeapUsedSize ?? null, nodes: d.nodes, listeners: d.jsEventListeners };
      };
      const before = await heap();
      await tab.evaluate((html) => document.querySelector('main').insertAdjacentHTML('beforeend', html), body[kind]);
      const inserted = await tab.evaluate(settle, bench.selector);
      const after = await heap();
      check(bench, `memory N=${n} ${kind}`, { ...inserted, problems }, kind === 'widgets' ? n : 0);
      const per = (k, digits) => (before[k] == null || after[k] == null ? null : round((after[k] - before[k]) / n, digits));
      const perWidget = { jsHeapBytes: per('js', 0), embedderHeapBytes: per('embedder', 0), domNodes: per('nodes'),
        listeners: per('listeners') };
      return { before, after, perWidget };
    }, { reducedMotion: true });
  }
  return result;
}
