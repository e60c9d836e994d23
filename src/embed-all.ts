/**
 * `dist/embed-all.js`: every widget, all the data and every language in one classic script, for
 * pages that would rather make one request than several. Each tag is registered only if nothing
 * registered it before.
 */
import './all.js';
import './index.js';
