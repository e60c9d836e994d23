import { de } from './de.js';
import { en } from './en.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { pl } from './pl.js';
import { uk } from './uk.js';
import type { Messages } from './messages.js';

/**
 * Every language the widgets speak, by primary language subtag. Imported only where all of them
 * ship at once (dist/embed-all.js, the server renderer, the tests); widgets get theirs from the
 * registry (src/core/registry.ts), and src/loaders.ts loads each on demand.
 */
export const LANGUAGES: Record<string, Messages> = { en, pl, et, lv, lt, fi, uk, de, fr };
