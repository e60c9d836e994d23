#!/usr/bin/env node
/**
 * `npm test`: checks first (typecheck, data check, …), then the browser tests once per engine
 * (Chromium, Firefox, WebKit), then a summary ending in the line `N passed, M failed`.
 *
 * Usage:
 *   node scripts/test.mjs                              everything
 *   node scripts/test.mjs --engine chromium            one engine (repeat or comma-separate for more)
 *   node scripts/test.mjs -e webkit tests/foo.test.ts  only some test files (globs allowed)
 *   node scripts/test.mjs --no-steps                   skip the checks, browser tests only
 *   node scripts/test.mjs --no-install                 never run npm ci / apt-get
 *   node scripts/test.mjs --setup-only                 only install node_modules and browsers
 *   node scripts/test.mjs -- --manual                  everything after `--` goes to web-test-runner
 *   npm test -- --engine firefox                       the same through npm
 *
 * Env: OT_ENGINES=chromium,firefox (like --engine), OT_FILES=glob,glob (like file args),
 *      OT_NO_INSTALL=1, OT_ENGINE_TIMEOUT_MS (default 900000), CI=true (a skipped engine fails),
 *      OT_CHROMIUM_PATH / OT_FIREFOX_PATH / OT_MINIBROWSER_PATH / OT_WEBKITWEBDRIVER_PATH /
 *      OT_XVFB_PATH override browser binaries (a path that does not exist makes that engine
 *      unavailable, to try what CI does: CI=true OT_FIREFOX_PATH=/nonexistent npm test).
 *
 * Only Node built-ins here: on a fresh clone node_modules does not exist yet.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, ENGINES, EXTRA_PACKAGES, checkEngine, isExecutable } from './browsers.mjs';
import { INSTALL_ENV, installCommand, installReason } from './install.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Checks run before the browser tests, in order. Each runs only if `when()` is true, so the list
 * can name steps whose config does not exist yet. Add new steps here.
 * @type {{ name: string, cmd: string[], when: () => boolean, why: string }[]}
 */
const STEPS = [
  {
    name: 'typecheck',
    cmd: ['npx', '--no-install', 'tsc', '--noEmit'],
    when: () => existsSync('tsconfig.json'),
    why: 'no tsconfig.json',
  },
  {
    name: 'data check',
    cmd: ['npm', 'run', '--silent', 'check:data'],
    when: () => Boolean(pkg.scripts?.['check:data']),
    why: 'no "check:data" script in package.json',
  },
  {
    name: 'build',
    cmd: ['npm', 'run', '--silent', 'build'],
    when: () => Boolean(pkg.scripts?.build),
    why: 'no "build" script in package.json',
  },
  {
    name: 'node tests',
    cmd: ['node', '--test', '--test-reporter=dot', 'tests/node/'],
    when: () => existsSync('tests/node'),
    why: 'no tests/node',
  },
  {
    // the static Storybook (storybook-static/); its script builds dist/ first and sends no telemetry
    name: 'storybook build',
    cmd: ['npm', 'run', '--silent', 'build-storybook'],
    when: () => Boolean(pkg.scripts?.['build-storybook']) && existsSync('.storybook/main.ts'),
    why: 'no "build-storybook" script or no .storybook/main.ts',
  },
  {
    // keeps `npm run bench` working: N = 10, one run, no timing asserted (it fails only if a widget
    // does not render, a page errors or a bundle breaks); reuses dist/ when it is newer than src/
    name: 'bench smoke',
    cmd: ['npm', 'run', '--silent', 'bench', '--', '--smoke'],
    when: () => Boolean(pkg.scripts?.bench) && isExecutable(BROWSERS.chromium.path()),
    why: 'no "bench" script in package.json, or no Chromium (OT_CHROMIUM_PATH)',
  },
];


const truthy = (/** @type {string | undefined} */ v) => Boolean(v) && !['0', 'false', 'no'].includes(String(v).toLowerCase());
const IS_CI = truthy(process.env.CI);

// ---------------------------------------------------------------------------------------------
// arguments

