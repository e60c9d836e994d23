#!/usr/bin/env node
// `npm run build` writes dist/:
//   embed.js, embed/         the script-tag build: a loader and the files it fetches on demand (vite.config.ts, build-embed.mjs)
//   embed-all.js             everything in one classic script, with dataset.json and dataset.schema.json
//   frame.html, frame-resizer.js   the iframe build and the script that sizes such iframes on the parent page
//   lib/                     one ES module per source file, bare imports of lit and d3, the compacted data
//                            (Vite library mode: vite build --mode lib), and their .d.ts (tsc)
//   custom-elements.json     the manifest, from the components' JSDoc, first: the iframe's allow-list and
//                            lib/src/{react,vue,svelte}.d.ts are made from it
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['custom-elements manifest and framework types', ['npx', '--no-install', 'cem', 'analyze', '--quiet']],
  ['script-tag build: modules', ['npx', '--no-install', 'vite', 'build', '--mode', 'embed', '--logLevel', 'warn']],
  ['script-tag build: loader and classic scripts', ['node', 'scripts/build-embed.mjs']],
  ['single-file build', ['npx', '--no-install', 'vite', 'build', '--mode', 'all', '--logLevel', 'warn']],
  ['iframe files', ['node', 'scripts/build-frame.mjs']],
  ['ES modules', ['npx', '--no-install', 'vite', 'build', '--mode', 'lib', '--logLevel', 'warn']],
  ['types', ['npx', '--no-install', 'tsc', '-p', 'tsconfig.build.json']],
];
rmSync('dist', { recursive: true, force: true });
for (const [name, cmd] of steps) {
  const { status } = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build: ${name} failed (${cmd.join(' ')})`);
    process.exit(status ?? 1);
  }
}
console.log('build: dist/ written');
