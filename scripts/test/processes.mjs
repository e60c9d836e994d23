// Every process the test driver starts is tracked, and stopped when the driver ends, fails or is interrupted.
import { spawn } from 'node:child_process';

const children = new Set();
/** Set once SIGINT, SIGTERM or SIGHUP arrived: start nothing more. */
export let interrupted = false;
export const running = (child) => child.exitCode === null && child.signalCode === null;
export const banner = (title) => console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(3, 70 - title.length))}`);

/** Signals `child`, or its whole process group when it leads one (e.g. WebKitWebDriver and its MiniBrowser). */
export function stop(child, signal = 'SIGTERM') {
  try {
    if (running(child)) process.kill(child.group ? -child.pid : child.pid, signal);
  } catch {} // gone meanwhile
}
export const stopAll = (signal) => children.forEach((child) => stop(child, signal));

/** From the first child on, Ctrl-C (or a kill) stops them all; so does the driver's own end. */
let trapped = false;
function trap() {
  if (trapped) return;
  trapped = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n[test] ${signal}: stopping…`);
      stopAll();
      setTimeout(() => process.exit(130), 3000).unref(); // exiting kills whatever still runs
    });
  }
  process.on('exit', () => stopAll('SIGKILL'));
}

/** Starts `cmd` (`env` added); `detached`: in its own process group, out of Ctrl-C's reach; `tail()`: end of piped stderr. */
export function start(cmd, { env = {}, detached = false, stdio = 'inherit' } = {}) {
  trap();
  const child = spawn(cmd[0], cmd.slice(1), { stdio, env: { ...process.env, ...env }, detached });
  let stderr = '';
  child.stderr?.on('data', (data) => (stderr = (stderr + data).slice(-4000)));
  child.on('error', (err) => console.error(`[test] cannot start ${cmd[0]}: ${err.message}`));
  children.add(Object.assign(child, { group: detached, tail: () => stderr.trim() || 'no output' }));
  return child.on('close', () => children.delete(child));
}

/** Runs `cmd` to its end, stopped after `timeoutMs` if given. @returns {Promise<{ code, signal, timedOut }>} */
export function run(cmd, { env = {}, timeoutMs = 0 } = {}) {
  const child = start(cmd, { env });
  let timedOut = false;
  const timer = timeoutMs && setTimeout(() => {
    timedOut = true;
    console.error(`[test] ${cmd.join(' ')}: no result after ${timeoutMs / 1000}s, stopping it`);
    stop(child);
    setTimeout(() => stop(child, 'SIGKILL'), 5000).unref();
  }, timeoutMs);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    resolve({ code: code ?? 1, signal, timedOut });
  }));
}
