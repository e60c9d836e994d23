// `npm run check:data` as an editor runs it: exit code and located messages, on real and broken copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = (dir) => spawnSync(process.execPath, ['scripts/check-data.mjs', ...(dir ? [dir] : [])], { encoding: 'utf8' });

function brokenCopy(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'ot-data-'));
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
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
