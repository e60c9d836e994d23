/**
 * The bundled data comes in parts, so that a page downloads only what its widgets show: each
 * state of the story alone (a badge needs one, the timeline all six), every other state together,
 * the casualty figures, and the defence spending. Each part carries the sources it cites, the
 * treaties and the day the data was checked, so any one part is enough for a widget's footer.
 */
import type { CountryCode } from './types.js';

/** The states whose withdrawals the widgets are about, in the timeline's order. */
export const STORY_STATES = ['EE', 'LV', 'LT', 'PL', 'FI', 'UA'] as const;

export type PartName = (typeof STORY_STATES)[number] | 'world' | 'casualties' | 'spending';
export const PART_NAMES: readonly PartName[] = [...STORY_STATES, 'world', 'casualties', 'spending'];

/** The part that holds a state's participation (an unknown code is looked up among all the others). */
export const partOf = (country: CountryCode): PartName =>
  (STORY_STATES as readonly string[]).includes(country) ? (country as PartName) : 'world';
