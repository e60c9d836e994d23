// Where the browser engines live on Debian, the apt packages that provide them, and installing those (Node built-ins
// only). An env var can override each path, e.g. to make an engine unavailable: OT_CHROMIUM_PATH=/nonexistent.
import { accessSync, constants, existsSync } from 'node:fs';
import { banner, run } from './test/processes.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** Installed along with the browsers so that text renders. */
const FONTS = { pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' };
const isRoot = process.getuid?.() === 0;

/** A binary at `defaultPath` from Debian package `pkg`, unless env var `env` names another path. */
function binary(label, env, defaultPath, pkg) {
  const path = () => process.env[env] || defaultPath;
  return { label, env, pkg, path, overridden: () => path() !== defaultPath };
}
const only = (name, bin) => ({ name, path: bin.path, needs: [bin] });
// libwebkit2gtk-4.1-0 ships MiniBrowser; webkit2gtk-driver depends on it
const miniBrowser = binary('WebKitGTK MiniBrowser', 'OT_MINIBROWSER_PATH',
  `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/webkit2gtk-4.1/MiniBrowser`, 'webkit2gtk-driver');
const driver = binary('WebKitWebDriver', 'OT_WEBKITWEBDRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver');
const xvfb = binary('Xvfb', 'OT_XVFB_PATH', '/usr/bin/Xvfb', 'xvfb');

/** Per engine: `path()` is what the launcher runs; `needs` is every binary the engine requires. */
export const BROWSERS = {
  chromium: only('Chromium', binary('Chromium', 'OT_CHROMIUM_PATH', '/usr/bin/chromium', 'chromium')),
  firefox: only('Firefox', binary('Firefox ESR', 'OT_FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr')),
  webkit: { name: 'WebKit', path: miniBrowser.path, needs: [driver, miniBrowser, xvfb], driver, xvfb },
};

/** Chromium as the tests and scripts launch it here (Debian's, or OT_CHROMIUM_PATH; no network chatter). */
export const chromiumOptions = () => ({
  executablePath: BROWSERS.chromium.path(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--disable-sync'],
});

export function isExecutable(path) {
  try {
    return accessSync(path, constants.X_OK) === undefined;
  } catch {
    return false;
  }
}

/** The binaries that `engine` needs and that are missing (or not executable). */
const missingBinaries = (engine) => BROWSERS[engine].needs.filter((b) => !isExecutable(b.path()));

/** Installs `packages` with apt-get, unless `noInstall` says why not; @returns why it could not, or '' */
async function aptInstall(packages, noInstall) {
  if (noInstall) return noInstall;
  if (!isExecutable('/usr/bin/apt-get')) return 'apt-get not found (not Debian/Ubuntu?)';
  if (!isRoot) return 'not running as root';
  banner(`apt-get install ${packages.join(' ')}`);
  const apt = 'apt-get -o DPkg::Lock::Timeout=600'; // waits for another apt/dpkg run to finish
  const script = `${apt} update && ${apt} install -y ${packages.join(' ')}`;
  const { code } = await run(['sh', '-c', script], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  return code === 0 ? '' : `apt-get failed with exit code ${code}`;
}

/** Installs the Debian packages `engines` miss, or prints how. @returns {Promise<Map>} engine -> why it cannot run */
export async function ensureBrowsers(engines, noInstall) {
  // a path set by env var is not apt's to fix
  const needed = new Set(engines.flatMap((e) => missingBinaries(e).filter((b) => !b.overridden()).map((b) => b.pkg)));
  const packages = needed.size && !existsSync(FONTS.file) ? [...needed, FONTS.pkg] : [...needed];
  const problem = packages.length ? await aptInstall(packages, noInstall) : '';
  if (!packages.length && !existsSync(FONTS.file)) {
    console.warn(`[test] note: ${FONTS.file} missing; text may not render (apt-get install -y ${FONTS.pkg})`);
  }
  const sudo = isRoot ? '' : 'sudo ';
  if (problem) console.error(`\n[test] Browsers missing and not installed (${problem}). Install them with:\n`
    + `    ${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}\n`);
  const afterApt = packages.length && !problem ? ', still missing after apt-get install' : '';
  const why = (b) => `${b.label} not found at ${b.path()} `
    + `(${b.overridden() ? `set by ${b.env}` : `Debian package ${b.pkg}${afterApt}`})`;
  const unavailable = engines.filter((e) => missingBinaries(e).length);
  return new Map(unavailable.map((e) => [e, missingBinaries(e).map(why).join('; ') + (problem ? `; ${problem}` : '')]));
}
