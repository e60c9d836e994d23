// `npm run check:data` as an editor runs it, and the package's command
// (`npx ottawa-treaty-widgets check`) as a publisher runs it: exit code and located messages, on
// real and broken copies, as a directory of data files or as one merged dataset file.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = (...args) => spawnSync(process.execPath, ['scripts/check-data.mjs', ...args], { encoding: 'utf8' });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const FILES = ['checked', 'sources', 'treaties', 'participation', 'casualties', 'spending'];

/** A temporary folder, removed when the tests end. */
const made = [];
const temp = (prefix) => made[made.push(mkdtempSync(join(tmpdir(), prefix))) - 1];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function brokenCopy(file, edit) {
  const dir = temp('ot-data-');
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** The data files merged into one file shaped like dist/dataset.json, after `edit`. */
function mergedCopy(edit = (d) => d) {
  const dataset = { schemaVersion: 1 };
  for (const key of FILES) dataset[key] = JSON.parse(readFileSync(`data/${key}.json`, 'utf8'));
  const file = join(temp('ot-dataset-'), 'dataset.json');
  writeFileSync(file, JSON.stringify(edit(dataset)));
  return file;
}

test('passes on the real data', () => {
  const r = check();
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /197 states/);
});

test('a JSON syntax error: exit 1, with the file, line and column', () => {
  const dir = brokenCopy('spending.json', (t) => t.replace(/,(\s*)"pledges"/, '$1"pledges"'));
  const r = check(dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /spending\.json: is not valid JSON: the error is at line \d+, column \d+/);
});

test('a figure whose parts exceed its total: exit 1, located', () => {
  const dir = brokenCopy('casualties.json', (t) => {
    const json = JSON.parse(t);
    json.figures.find((f) => f.killed).total = 1;
    return JSON.stringify(json, null, 2);
  });
  const r = check(dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /casualties\.json › figures\[\d+\] › total: is 1, but killed, injured and unknown add up to/);
});

test('one merged dataset file: passes on the real data, names the file and place of a problem', () => {
  const good = check(mergedCopy());
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /dataset\.json: \d+ sources, 197 states, .* checked to 2026-11-29: all valid/);
  const bad = check(mergedCopy((d) => {
    d.casualties.editions.LM2025.released = '2052-12-01';
    return d;
  }));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /dataset\.json › casualties › editions › LM2025 › released: is after 2026-11-29, the day the data was checked/);
});

test('a path that does not exist: exit 2 and what to give instead', () => {
  const r = check('no-such-dataset.json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no-such-dataset\.json: no such file or directory: give a dataset file/);
});

test('the package ships the command as "bin", built into dist/', () => {
  assert.deepEqual(pkg.bin, { 'ottawa-treaty-widgets': './dist/lib/src/bin.js' });
  assert.ok(pkg.files.includes('dist'), 'dist/ is in the package');
  const tsconfig = JSON.parse(readFileSync('tsconfig.build.json', 'utf8'));
  assert.equal(tsconfig.compilerOptions.outDir, 'dist/lib');
  assert.ok(tsconfig.include.includes('src'));
});

test('the built command runs with Node alone (no devDependencies): check, help, unknown commands', { timeout: 180_000 }, () => {
  // Build the package's JavaScript as the build does (vite build --mode lib), into a directory
  // with no node_modules anywhere above it: what an installed package has of it.
  const root = temp('ot-bin-');
  const lib = join(root, 'pkg', 'dist', 'lib');
  execFileSync('npx', ['--no-install', 'vite', 'build', '--mode', 'lib', '--logLevel', 'warn', '--outDir', lib], { stdio: 'pipe' });
  const bin = join(lib, 'src', 'bin.js');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node/);
  const cwd = join(root, 'publisher');
  mkdirSync(cwd);
  writeFileSync(join(cwd, 'dataset.json'), readFileSync(mergedCopy()));
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });

  const ok = run('check', 'dataset.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^✓ dataset\.json: \d+ sources, 197 states/);

  const data = JSON.parse(readFileSync(join(cwd, 'dataset.json'), 'utf8'));
  data.participation.ottawa.FI.withdrawal.find((e) => e.kind === 'effect').date = '2026-01-11';
  writeFileSync(join(cwd, 'edited.json'), JSON.stringify(data));
  const bad = run('check', 'edited.json');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /edited\.json › participation › ottawa › FI › withdrawal\[5\] › date: is 2026-01-11, but six months after the deposit on 2025-07-10 \(Art\. 20\) is 2026-01-10: correct it, or add a sourced "ruleException"/);

  const help = run('help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /check \[path\]/);
  const unknown = run('render-everything');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown command "render-everything"\. Commands: check, render, help/);
});

test('NATO figures are stored as NATO publishes them, with two decimals (Lithuania 2025: 4.00)', () => {
  const text = readFileSync('data/spending.json', 'utf8');
  const written = [...text.matchAll(/"percentOfGdp": ([0-9.]+)/g)].map((m) => m[1]);
  assert.ok(written.length > 20);
  for (const n of written) assert.match(n, /^\d+\.\d\d$/, `${n} is not written with two decimals`);
  assert.ok(written.includes('4.00'));
});
