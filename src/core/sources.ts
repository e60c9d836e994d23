/** The sources a widget links to, and their addresses for "Get the data". */
import type { Dataset, Source, SourceId } from '../data/types.js';

/**
 * The sources behind `ids`, one per publisher: two pages of the same publisher read as a
 * repetition. The first of each publisher is kept, since the data lists the most direct source
 * of a fact first.
 */
export function onePerPublisher(data: Dataset, ids: readonly SourceId[]): Source[] {
  const seen = new Map<string, Source>();
  for (const id of ids) {
    const source = data.sources[id];
    if (source && !seen.has(source.publisher)) seen.set(source.publisher, source);
  }
  return [...seen.values()];
}

/** The addresses of the sources behind `ids`, for one CSV cell. */
export const sourceUrls = (data: Dataset, ids: readonly SourceId[]): string => ids.map((id) => data.sources[id]?.url).join(' ');
