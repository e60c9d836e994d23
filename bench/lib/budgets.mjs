// What the size budget bounds (README "Size"): pages as dist/embed.js loads them (bytes.mjs `embedPage`), whole files,
// each language's file, and an app's bundle of one npm entry. `budgetKB` is the goal; `ceilingKB` is what `npm test`
// enforces against regressions until the goal is met. Raised once, for server rendering: taking over a server's rendering
// costs every page 0.5 KB in the base element (the rest is fetched only by pages that have such widgets), and
// dist/embed-all.js 2.6 KB (Lit's hydration, in the one file).
import { all, partsOfAll } from './pages.mjs';

/** The pages, for the manifest's widgets (pages.mjs `shownWidgets`). */
export function budgetPages(shown) {
  const every = { widgets: shown.map((w) => w.tag), parts: partsOfAll(shown) };
  return [
    { name: 'one <ot-treaty-badge> via embed.js', widgets: ['ot-treaty-badge'], parts: ['PL'], budgetKB: 15, ceilingKB: 21 },
    { name: `${all(shown)} widgets via embed.js`, ...every, budgetKB: 30, ceilingKB: 45 },
    { name: `${all(shown)} widgets in Polish via embed.js`, ...every, languages: ['pl'], budgetKB: 31.5, ceilingKB: 48 },
    { name: 'dist/embed-all.js', files: ['dist/embed-all.js'], budgetKB: 45, ceilingKB: 63.5 },
  ];
}

/** Each further language on a page: its one file (dist/embed/lang-*.js), the largest of them. */
export const LANGUAGE = { budgetKB: 1.5, ceilingKB: 3.8 };

/** An app importing ottawa-treaty-widgets/treaty-badge and showing one badge: up front, and with its data. */
export const NPM_BADGE = { specifier: 'ottawa-treaty-widgets/treaty-badge', budgetKB: 15, ceilingKB: 19.5 };
