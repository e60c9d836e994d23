// The README's API tables are generated from the JSDoc (through the manifest): they must match it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApi } from '../../scripts/readme-api.mjs';

test('the README documents exactly the attributes, states, parts and properties in the JSDoc', () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.equal(readme, withApi(readme, manifest), 'README.md is out of date: run npm run docs');
});
