// A static file server on 127.0.0.1 for screenshots, the consumer test and the benchmark: sirv on node:http; and the
// package's `render` command as a publisher's server runs it.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves `root` on a free port. `dev` mode looks each file up when asked for (the benchmark writes
 * pages after starting the server) and sends `Cache-Control: no-store`.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(root) {
  const files = sirv(root, {
    dev: true,
    // sirv names a charset only for HTML; say it for scripts too, whatever the page declares.
    setHeaders: (res, path) => /\.m?js$/.test(path) && res.setHeader('Content-Type', 'text/javascript; charset=utf-8'),
  });
  const server = createServer((req, res) => files(req, res));
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** `fragment` rendered by the package's own `render` command (dist/lib, built), for a page in `lang`. @returns {Promise<string>} */
export function renderWithPackage(fragment, lang) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['dist/lib/src/bin.js', 'render', '--lang', lang], (error, stdout, stderr) =>
      (error ? reject(new Error(stderr || error.message)) : resolve(stdout)));
    child.stdin?.end(fragment);
  });
}
