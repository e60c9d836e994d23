/**
 * What a widget can load when it needs it: the parts of the data it does not ship with, and the
 * languages other than English. Each is a dynamic import, so it is a file of its own in an app's
 * build and in the script-tag build, fetched only by a page that shows it.
 */
import dataLoaders from 'virtual:ot-data/loaders';
import { setLoaders } from './core/registry.js';

setLoaders({
  data: dataLoaders,
  languages: {
    pl: () => import('./i18n/pl.js').then((m) => m.pl),
    et: () => import('./i18n/et.js').then((m) => m.et),
    lv: () => import('./i18n/lv.js').then((m) => m.lv),
    lt: () => import('./i18n/lt.js').then((m) => m.lt),
    fi: () => import('./i18n/fi.js').then((m) => m.fi),
    uk: () => import('./i18n/uk.js').then((m) => m.uk),
    de: () => import('./i18n/de.js').then((m) => m.de),
    fr: () => import('./i18n/fr.js').then((m) => m.fr),
  },
});
