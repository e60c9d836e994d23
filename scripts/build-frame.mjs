// The iframe files: dist/frame.html (+ frame.css, frame.js) and dist/frame-resizer.js for the parent page.
import { copyFileSync } from 'node:fs';
import { build } from 'vite';
import { widgets } from './manifest.mjs';

/** What the frame may set on each widget: what the manifest says it observes (built first). */
const attributes = Object.fromEntries(widgets().map((w) => [w.folder, w.attributes.map((a) => a.name)]));

for (const name of ['frame', 'frame-resizer']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { WIDGET_ATTRIBUTES: JSON.stringify(attributes) },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: `src/frame/${name}.ts`, formats: ['iife'], name: name.replace('-', '_'), fileName: () => `${name}.js` },
    },
  });
}
for (const file of ['frame.html', 'frame.css']) copyFileSync(`src/frame/${file}`, `dist/${file}`);
