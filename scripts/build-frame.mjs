// The iframe files: dist/frame.html (+ frame.css, frame.js) and dist/frame-resizer.js for the parent page.
import { copyFileSync } from 'node:fs';
import { build } from 'vite';

for (const name of ['frame', 'frame-resizer']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: `src/frame/${name}.ts`, formats: ['iife'], name: name.replace('-', '_'), fileName: () => `${name}.js` },
    },
  });
}
for (const file of ['frame.html', 'frame.css']) copyFileSync(`src/frame/${file}`, `dist/${file}`);
