/**
 * Test-server middleware (web-test-runner.config.mjs) for hostile network and page conditions, used by
 * tests/hostile-*.test.ts, tests/embed.test.ts and tests/ssr-hydration.test.ts:
 *   /__hostile/status/<code>          answers with that HTTP status and a short text body
 *   /__hostile/hang                   never answers (until the browser gives up or goes away)
 *   /__hostile/stall-body             sends headers and the start of a JSON body, then nothing more
 *   /__hostile/delay/<ms>/<path>      serves /<path> after <ms> ms
 *   /__hostile/cross-origin.html      a page whose widgets come from the other origin (see below)
 *   /__no-cors/<path>                 serves /<path> without any CORS header
 *   /__ssr.html                       a page rendered by the package's `render` command
 *   /tests/fixtures/hostile-csp*.html served with a strict Content-Security-Policy
 */
import { PassThrough } from 'node:stream';
import { renderWithPackage } from '../../scripts/serve.mjs';

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

/** @returns {import('koa').Middleware} */
export function hostileMiddleware() {
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
      const lang = String(ctx.query.lang ?? 'en');
      const rendered = await renderWithPackage(String(ctx.query.body ?? ''), String(ctx.query.serverLang ?? lang));
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
