/**
 * d3-format, left out of the script-tag build: the widgets format every number with
 * Intl.NumberFormat in the reader's locale, never with a scale's tickFormat.
 */
const left = (): never => {
  throw new Error('d3-format is not in embed.js: format numbers with Intl.NumberFormat');
};
export const format = left;
export const formatPrefix = left;
export const formatSpecifier = left;
export const precisionFixed = left;
export const precisionPrefix = left;
export const precisionRound = left;
