#!/usr/bin/env node
// Screenshots of a page in headless Chromium, to look at what we build:
//   npm run screenshot -- demo/gallery.html out.png [--width 320] [--scheme dark] [--print] [--forced-colors]
// A path is served from the project root over http://localhost (like a publisher's page).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, value && !value.startsWith('--') ? 2 : 1);
  return value && !value.startsWith('--') ? value : true;
};
const width = Number(flag('width', 1200));
const scheme = flag('scheme', 'light');
const print = flag('print', false);
const forced = flag('forced-colors', false);
const [page = 'demo/gallery.html', out = 'screenshots/page.png'] = args;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const root = resolve('.');
const server = createServer(async (req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));

const browser = await puppeteer.launch({
  executablePath: process.env.OT_CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await tab.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
    ...(forced ? [{ name: 'forced-colors', value: 'active' }] : []),
  ]);
  if (print) await tab.emulateMediaType('print');
  const url = /^https?:/.test(page) ? page : `http://127.0.0.1:${server.address().port}/${page}`;
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await tab.evaluate((s) => { document.documentElement.dataset.theme = s; }, scheme);
  await tab.evaluate(() => document.fonts.ready);
  await new Promise((r) => setTimeout(r, 300));
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`${out}: ${url} at ${width}px, ${scheme}${print ? ', print' : ''}${forced ? ', forced colours' : ''}`);
} finally {
  await browser.close();
  server.close();
}
