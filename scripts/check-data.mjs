#!/usr/bin/env node
// `npm run check:data [path]`: checks the dataset (default: the data/ directory; or one merged file
// shaped like dist/dataset.json) and names each problem's file and place, and its fix, in words an
// editor of the JSON understands. Exit code 1 if anything is wrong. The same check as the package's
// command (`npx ottawa-treaty-widgets check`), run from the TypeScript sources.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../src/cli.ts', import.meta.url).pathname);
process.exitCode = await module.main(['check', ...process.argv.slice(2)]);
