/**
 * The languages the widgets speak: every src/i18n/<code>.ts with a two-letter name, exporting its
 * messages as `<code>`. Adding one is that file. The builds (vite.config.ts) and the test server
 * (tests/support/server-plugins.mjs) make three kinds of module from the folder:
 *   virtual:ot-languages/all          every language at once, English first (src/i18n/index.ts)
 *   virtual:ot-languages/loaders      each but English as a dynamic import (src/loaders.ts)
 *   virtual:ot-languages/locale/<xx>  the npm entry ottawa-treaty-widgets/locales/<xx>: provides it at once
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const I18N = fileURLToPath(new URL('../src/i18n/', import.meta.url));
export const PREFIX = 'virtual:ot-languages/';
/** Every language but English, which every widget has: those loaded on demand or provided by an import. */
export const OTHER_LANGUAGES = readdirSync(I18N).map((f) => /^([a-z]{2})\.ts$/.exec(f)?.[1]).filter((c) => c && c !== 'en').sort();
export const LANGUAGE_CODES = ['en', ...OTHER_LANGUAGES];

/**
 * The code of `virtual:ot-languages/<name>`; `at(path)` is how the module importing it names a source file
 * (`i18n/pl.ts`, `core/registry.ts`). @returns {string | undefined} undefined for a name it does not know
 */
export function languageModule(name, at) {
  if (name === 'all') {
    const imports = LANGUAGE_CODES.map((c) => `import { ${c} } from '${at(`i18n/${c}.ts`)}';`).join('\n');
    return `${imports}\nexport default { ${LANGUAGE_CODES.join(', ')} };\n`;
  }
  if (name === 'loaders') {
    return `export default {\n${OTHER_LANGUAGES.map((c) => `  ${c}: () => import('${at(`i18n/${c}.ts`)}').then((m) => m.${c}),`).join('\n')}\n};\n`;
  }
  const code = /^locale\/([a-z]{2})$/.exec(name)?.[1];
  if (!code || !OTHER_LANGUAGES.includes(code)) return undefined;
  return `import { provideLanguage } from '${at('core/registry.ts')}';\nimport { ${code} } from '${at(`i18n/${code}.ts`)}';
provideLanguage('${code}', ${code});\nexport { ${code} };\n`;
}

/** For Vite: the modules, and beside each locale entry its types (`export declare const pl: Messages`). */
export function languagesPlugin() {
  return {
    name: 'ot-languages',
    enforce: 'pre',
    // (a library entry comes resolved against the root: /…/virtual:ot-languages/locale/pl)
    resolveId: (id) => (id.includes(PREFIX) ? `\0${id.slice(id.indexOf(PREFIX))}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      return languageModule(name, (path) => `${I18N}../${path}`) ?? this.error(`no language module "${name}" (src/i18n has ${LANGUAGE_CODES.join(', ')})`);
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const code = chunk.type === 'chunk' && chunk.isEntry && /locale\/([a-z]{2})$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (!code) continue;
        this.emitFile({ type: 'asset', fileName: chunk.fileName.replace(/\.js$/, '.d.ts'),
          source: `/** Provides this language at once: no widget waits for it. */\nexport declare const ${code}: import('../i18n/messages.js').Messages;\n` });
      }
    },
  };
}
