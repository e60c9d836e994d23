// The custom-elements manifest (dist/custom-elements.json) is generated from the components'
// JSDoc: attributes, properties, events, parts, custom properties and custom states. It is the
// one list of widgets: the JSX, Vue and Svelte types below, the iframe's allow-list, the README
// tables, the builder, Storybook's controls and the benchmark are all made from it.
import { readFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { frameworkTypes } from './scripts/framework-types.mjs';

/** Lit's internal reactive state (`{ state: true }`) is not public API: no attribute, no member. */
function dropInternalState() {
  return {
    name: 'ot-drop-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const internal = [...readFileSync(mod.path, 'utf8').matchAll(/(\w+): \{ state: true \}/g)].map((m) => m[1]);
        for (const d of mod.declarations ?? []) {
          d.attributes = d.attributes?.filter((a) => !internal.includes(a.fieldName ?? a.name));
          d.members = d.members?.filter((m) => !internal.includes(m.name));
        }
      }
    },
  };
}

/** The typings sit beside the widgets' own .d.ts in dist/lib/src; `ot-treaty-badge` lives in components/treaty-badge/. */
const outdir = 'dist/lib/src';
const componentTypePath = (_name, tag) => (tag ? `./components/${tag.slice(3)}/${tag.slice(3)}.js` : './core/base.js');

export default {
  globs: ['src/core/base.ts', 'src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    dropInternalState(),
    jsxTypesPlugin({ outdir, fileName: 'react.d.ts', componentTypePath, stronglyTypedEvents: true }),
    frameworkTypes({ outdir }),
  ],
};
