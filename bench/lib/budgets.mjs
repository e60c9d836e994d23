// What the size budget bounds (README "Size"): pages as dist/embed.js loads them (bench/lib/bytes.mjs
// embedPage), whole files, each language's file, and an app's bundle of one npm entry.
// `budgetKB` is the goal; `ceilingKB` is what `npm test` enforces against regressions until the goal is met.
// Raised once, for server rendering: taking over a server's rendering costs every page 0.5 KB in
// the base element (the rest is fetched only by pages that have such widgets), and dist/embed-all.js
// 2.6 KB (Lit's hydration, in the one file).
const FOUR = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];
const DATA = ['story', 'casualties', 'spending'];

export const PAGES = [
  { name: 'one <ot-treaty-badge> via embed.js', widgets: ['ot-treaty-badge'], parts: ['PL'], budgetKB: 15, ceilingKB: 21 },
  { name: 'all four widgets via embed.js', widgets: FOUR, parts: DATA, budgetKB: 30, ceilingKB: 45 },
  { name: 'all four widgets in Polish via embed.js', widgets: FOUR, parts: DATA, languages: ['pl'], budgetKB: 31.5, ceilingKB: 48 },
  { name: 'dist/embed-all.js', files: ['dist/embed-all.js'], budgetKB: 45, ceilingKB: 63.5 },
];

/** Each further language on a page: its one file (dist/embed/lang-*.js), the largest of them. */
export const LANGUAGE = { budgetKB: 1.5, ceilingKB: 3.8 };

/** An app importing ottawa-treaty-widgets/treaty-badge and showing one badge: up front, and with its data. */
export const NPM_BADGE = { specifier: 'ottawa-treaty-widgets/treaty-badge', budgetKB: 15, ceilingKB: 19.5 };
