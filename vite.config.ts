import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { checkDataFiles, DATA_FILES } from './src/data/files.js';
import { datasetSchema, toJsonSchema } from './src/data/schema.js';

/** Validates data/*.json and writes the merged `dataset.json` and its JSON Schema next to the bundle. */
function dataset(): Plugin {
  return {
    name: 'ot-dataset',
    apply: 'build',
    async generateBundle() {
      const texts: Record<string, string> = {};
      for (const file of Object.values(DATA_FILES)) texts[file] = await readFile(resolve('data', file), 'utf8');
      const { dataset, problems } = checkDataFiles(texts);
      if (!dataset) this.error(`the data is not valid (run npm run check:data):\n${problems.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: 'dataset.json', source: JSON.stringify(dataset) });
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'ottawa-treaty-widgets dataset',
        ...toJsonSchema(datasetSchema),
      };
      this.emitFile({ type: 'asset', fileName: 'dataset.schema.json', source: JSON.stringify(schema, null, 2) });
    },
  };
}

export default defineConfig({
  plugins: [dataset()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: resolve('src/embed.ts'),
      name: 'OttawaTreatyWidgets',
      formats: ['iife'],
      fileName: () => 'embed.js',
    },
  },
});
