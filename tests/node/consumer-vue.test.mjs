// A Vue 3 consumer: `npm pack`, install the tarball into a Vue 3 + Vite + TypeScript app
// (tests/consumer-vue), type-check it (and see a typo caught), build it, open it in Chromium: the widgets render, Vue passes attributes and listens to their
// events, and logs no "Failed to resolve component" (isCustomElement, as the README shows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inChromium, installPacked, sh, typosCaught } from './packed.mjs';

test('a Vue 3 + Vite app installs the packed package, type-checks, builds, and renders the widgets without a warning', { timeout: 600_000 }, async (t) => {
  const app = installPacked(t, 'tests/consumer-vue');
  sh('npx', ['--no-install', 'vue-tsc', '--noEmit'], app); // the tags' props from ottawa-treaty-widgets/vue
  typosCaught(app, 'src/Typos.vue', `<template>
  <ot-treaty-badge contry="PL" />
  <ot-withdrawal-timeline treaty="otawa" />
</template>
`, ['npx', '--no-install', 'vue-tsc', '--noEmit'], ['contry', 'otawa']);
  // Vue compiles its warnings out of a production build; this one keeps them (.env.development) for main.ts to collect.
  sh('npx', ['--no-install', 'vite', 'build', '--mode', 'development', '--logLevel', 'warn'], app);
  await inChromium(join(app, 'dist'), async (page, problems) => {
    const read = () => page.evaluate(async () => {
      const [badge, bad] = document.querySelectorAll('ot-treaty-badge');
      await Promise.all([...document.querySelectorAll('ot-treaty-badge, ot-pledge-bar')].map((el) => el.updateComplete));
      return {
        status: badge.status, country: badge.country, summary: badge.summary, error: bad.matches(':state(error)'),
        rows: document.querySelector('ot-pledge-bar').shadowRoot.querySelectorAll('[part~=row]').length,
        errors: document.querySelector('output').textContent, warnings: window.__vueWarnings,
      };
    });
    const first = await read();
    assert.equal(first.status, 'withdrawal-pending');
    assert.equal(first.rows, 3);
    assert.equal(first.error, true);
    assert.match(first.errors, /no data on XX/, 'Vue heard the widget\'s ot-data-error event');
    assert.deepEqual(first.warnings, []);
    await page.click('button');
    const second = await read();
    assert.equal(second.country, 'EE', 'Vue set the property (it prefers properties on custom elements)');
    assert.match(second.summary, /^Estonia: withdrawal takes effect on 27 December 2025/);
    assert.deepEqual(problems, []);
  });
});
