// WebKit runs in WebKitGTK's MiniBrowser, driven by WebKitWebDriver, on an X display of its own (Xvfb).
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BROWSERS } from '../browsers.mjs';
import { running, start, stop } from './processes.mjs';

/** `preferred` if it is free on 127.0.0.1, else a port the system picks. */
const freePort = (preferred) => new Promise((resolve) => {
  const server = createServer().once('error', () => resolve(freePort(0)));
  server.listen(preferred, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Xvfb on a free display, then WebKitWebDriver on a free port (4444 unless taken). @returns {Promise<{ env?, error?, stop }>} */
export async function startWebKitServices() {
  // -displayfd: Xvfb takes a free display itself (no race with other runs) and prints it once it accepts clients
  const xvfb = [BROWSERS.webkit.xvfb.path(), '-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'];
  const x = start(xvfb, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolve) => {
    x.stdout.once('data', (data) => resolve(`:${String(data).trim()}`)).once('close', () => resolve(''));
    setTimeout(() => resolve(''), 15000).unref();
  });
  if (!display) return { error: `Xvfb did not start: ${x.tail()}`, stop: () => stop(x) };
  const port = await freePort(4444);
  const driver = [BROWSERS.webkit.driver.path(), `--port=${port}`, '--host=127.0.0.1'];
  const wd = start(driver, { env: { DISPLAY: display }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const answers = () => fetch(`http://127.0.0.1:${port}/status`).then(() => true, () => false);
  let up = false;
  for (const end = Date.now() + 20000; !up && running(wd) && Date.now() < end; await sleep(100)) up = await answers();
  const stopBoth = () => [wd, x].forEach((child) => stop(child));
  if (!up) return { error: `WebKitWebDriver did not answer on 127.0.0.1:${port}: ${wd.tail()}`, stop: stopBoth };
  console.log(`[test] Xvfb on ${display}, WebKitWebDriver on 127.0.0.1:${port}`);
  return { env: { DISPLAY: display, OT_WEBDRIVER_PORT: String(port) }, stop: stopBoth };
}
