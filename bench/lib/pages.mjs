// The pages the benchmark loads: N widgets (a mix of the four), and the same visible text as
// plain static HTML, generated from what the widgets rendered.

export const WIDGET_SELECTOR = 'ot-treaty-badge, ot-casualty-counter, ot-pledge-bar, ot-withdrawal-timeline';

/**
 * The mix: widget i is kind i % 4, and within its kind variant ⌊i / 4⌋ (cycling), so every N
 * has the four kinds in equal shares. Every widget is pinned with `as-of`, so the text (and
 * the work) is the same on any day. `inline` badges sit inside a sentence, as in an article.
 */
export const KINDS = [
  [
    { tag: 'ot-treaty-badge', attrs: 'country="PL" as-of="2025-03-18" no-footer', before: 'Poland', after: 'said on Tuesday that it would leave the treaty.' },
    { tag: 'ot-treaty-badge', attrs: 'country="EE" as-of="2026-01-05"' },
    { tag: 'ot-treaty-badge', attrs: 'country="FI" as-of="2025-11-28"' },
    { tag: 'ot-treaty-badge', attrs: 'country="LT" treaty="ccm" as-of="2025-01-10"' },
  ],
  [
    { tag: 'ot-casualty-counter', attrs: 'as-of="2025-03-18"' },
    { tag: 'ot-casualty-counter', attrs: 'as-of="2025-03-18" breakdown trend' },
  ],
  [
    { tag: 'ot-pledge-bar', attrs: 'countries="PL,EE,LV,LT" as-of="2025-03-18"' },
    { tag: 'ot-pledge-bar', attrs: 'country="LT" as-of="2025-06-24"' },
    { tag: 'ot-pledge-bar', attrs: 'countries="PL,EE,LV,LT,FI" as-of="2026-11-28" history' },
  ],
  [
    { tag: 'ot-withdrawal-timeline', attrs: 'as-of="2025-03-18"' },
    { tag: 'ot-withdrawal-timeline', attrs: 'as-of="2026-03-01"' },
    { tag: 'ot-withdrawal-timeline', attrs: 'countries="PL" from="2025-06-01" to="2025-12-31" as-of="2025-11-28"' },
  ],
];

/**
 * An article written the way the README shows: each widget with a one-line text fallback, the
 * badge inside a sentence. The benchmark measures its layout shift with those fallbacks, and
 * rendered on the server (bench/lib/server.mjs).
 */
export const README_ARTICLE = `<h1>Four states leave the mine ban</h1>
<p>Poland <ot-treaty-badge country="PL" as-of="2025-11-28" no-footer>(withdrawal pending)</ot-treaty-badge> said on Tuesday that it would leave the treaty.</p>
<p>The defence ministers of Poland, Estonia, Latvia and Lithuania recommended leaving the Ottawa Convention in March 2025.</p>
<ot-casualty-counter as-of="2025-12-31">6,279 people were killed or injured by mines in 2024.</ot-casualty-counter>
<p>All four states are on NATO's eastern flank, and all four have raised their defence budgets.</p>
<ot-pledge-bar countries="PL,EE,LV,LT" as-of="2025-12-31">Defence spending as a share of GDP, 2025.</ot-pledge-bar>
<p>The withdrawals took effect between December 2025 and February 2026.</p>
<ot-withdrawal-timeline as-of="2026-03-01">The withdrawals, step by step.</ot-withdrawal-timeline>
<p>Ukraine's suspension of the treaty is disputed.</p>`;

/** @returns {{ tag: string, attrs: string, before?: string, after?: string }[]} */
export function mix(n) {
  return Array.from({ length: n }, (_, i) => {
    const variants = KINDS[i % KINDS.length];
    return variants[Math.floor(i / KINDS.length) % variants.length];
  });
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A widget block as HTML; `inner` replaces the element (for the static page). */
function block(w, inner = `<${w.tag} ${w.attrs}></${w.tag}>`) {
  return w.before ? `<p>${esc(w.before)} ${inner} ${esc(w.after)}</p>` : `<div class="block">${inner}</div>`;
}

/** The widgets as HTML (also used to insert them at run time for the memory measurement). */
export const widgetsHtml = (blocks) => blocks.map((w) => block(w)).join('\n');

/**
 * The same visible text as static HTML: a widget's lines become paragraphs; an inline widget's
 * lines one span. `texts[i]` is what widget i showed (see `collectTexts`).
 */
export function staticHtml(blocks, texts) {
  return blocks
    .map((w, i) => {
      const { inline, lines } = texts[i];
      const inner = inline ? `<span>${esc(lines.join(' '))}</span>` : lines.map((l) => `<p>${esc(l)}</p>`).join('');
      return block(w, inner);
    })
    .join('\n');
}

/**
 * Runs in the page (both kinds, the same code): when the document has been parsed and the
 * deferred scripts have run, waits for every widget's definition and `updateComplete`, forces style and layout,
 * waits for the next frame, and marks `performance.now()`. Also sums layout shifts up to then.
 * `window.__bench` resolves with the figures; the mark `ot-bench-rendered` ends the traced window.
 */
function measure(selector) {
  let cls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  window.__bench = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', async () => {
      const dcl = performance.now();
      const els = [...document.querySelectorAll(selector)];
      // dist/embed.js fetches each widget's file, then each widget its data: wait for both.
      await Promise.all([...new Set(els.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(els.map((el) => el.updateComplete));
      const updated = performance.now();
      void document.body.getBoundingClientRect().height;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const rendered = performance.now();
      performance.mark('ot-bench-rendered');
      const isError = (el) => { try { return el.matches(':state(error)'); } catch { return false; } };
      resolve({
        dcl,
        updated,
        rendered,
        cls,
        widgets: els.length,
        unrendered: els.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).length,
        errors: els.filter(isError).length,
        nodes: document.getElementsByTagName('*').length,
      });
    });
  });
}

const STYLE = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #15191e; background: #fff; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
  .block { margin: 1.5rem 0; }
  .block p { margin: 0.25rem 0; }
`;

/** A bench page: `body` inside `<main>`, the measuring script, and the embed script if `embed`. */
export function page({ title, body, embed }) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script>(${measure})(${JSON.stringify(WIDGET_SELECTOR)});</script>
${embed ? '<script src="/dist/embed.js" defer></script>' : ''}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * Runs in a rendered widget page: each widget's visible text, from its shadow root (visually
 * hidden text for screen readers and closed `<details>` left out, as a reader does not see them),
 * in lines as laid out by `innerText`.
 */
export function collectTexts(selector) {
  const hide = new CSSStyleSheet();
  hide.replaceSync('.visually-hidden { display: none !important; }');
  return [...document.querySelectorAll(selector)].map((el) => {
    const root = el.shadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, hide];
    const parts = [];
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
      // (innerText of an element that is not rendered is its whole text content: skip those)
      else if (node instanceof HTMLElement && node.checkVisibility()) parts.push(`\n${node.innerText}\n`);
    }
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hide);
    const lines = parts.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { inline: getComputedStyle(el).display.startsWith('inline'), lines };
  });
}
