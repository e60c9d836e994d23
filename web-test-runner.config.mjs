/**
 * Web Test Runner config: one browser engine per run, chosen by OT_ENGINE.
 *
 *   OT_ENGINE=chromium|firefox|webkit   engine to run (default: chromium)
 *   OT_FILES="tests/a.test.ts,tests/b/**"  comma-separated globs, or a JSON array of them
 *                                      (default: tests/**\/*.test.ts)
 *   OT_RESULTS_FILE=path.json          where the counts reporter writes {passed, failed, ...}
 *   OT_CHROMIUM_PATH / OT_FIREFOX_PATH / OT_MINIBROWSER_PATH   override browser binaries
 *   OT_WEBDRIVER_PORT                  port WebKitWebDriver listens on (default: 4444)
 *   OT_OS_SCHEME=dark                  WebKit only: start MiniBrowser with the OS dark (--dark-mode); its
 *                                      WebDriver cannot emulate prefers-color-scheme otherwise
 *
 * `npm test` (scripts/test.mjs) sets these and, for WebKit, starts Xvfb + WebKitWebDriver first.
 * Direct use: OT_ENGINE=firefox npx wtr
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { BROWSERS, ENGINES } from './scripts/browsers.mjs';

const engine = process.env.OT_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) {
  throw new Error(`OT_ENGINE must be one of ${ENGINES.join(', ')}; got "${engine}"`);
}

// a JSON array (what scripts/test.mjs passes, safe for globs with commas) or comma-separated
const rawFiles = (process.env.OT_FILES || '').trim();
const files = (rawFiles.startsWith('[') ? JSON.parse(rawFiles) : rawFiles.split(','))
  .map((/** @type {string} */ s) => s.trim())
  .filter(Boolean);

/** @returns {Promise<import('@web/test-runner').BrowserLauncher>} */
async function makeLauncher() {
  const b = BROWSERS[engine];
  if (engine === 'chromium') {
    const { chromeLauncher } = await import('@web/test-runner-chrome');
    return chromeLauncher({
      launchOptions: {
        executablePath: b.path(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    });
  }
  if (engine === 'firefox') {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    return puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: b.path(), headless: true },
    });
  }
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.OT_WEBDRIVER_PORT || 4444),
    logLevel: 'error',
    capabilities: {
      // @ts-ignore vendor capabilities
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: b.path(), args: ['--automation', ...(process.env.OT_OS_SCHEME === 'dark' ? ['--dark-mode'] : [])] },
    },
  });
  // the launcher labels itself from capabilities (empty here); give the progress output a name
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  return launcher;
}

/**
 * `import data from '../data/sources.json'` (from .ts/.js served by the test server): imports of
 * .json files get a `?json-module` query and are served as `export default <json>`. A plain
 * `fetch('/data/sources.json')` still gets the JSON unchanged. Import attributes
 * (`with { type: 'json' }`) are stripped so that both styles work in every engine.
 * @returns {import('@web/dev-server-core').Plugin}
 */
