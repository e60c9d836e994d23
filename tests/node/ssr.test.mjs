// The widgets under Lit's server renderer (@lit-labs/ssr), from the built npm modules: nothing
// may touch window, document, closest() or an observer before the element is connected.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { tempDir } from './packed.mjs';

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

// `ottawa-treaty-widgets/ssr` and `npx ottawa-treaty-widgets render`, from the built package.
const { render: renderFragment } = await import('../../dist/lib/src/ssr.js');
const BIN = 'dist/lib/src/bin.js';

const FOUR = `<article lang="en-GB"><h2>The withdrawals</h2>
<p>Poland <ot-treaty-badge country="PL" as-of="2025-11-28" no-footer>(withdrawal pending)</ot-treaty-badge> said…</p>
<ot-casualty-counter as-of="2026-01-01">6,279 people were killed or injured in 2024.</ot-casualty-counter>
<ot-pledge-bar countries="PL,LT" as-of="">Defence spending.</ot-pledge-bar>
<ot-withdrawal-timeline as-of="2026-01-15"/>
<!-- a comment --><script>/* the page's own script, left alone */</script></article>`;

const shadows = (out) => out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;

test('render: each widget gets its declarative shadow root before its text; the rest of the fragment is left as it was', async () => {
  const { html: out, problems } = await renderFragment(FOUR, { asOf: '2026-02-01', lang: 'en-GB' });
  assert.deepEqual(problems, []);
  assert.equal(shadows(out), 4);
  assert.match(out, /<ot-treaty-badge country="PL" as-of="2025-11-28" no-footer><template shadowroot="open" shadowrootmode="open">[^]*?<\/template>\(withdrawal pending\)<\/ot-treaty-badge>/);
  // A day is written where none was given (or an empty one), so that what hydrates shows the same day.
  assert.match(out, /<ot-pledge-bar countries="PL,LT" as-of="2026-02-01">/);
  assert.match(out, /<ot-withdrawal-timeline as-of="2026-01-15"\/?>/);
  // Take the shadow roots out again, and what is left is the fragment as given, with the day written in.
  assert.equal(out.replace(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>/g, ''), FOUR.replace('as-of=""', 'as-of="2026-02-01"'));
  assert.match(out.replace(/<!--[^]*?-->/g, ''), /Withdrawal takes effect on <time datetime="2026-02-20">20 February 2026<\/time>/);
});

test('render never throws on a fragment: errors are rendered as in a browser, escaped, and listed', async () => {
  for (const fragment of ['', '<<<>>>', '<ot-treaty-badge', '<ot-treaty-badge country="PL"><ot-treaty-badge country="EE"></ot-treaty-badge>', '<template><ot-treaty-badge country="PL"></ot-treaty-badge></template>', '\u0000<ot-pledge-bar countries=",">']) {
    const { html: out, problems } = await renderFragment(fragment);
    assert.equal(typeof out, 'string', JSON.stringify(fragment));
    assert.ok(Array.isArray(problems));
  }
  const hostile = `<ot-treaty-badge country='"><img src=x onerror=alert(1)>'></ot-treaty-badge><ot-withdrawal-timeline from="2026-01-01" to="2025-01-01"></ot-withdrawal-timeline>`;
  const { html: out, problems } = await renderFragment(hostile);
  assert.deepEqual(problems.map((p) => [p.tag, p.index]), [['ot-treaty-badge', 0], ['ot-withdrawal-timeline', 1]]);
  assert.match(problems[0].message, /is not a country code/);
  assert.match(problems[1].message, /the start date 2026-01-01 is after the end date 2025-01-01/);
  const shadow = out.slice(out.indexOf('<template'), out.indexOf('</template>'));
  assert.match(shadow, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(shadow, /<img/);
});

test('npx ottawa-treaty-widgets render: a fragment of all four widgets, from standard input and from a file', (t) => {
  const fromStdin = spawnSync(process.execPath, [BIN, 'render', '--as-of', '2026-02-01'], { input: FOUR, encoding: 'utf8' });
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.equal(shadows(fromStdin.stdout), 4);
  assert.equal(fromStdin.stderr, '');
  const dir = tempDir(t, 'ot-render-');
  writeFileSync(join(dir, 'fragment.html'), `${FOUR}<ot-treaty-badge country="XX"></ot-treaty-badge>`);
  const fromFile = spawnSync(process.execPath, [join(process.cwd(), BIN), 'render', 'fragment.html'], { cwd: dir, encoding: 'utf8' });
  assert.equal(fromFile.status, 0);
  assert.equal(shadows(fromFile.stdout), 5);
  assert.match(fromFile.stderr, /^<ot-treaty-badge> \(widget 5\): no data on XX under the Ottawa Convention\.$/m);
  const missing = spawnSync(process.execPath, [BIN, 'render', 'no-such-file.html'], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file/);
  const badDay = spawnSync(process.execPath, [BIN, 'render', '--as-of', 'tomorrow'], { input: FOUR, encoding: 'utf8' });
  assert.equal(badDay.status, 2);
});

test('render: the day it writes in is only ever a day; an unquoted value is left as the browser reads it', async () => {
  await assert.rejects(renderFragment('<ot-treaty-badge country="PL"></ot-treaty-badge>', { asOf: '2025-06-01" onclick="alert(1)' }), /is not a date/);
  const { html: out, problems } = await renderFragment('<ot-treaty-badge country=PL/></ot-treaty-badge>', { asOf: '2026-02-01' });
  assert.ok(out.startsWith('<ot-treaty-badge as-of="2026-02-01" country=PL/>'), out.slice(0, 80));
  assert.match(problems[0].message, /“PL\/” is not a country code/); // what a browser reads, too
});

test('render from standard input keeps every character, however the input is cut into chunks', () => {
  const words = 'Україна зупинила дію конвенції. '.repeat(8000);
  const piped = spawnSync(process.execPath, [BIN, 'render'], { input: `<p>${words}</p><ot-treaty-badge country="UA" locale="uk"></ot-treaty-badge>`, encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(!piped.stdout.includes('\uFFFD'), 'a character was cut in two');
  assert.ok(piped.stdout.includes(words));
});
