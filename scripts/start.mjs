#!/usr/bin/env node
// `npm start`: installs what is missing, builds dist/, and serves the demo pages on localhost
// (with the bundled data: the pages make no request to any other host).
import { spawnSync } from 'node:child_process';
import { install, installReason } from './install.mjs';

const run = (cmd) => {
  const { status } = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

const reason = installReason();
if (reason && !install(reason, console.log)) process.exit(1);
run(['npm', 'run', '--silent', 'build']);
const port = process.env.PORT ?? '5173';
console.log(`\nThe demo: http://localhost:${port}/demo/  (every widget and state: http://localhost:${port}/demo/gallery.html)\n`);
run(['npx', '--no-install', 'vite', '--host', '127.0.0.1', '--port', port, '--strictPort']);
