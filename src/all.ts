/**
 * `ottawa-treaty-widgets/all`: all the data and every language, provided at once, for pages and
 * servers that would rather have everything up front than load it on demand (dist/embed-all.js,
 * server rendering). Registers no element: import the widgets too.
 */
import dataset from 'virtual:ot-data/all';
import { provideData, provideLanguage } from './core/registry.js';
import { PART_NAMES } from './data/parts.js';
import { LANGUAGES } from './i18n/index.js';

// The whole dataset is every part at once.
for (const name of PART_NAMES) provideData(name, dataset);
for (const [language, messages] of Object.entries(LANGUAGES)) provideLanguage(language, messages);
