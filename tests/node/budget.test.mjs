// Size ceilings: every byte lands on a reader's phone. The figures are gzip bytes of what a page
// downloads, each file compressed alone as a server sends it (bench/lib/bytes.mjs). A ceiling
// stops regressions; the goal is the budget (README "Size"), printed beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ENTRIES, bundleEntry, embedPage, fileSizes, largestLanguage } from '../../bench/lib/bytes.mjs';
import { LANGUAGE, NPM_BADGE, PAGES } from '../../bench/lib/budgets.mjs';

const report = (name, gzip, { budgetKB, ceilingKB }) => {
  console.log(`${name}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${budgetKB} KB, ceiling ${ceilingKB} KB)`);
  assert.ok(gzip <= ceilingKB * 1024, `${name}: ${gzip} bytes gzip is over the ceiling of ${ceilingKB} KB`);
};

for (const page of PAGES) {
  test(`${page.name}: at most ${page.ceilingKB} KB gzip`, () => {
    report(page.name, page.files ? page.files.reduce((sum, f) => sum + fileSizes(f).gzip, 0) : embedPage(page).gzip, page);
  });
}

test(`each further language: at most ${LANGUAGE.ceilingKB} KB gzip`, () => {
  const { file, gzip } = largestLanguage();
  report(`the largest language file (${file})`, gzip, LANGUAGE);
});

test(`an app showing one badge from ${NPM_BADGE.specifier}: at most ${NPM_BADGE.ceilingKB} KB gzip`, async () => {
  const entry = ENTRIES.find((e) => e.specifier === NPM_BADGE.specifier);
  const { initialGzip, pageGzip } = await bundleEntry(entry.file, process.cwd(), entry);
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

test('dist/embed-all.js holds every widget', () => {
  const code = readFileSync('dist/embed-all.js', 'utf8');
  for (const tag of ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline']) assert.ok(code.includes(tag), `${tag} is not in embed-all.js`);
});

test('src/core imports no part of the data and no language but English: they are provided', () => {
  for (const file of readdirSync('src/core')) {
    const imports = [...readFileSync(`src/core/${file}`, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]);
    for (const source of imports) {
      assert.doesNotMatch(source, /\.json$|virtual:ot-data|\/i18n\/(?!en\.js|messages\.js)|\/data\/bundled/, `src/core/${file} imports ${source}`);
    }
  }
});
