// The goals (README "Performance") and the table the benchmark prints.
import { LANGUAGE, NPM_BADGE } from './budgets.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const within = (what, gzip, budgetKB, more = '') => ({ goal: `${what} ≤ ${budgetKB} KB gzip${more}`,
  measured: gzip === undefined ? 'not measured' : kb(gzip), met: gzip === undefined ? null : gzip <= budgetKB * 1024 });

/** Each goal, met or not (`null`: not measured). Reported, never asserted: times are noisy on a shared machine. */
export function goals({ bytes, render, layoutShift }) {
  const worst = (page) => Math.max(...layoutShift.filter((l) => l.page === page).map((l) => l.cls));
  const [demoCls, ssrCls, textCls] = ['demo/index.html', 'bench/readme-ssr.html', 'bench/readme-text.html'].map(worst);
  const r100 = render.find((r) => r.n === 100)?.ratio.rendered;
  return [
    ...bytes.pages.map((p) => within(p.name, p.gzip, p.budgetKB)),
    within('each further language', bytes.language.gzip, LANGUAGE.budgetKB, ' (the largest file)'),
    within(`an app importing ${NPM_BADGE.specifier}, one badge shown`,
      bytes.entries.find((e) => e.import === NPM_BADGE.specifier)?.pageGzip, NPM_BADGE.budgetKB),
    { goal: '100 widgets rendered within 3× the static page',
      measured: r100 === undefined ? 'not measured (N = 100 not run)' : `${r100}×`, met: r100 === undefined ? null : r100 <= 3 },
    { goal: 'layout shift 0 on the demo page', measured: `CLS ${demoCls} (worst viewport)`, met: demoCls === 0 },
    { goal: 'layout shift 0 on the README-style article rendered on the server',
      measured: `CLS ${ssrCls} (worst viewport; with text fallbacks: ${textCls})`, met: ssrCls === 0 },
  ];
}

/** A table under a title; `align`: a letter per column, `l` or `r` (by default the first column left, the others right). */
function table(title, rows, align = `l${'r'.repeat(rows[0].length - 1)}`) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c)[align[i] === 'r' ? 'padStart' : 'padEnd'](widths[i])).join('  ').trimEnd();
  return ['', title, line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** What a shift moved, in short: the widget inside or held by each moved node, where one is named. */
const moved = (shift) => [...new Set(shift.sources.map(({ node }) => {
  const inside = /^\(inside ([^)]+)\)$/.exec(node)?.[1];
  const [name, holds] = node.split(' (holds ');
  return inside ? `inside ${inside}` : holds ? `${name} holding ${holds.replace(/\)$/, '')}` : name;
}))].join('; ');

/** The table, from the results written to `out`. */
export function report({ mode, runs, machine: m, bytes, render, layoutShift, server, memory, goals, notes, seconds }, out) {
  const origins = ['lit', 'd3', 'data', 'i18n', 'widgets'];
  return [
    `ottawa-treaty-widgets benchmark (${mode}: ${runs} run(s) per page, median) — ${m.chromium}, ${m.cpus} CPUs, `
      + `load ${m.loadavg.join(' ')}`,
    table('Bytes a page downloads via dist/embed.js (gzip, each file alone)', [['page', 'gzip', 'budget', 'ceiling'],
      ...bytes.pages.map((p) => [p.name, kb(p.gzip), `${p.budgetKB} KB`, `${p.ceilingKB} KB`])]),
    table('Files', [['file', 'raw', 'gzip', 'brotli'],
      ...[bytes.embed, bytes.embedAll, bytes.dataset].map((b) => [b.file, kb(b.raw), kb(b.gzip), kb(b.brotli)])]),
    table('ES module entries as an app bundles them (gzip, each chunk alone): up front, and with the data a page then loads',
      [['import', 'up front', 'page', 'loads on demand', 'all chunks', ...origins], ...bytes.entries.map((e) => [e.import,
        kb(e.initialGzip), kb(e.pageGzip), e.lazy.map((l) => l.replace(/^ot-data\/|\.js$/g, '')).join(', ') || '–',
        kb(e.allChunksGzip), ...origins.map((o) => (e.shares[o] ? `${Math.round(e.shares[o] * 100)}%` : '–'))])]),
    table('Render cost: N widgets against the same text as static HTML (medians, ms; see bench/README.md)', [
      ['N', 'rendered', 'static', 'ratio', 'script', 'static', 'ratio', 'task', 'static', 'ratio', 'CLS'],
      ...render.map(({ n, widgets: w, static: s, ratio }) => [n, w.renderedMs, s.renderedMs, `${ratio.rendered}×`,
        w.scriptMs, s.scriptMs, `${ratio.script}×`, w.taskMs, s.taskMs, `${ratio.task}×`, w.cls])]),
    table('Layout shift: load → every widget rendered and every count-up ended (the README-style article with text '
      + 'fallbacks, and rendered on the server)', [['page', 'viewport', 'CLS', 'at', 'shift',
      'what moved (widget inside or held, where known)'], ...layoutShift.flatMap((l) => {
      const head = [l.page, `${l.label} ${l.viewport.width}×${l.viewport.height}`, l.cls];
      return l.shifts.length ? l.shifts.map((s, i) => [...(i ? ['', '', ''] : head), `${s.atMs} ms`, s.value, moved(s)])
        : [[...head, '–', '–', 'nothing']];
    })], 'llrrrl'),
    table(`Server rendering (Node, ottawa-treaty-widgets/ssr; median of ${server.runs}): time and the HTML it adds, per widget`,
      [['widget', 'ms', 'HTML', 'gzip'], ...server.widgets.map((w) => [w.widget, w.renderMs, kb(w.htmlBytes), kb(w.htmlGzip)])]),
    memory && table(`Memory at N = ${memory.n} (per widget, after GC)`, [
      ['page', 'JS heap', 'Blink heap', 'DOM nodes', 'listeners'],
      ...['widgets', 'static'].map((kind) => [kind, memory[kind].perWidget]).map(([kind, p]) => [kind, kb(p.jsHeapBytes),
        p.embedderHeapBytes == null ? '–' : kb(p.embedderHeapBytes), p.domNodes, p.listeners])]),
    '\nGoals',
    ...goals.map((g) => `  ${g.met === null ? '?' : g.met ? '✓' : '✗'} ${g.goal}: ${g.measured}`),
    ...notes.map((n) => `note: ${n}`),
    `\nwritten: ${out} (${seconds} s)`,
  ].filter(Boolean).join('\n');
}
