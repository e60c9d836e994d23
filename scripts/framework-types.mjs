/**
 * Vue 3 and Svelte 5 types of the widgets, written from the custom elements manifest (a plugin
 * of custom-elements-manifest.config.mjs) beside their .d.ts in dist/lib/src. Each framework names
 * things its own way: Vue camelises attributes (`as-of` is `asOf`) and listens with `onOtDataError`;
 * Svelte keeps the attribute as written and listens with `onot-data-error`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { declarationsOf } from './manifest.mjs';

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const doc = (text, pad) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n${pad}` : '');

/** Each widget's class, file, attributes and events, from the manifest. */
const widgetsOf = (manifest) => declarationsOf(manifest).map((d) => ({
  ...d,
  file: `./components/${d.folder}/${d.folder}.js`,
  attributes: d.attributes ?? [],
  events: (d.events ?? []).map((e) => ({ ...e, detail: e.type?.text ?? 'unknown' })),
}));

/** One element's props, each `name: type` as the framework writes it, one a line after `pad`. */
const props = (w, name, event, pad) =>
  [
    ...w.attributes.map((a) => `${doc(a.description, pad)}${name(a)}?: ${w.name}['${a.fieldName ?? camel(a.name)}'];`),
    ...w.events.map((e) => `${doc(e.description, pad)}${event(e)}?: (event: CustomEvent<${e.detail}>) => void;`),
  ].map((line) => pad + line).join('\n');

const imports = (widgets) => widgets.map((w) => `import type { ${w.name} } from '${w.file}';`).join('\n');

function vue(widgets) {
  const entries = widgets.map((w) => {
    const p = props(w, (a) => camel(a.name), (e) => `on${camel(`-${e.name}`)}`, '      ');
    return `    ${doc(w.summary, '    ')}'${w.tagName}': DefineComponent<{\n${p}\n    }>;`;
  });
  return `import type { DefineComponent } from 'vue';\n${imports(widgets)}\n
declare module 'vue' {\n  interface GlobalComponents {\n${entries.join('\n')}\n  }\n}\n`;
}

function svelte(widgets) {
  const entries = widgets.map((w) => {
    const p = props(w, (a) => `'${a.name}'`, (e) => `'on${e.name}'`, '      ');
    return `    ${doc(w.summary, '    ')}'${w.tagName}': HTMLAttributes<${w.name}> & {\n${p}\n    };`;
  });
  return `import type { HTMLAttributes } from 'svelte/elements';\n${imports(widgets)}\n
declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.join('\n')}\n  }\n}\n`;
}

/** @param {{ outdir: string }} options */
export function frameworkTypes({ outdir }) {
  return {
    name: 'ot-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const widgets = widgetsOf(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(`${outdir}/vue.d.ts`, vue(widgets));
      writeFileSync(`${outdir}/svelte.d.ts`, svelte(widgets));
    },
  };
}
