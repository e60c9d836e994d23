// Run as a child, as Lit's DOM shim takes over a process's globals: `node bench/lib/server.mjs <site> <runs>` times the server
// renderer of <site>/dist/lib per widget variant, with the HTML it adds, and writes the README-style article to <site>/bench/
// with its text fallbacks (readme-text.html) and rendered on the server (readme-ssr.html).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median, round } from './browser.mjs';
import { sizes } from './bytes.mjs';
import { README_ARTICLE, markup, page, shownWidgets } from './pages.mjs';

const [site, runs = '15'] = process.argv.slice(2);
const shown = shownWidgets(`${site}/dist/custom-elements.json`);
const { render } = await import(pathToFileURL(`${site}/dist/lib/src/ssr.js`).href);
await render(README_ARTICLE); // the first call defines the widgets
const widgets = [];
for (const w of shown.flatMap((s) => s.variants)) {
  const times = [];
  let html = '';
  for (let i = 0; i < Number(runs); i++) {
    const t0 = performance.now();
    html = (await render(markup(w))).html;
    times.push(performance.now() - t0);
  }
  // What the server adds: the declarative shadow root.
  const added = sizes(html.slice(html.indexOf('<template'), html.lastIndexOf(`</${w.tag}>`)));
  widgets.push({ widget: `${w.tag} ${w.attrs}`.trim(), renderMs: round(median(times), 2), htmlBytes: added.raw, htmlGzip: added.gzip });
}
const selector = shown.map((w) => w.tag).join(', ');
const write = (name, title, body) =>
  writeFileSync(`${site}/bench/${name}.html`, page({ title: `README-style article, ${title}`, body, embed: true, selector }));
write('readme-ssr', 'rendered on the server', (await render(README_ARTICLE, { lang: 'en-GB' })).html);
write('readme-text', 'text fallbacks', README_ARTICLE);
process.stdout.write(JSON.stringify({ runs: Number(runs), widgets }));
