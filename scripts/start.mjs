#!/usr/bin/env node
// `npm start`: installs what is missing, builds dist/, and serves the demo pages on localhost
// (with the bundled data: the pages make no request to any other host).
import { spawnSync } from 'node:child_process';
import { INSTALL_ENV, installCommand, installReason } from './install.mjs';

const run = (cmd, env = {}) => {
  const { status } = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
};

const reason = installReason();
if (reason) {
  console.log(`${installCommand().join(' ')} (${reason})`);
  run(installCommand(), INSTALL_ENV);
}
run(['npm', 'run', '--silent', 'build']);
const port = process.env.PORT ?? '5173';
console.log(`\nThe demo: http://localhost:${port}/demo/  (every widget and state: http://localhost:${port}/demo/gallery.html)\n`);
run(['npx', '--no-install', 'vite', '--host', '127.0.0.1', '--port', port, '--strictPort']);
