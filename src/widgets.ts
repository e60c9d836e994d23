/**
 * The widgets, by tag, with the folder under src/components/ that holds each. The script-tag
 * build makes one file per tag from it, and its loader fetches a tag's file when the tag appears.
 */
export const WIDGETS = {
  'ot-treaty-badge': 'treaty-badge',
  'ot-casualty-counter': 'casualty-counter',
  'ot-pledge-bar': 'pledge-bar',
  'ot-withdrawal-timeline': 'withdrawal-timeline',
} as const;

export type WidgetTag = keyof typeof WIDGETS;
