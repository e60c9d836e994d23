// Size ceilings: every byte lands on a reader's phone. The figures are gzip bytes of what a page downloads, each file
// compressed alone as a server sends it (bench/lib/bytes.mjs). A ceiling stops regressions; the goal is the budget
// (README "Size"), printed beside it. The widgets are the manifest's (dist/custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { bundleEntry, esEntries, largestLanguage, pageGzip } from '../../bench/lib/bytes.mjs';
import { LANGUAGE, NPM_BADGE, budgetPages } from '../../bench/lib/budgets.mjs';
import { shownWidgets } from '../../bench/lib/pages.mjs';

const shown = shownWidgets();
const report = (name, gzip, { budgetKB, ceilingKB }) => {
  console.log(`${name}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${budgetKB} KB, ceiling ${ceilingKB} KB)`);
  assert.ok(gzip <= ceilingKB * 1024, `${name}: ${gzip} bytes gzip is over the ceiling of ${ceilingKB} KB`);
};

for (const page of budgetPages(shown)) {
  test(`${page.name}: at most ${page.ceilingKB} KB gzip`, () => {
    report(page.name, pageGzip(page), page);
  });
}

test(`each further language: at most ${LANGUAGE.ceilingKB} KB gzip`, () => {
  const { file, gzip } = largestLanguage();
  report(`the largest language file (${file})`, gzip, LANGUAGE);
});

test(`an app showing one badge from ${NPM_BADGE.specifier}: at most ${NPM_BADGE.ceilingKB} KB gzip`, async () => {
  const entry = esEntries(shown).find((e) => e.import === NPM_BADGE.specifier);
  const { initialGzip, pageGzip } = await bundleEntry(entry.file, process.cwd(), entry.lazy);
  console.log(`(${(initialGzip / 1024).toFixed(1)} KB up front, the rest when the badge asks for its data)`);
  report(NPM_BADGE.specifier, pageGzip, NPM_BADGE);
});

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

test('dist/embed-all.js holds every widget of the manifest', () => {
  const code = readFileSync('dist/embed-all.js', 'utf8');
  assert.ok(shown.length > 0, 'the manifest lists no widget');
  for (const { tag } of shown) assert.ok(code.includes(tag), `${tag} is not in embed-all.js`);
});

test('src/core imports no part of the data and no language but English: they are provided', () => {
  for (const file of readdirSync('src/core')) {
    const imports = [...readFileSync(`src/core/${file}`, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]);
    for (const source of imports) {
      const provided = /\.json$|virtual:ot-data|\/i18n\/(?!en\.js|messages\.js)|\/data\/bundled/;
      assert.doesNotMatch(source, provided, `src/core/${file} imports ${source}`);
    }
  }
});