function parseArgs(argv) {
  const opts = { engines: /** @type {string[]} */ ([]), files: /** @type {string[]} */ ([]), steps: true, setupOnly: false, install: !truthy(process.env.OT_NO_INSTALL), passthrough: /** @type {string[]} */ ([]) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      opts.passthrough = argv.slice(i + 1);
      break;
    } else if (a === '--engine' || a === '-e' || a === '--engines') {
      opts.engines.push(...String(argv[++i] ?? '').split(','));
    } else if (a.startsWith('--engine=') || a.startsWith('--engines=')) {
      opts.engines.push(...a.slice(a.indexOf('=') + 1).split(','));
    } else if (a === '--no-steps') {
      opts.steps = false;
    } else if (a === '--setup-only') {
      opts.setupOnly = true;
    } else if (a === '--no-install') {
      opts.install = false;
    } else if (a === '--help' || a === '-h') {
      const src = readFileSync(fileURLToPath(import.meta.url), 'utf8');
      console.log(src.slice(src.indexOf('/**') + 3, src.indexOf('*/')).replace(/^ \* ?/gm, ''));
      process.exit(0);
    } else if (a.startsWith('-')) {
      opts.passthrough.push(a); // unknown flag: hand it to web-test-runner
    } else {
      opts.files.push(a);
    }
  }
  if (!opts.engines.length && process.env.OT_ENGINES) opts.engines = process.env.OT_ENGINES.split(',');
  if (!opts.files.length && process.env.OT_FILES) opts.files = process.env.OT_FILES.split(',');
  opts.engines = [...new Set(opts.engines.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const bad = opts.engines.filter((e) => !ENGINES.includes(/** @type {any} */ (e)));
  if (bad.length) {
    console.error(`Unknown engine(s): ${bad.join(', ')}. Known: ${ENGINES.join(', ')}.`);
    process.exit(2);
  }
  if (!opts.engines.length) opts.engines = [...ENGINES];
  return opts;
}

const opts = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// processes: everything we start is tracked and stopped on exit, failure or Ctrl-C

/** @type {Set<import('node:child_process').ChildProcess & { group?: boolean }>} */
const children = new Set();

function stopChild(/** @type {any} */ child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // detached children lead their own process group: signal the group (e.g. MiniBrowser too)
    if (child.group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    /* already gone */
  }
}

function stopAll(signal = 'SIGTERM') {
  for (const c of children) stopChild(c, signal);
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[test] ${sig}: stopping…`);
    stopAll();
    setTimeout(() => {
      stopAll('SIGKILL');
      process.exit(130);
    }, 3000).unref();
  });
}
process.on('exit', () => stopAll('SIGKILL'));

/**
 * @param {string[]} cmd
 * @param {{ env?: Record<string, string>, timeoutMs?: number, detached?: boolean, quiet?: boolean }} [o]
 * @returns {Promise<{ code: number, signal: string | null, timedOut: boolean }>}
 */
function run(cmd, o = {}) {
  return new Promise((resolvePromise) => {
    const child = /** @type {any} */ (
      spawn(cmd[0], cmd.slice(1), {
        stdio: o.quiet ? 'ignore' : 'inherit',
        env: { ...process.env, ...o.env },
        detached: o.detached ?? false,
      })
    );
    child.group = Boolean(o.detached);
    children.add(child);
    let timedOut = false;
    const timer =
      o.timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        console.error(`[test] ${cmd.join(' ')}: no result after ${o.timeoutMs / 1000}s, stopping it`);
        stopChild(child);
        setTimeout(() => stopChild(child, 'SIGKILL'), 5000).unref();
      }, o.timeoutMs);
    child.on('error', (err) => {
      console.error(`[test] cannot start ${cmd[0]}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      children.delete(child);
      resolvePromise({ code: code ?? 1, signal, timedOut });
    });
  });
}

/** Starts a long-running helper in its own process group; returns the child. */
function startDaemon(/** @type {string[]} */ cmd, /** @type {Record<string,string>} */ env = {}) {
  const child = /** @type {any} */ (
    spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, detached: true })
  );
  child.group = true;
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  child.on('error', (err) => (stderr += `\ncannot start: ${err.message}`));
  child.on('close', () => children.delete(child));
  child.stderrTail = () => stderr.trim();
  return child;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function portAnswers(port) {
  return new Promise((r) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), r(true)));
    s.once('error', () => r(false));
  });
}

