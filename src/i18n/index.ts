import { en } from './en.js';
import type { Messages } from './messages.js';

/** The languages the widgets speak, by primary language subtag. */
export const LANGUAGES: Record<string, Messages> = { en };

export interface Locale {
  /** The tag Intl formats with, as the page gave it (`en-GB` keeps British date order). */
  tag: string;
  /** The language whose messages are used. */
  language: string;
  t: Messages;
}

/**
 * Maps a BCP 47 tag to a supported language. Messages of any other language fall back to
 * English, but numbers and dates keep the requested tag where Intl knows it (`pl`: 5757).
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
  if (canonical && language && LANGUAGES[language]) return { tag: canonical, language, t: LANGUAGES[language]! };
  const known = canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0;
  return { tag: known ? canonical! : 'en', language: 'en', t: en };
}
