/**
 * Every date a widget shows is a `<time datetime>`, made here: alone, or found inside a sentence.
 * (The timeline's axis labels, each a positioned `<time>` of its own, are drawn by the timeline.)
 */
import { html, type TemplateResult } from 'lit';

/** `text` (a formatted date, a year) as a `<time>` whose `datetime` is `iso`. */
export const time = (iso: string, text: string): TemplateResult => html`<time datetime=${iso}>${text}</time>`;

/** `text` with each formatted date in it wrapped in `<time datetime>`. */
export function withTimes(text: string, dates: readonly (readonly [formatted: string, iso: string])[]): (string | TemplateResult)[] {
  let parts: (string | TemplateResult)[] = [text];
  for (const [formatted, iso] of dates) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(formatted)) return [part];
      const [before, ...after] = part.split(formatted);
      return [before!, time(iso, formatted), after.join(formatted)];
    });
  }
  return parts;
}
