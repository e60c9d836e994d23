#!/usr/bin/env node
// Screenshots of a page in headless Chromium, to look at what we build:
//   npm run screenshot -- demo/gallery.html out.png [--width 320] [--scheme dark] [--print] [--forced-colors]
//                        [--selector '#counter']   (only that element)   [--no-js]   (scripts off)
// A path is served from the project root over http://localhost (like a publisher's page).
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumOptions } from './browsers.mjs';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  width: { type: 'string', default: '1200' }, scheme: { type: 'string', default: 'light' }, selector: { type: 'string' },
  print: { type: 'boolean' }, 'forced-colors': { type: 'boolean' }, 'no-js': { type: 'boolean' },
} });
const { width, scheme, print, selector, 'forced-colors': forced, 'no-js': noJs } = { ...values, width: Number(values.width) };
const [page = 'demo/gallery.html', out = 'screenshots/page.png'] = positionals;

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
