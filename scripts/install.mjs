// What `npm start` and `npm test` share: whether node_modules must be (re)installed, and how (Node built-ins only).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Installing must never download a browser: the browsers come from Debian. */
export const INSTALL_ENV = { PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROME_DOWNLOAD: '1',
  PUPPETEER_SKIP_CHROME_HEADLESS_SHELL_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

/** Why node_modules must be installed, or '' if it is up to date. */
export function installReason() {
  if (!existsSync('node_modules')) return 'node_modules is missing';
  const marker = existsSync('node_modules/.package-lock.json') ? 'node_modules/.package-lock.json' : 'node_modules';
  const stale = existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  return stale ? 'package-lock.json is newer than node_modules' : '';
}

/** Runs `npm ci` (or `npm install` without a lock file), after `announce(what, why)`. @returns whether it succeeded */
export function install(reason, announce) {
  const cmd = existsSync('package-lock.json') ? ['npm', 'ci'] : ['npm', 'install'];
  announce(`${cmd.join(' ')} (${reason})`);
  const { status } = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...INSTALL_ENV } });
  if (status !== 0) console.error(`${cmd.join(' ')} failed with exit code ${status}`);
  return status === 0;
}
