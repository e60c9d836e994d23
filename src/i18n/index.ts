import languages from 'virtual:ot-languages/all';
import type { Messages } from './messages.js';

/**
 * Every language the widgets speak, by primary language subtag, English first: each file of this
 * folder with a two-letter name (scripts/languages.mjs makes the module). Imported only where all
 * of them ship at once (dist/embed-all.js, the server renderer, the tests); widgets get theirs
 * from the registry (src/core/registry.ts), and src/loaders.ts loads each on demand.
 */
export const LANGUAGES: Record<string, Messages> = languages;
