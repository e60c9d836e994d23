/**
 * The part of d3-interpolate the widgets use, for the script-tag build: scales here map numbers
 * to numbers, so d3's generic interpolator (colours, strings, dates, objects) is dead weight.
 * Same results as d3-interpolate's `interpolateNumber` and `interpolateRound`.
 */
export const interpolateNumber = (a: number, b: number) => (t: number): number => a * (1 - t) + b * t;
export const interpolateRound = (a: number, b: number) => (t: number): number => Math.round(a * (1 - t) + b * t);
export const interpolate = interpolateNumber;
/** Only d3-scale's sequential and diverging scales use it; the widgets do not. */
export const piecewise = (): never => {
  throw new Error('d3-interpolate is not in embed.js: only numeric scales are available');
};
