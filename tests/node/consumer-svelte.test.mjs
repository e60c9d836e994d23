// A Svelte 5 consumer: `npm pack`, install the tarball into a Svelte 5 + Vite + TypeScript app
// (tests/consumer-svelte), check it with svelte-check (and see a typo caught), build it, open it in
// Chromium: the widgets render, Svelte sets their attributes and hears their events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inChromium, installPacked, sh, typosCaught } from './packed.mjs';

const CHECK = ['npx', '--no-install', 'svelte-check', '--fail-on-warnings', '--output', 'machine'];

test('a Svelte 5 + Vite app installs the packed package, type-checks, builds and renders the widgets', { timeout: 600_000 }, async (t) => {
  const app = installPacked(t, 'tests/consumer-svelte');
  sh(CHECK[0], CHECK.slice(1), app); // the tags' attributes and events from ottawa-treaty-widgets/svelte
  // Svelte checks the values of known attributes and events (it lets any attribute name through).
  typosCaught(app, 'src/Typos.svelte', `<script lang="ts"></script>
<ot-withdrawal-timeline treaty="otawa"></ot-withdrawal-timeline>
<ot-pledge-bar onot-data-error={(e) => e.detail.mesage}></ot-pledge-bar>
`, CHECK, ['otawa', 'mesage']);
  sh('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], app);
  await inChromium(join(app, 'dist'), async (page, problems) => {
    const read = () => page.evaluate(async () => {
      const [badge, bad] = document.querySelectorAll('ot-treaty-badge');
      const counter = document.querySelector('ot-casualty-counter');
      await Promise.all([badge, bad, counter].map((el) => el.updateComplete));
      return {
        status: badge.status, country: badge.country, summary: badge.summary, error: bad.matches(':state(error)'),
        counter: counter.value, errors: document.querySelector('output').textContent,
      };
    });
    const first = await read();
    assert.equal(first.status, 'withdrawal-pending');
    assert.equal(first.counter, 5757); // the 2023 figure, the latest published on 18 March 2025
    assert.equal(first.error, true);
    assert.match(first.errors, /no data on XX/, "Svelte heard the widget's ot-data-error event");
    await page.click('button');
    const second = await read();
    assert.equal(second.country, 'EE');
    assert.match(second.summary, /^Estonia: withdrawal takes effect on 27 December 2025/);
    assert.deepEqual(problems, []);
  });
});
