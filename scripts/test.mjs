/**
 * `npm test`: checks (typecheck, data check, build, node tests, Storybook build, bench smoke), then the browser tests
 * once per engine (Chromium, Firefox, WebKit), then a summary ending in the line `N passed, M failed`.
 *
 *   node scripts/test.mjs [options] [test files or globs] [-- web-test-runner args]      npm test -- [the same]
 *     -e, --engine(s) chromium,firefox,webkit    only these engines (repeatable; default: all three)
 *     --no-steps | --no-install | --setup-only   skip the checks | never run npm ci / apt-get | only install those
 *     any other flag goes to web-test-runner
 *
 * Env: OT_ENGINES / OT_FILES (comma lists, like -e / files), OT_NO_INSTALL=1, OT_ENGINE_TIMEOUT_MS (default 900000),
 *      CI=true (an unavailable engine fails the run), OT_CHROMIUM_PATH / OT_FIREFOX_PATH / OT_MINIBROWSER_PATH /
 *      OT_WEBKITWEBDRIVER_PATH / OT_XVFB_PATH (a path that does not exist makes that engine unavailable)
 */
// Node built-ins only, here and in what this imports: on a fresh clone node_modules does not exist yet.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSERS, ENGINES, ensureBrowsers, isExecutable } from './browsers.mjs';
import { install, installReason } from './install.mjs';
import { banner, interrupted, run, stopAll } from './test/processes.mjs';
import { startWebKitServices } from './test/webkit.mjs';