function jsonModulesPlugin() {
  const QUERY = 'json-module';
  const isJsonModule = (/** @type {any} */ ctx) =>
    ctx.path.endsWith('.json') && new URLSearchParams(ctx.querystring).has(QUERY);
  // esbuild (target es2022) already drops import attributes from .ts files; this covers plain .js
  const staticAttr = /(\bfrom\s*(["'])[^"'\n]+?\.json\2)\s*(?:with|assert)\s*\{\s*type\s*:\s*["']json["']\s*\}/g;
  const dynamicAttr =
    /(\bimport\s*\(\s*(["'])[^"'\n]+?\.json\2)\s*,\s*\{\s*(?:with|assert)\s*:\s*\{\s*type\s*:\s*["']json["']\s*\}\s*,?\s*\}\s*\)/g;
  return {
    name: 'ot-json-modules',
    resolveMimeType(ctx) {
      if (isJsonModule(ctx)) return 'js';
    },
    transform(ctx) {
      if (isJsonModule(ctx)) {
        return { body: `export default ${ctx.body};\n`, transformCache: true };
      }
      if (ctx.response.is('js') && typeof ctx.body === 'string' && ctx.body.includes('.json')) {
        return ctx.body.replace(staticAttr, '$1').replace(dynamicAttr, '$1)');
      }
    },
    transformImport({ source }) {
      const [path, query = ''] = source.split('?');
      if (path.endsWith('.json') && !new URLSearchParams(query).has(QUERY)) {
        return `${path}?${query ? `${query}&` : ''}${QUERY}`;
      }
    },
  };
}

/**
 * `virtual:ot-data/<part>` (src/data/parts.ts), which vite.config.ts makes at build time, made here
 * in the browser by the same code (src/data/slice.ts) from the data files: the tests see the
 * parts that ship.
 * @returns {import('@web/dev-server-core').Plugin}
 */
function dataPartsPlugin() {
  const PREFIX = 'virtual:ot-data/';
  const PATH = '/__ot-data/';
  return {
    name: 'ot-data-parts',
    resolveImport({ source }) {
      if (source.startsWith(PREFIX)) return `${PATH}${source.slice(PREFIX.length)}.js`;
    },
    serve(ctx) {
      if (!ctx.path.startsWith(PATH)) return;
      const name = ctx.path.slice(PATH.length, -'.js'.length);
      const body = name === 'loaders'
        ? `import { PART_NAMES } from '/src/data/parts.ts';
export default Object.fromEntries(PART_NAMES.map((p) => [p, () => import('${PATH}' + p + '.js').then((m) => m.default)]));`
        : `import { bundledDataset } from '/src/data/bundled.ts';
import { compact, slicePart } from '/src/data/slice.ts';
export default ${name === 'all' ? 'compact(bundledDataset)' : `slicePart(bundledDataset, ${JSON.stringify(name)})`};`;
      return { body, type: 'js' };
    },
  };
}

/**
 * Hostile network and page conditions for tests/hostile-*.test.ts:
 *   /__hostile/status/<code>          answers with that HTTP status and a short text body
 *   /__hostile/hang                   never answers (until the browser gives up or goes away)
 *   /__hostile/stall-body             sends headers and the start of a JSON body, then nothing more
 *   /__hostile/delay/<ms>/<path>      serves /<path> after <ms> ms
 *   /tests/fixtures/hostile-csp*.html served with a strict Content-Security-Policy
 * @returns {import('koa').Middleware}
 */
function hostileMiddleware() {
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
  /** Resolves when the browser closes the connection, or after a minute (never keeps Node alive). */
  const untilClosed = (/** @type {any} */ ctx) =>
    new Promise((resolve) => {
      ctx.res.once('close', resolve);
      setTimeout(resolve, 60_000).unref();
    });
  /** The same server under its other name (localhost ↔ 127.0.0.1): another origin for the browser. */
  const otherOrigin = (/** @type {any} */ ctx) => {
    const [name, port] = ctx.host.split(':');
    return `${ctx.protocol}://${name === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${port}`;
  };
  return async (ctx, next) => {
    const path = ctx.path;
    if (path.startsWith('/__no-cors/')) {
      // A plain bucket behind a CDN: the file, and no CORS header of any kind.
      ctx.url = ctx.url.slice('/__no-cors'.length);
      await next();
      for (const name of Object.keys(ctx.response.headers)) if (name.startsWith('access-control-')) ctx.remove(name);
      return;
    }
    if (path === '/__ssr.html') {
      // A publisher's page whose fragment went through the package's `render` command (dist/lib),
      // with dist/embed.js after it unless `script=0`; tests/fixtures/ssr-probe.js notes what moves.
      const { execFileSync } = await import('node:child_process');
      const lang = String(ctx.query.lang ?? 'en');
      const rendered = execFileSync(process.execPath, ['dist/lib/src/bin.js', 'render', '--lang', String(ctx.query.serverLang ?? lang)], { input: String(ctx.query.body ?? ''), encoding: 'utf8' });
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>server-rendered</title></head><body>
${rendered}
<script src="/tests/fixtures/ssr-probe.js"></script>
${ctx.query.script === '0' ? '' : '<script src="/dist/embed.js" defer></script>'}
</body></html>`;
      return;
    }
    if (path === '/__hostile/cross-origin.html') {
      // A publisher's page whose widgets come from another origin, allowed by its policy and nothing else.
      const other = `${otherOrigin(ctx)}/__no-cors/`;
      ctx.set('Content-Security-Policy', `default-src 'self'; script-src ${other}; style-src 'self'`);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="${ctx.query.lang ?? 'en'}"><head><meta charset="utf-8"><title>cross-origin</title>
<script src="${other}tests/fixtures/hostile-probe.js"></script>
<script src="${other}dist/embed.js" defer></script></head><body>
${ctx.query.body ?? ''}
</body></html>`;
      return;
    }
    if (path.startsWith('/tests/fixtures/hostile-csp') && path.endsWith('.html')) {
      await next();
      ctx.set('Content-Security-Policy', CSP);
      return;
    }
    if (!path.startsWith('/__hostile/')) return next();
    const [, , kind, arg, ...rest] = path.split('/');
    if (kind === 'status') {
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
    } else if (kind === 'hang') {
      await untilClosed(ctx);
      ctx.status = 504;
    } else if (kind === 'stall-body') {
      const { PassThrough } = await import('node:stream');
      const body = new PassThrough();
      body.write('{"schemaVersion": 1, "sources": {');
      ctx.res.once('close', () => body.end());
      setTimeout(() => body.end(), 60_000).unref();
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = body;
    } else if (kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, Number(arg)));
      ctx.url = `/${rest.join('/')}${ctx.search}`;
      return next();
    } else {
      ctx.status = 404;
    }
  };
}

/**
 * Writes pass/fail counts for this engine to OT_RESULTS_FILE, so scripts/test.mjs does not have
 * to parse console output. A test file that fails to load (syntax error, 404 import, timeout)
 * counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter() {
  const out = process.env.OT_RESULTS_FILE;
  /** @type {string[]} */
  let testFiles = [];
  return {
    start(args) {
      testFiles = args.testFiles;
    },
    stop({ sessions }) {
      const counts = { engine, files: testFiles.length, passed: 0, failed: 0, skipped: 0, fileErrors: 0, failures: /** @type {string[]} */ ([]) };
      const walk = (/** @type {any} */ suite, /** @type {string} */ prefix, /** @type {string} */ file) => {
        if (!suite) return;
        for (const t of suite.tests ?? []) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else {
            counts.failed++;
            counts.failures.push(`${file}: ${prefix}${t.name}`);
          }
        }
        for (const s of suite.suites ?? []) walk(s, `${prefix}${s.name} > `, file);
      };
      for (const session of sessions) {
        const file = session.testFile.replace(process.cwd() + '/', '');
        const before = counts.failed;
        walk(session.testResults, '', file);
        if (!session.passed && counts.failed === before) {
          // the file itself failed (load error, timeout, browser crash) without a failing test
          counts.fileErrors++;
          counts.failed++;
          const msg = session.errors?.[0]?.message ?? session.status;
          counts.failures.push(`${file}: (file failed) ${msg}`);
        }
      }
      if (out) {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, JSON.stringify(counts, null, 2));
      }
    },
  };
}

const cores = cpus().length;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: files.length ? files : ['tests/**/*.test.ts'],
  nodeResolve: true,
  // one engine per run; WebKitWebDriver drives a single MiniBrowser session reliably
  concurrentBrowsers: 1,
  concurrency: engine === 'webkit' ? 1 : Math.max(1, Math.min(4, Math.floor(cores / 2))),
  // 2-core machine: browsers start slowly, axe checks are not instant
  browserStartTimeout: 90_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // axe over many variants in WebKit on two busy cores takes its time; a hang still fails.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [await makeLauncher()],
  // Lit's dev build (picked by nodeResolve's "development" condition) announces itself in every file
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  plugins: [
    esbuildPlugin({
      ts: true,
      // modern engines only (Chromium, Firefox ESR, WebKitGTK); no down-levelling needed
      target: ['es2022'],
      tsconfig: existsSync('tsconfig.json') ? 'tsconfig.json' : undefined,
    }),
    jsonModulesPlugin(),
    dataPartsPlugin(),
  ],
  middleware: [hostileMiddleware()],
  reporters: [defaultReporter(), countsReporter()],
};
