// Run as a child process (`node bench/lib/server.mjs <site>`): the server renderer of the site's
// dist/lib, timed per widget variant, with the bytes of HTML it adds; and the README-style article
// rendered, written to <site>/bench/readme-ssr.html beside the same page with text (readme-text.html).
// A child, because Lit's DOM shim takes over the process's globals.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { KINDS, README_ARTICLE, page } from './pages.mjs';
import { sizes } from './bytes.mjs';

const site = process.argv[2];
const RUNS = Number(process.argv[3] ?? 15);
const { render } = await import(pathToFileURL(`${site}/dist/lib/src/ssr.js`).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await render(README_ARTICLE); // the first call defines the widgets
const widgets = [];
for (const w of KINDS.flat()) {
  const markup = `<${w.tag} ${w.attrs}></${w.tag}>`;
  const times = [];
  let html = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    html = (await render(markup)).html;
    times.push(performance.now() - t0);
  }
  const added = sizes(html.slice(markup.length - `</${w.tag}>`.length - 1));
  widgets.push({ widget: `${w.tag} ${w.attrs}`, renderMs: Math.round(median(times) * 100) / 100, htmlBytes: added.raw, htmlGzip: added.gzip });
}
const { html: article } = await render(README_ARTICLE, { lang: 'en-GB' });
writeFileSync(`${site}/bench/readme-ssr.html`, page({ title: 'README-style article, rendered on the server', body: article, embed: true }));
writeFileSync(`${site}/bench/readme-text.html`, page({ title: 'README-style article, text fallbacks', body: README_ARTICLE, embed: true }));
process.stdout.write(JSON.stringify({ runs: RUNS, widgets }));
