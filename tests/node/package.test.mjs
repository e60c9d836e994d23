// The package as a user gets it: `npm pack` from a fresh clone ships everything its `exports` and
// README name, installs into a blank project where every export loads and type-checks, and the
// Node versions it claims to run on are ones every dependency accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { widgets } from '../../scripts/manifest.mjs';
import { installTarball, pack, sh, tempDir } from './packed.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TAGS = widgets().map((w) => w.tag);

test('engines: every installed dependency accepts every Node version package.json names', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const disagree = Object.entries(lock.packages)
    .filter(([name, p]) => name && !p.optional && p.engines?.node && !semver.subset(pkg.engines.node, p.engines.node))
    .map(([name, p]) => `${name.replace(/^.*node_modules\//, '')} wants node ${p.engines.node}`);
  assert.deepEqual(disagree, [], `package.json says node ${pkg.engines.node}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `this Node (${process.version}) is one package.json names`);
});

test('npm pack from a fresh clone ships every export, and each loads and type-checks in a blank project', { timeout: 600_000 }, (t) => {
  const dir = tempDir(t, 'ot-pack-');
  const clone = join(dir, 'clone');
  execFileSync('git', ['clone', '--quiet', resolve('.'), clone]);
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules')); // installed once; the clone builds with it
  const { tarball, files } = pack(clone, dir, { build: true });
  const shipped = new Set(files);

  // Every target of `exports`, patterns expanded over what shipped; and what the README points at.
  const subpaths = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!key.includes('*')) {
      assert.ok(shipped.has(file.slice(2)), `${key}: ${file} is in the tarball`);
      subpaths.push(key);
      continue;
    }
    // Every `*` of a target stands for the same name: components/*/*.js is components/x/x.js.
    const escaped = file.slice(2).replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escaped.replace('*', '([^/]+)').replaceAll('*', '\\1')}$`);
    const names = [...shipped].map((f) => f.match(pattern)?.[1]).filter(Boolean);
    assert.ok(names.length, `${key} matches files in the tarball`);
    subpaths.push(...names.map((n) => key.replace('*', n)));
  }
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', pkg.bin['ottawa-treaty-widgets'].slice(2)]) assert.ok(shipped.has(file), file);
  for (const widget of [...TAGS.map((tag) => tag.slice('ot-'.length)), 'locales/pl']) {
    assert.ok(subpaths.includes(`./${widget}`), `ottawa-treaty-widgets/${widget} (README) is an export`);
  }

  // A blank project: install the tarball, import every export in Node (widgets in Lit's DOM shim),
  // type-check a file that imports the types of every one.
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'blank', private: true, type: 'module' }));
  installTarball(tarball, app);
  const specifiers = subpaths.map((s) => `ottawa-treaty-widgets${s.slice(1)}`).filter((s) => !s.endsWith('/package.json'));
  const code = (s) => (s.endsWith('.json') ? `await import('${s}', { with: { type: 'json' } });` : s.endsWith('.js') ? '' : `await import('${s}');`);
  writeFileSync(join(app, 'use.mjs'), `import '@lit-labs/ssr/lib/install-global-dom-shim.js';\n${specifiers.map(code).join('\n')}
console.log(${JSON.stringify(TAGS)}.filter((t) => customElements.get(t)).length);\n`);
  assert.equal(sh(process.execPath, ['use.mjs'], app).trim(), String(TAGS.length), 'every widget registered');
  // (/vue and /svelte describe their frameworks' types: the Vue and Svelte consumer tests check them.)
  const typed = specifiers.filter((s) => typeof pkg.exports[`.${s.slice('ottawa-treaty-widgets'.length)}`] !== 'string')
    .filter((s) => !/\/(vue|svelte)$/.test(s));
  writeFileSync(join(app, 'use.ts'), `${typed.map((s, i) => `import type * as m${i} from '${s}';\nexport type T${i} = typeof m${i};`).join('\n')}\n`);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2023', 'dom'], strict: true, noEmit: true, types: [] },
    files: ['use.ts'],
  }));
  sh(resolve('node_modules/.bin/tsc'), ['-p', '.'], app);
});
