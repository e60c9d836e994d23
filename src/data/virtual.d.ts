/**
 * The bundled data, made by the build from data/*.json (src/data/slice.ts): `virtual:ot-data/PL`
 * and the other parts (parts.ts), `virtual:ot-data/all` the whole of it, and
 * `virtual:ot-data/loaders` a dynamic import of each part by name.
 */
declare module 'virtual:ot-data/loaders' {
  const loaders: Record<import('./parts.js').PartName, () => Promise<Partial<import('./types.js').Dataset>>>;
  export default loaders;
}
declare module 'virtual:ot-data/*' {
  const part: Partial<import('./types.js').Dataset>;
  export default part;
}

/** The languages, made by the builds from src/i18n (scripts/languages.mjs). */
declare module 'virtual:ot-languages/all' {
  const languages: Record<string, import('../i18n/messages.js').Messages>;
  export default languages;
}
declare module 'virtual:ot-languages/loaders' {
  const loaders: Record<string, () => Promise<import('../i18n/messages.js').Messages>>;
  export default loaders;
}