function portFree(port) {
  return new Promise((r) => {
    const srv = createServer();
    srv.once('error', () => r(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => r(true)));
  });
}

async function freePort(preferred) {
  if (await portFree(preferred)) return preferred;
  return new Promise((r) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {any} */ (srv.address());
      srv.close(() => r(port));
    });
  });
}

async function waitFor(check, timeoutMs, child) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    if (child && (child.exitCode !== null || child.signalCode !== null)) return false;
    await sleep(100);
  }
  return false;
}

const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const banner = (s) => console.log(`\n━━━ ${s} ${'━'.repeat(Math.max(3, 70 - s.length))}`);

// ---------------------------------------------------------------------------------------------
// 1. node_modules

async function ensureNodeModules() {
  const reason = installReason();
  if (!reason) return true;
  if (!opts.install) {
    console.error(`[test] ${reason}, and installing is disabled (--no-install / OT_NO_INSTALL)`);
    return existsSync('node_modules');
  }
  const cmd = installCommand();
  banner(`${cmd.join(' ')} (${reason})`);
  const { code } = await run(cmd, { env: INSTALL_ENV });
  if (code !== 0) console.error(`[test] ${cmd.join(' ')} failed with exit code ${code}`);
  return code === 0;
}

// ---------------------------------------------------------------------------------------------
// 2. browsers

const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** @returns {Promise<Map<string, string>>} engine -> reason it cannot run */
async function ensureBrowsers(engines) {
  /** @type {Map<string, string>} */
  const unavailable = new Map();
  const toInstall = new Set();
  for (const engine of engines) {
    for (const b of checkEngine(engine).missing) {
      if (b.overridden()) continue; // a deliberate override is not something apt can fix
      toInstall.add(b.pkg);
    }
  }
  const fontsMissing = !existsSync(FONT_FILE);
  if (toInstall.size && fontsMissing) EXTRA_PACKAGES.forEach((p) => toInstall.add(p));
  const pkgs = [...toInstall];
  const isRoot = process.getuid?.() === 0;
  const hasApt = isExecutable('/usr/bin/apt-get');
  let aptProblem = '';
  let aptRan = false;
  if (pkgs.length) {
    if (!opts.install) aptProblem = 'installing is disabled (--no-install / OT_NO_INSTALL)';
    else if (!hasApt) aptProblem = 'apt-get not found (not Debian/Ubuntu?)';
    else if (!isRoot) aptProblem = 'not running as root';
    else {
      banner(`apt-get install ${pkgs.join(' ')}`);
      const env = { DEBIAN_FRONTEND: 'noninteractive' };
      // wait (up to 10 min) for another apt/dpkg run to release its lock instead of failing
      const lock = ['-o', 'DPkg::Lock::Timeout=600'];
      let r = await run(['apt-get', ...lock, 'update'], { env });
      if (r.code === 0) r = await run(['apt-get', ...lock, 'install', '-y', ...pkgs], { env });
      if (r.code !== 0) aptProblem = `apt-get failed with exit code ${r.code}`;
      else aptRan = true;
    }
  } else if (fontsMissing) {
    console.warn(`[test] note: ${FONT_FILE} missing; text may not render (apt-get install -y fonts-dejavu-core)`);
  }
  for (const engine of engines) {
    const { missing } = checkEngine(engine);
    if (!missing.length) continue;
    const parts = missing.map((b) =>
      b.overridden()
        ? `${b.label} not found at ${b.path()} (set by ${b.env})`
        : `${b.label} not found at ${b.path()} (Debian package ${b.pkg}${aptRan ? ', still missing after apt-get install' : ''})`,
    );
    unavailable.set(engine, parts.join('; '));
  }
  if (unavailable.size && aptProblem) {
    const need = [...new Set([...unavailable.keys()].flatMap((e) => checkEngine(e).missing.filter((b) => !b.overridden()).map((b) => b.pkg)))];
    if (need.length) {
      const all = [...need, ...(existsSync(FONT_FILE) ? [] : EXTRA_PACKAGES)];
      const sudo = isRoot ? '' : 'sudo ';
      console.error(
        `\n[test] Browsers missing and not installed (${aptProblem}). Install them with:\n` +
          `    ${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${all.join(' ')}\n`,
      );
      for (const e of unavailable.keys()) unavailable.set(e, `${unavailable.get(e)}; ${aptProblem}`);
    }
  }
  return unavailable;
}

