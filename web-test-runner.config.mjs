/**
 * Web Test Runner config, one engine per run. `npm test` (scripts/test.mjs) sets the variables below and, for WebKit,
 * starts Xvfb + WebKitWebDriver first. Direct use: OT_ENGINE=firefox npx wtr
 *   OT_ENGINE=chromium|firefox|webkit (default chromium); OT_FILES: test globs, a JSON array or comma-separated
 *   OT_RESULTS_FILE=path.json: where the counts reporter writes {passed, failed, ...}
 *   OT_CHROMIUM_PATH, OT_FIREFOX_PATH, OT_MINIBROWSER_PATH: browser binaries (scripts/browsers.mjs)
 *   OT_WEBDRIVER_PORT (default 4444); OT_OS_SCHEME=dark: WebKit's MiniBrowser started with the OS dark (--dark-mode)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { BROWSERS, ENGINES, chromiumOptions } from './scripts/browsers.mjs';
import { hostileMiddleware } from './tests/support/hostile-server.mjs';
import { dataPartsPlugin, jsonModulesPlugins, languagesPlugin } from './tests/support/server-plugins.mjs';

const engine = process.env.OT_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`OT_ENGINE must be one of ${ENGINES.join(', ')}; got "${engine}"`);
const rawFiles = (process.env.OT_FILES || '').trim();
const files = (rawFiles.startsWith('[') ? JSON.parse(rawFiles) : rawFiles.split(','))
  .map((/** @type {string} */ s) => s.trim())
  .filter(Boolean);
const binary = BROWSERS[engine].path();

/** @returns {Promise<import('@web/test-runner').BrowserLauncher>} */
async function makeLauncher() {
  if (engine === 'chromium') {
    const { chromeLauncher } = await import('@web/test-runner-chrome');
    const { args } = chromiumOptions();
    return chromeLauncher({ launchOptions: { executablePath: binary, args: [...args, '--headless=new', '--disable-dev-shm-usage'] } });
  }
  if (engine === 'firefox') {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: binary, headless: true } });
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const args = ['--automation', ...(process.env.OT_OS_SCHEME === 'dark' ? ['--dark-mode'] : [])];
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver', hostname: '127.0.0.1', logLevel: 'error',
    port: Number(process.env.OT_WEBDRIVER_PORT || 4444),
    // without enforceWebDriverClassic webdriverio asks for BiDi, which WebKitWebDriver refuses
    capabilities: { 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary, args } },
  });
  // it names itself from the capabilities (none standard here): name it for the progress output
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config) => initialize(config).then(() => void (launcher.name = 'WebKit'));
  return launcher;
}

/**
 * Writes this engine's counts to OT_RESULTS_FILE, so that scripts/test.mjs need not parse console output.
 * A test file that fails with no failing test (load error, timeout, browser crash) counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter() {
  const counts = { engine, files: 0, passed: 0, failed: 0, skipped: 0, fileErrors: 0, failures: /** @type {string[]} */ ([]) };
  const walk = (/** @type {any} */ suite, /** @type {string} */ prefix, /** @type {string} */ file) => {
    for (const test of suite?.tests ?? []) {
      const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
      counts[outcome]++;
      if (outcome === 'failed') counts.failures.push(`${file}: ${prefix}${test.name}`);
    }
    for (const child of suite?.suites ?? []) walk(child, `${prefix}${child.name} > `, file);
  };
  return {
    start: ({ testFiles }) => void (counts.files = testFiles.length),
    stop({ sessions }) {
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        const failedBefore = counts.failed;
        walk(session.testResults, '', file);
        if (session.passed || counts.failed > failedBefore) continue;
        counts.fileErrors++;
        counts.failed++;
        counts.failures.push(`${file}: (file failed) ${session.errors?.[0]?.message ?? session.status}`);
      }
      const out = process.env.OT_RESULTS_FILE;
      if (!out) return;
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(counts, null, 2));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: files.length ? files : ['tests/**/*.test.ts'],
  nodeResolve: true,
  // one engine per run; WebKitWebDriver drives a single MiniBrowser session reliably
  concurrentBrowsers: 1,
  concurrency: engine === 'webkit' ? 1 : Math.max(1, Math.min(4, Math.floor(cpus().length / 2))),
  // on two busy cores browsers start slowly and axe over many variants (WebKit) takes time; a hang still fails
  browserStartTimeout: 90_000, testsStartTimeout: 60_000, testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [await makeLauncher()],
  // Lit's dev build (nodeResolve picks the "development" condition) announces itself in every file
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  plugins: [
    // ES2022 runs in all three engines as is; at that target esbuild also drops import attributes (`with { type: 'json' }`)
    esbuildPlugin({ ts: true, target: ['es2022'], tsconfig: existsSync('tsconfig.json') ? 'tsconfig.json' : undefined }),
    ...jsonModulesPlugins(),
    dataPartsPlugin(),
    languagesPlugin(),
  ],
  middleware: [hostileMiddleware()],
  reporters: [defaultReporter(), countsReporter()],
};
