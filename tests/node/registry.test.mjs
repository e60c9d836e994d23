// One list of widgets: each is a folder, src/components/<name>/<name>.ts registering ot-<name>,
// exported by one line of src/index.ts. Everything else that names widgets is made from those.
// A language is one file, src/i18n/<code>.ts. The second test adds a widget and a language to a copy of the
// project and follows them everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { widgets } from '../../scripts/manifest.mjs';
import { tempDir } from './packed.mjs';

test('every widget folder is exported by src/index.ts and is in the manifest, and nothing else is', () => {
  const folders = readdirSync('src/components').sort();
  const index = readFileSync('src/index.ts', 'utf8');
  const exported = [...index.matchAll(/components\/([\w-]+)\/\1\.js/g)].map((m) => m[1]).sort();
  assert.deepEqual(exported, folders, 'src/index.ts exports each folder of src/components once');
  const listed = widgets().map((w) => [w.tag, w.folder]).sort();
  assert.deepEqual(listed, folders.map((f) => [`ot-${f}`, f]), 'dist/custom-elements.json lists ot-<folder> for each');
});

const GAUGE = `import { html, LitElement } from 'lit';
import { define } from '../../core/define.js';

/**
 * A gauge that exists only in this test.
 * @summary A test gauge.
 * @tag ot-fake-gauge
 * @attr level - How full, 0 to 10.
 */
export class OtFakeGauge extends LitElement {
  static override properties = { level: { type: Number } };
  declare level: number;
  override render() {
    return html\`<p>Level \${this.level}</p>\`;
  }
}
define('ot-fake-gauge', OtFakeGauge);

declare global {
  interface HTMLElementTagNameMap {
    'ot-fake-gauge': OtFakeGauge;
  }
}
`;

test('a widget is one folder and one line, a language one file: the builds, types, iframe, README, benchmark and server find them', { timeout: 600_000 }, (t) => {
  const copy = join(tempDir(t, 'ot-registry-'), 'project');
  for (const file of execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter((f) => f && existsSync(f))) {
    mkdirSync(join(copy, dirname(file)), { recursive: true });
    cpSync(file, join(copy, file));
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));

  // The folder, and the line.
  mkdirSync(join(copy, 'src/components/fake-gauge'));
  writeFileSync(join(copy, 'src/components/fake-gauge/fake-gauge.ts'), GAUGE);
  writeFileSync(join(copy, 'src/index.ts'), `${readFileSync(join(copy, 'src/index.ts'), 'utf8')}export * from './components/fake-gauge/fake-gauge.js';\n`);
  // The file: Esperanto, English's messages with the treaty's name in Esperanto.
  const english = readFileSync(join(copy, 'src/i18n/en.ts'), 'utf8');
  writeFileSync(join(copy, 'src/i18n/eo.ts'), english.replace('export const en:', 'export const eo:').replace("'Ottawa Convention'", "'Otava Konvencio'"));

  const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  run('npx', ['--no-install', 'tsc', '--noEmit']);
  run(process.execPath, ['scripts/build.mjs']);
  run(process.execPath, ['scripts/readme-api.mjs']);
  const read = (file) => readFileSync(join(copy, file), 'utf8');

  const gauge = widgets(join(copy, 'dist/custom-elements.json')).find((w) => w.tag === 'ot-fake-gauge');
  assert.deepEqual(gauge?.attributes.map((a) => a.name), ['level'], 'the manifest lists it, with its attribute (the benchmark and the builder read it)');
  assert.match(read('dist/embed.js'), /"ot-fake-gauge":\[/, 'the script-tag loader knows its file');
  assert.ok(existsSync(join(copy, 'dist/embed/ot-fake-gauge.js')), 'the script-tag build made its file');
  assert.match(read('dist/embed-all.js'), /ot-fake-gauge/, 'the single-file build has it');
  assert.match(read('dist/frame.js'), /"fake-gauge":\[`level`\]|"fake-gauge":\["level"\]/, 'the iframe lets its attribute through');
  for (const types of ['react', 'vue', 'svelte']) {
    assert.match(read(`dist/lib/src/${types}.d.ts`), /'ot-fake-gauge'|"ot-fake-gauge"/, `${types}.d.ts types it`);
  }
  assert.match(read('README.md'), /### `<ot-fake-gauge>`[^]*`level` \| How full, 0 to 10\./, 'the README documents it');
  const resolved = run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('ottawa-treaty-widgets/fake-gauge'))"]);
  assert.match(resolved, /dist\/lib\/src\/components\/fake-gauge\/fake-gauge\.js/, 'the package exports it');
  const served = execFileSync(process.execPath, ['dist/lib/src/bin.js', 'render'], { cwd: copy, input: '<ot-fake-gauge level="7"></ot-fake-gauge>', encoding: 'utf8' });
  assert.match(served, /<template shadowroot(mode)?="open"[^>]*>[^]*Level <!--lit-part-->7/, 'the server renders it');

  // The language: loaded on demand by the script-tag build, an npm entry with its types, spoken on a server.
  assert.ok(readdirSync(join(copy, 'dist/embed')).some((f) => /^lang-eo-.*\.js$/.test(f)), 'the script-tag build made its file');
  assert.match(read('dist/lib/src/locales/eo.d.ts'), /export declare const eo/, 'ottawa-treaty-widgets/locales/eo, with types');
  const timeline = execFileSync(process.execPath, ['dist/lib/src/bin.js', 'render', '--lang', 'eo'],
    { cwd: copy, input: '<ot-withdrawal-timeline as-of="2025-06-01"></ot-withdrawal-timeline>', encoding: 'utf8' });
  assert.match(timeline, /Otava Konvencio/, 'the server speaks it');
});
