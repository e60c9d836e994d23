/**
 * Where the three browser engines live on Debian, and which apt packages provide them.
 * Node built-ins only: scripts/test.mjs imports this before node_modules exists, and
 * web-test-runner.config.mjs imports it for the launcher paths.
 *
 * Every path can be overridden by an env var (e.g. to point at another build, or to make an
 * engine unavailable on purpose: OT_CHROMIUM_PATH=/nonexistent npm test).
 */
import { accessSync, constants } from 'node:fs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

const multiarch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';

/**
 * @typedef {{ label: string, env: string, defaultPath: string, pkg: string }} Binary
 * @param {string} label @param {string} env @param {string} defaultPath @param {string} pkg
 * @returns {Binary & { path(): string, overridden(): boolean }}
 */
function binary(label, env, defaultPath, pkg) {
  return {
    label,
    env,
    defaultPath,
    pkg,
    path: () => process.env[env] || defaultPath,
    overridden: () => Boolean(process.env[env]) && process.env[env] !== defaultPath,
  };
}

const chromium = binary('Chromium', 'OT_CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
const firefox = binary('Firefox ESR', 'OT_FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
const minibrowser = binary(
  'WebKitGTK MiniBrowser',
  'OT_MINIBROWSER_PATH',
  `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
  // libwebkit2gtk-4.1-0 ships MiniBrowser; webkit2gtk-driver depends on it
  'webkit2gtk-driver',
);
const webkitDriver = binary('WebKitWebDriver', 'OT_WEBKITWEBDRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver');
const xvfb = binary('Xvfb', 'OT_XVFB_PATH', '/usr/bin/Xvfb', 'xvfb');

/** Per engine: `path()` is what the launcher runs; `needs` is every binary the engine requires. */
export const BROWSERS = {
  chromium: { name: 'Chromium', path: chromium.path, needs: [chromium] },
  firefox: { name: 'Firefox', path: firefox.path, needs: [firefox] },
  webkit: { name: 'WebKit', path: minibrowser.path, needs: [webkitDriver, minibrowser, xvfb], driver: webkitDriver, xvfb },
};

/** Packages installed alongside the browsers so that text renders. */
export const EXTRA_PACKAGES = ['fonts-dejavu-core'];

/** @param {string} p */
export function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {keyof typeof BROWSERS} engine
 * @returns {{ missing: ReturnType<typeof binary>[] }}
 */
export function checkEngine(engine) {
  return { missing: BROWSERS[engine].needs.filter((b) => !isExecutable(b.path())) };
}
