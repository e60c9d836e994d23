// Size ceilings: every byte lands on a reader's phone. The figures are gzip bytes of what a page
// downloads, each file compressed alone as a server sends it (bench/lib/bytes.mjs). A ceiling
// stops regressions; the goal is the budget (README "Size"), printed beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { embedPage, fileSizes } from '../../bench/lib/bytes.mjs';
import { PAGES } from '../../bench/lib/budgets.mjs';

for (const page of PAGES) {
  test(`${page.name}: at most ${page.ceilingKB} KB gzip`, () => {
    const gzip = page.files ? page.files.reduce((sum, f) => sum + fileSizes(f).gzip, 0) : embedPage(page).gzip;
    console.log(`${page.name}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${page.budgetKB} KB, ceiling ${page.ceilingKB} KB)`);
    assert.ok(gzip <= page.ceilingKB * 1024, `${gzip} bytes gzip is over the ceiling of ${page.ceilingKB} KB`);
  });
}

test('every script-tag file is a classic script: no import or export statement, no eval', () => {
  const loader = readFileSync('dist/embed.js', 'utf8');
  assert.doesNotMatch(loader, /^\s*(import|export)\s/m);
  for (const file of readdirSync('dist/embed')) {
    const code = readFileSync(`dist/embed/${file}`, 'utf8');
    assert.match(code, /^ottawaTreatyWidgets\.register\(\[/, file);
    assert.doesNotMatch(code, /(?<![.\w])import\s*\(|\beval\(|new Function\(/, file);
  }
  assert.doesNotMatch(readFileSync('dist/embed-all.js', 'utf8'), /^\s*(import|export)\s/m);
});

test('dist/embed-all.js holds every widget', () => {
  const code = readFileSync('dist/embed-all.js', 'utf8');
  for (const tag of ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline']) assert.ok(code.includes(tag), `${tag} is not in embed-all.js`);
});
