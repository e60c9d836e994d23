/**
 * The bundled data comes in parts, so that a page downloads only what its widgets show: each
 * state of the story alone (for a badge), the six together (for the timeline: one file, not six
 * that each repeat the sources they share), every other state, the casualty figures, and the
 * defence spending. Each part carries the sources it cites and the day the data was checked, so
 * any one part is enough for a widget's footer; the parts of states carry the treaties too.
 */
import type { CountryCode } from './types.js';

/** The states whose withdrawals the widgets are about, in the timeline's order. */
export const STORY_STATES = ['EE', 'LV', 'LT', 'PL', 'FI', 'UA'] as const;

export type PartName = (typeof STORY_STATES)[number] | 'story' | 'world' | 'casualties' | 'spending';
export const PART_NAMES: readonly PartName[] = [...STORY_STATES, 'story', 'world', 'casualties', 'spending'];

/** The parts a part holds besides itself: the story holds each of its states. */
export const PART_HOLDS: Partial<Record<PartName, readonly PartName[]>> = { story: STORY_STATES };

const inStory = (country: CountryCode): boolean => (STORY_STATES as readonly string[]).includes(country);

/** The part that holds a state's participation (an unknown code is looked up among all the others). */
export const partOf = (country: CountryCode): PartName => (inStory(country) ? (country as PartName) : 'world');

/** The parts that hold these states: the story as one part as soon as two of its states are asked for. */
export function partsOf(countries: readonly CountryCode[]): PartName[] {
  const story = countries.filter(inStory);
  const parts = new Set<PartName>(story.length > 1 ? ['story'] : story.map(partOf));
  if (story.length < countries.length) parts.add('world');
  return [...parts];
}
