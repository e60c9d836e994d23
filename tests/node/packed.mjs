// For the consumer tests: the package as `npm pack` makes it, installed into a copy of a fixture
// app, and the built app opened in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { INSTALL_ENV } from '../../scripts/install.mjs';
import { chromiumOptions } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';

/** Runs a command; on failure, throws with its whole output. */
export function sh(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...INSTALL_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

/**
 * Writes `source` to `file` in the app and runs the app's type checker: it must fail, naming each
 * of `typos` (what a user mistyped), or the types would let such a page through. Removes the file.
 */
export function typosCaught(app, file, source, check, typos) {
  writeFileSync(join(app, file), source);
  try {
    execFileSync(check[0], check.slice(1), { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = `${error.stdout}${error.stderr}`;
    for (const typo of typos) if (!output.includes(typo)) throw new Error(`the type check failed, but not on "${typo}":\n${output}`);
    return output;
  } finally {
    rmSync(join(app, file));
  }
  throw new Error(`${check.join(' ')} accepted ${file}, with ${typos.join(', ')} in it`);
}

/** A temporary folder, removed when the test `t` ends. */
export function tempDir(t, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * `npm pack` of the package in `cwd` into `dir`: the tarball's path and the files it holds. `build`:
 * let `prepack` build dist/ (the package test, from a fresh clone); the consumer tests pack the
 * dist/ that `npm test` has just built, and never delete it under the tests that read it.
 */
export function pack(cwd, dir, { build = false } = {}) {
  if (!build && !existsSync(join(cwd, 'dist/lib'))) throw new Error('no dist/: run npm run build first');
  const [{ filename, files }] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir, ...(build ? [] : ['--ignore-scripts'])], cwd));
  return { tarball: join(dir, filename), files: files.map((f) => f.path) };
}

/** Installs a packed tarball into the project at `app`, as a user would. */
export const installTarball = (tarball, app) => sh('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);

/** Packs the package, copies `fixture` (without its builds) to a temporary folder and installs the tarball there. */
export function installPacked(t, fixture) {
  const dir = tempDir(t, 'ot-consumer-');
  const app = join(dir, 'app');
  cpSync(fixture, app, { recursive: true, filter: (src) => !/node_modules|dist|_site/.test(src) });
  installTarball(pack('.', dir).tarball, app);
  return app;
}

/**
 * Serves `root` and opens it in Chromium: `check(page, problems)` runs with the page loaded
 * (`before(page)`, if given, runs first, e.g. to install a probe); `problems` collects the page's
 * uncaught errors. Closes everything after.
 */
export async function inChromium(root, check, before) {
  const server = await serve(root);
  const browser = await puppeteer.launch(chromiumOptions());
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await before?.(page, problems);
    await page.goto(server.url, { waitUntil: 'networkidle0' });
    await check(page, problems);
  } finally {
    await browser.close();
    await server.close();
  }
}
