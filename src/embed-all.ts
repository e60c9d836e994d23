/**
 * `dist/embed-all.js`: every widget, all the data and every language in one classic script, for
 * pages that would rather make one request than several. Each tag is registered only if nothing
 * registered it before.
 */
import './all.js';
import './components/treaty-badge/treaty-badge.js';
import './components/casualty-counter/casualty-counter.js';
import './components/pledge-bar/pledge-bar.js';
import './components/withdrawal-timeline/withdrawal-timeline.js';
