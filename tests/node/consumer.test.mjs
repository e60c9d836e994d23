// A real consumer: `npm pack`, install the tarball into a React 19 + Vite + TypeScript app
// (tests/consumer), type-check it (and see a typo caught), build it, open it in Chromium and see the widgets render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inChromium, installPacked, sh, typosCaught } from './packed.mjs';

test('a React 19 + Vite + TypeScript app installs the packed package, type-checks, builds and renders the widgets', { timeout: 600_000 }, async (t) => {
  const app = installPacked(t, 'tests/consumer');
  sh('npx', ['--no-install', 'tsc', '-p', '.'], app); // JSX types of the tags, the data API's types
  // The JSX types come from the manifest: a misspelt attribute, a treaty that does not exist and a
  // handler with the wrong event are each an error.
  typosCaught(app, 'src/Typos.tsx', `import 'ottawa-treaty-widgets/react';
export const typos = (
  <>
    <ot-treaty-badge contry="PL" />
    <ot-withdrawal-timeline treaty="otawa" />
    <ot-pledge-bar onot-data-error={(e) => e.detail.mesage} />
  </>
);
`, ['npx', '--no-install', 'tsc', '-p', '.'], ["'contry'", '"otawa"', "'mesage'"]);
  sh('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], app);

  await inChromium(join(app, 'dist'), async (page, pageErrors) => {
    await page.waitForFunction(() => document.querySelector('main')?.dataset.errors);
    const seen = await page.evaluate(() => {
      const [badge, bad] = document.querySelectorAll('ot-treaty-badge');
      return {
        expected: document.querySelector('main').dataset.expected,
        status: badge.status,
        text: badge.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        error: bad.matches(':state(error)'),
        errors: document.querySelector('main').dataset.errors,
        counter: document.querySelector('ot-casualty-counter').value,
        rows: document.querySelector('ot-pledge-bar').shadowRoot.querySelectorAll('[part~=row]').length,
        events: document.querySelector('ot-withdrawal-timeline').shadowRoot.querySelectorAll('ol li').length,
      };
    });
    assert.deepEqual(pageErrors, []);
    assert.equal(seen.status, 'withdrawal-pending');
    assert.equal(seen.expected, 'withdrawal-pending');
    assert.match(seen.text, /Poland Withdrawal takes effect on 20 February 2026 — in 84 days/);
    assert.equal(seen.error, true);
    assert.match(seen.errors, /no data on XX/);
    assert.equal(seen.counter, 5757); // the 2023 figure, the latest published on 18 March 2025
    assert.equal(seen.rows, 3);
    assert.ok(seen.events > 10, `${seen.events} events`);
  });
});
