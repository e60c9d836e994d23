// A real site generator rendering the widgets on the server: `npm pack`, install the tarball into
// an Eleventy 3 site (tests/consumer-eleventy) whose build sends each page through
// ottawa-treaty-widgets/ssr, build it, open the page in Chromium: every widget is there before the
// script runs, and the script takes each one over without a change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inChromium, installPacked, sh } from './packed.mjs';

/** Notes what changes in the widgets' shadow roots once the page is parsed (the same probe as the browser tests). */
const PROBE = readFileSync('tests/fixtures/ssr-probe.js', 'utf8');

test('an Eleventy site renders the widgets on the server with the packed package, and the page takes them over unchanged', { timeout: 600_000 }, async (t) => {
  const site = installPacked(t, 'tests/consumer-eleventy');
  const built = sh('npx', ['--no-install', 'eleventy'], site);
  assert.match(built, /Wrote 1 file/);
  const html = readFileSync(join(site, '_site/index.html'), 'utf8');
  assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 5);

  await inChromium(join(site, '_site'), async (page, pageErrors) => {
    const seen = await page.evaluate(async () => {
      const els = [...document.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('ot-'));
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 500));
      const [badge, counter, , , bad] = els;
      return {
        serverRendered: window.__otServerRendered, changes: window.__otMutations, shifts: window.__otShifts.reduce((a, b) => a + b, 0),
        status: badge.status, pending: badge.matches(':state(withdrawal-pending)'), counter: counter.value, error: bad.matches(':state(error)'),
      };
    });
    assert.deepEqual(pageErrors, []);
    assert.equal(seen.serverRendered, 5, 'every widget had its shadow root before any script ran');
    assert.deepEqual(seen.changes, [], 'taking over changed nothing in a shadow root');
    assert.equal(seen.shifts, 0);
    assert.equal(seen.status, 'withdrawal-pending');
    assert.equal(seen.pending, true);
    assert.equal(seen.counter, 6279);
    assert.equal(seen.error, true);
  }, (page) => page.evaluateOnNewDocument(PROBE));
});
