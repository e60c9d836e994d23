// The custom-elements manifest (dist/custom-elements.json) is generated from the components'
// JSDoc: attributes, properties, events, parts, custom properties and custom states.
import { readFileSync } from 'node:fs';

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

export default {
  globs: ['src/core/base.ts', 'src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropInternalState()],
};
