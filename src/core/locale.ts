import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { messagesFor } from './registry.js';

export interface Locale {
  /** The tag Intl formats with, as the page gave it (`en-GB` keeps British date order). */
  tag: string;
  /** The language whose messages are used: the tag's primary subtag. */
  language: string;
  t: Messages;
}

/** A BCP 47 tag, canonical, and its primary language subtag; undefined for an empty or malformed one. */
export function parseTag(input: string | null | undefined): { tag: string; language: string } | undefined {
  const requested = (input ?? '').trim();
  try {
    const tag = requested ? Intl.getCanonicalLocales(requested)[0] : undefined;
    return tag ? { tag, language: tag.split('-')[0]!.toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

/** The primary language subtag of a tag (`pl` for `pl-PL`), English for none or a malformed one. */
export const languageOf = (input: string | null | undefined): string => parseTag(input)?.language ?? 'en';

/**
 * Maps a BCP 47 tag to a provided language (registry.ts): `pl-PL` speaks Polish and formats with
 * `pl-PL`, `en-GB` English with British dates. Any other language falls back to English entirely,
 * messages and formats alike, so that no sentence mixes two languages.
 */
export function resolveLocale(input: string | null | undefined): Locale {
  const parsed = parseTag(input);
  const t = parsed && messagesFor(parsed.language);
  return parsed && t ? { ...parsed, t } : { tag: 'en', language: 'en', t: en };
}
