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

/** The languages the widgets speak, by primary language subtag. */
export const LANGUAGES: Record<string, Messages> = { en, pl, et, lv, lt, fi, uk, de, fr };

export interface Locale {
  /** The tag Intl formats with, as the page gave it (`en-GB` keeps British date order). */
  tag: string;
  /** The language whose messages are used. */
  language: string;
  t: Messages;
}

/**
 * Maps a BCP 47 tag to a supported language: `pl-PL` speaks Polish and formats with `pl-PL`,
 * `en-GB` English with British dates. Any other language falls back to English entirely,
 * messages and formats alike, so that no sentence mixes two languages.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const requested = (tag ?? '').trim();
  let canonical: string | undefined;
  try {
    canonical = requested ? Intl.getCanonicalLocales(requested)[0] : undefined;
  } catch {
    canonical = undefined;
  }
  const language = canonical?.split('-')[0]?.toLowerCase();
  const t = language && Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language] : undefined;
  return t ? { tag: canonical!, language: language!, t } : { tag: 'en', language: 'en', t: en };
}