// ---------------------------------------------------------------------------------------------
// 3. WebKit helpers: Xvfb + WebKitWebDriver

function freeDisplay(from = 99) {
  for (let n = from; n < 200; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  return from;
}

/** @returns {Promise<{ env: Record<string,string>, stop: () => Promise<void> } | { error: string }>} */
async function startWebKitServices() {
  const { driver, xvfb } = BROWSERS.webkit;
  /** @type {any} */ let x = null;
  /** @type {any} */ let wd = null;
  const stop = async () => {
    for (const c of [wd, x]) if (c) stopChild(c);
    await sleep(300);
    for (const c of [wd, x]) if (c) stopChild(c, 'SIGKILL');
  };
  // :99 unless taken (another run on this machine); retry on a race for the same display
  let n = 98;
  let display = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    n = freeDisplay(n + 1);
    display = `:${n}`;
    x = startDaemon([xvfb.path(), display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    const up = await waitFor(async () => existsSync(`/tmp/.X11-unix/X${n}`), 15000, x);
    await sleep(200); // a socket from a concurrent Xvfb that won the race makes ours exit
    if (up && x.exitCode === null && x.signalCode === null) break;
    const tail = x.stderrTail();
    await stop();
    x = null;
    if (attempt === 2) return { error: `Xvfb ${display} did not start: ${tail || 'no output'}` };
  }
  const port = await freePort(4444);
  wd = startDaemon([driver.path(), `--port=${port}`, '--host=127.0.0.1'], { DISPLAY: display });
  if (!(await waitFor(() => portAnswers(port), 20000, wd))) {
    await stop();
    return { error: `WebKitWebDriver did not answer on 127.0.0.1:${port}: ${wd.stderrTail() || 'no output'}` };
  }
  console.log(`[test] Xvfb on ${display}, WebKitWebDriver on 127.0.0.1:${port}`);
  return { env: { DISPLAY: display, OT_WEBDRIVER_PORT: String(port) }, stop };
}

// ---------------------------------------------------------------------------------------------
// 4. one engine

const WTR_BIN = 'node_modules/@web/test-runner/dist/bin.js';
const resultsDir = mkdtempSync(join(tmpdir(), 'ot-wtr-'));
process.on('exit', () => rmSync(resultsDir, { recursive: true, force: true }));

/**
 * WebKit's WebDriver cannot emulate the OS colour scheme, so the host-page matrix runs a second
 * time there in a MiniBrowser started dark (Chromium and Firefox cover both schemes in one run).
 */
const OS_DARK_FILES = ['tests/host-pages.test.ts'];
const wantsOsDark = () => !opts.files.length || opts.files.some((f) => OS_DARK_FILES.includes(f.replace(/^\.\//, '')));

async function runEngine(engine, { files = opts.files, osScheme = '' } = {}) {
  const t0 = Date.now();
  const resultsFile = join(resultsDir, `${engine}${osScheme}.json`);
  /** @type {Record<string,string>} */
  let env = { OT_ENGINE: engine, OT_RESULTS_FILE: resultsFile, OT_OS_SCHEME: osScheme };
  if (files.length) env.OT_FILES = JSON.stringify(files);
  let services = null;
  if (engine === 'webkit') {
    services = await startWebKitServices();
    if ('error' in services) return { status: 'failed', reason: services.error, passed: 0, failed: 0, skipped: 0, time: secs(t0) };
    env = { ...env, ...services.env };
  }
  let r;
  try {
    r = await run([process.execPath, WTR_BIN, '--config', 'web-test-runner.config.mjs', ...opts.passthrough], {
      env,
      timeoutMs: Number(process.env.OT_ENGINE_TIMEOUT_MS || 15 * 60_000),
    });
  } finally {
    if (services && 'stop' in services) await services.stop();
  }
  /** @type {any} */
  let counts = null;
  try {
    counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    /* no results written: the runner failed before finishing */
  }
  const res = {
    status: 'passed',
    reason: '',
    passed: counts?.passed ?? 0,
    failed: counts?.failed ?? 0,
    skipped: counts?.skipped ?? 0,
    failures: counts?.failures ?? [],
    time: secs(t0),
  };
  if (r.timedOut) {
    res.status = 'failed';
    res.reason = 'timed out';
  } else if (!counts) {
    res.status = 'failed';
    res.reason = `web-test-runner exited with code ${r.code}${r.signal ? ` (${r.signal})` : ''} without results`;
  } else if (res.failed > 0 || r.code !== 0) {
    res.status = 'failed';
    if (r.code !== 0 && res.failed === 0) res.reason = `web-test-runner exited with code ${r.code}`;
  } else if (res.passed === 0) {
    res.status = 'failed';
    res.reason = 'no tests ran';
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// main

/** @type {{ name: string, status: string, detail: string }[]} */
const summary = [];
let total = { passed: 0, failed: 0 };
let failedAny = false;

async function main() {
  if (!(await ensureNodeModules())) {
    summary.push({ name: 'npm ci', status: 'FAILED', detail: 'could not install node_modules' });
    failedAny = true;
    return;
  }

  const unavailable = await ensureBrowsers(opts.engines);
  for (const [engine, why] of unavailable) {
    console.error(`[test] ${engine} unavailable${IS_CI ? ' (CI=true: this fails the run)' : ', skipping it'}: ${why}`);
  }
  if (opts.setupOnly) {
    for (const engine of opts.engines) {
      const why = unavailable.get(engine);
      summary.push({ name: engine, status: why ? (IS_CI ? 'FAILED' : 'missing') : 'ready', detail: why ?? BROWSERS[engine].path() });
      if (why && IS_CI) failedAny = true;
    }
    return;
  }

  if (opts.steps) {
    for (const step of STEPS) {
      if (interrupted) return;
      if (!step.when()) {
        summary.push({ name: step.name, status: 'skipped', detail: step.why });
        continue;
      }
      banner(`${step.name}: ${step.cmd.join(' ')}`);
      const t0 = Date.now();
      const { code } = await run(step.cmd);
      const ok = code === 0;
      if (!ok) failedAny = true;
      summary.push({ name: step.name, status: ok ? 'passed' : 'FAILED', detail: ok ? secs(t0) : `exit code ${code} (${secs(t0)})` });
    }
  } else {
    summary.push({ name: 'checks', status: 'skipped', detail: '--no-steps' });
  }

  for (const engine of opts.engines) {
    if (interrupted) return;
    const why = unavailable.get(engine);
    if (why) {
      const status = IS_CI ? 'FAILED' : 'skipped';
      if (IS_CI) failedAny = true;
      summary.push({ name: engine, status, detail: IS_CI ? `engine unavailable in CI: ${why}` : why });
      continue;
    }
    const passes = [{ name: engine, run: {} }];
    if (engine === 'webkit' && wantsOsDark()) passes.push({ name: 'webkit, OS dark', run: { files: OS_DARK_FILES, osScheme: 'dark' } });
    for (const pass of passes) {
      if (interrupted) return;
      banner(`browser tests: ${pass.name === engine ? BROWSERS[engine].name : pass.name}`);
      const r = await runEngine(engine, pass.run);
      total.passed += r.passed;
      total.failed += r.failed;
      if (r.status !== 'passed') failedAny = true;
      const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
      summary.push({
        name: pass.name,
        status: r.status === 'passed' ? 'ran' : 'FAILED',
        detail: `${counts} (${r.time})${r.reason ? ` — ${r.reason}` : ''}`,
      });
      for (const f of (r.failures ?? []).slice(0, 20)) summary.push({ name: '', status: '', detail: `  ✗ ${f}` });
    }
  }
}

let crashed = null;
try {
  await main();
} catch (err) {
  crashed = err;
  failedAny = true;
} finally {
  stopAll();
}

banner('summary');
const w = Math.max(...summary.map((s) => s.name.length), 8);
for (const s of summary) console.log(`  ${s.name.padEnd(w)}  ${s.status.padEnd(8)} ${s.detail}`);
if (crashed) console.log(`  test script error: ${crashed.stack || crashed}`);
if (interrupted) console.log('  interrupted');
if (opts.setupOnly) {
  process.exit(failedAny ? 1 : 0);
}
if (!interrupted && !crashed && total.passed + total.failed === 0) {
  console.log('  no tests ran');
  failedAny = true;
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = failedAny || interrupted ? 1 : 0;
