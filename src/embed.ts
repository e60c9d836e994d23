/**
 * The script-tag build (`dist/embed.js`): every widget, the dataset and every language in one
 * classic script. Each tag is registered only if nothing registered it before.
 * One import per widget, in the order of the contract.
 */
import './components/treaty-badge/treaty-badge.js';
import './components/casualty-counter/casualty-counter.js';
import './components/pledge-bar/pledge-bar.js';
import './components/withdrawal-timeline/withdrawal-timeline.js';
