// The pages whose download the size budget bounds (README "Size"): what dist/embed.js fetches
// for them (bench/lib/bytes.mjs embedPage), or whole files. `budgetKB` is the goal, `ceilingKB`
// what `npm test` enforces against regressions until the goal is met.
const FOUR = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];
const STORY = ['EE', 'LV', 'LT', 'PL', 'FI', 'UA'];

export const PAGES = [
  { name: 'one <ot-treaty-badge> via embed.js', widgets: ['ot-treaty-badge'], parts: ['PL'], budgetKB: 15, ceilingKB: 21 },
  { name: 'all four widgets via embed.js', widgets: FOUR, parts: [...STORY, 'casualties', 'spending'], budgetKB: 30, ceilingKB: 52 },
  { name: 'all four widgets in Polish via embed.js', widgets: FOUR, parts: [...STORY, 'casualties', 'spending'], languages: ['pl'], budgetKB: 31.5, ceilingKB: 55 },
  { name: 'dist/embed-all.js', files: ['dist/embed-all.js'], budgetKB: 45, ceilingKB: 62 },
];
