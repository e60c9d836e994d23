#!/usr/bin/env node
// `npm run check:data [dir]`: checks the dataset files (default: data/) and names each problem's
// file and place in words an editor of the JSON understands. Exit code 1 if anything is wrong.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { runnerImport } from 'vite';

const dir = resolve(process.argv[2] ?? 'data');
const { module } = await runnerImport(new URL('../src/data/files.ts', import.meta.url).pathname);
const texts = {};
for (const file of Object.values(module.DATA_FILES)) {
  texts[file] = await readFile(resolve(dir, file), 'utf8').catch(() => undefined);
}
const { problems, dataset } = module.checkDataFiles(texts, relative(process.cwd(), dir) || '.');
if (problems.length) {
  console.error(`The data has ${problems.length} problem${problems.length > 1 ? 's' : ''}:`);
  for (const line of problems) console.error(`  ✗ ${line}`);
  process.exit(1);
}
const states = Object.keys(dataset.participation.ottawa).length;
console.log(`✓ ${relative(process.cwd(), dir) || '.'}: ${Object.keys(dataset.sources).length} sources, ${states} states, ` +
  `${dataset.casualties.figures.length} casualty figures, ${dataset.spending.estimates.length} spending estimates: all valid.`);