process.chdir(join(import.meta.dirname, '..'));
const { scripts = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const truthy = (value) => Boolean(value) && !['0', 'false', 'no'].includes(value.toLowerCase());
const IS_CI = truthy(process.env.CI);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

/** The checks before the browser tests, in order: [name, command, whether it runs, why it is skipped if not]. */
const STEPS = [
  ['typecheck', 'npm run --silent typecheck', () => scripts.typecheck, 'no "typecheck" script in package.json'],
  ['data check', 'npm run --silent check:data', () => scripts['check:data'], 'no "check:data" script in package.json'],
  ['build', 'npm run --silent build', () => scripts.build, 'no "build" script in package.json'],
  ['node tests', 'node --test --test-reporter=dot tests/node/', () => existsSync('tests/node'), 'no tests/node'],
  ['storybook build', 'npm run --silent build-storybook', () => scripts['build-storybook'] && existsSync('.storybook/main.ts'),
    'no "build-storybook" script or no .storybook/main.ts'],
  // keeps `npm run bench` working: N = 10, one run, no timing asserted; reuses dist/ when it is newer than src/
  ['bench smoke', 'npm run --silent bench -- --smoke', () => scripts.bench && isExecutable(BROWSERS.chromium.path()),
    'no "bench" script in package.json, or no Chromium (OT_CHROMIUM_PATH)'],
];

const OPTIONS = { engine: { type: 'string', short: 'e', multiple: true }, engines: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
  'no-steps': { type: 'boolean' }, 'no-install': { type: 'boolean' }, 'setup-only': { type: 'boolean' } };
const args = process.argv.slice(2);
const { values, tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
if (values.help) {
  const source = readFileSync(import.meta.filename, 'utf8');
  console.log(source.slice(source.indexOf('/**') + 3, source.indexOf('*/')).replace(/^ \* ?/gm, ''));
  process.exit(0);
}
const end = tokens.find((t) => t.kind === 'option-terminator')?.index ?? args.length;
const unknownFlags = new Set(tokens.filter((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name)).map((t) => t.index));
const passthrough = [...unknownFlags].map((i) => args[i]).concat(args.slice(end + 1));
/** What the command line lists, else what env var `env` does (comma-separated). */
const listed = (given, env) => (given.length ? given : (process.env[env] || '').split(',')).map((s) => s.trim()).filter(Boolean);
const files = listed(tokens.filter((t) => t.kind === 'positional' && t.index < end).map((t) => t.value), 'OT_FILES');
const engineArgs = [...(values.engine ?? []), ...(values.engines ?? [])].flatMap((v) => (typeof v === 'string' ? v.split(',') : []));
let engines = [...new Set(listed(engineArgs, 'OT_ENGINES').map((e) => e.toLowerCase()))];
if (engines.some((e) => !ENGINES.includes(e))) {
  console.error(`Unknown engine(s): ${engines.filter((e) => !ENGINES.includes(e)).join(', ')}. Known: ${ENGINES.join(', ')}.`);
  process.exit(2);
}
if (!engines.length) engines = [...ENGINES];
const noInstall = values['no-install'] || truthy(process.env.OT_NO_INSTALL)
  ? 'installing is disabled (--no-install / OT_NO_INSTALL)' : '';

// WebKit's WebDriver cannot emulate the OS colour scheme: a second WebKit run, in a MiniBrowser started dark
const OS_DARK = { testFiles: ['tests/host-pages.test.ts'], osScheme: 'dark' };
const wantsOsDark = !files.length || files.some((f) => OS_DARK.testFiles.includes(f.replace(/^\.\//, '')));
const summary = []; // { name, status, detail, passed?, failed? }
const report = (name, status, detail, counts = {}) => summary.push({ name, status, detail, ...counts });

/** One web-test-runner run, summed up in the summary (with `reason` when it failed with no failing test). */
async function testEngine(engine, name, { testFiles = files, osScheme = '' } = {}) {
  banner(`browser tests: ${name === engine ? BROWSERS[engine].name : name}`);
  const t0 = Date.now();
  const resultsFile = join(tmpdir(), `ot-wtr-${process.pid}-${engine}${osScheme}.json`);
  const services = engine === 'webkit' ? await startWebKitServices() : { env: {} };
  const env = { ...services.env, OT_ENGINE: engine, OT_FILES: JSON.stringify(testFiles), OT_RESULTS_FILE: resultsFile,
    OT_OS_SCHEME: osScheme };
  const wtr = [process.execPath, 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
  const timeoutMs = Number(process.env.OT_ENGINE_TIMEOUT_MS || 15 * 60_000);
  const exit = services.error ? {} : await run([...wtr, ...passthrough], { env, timeoutMs });
  services.stop?.();
  const counts = await readFile(resultsFile, 'utf8').then(JSON.parse, () => null); // none if web-test-runner broke off
  rmSync(resultsFile, { force: true });
  const { passed = 0, failed = 0, skipped = 0, failures = [] } = counts ?? {};
  const exited = `web-test-runner exited with code ${exit.code}${exit.signal ? ` (${exit.signal})` : ''}`;
  const reason = services.error ?? (exit.timedOut ? 'timed out' : !counts ? `${exited} without results`
    : exit.code !== 0 && !failed ? exited : !failed && !passed ? 'no tests ran' : '');
  const detail = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${secs(t0)})`;
  report(name, reason || failed ? 'FAILED' : 'ran', `${detail}${reason ? ` — ${reason}` : ''}`, { passed, failed });
  failures.slice(0, 20).forEach((failure) => report('', '', `  ✗ ${failure}`));
}

/** npm ci when node_modules is missing or stale; false when there is none to test with. */
function ensureNodeModules() {
  const reason = installReason();
  if (!reason) return true;
  if (noInstall) {
    console.error(`[test] ${reason}, and ${noInstall}`);
    return existsSync('node_modules');
  }
  return install(reason, banner);
}

async function main() {
  if (!ensureNodeModules()) return report('npm ci', 'FAILED', 'could not install node_modules');
  const unavailable = await ensureBrowsers(engines, noInstall);
  for (const [engine, why] of unavailable) {
    console.error(`[test] ${engine} unavailable${IS_CI ? ' (CI=true: this fails the run)' : ', skipping it'}: ${why}`);
  }
  const status = (e) => (!unavailable.has(e) ? 'ready' : IS_CI ? 'FAILED' : values['setup-only'] ? 'missing' : 'skipped');
  if (values['setup-only']) return engines.forEach((e) => report(e, status(e), unavailable.get(e) ?? BROWSERS[e].path()));
  if (values['no-steps']) report('checks', 'skipped', '--no-steps');
  for (const [name, command, when, why] of values['no-steps'] ? [] : STEPS) {
    if (interrupted) return;
    if (!when()) report(name, 'skipped', why);
    else {
      banner(`${name}: ${command}`);
      const t0 = Date.now();
      const { code } = await run(command.split(' '));
      report(name, code === 0 ? 'passed' : 'FAILED', code === 0 ? secs(t0) : `exit code ${code} (${secs(t0)})`);
    }
  }
  for (const engine of engines) {
    if (interrupted) return;
    const why = unavailable.get(engine);
    if (why) report(engine, status(engine), IS_CI ? `engine unavailable in CI: ${why}` : why);
    else await testEngine(engine, engine);
    if (!why && engine === 'webkit' && wantsOsDark && !interrupted) await testEngine(engine, 'webkit, OS dark', OS_DARK);
  }
}

const crashed = await main().then(() => null, (err) => err);
stopAll();
banner('summary');
const width = Math.max(...summary.map((s) => s.name.length), 8);
for (const s of summary) console.log(`  ${s.name.padEnd(width)}  ${s.status.padEnd(8)} ${s.detail}`);
if (crashed) console.log(`  test script error: ${crashed.stack || crashed}`);
if (interrupted) console.log('  interrupted');
const failedAny = crashed || interrupted || summary.some((s) => s.status === 'FAILED');
if (values['setup-only']) process.exit(failedAny ? 1 : 0);
const [passed, failed] = ['passed', 'failed'].map((key) => summary.reduce((sum, s) => sum + (s[key] ?? 0), 0));
if (!interrupted && !crashed && passed + failed === 0) console.log('  no tests ran');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failedAny || passed + failed === 0 ? 1 : 0;
