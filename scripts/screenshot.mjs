#!/usr/bin/env node
// Screenshots of a page in headless Chromium, to look at what we build:
//   npm run screenshot -- demo/gallery.html out.png [--width 320] [--scheme dark] [--print] [--forced-colors]
//                        [--selector '#counter']   (only that element)   [--no-js]   (scripts off)
// A path is served from the project root over http://localhost (like a publisher's page).
import puppeteer from 'puppeteer-core';
import { chromiumOptions, serve } from './serve.mjs';

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
const selector = flag('selector', '');
const noJs = flag('no-js', false);
const [page = 'demo/gallery.html', out = 'screenshots/page.png'] = args;

const server = await serve('.');

const browser = await puppeteer.launch(chromiumOptions());
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await tab.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  // Emulation.setEmulatedMedia knows forced-colors, though puppeteer's own check does not.
  if (forced) await (await tab.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  if (print) await tab.emulateMediaType('print');
  if (noJs) await tab.setJavaScriptEnabled(false);
  const url = /^https?:/.test(page) ? page : `${server.url}/${page}`;
  await tab.goto(url, { waitUntil: 'networkidle0' });
  if (!noJs) {
    await tab.evaluate((s) => { document.documentElement.dataset.theme = s; }, scheme);
    await tab.evaluate(() => document.fonts.ready);
  }
  await new Promise((r) => setTimeout(r, 300));
  if (selector) await (await tab.$(selector)).screenshot({ path: out });
  else await tab.screenshot({ path: out, fullPage: true });
  console.log(`${out}: ${url} at ${width}px, ${scheme}${print ? ', print' : ''}${forced ? ', forced colours' : ''}${noJs ? ', no JavaScript' : ''}`);
} finally {
  await browser.close();
  await server.close();
}
