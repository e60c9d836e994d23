// The widgets under Lit's server renderer (@lit-labs/ssr), from the built npm modules: nothing
// may touch window, document, closest() or an observer before the element is connected.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

// A server has no reason to load on demand: every language and all the data, up front.
await import('../../dist/lib/src/all.js');
await import('../../dist/lib/src/index.js');

/** The server's HTML for a template, with Lit's comment markers removed, and its text alone. */
function serve(template) {
  const out = collectResultSync(render(template)).replace(/<!--[^]*?-->/g, '');
  const text = out.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return { out, text };
}

const cases = [
  ['ot-treaty-badge', html`<ot-treaty-badge country="PL" as-of="2025-03-18" locale="en-GB"></ot-treaty-badge>`,
    'Poland Defence ministers jointly recommended withdrawal on 18 March 2025'],
  ['ot-casualty-counter', html`<ot-casualty-counter as-of="2026-01-01" breakdown trend></ot-casualty-counter>`, '6,279'],
  ['ot-pledge-bar', html`<ot-pledge-bar countries="PL,LT" as-of="2026-01-15" history></ot-pledge-bar>`, '4.00% in 2025'],
  ['ot-withdrawal-timeline', html`<ot-withdrawal-timeline as-of="2026-01-15"></ot-withdrawal-timeline>`, 'Prime Minister proposes withdrawal'],
];

for (const [tag, template, shows] of cases) {
  test(`${tag} renders on a server into a declarative shadow root, with what it shows`, () => {
    const { out, text } = serve(template);
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    assert.ok(text.includes(shows), `"${shows}" is not in: ${text.slice(0, 300)}`);
  });
}

test('the counter renders its final number on a server, not 0 waiting to count up', () => {
  const { text } = serve(html`<ot-casualty-counter as-of="2026-01-01"></ot-casualty-counter>`);
  assert.match(text, /^6,279\b/);
  assert.match(text, /6,279 people were killed or injured/);
  assert.doesNotMatch(text, /(^| )0 people/);
});

test('bad input and a publisher\'s src render on a server as in a browser: a message, or the loading state', () => {
  assert.match(serve(html`<ot-treaty-badge country="XX"></ot-treaty-badge>`).text, /Cannot show this widget: no data on XX/);
  assert.match(serve(html`<ot-pledge-bar country="PL" as-of="20250318"></ot-pledge-bar>`).text, /as-of/);
  assert.match(serve(html`<ot-treaty-badge country="PL" src="https://example.org/data.json"></ot-treaty-badge>`).text, /^Loading…$/);
});

test('locale chooses the language on a server', () => {
  assert.match(serve(html`<ot-treaty-badge country="PL" as-of="2025-03-07" locale="pl"></ot-treaty-badge>`).text, /^Polska Premier zaproponował wystąpienie 7 marca 2025/);
});
