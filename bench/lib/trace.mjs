// Main-thread time by kind from a Chromium trace, as DevTools' Performance panel counts it:
// each event's self time (its duration minus its children's) goes to its category.

const SCRIPTING = new Set([
  'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback',
  'EventDispatch', 'XHRReadyStateChange', 'XHRLoad', 'CompileScript', 'CompileCode', 'CacheScript',
  'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.produceCache', 'v8.produceModuleCache',
  'v8.run', 'v8.callFunction', 'v8.newInstance', 'v8.callModuleMethod', 'v8.callModuleMethodSync',
  'GCEvent', 'MajorGC', 'MinorGC', 'BlinkGC.AtomicPhase', 'ParseScriptOnBackground', 'v8.parseOnBackground',
]);
const RENDERING = new Set([
  'Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'HitTest', 'PrePaint', 'UpdateLayerTree', 'Layerize',
  'ScheduleStyleRecalculation', 'InvalidateLayout', 'IntersectionObserverController::computeIntersections',
]);
const PAINTING = new Set(['Paint', 'PaintImage', 'Rasterize', 'CompositeLayers', 'Commit', 'Decode Image']);
const LOADING = new Set(['ParseHTML', 'ParseAuthorStyleSheet', 'ResourceSendRequest', 'ResourceReceiveResponse', 'ResourceReceivedData', 'ResourceFinish']);

const kind = (name) =>
  SCRIPTING.has(name) || name.startsWith('V8.') ? 'scripting'
  : RENDERING.has(name) ? 'rendering'
  : PAINTING.has(name) ? 'painting'
  : LOADING.has(name) ? 'loading'
  : 'other';

/** Categories to record (light enough to leave on while timing). */
/** Categories to record: the Performance panel's main-thread events and `performance.mark()`s. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

/**
 * Sums self time (ms) per kind on the main thread of the page that made `performance.mark(until)`,
 * up to that mark (without the mark: every renderer main thread, the whole trace); `total` is the
 * time covered by top-level events (tasks).
 * @param {Uint8Array | string} trace the JSON puppeteer's `tracing.stop()` returns
 * @param {string} [until]
 */
export function mainThreadTime(trace, until) {
  const json = JSON.parse(typeof trace === 'string' ? trace : Buffer.from(trace).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mark = events.find((e) => until && e.name === until);
  const cutoff = mark ? mark.ts : Infinity;
  // The page's renderer main thread: where the mark was made (a headless browser has other
  // renderers, e.g. its own WebUI, whose work is not the page's).
  const mains = mark
    ? new Set([`${mark.pid}:${mark.tid}`])
    : new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !mains.has(`${e.pid}:${e.tid}`) || e.ts >= cutoff) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const zero = () => ({ scripting: 0, rendering: 0, painting: 0, loading: 0, other: 0, total: 0 });
  // Wall-clock self time (what the Performance panel shows) and the thread's CPU time (`tdur`),
  // which a busy machine inflates much less: a descheduled thread's wall time keeps running.
  const wall = zero();
  const cpu = zero();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    /** @type {{ end: number, self: number, selfCpu: number, name: string }[]} */
    const stack = [];
    const close = (t) => {
      while (stack.length && stack.at(-1).end <= t) {
        const done = stack.pop();
        wall[kind(done.name)] += done.self / 1000;
        cpu[kind(done.name)] += Math.max(0, done.selfCpu) / 1000;
      }
    };
    for (const e of list) {
      close(e.ts);
      const parent = stack.at(-1);
      const dur = Math.min(e.dur, cutoff - e.ts);
      // (an event cut at the mark keeps the share of its CPU time that its wall time keeps)
      const tdur = (e.tdur ?? e.dur) * (dur / e.dur);
      if (parent) {
        parent.self -= Math.min(dur, parent.end - e.ts);
        parent.selfCpu -= tdur;
      } else {
        wall.total += dur / 1000;
        cpu.total += tdur / 1000;
      }
      stack.push({ end: e.ts + dur, self: dur, selfCpu: tdur, name: e.name });
    }
    close(Infinity);
  }
  return { ...wall, cpu, cutAtMark: Boolean(mark) };
}
