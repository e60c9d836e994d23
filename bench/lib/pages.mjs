// The pages the benchmark loads (N widgets; the same text as static HTML) and the scripts they run. Data: bench/data/.
import { readFileSync } from 'node:fs';
import { widgets } from '../../scripts/manifest.mjs';

const read = (file) => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');
/** By tag: the variants shown, pinned with `as-of` (the same work on any day), and `part`, the data one loads alone. */
const SHOWN = JSON.parse(read('widgets.json'));
/** An article written as the README shows: each widget with a one-line text fallback, the badge inside a sentence. */
export const README_ARTICLE = read('readme-article.html').trimEnd();
const TEMPLATE = read('page.html');

/** The manifest's widgets with what the pages show of them (a widget not in widgets.json: its defaults). */
export const shownWidgets = (manifest = 'dist/custom-elements.json') => widgets(manifest).map((w) => ({ ...w,
  part: SHOWN[w.tag]?.part, variants: (SHOWN[w.tag]?.variants ?? [{ attrs: '' }]).map((v) => ({ tag: w.tag, ...v })) }));
/** "all four": the results name pages and entries so, while there are few enough widgets to spell. */
export const all = (shown) => `all ${['one', 'two', 'three', 'four', 'five', 'six'][shown.length - 1] ?? shown.length}`;
/** The parts of the data a page with every widget loads: each one's, a state's left to `story`, which holds them all. */
export function partsOfAll(shown) {
  const parts = shown.map((w) => w.part).filter(Boolean);
  return [...new Set(parts.map((p) => (parts.includes('story') && /^[A-Z]{2}$/.test(p) ? 'story' : p)))];
}

/** Widget i is kind i mod K and, within its kind, variant ⌊i / K⌋ (cycling): every N has each kind in equal shares. */
export const mix = (shown, n) => Array.from({ length: n }, (_, i) => {
  const { variants } = shown[i % shown.length];
  return variants[Math.floor(i / shown.length) % variants.length];
});
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const markup = (w) => `<${w.tag} ${w.attrs}></${w.tag}>`;
const block = (w, inner = markup(w)) =>
  (w.before ? `<p>${esc(w.before)} ${inner} ${esc(w.after)}</p>` : `<div class="block">${inner}</div>`);
export const widgetsHtml = (blocks) => blocks.map((w) => block(w)).join('\n');
/** The same visible text as static HTML: `texts[i]` (see `collectTexts`) as paragraphs, or one span for an inline widget. */
export const staticHtml = (blocks, texts) => blocks.map((w, i) => block(w, texts[i].inline
  ? `<span>${esc(texts[i].lines.join(' '))}</span>` : texts[i].lines.map((l) => `<p>${esc(l)}</p>`).join(''))).join('\n');

/** Runs in the page: waits until every widget is defined and rendered (embed.js fetches each widget's file, then each widget
 * its data), forces style and layout, waits for the next frame and marks `mark` (the end of a traced window), if given. */
export async function settle(selector, mark) {
  const els = [...document.querySelectorAll(selector)];
  await Promise.all([...new Set(els.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(els.map((el) => el.updateComplete));
  const updated = performance.now();
  void document.body.getBoundingClientRect().height;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const rendered = performance.now();
  if (mark) performance.mark(mark);
  const unrendered = els.filter((el) => !el.shadowRoot?.childElementCount).length;
  const errors = els.filter((el) => el.matches(':state(error)')).map((el) => el.localName);
  return { updated, rendered, widgets: els.length, unrendered, errors };
}

/** Runs in the head of every bench page: `window.__bench` resolves with `settle`'s figures and the layout shift until then. */
function measure(selector, settle) {
  let cls = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { cls += e.hadRecentInput ? 0 : e.value; }))
    .observe({ type: 'layout-shift', buffered: true });
  window.__bench = new Promise((resolve) => document.addEventListener('DOMContentLoaded', async () => {
    const dcl = performance.now();
    resolve({ dcl, ...(await settle(selector, 'ot-bench-rendered')), cls });
  }));
}

export function page({ title, body, embed, selector }) {
  const fill = { title: esc(title), body, measure: `(${measure})(${JSON.stringify(selector)}, ${settle});`,
    embed: embed ? '<script src="/dist/embed.js" defer></script>' : '' };
  return TEMPLATE.replace(/\{(\w+)\}/g, (_, key) => fill[key]);
}

/** Runs in a rendered page: each widget's visible text from its shadow root, in lines as `innerText` lays them out, without
 * visually hidden text and closed `<details>` (the innerText of an element that is not rendered is its whole text). */
export function collectTexts(selector) {
  const hide = new CSSStyleSheet();
  hide.replaceSync('.visually-hidden { display: none !important; }');
  return [...document.querySelectorAll(selector)].map((el) => {
    const root = el.shadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, hide];
    const parts = [...root.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent
      : node instanceof HTMLElement && node.checkVisibility() ? `\n${node.innerText}\n` : ''));
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hide);
    const lines = parts.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { inline: getComputedStyle(el).display.startsWith('inline'), lines };
  });
}
