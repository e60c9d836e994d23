// Main-thread time by kind from a Chromium trace, as DevTools' Performance panel counts it (kinds: bench/data/trace-events.json).
import { readFileSync } from 'node:fs';

const KINDS = Object.entries(JSON.parse(readFileSync(new URL('../data/trace-events.json', import.meta.url), 'utf8')));
const kindOf = (name) => (name.startsWith('V8.') ? 'scripting' : KINDS.find(([, names]) => names.includes(name))?.[0] ?? 'other');
/** Categories to record: the Performance panel's main-thread events and `performance.mark()`s. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

/** Self time (duration less the children's, ms) by kind on the main thread of the page that made `performance.mark(until)`, up
 * to that mark (without it: every renderer's main thread, the whole trace), as wall time and as thread CPU time (`tdur`),
 * which a busy machine inflates far less. `trace`: what puppeteer's `tracing.stop()` returns. */
export function mainThreadTime(trace, until) {
  const json = JSON.parse(Buffer.from(trace).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mark = events.find((e) => e.name === until);
  const cutoff = mark?.ts ?? Infinity;
  const thread = (e) => `${e.pid}:${e.tid}`;
  // The page's renderer is the one that made the mark: a headless browser has others (its own WebUI, say).
  const renderers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread);
  const stacks = new Map((mark ? [thread(mark)] : renderers).map((t) => [t, []]));
  const timed = events.filter((e) => e.ph === 'X' && e.dur && stacks.has(thread(e)) && e.ts < cutoff);
  const total = { wall: 0, cpu: 0 };
  const slices = [];
  for (const e of timed.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const stack = stacks.get(thread(e));
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const wall = Math.min(e.dur, cutoff - e.ts);
    const cpu = (e.tdur ?? e.dur) * (wall / e.dur); // (an event cut at the mark keeps the same share of its CPU time)
    const parent = stack.at(-1);
    if (parent) Object.assign(parent, { wall: parent.wall - Math.min(wall, parent.end - e.ts), cpu: parent.cpu - cpu });
    else Object.assign(total, { wall: total.wall + wall, cpu: total.cpu + cpu });
    slices.push({ kind: kindOf(e.name), end: e.ts + wall, wall, cpu });
    stack.push(slices.at(-1));
  }
  const self = (kind, clock) => slices.reduce((sum, s) => sum + (s.kind === kind ? Math.max(0, s[clock]) : 0), 0) / 1000;
  return { cutAtMark: Boolean(mark), figures: { scriptMs: self('scripting', 'cpu'), styleLayoutCpuMs: self('rendering', 'cpu'),
    mainThreadCpuMs: total.cpu / 1000, scriptWallMs: self('scripting', 'wall'), styleLayoutWallMs: self('rendering', 'wall'),
    paintWallMs: self('painting', 'wall'), parseWallMs: self('loading', 'wall'), mainThreadWallMs: total.wall / 1000 } };
}
