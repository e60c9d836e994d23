/**
 * What a widget can load when it needs it: the parts of the data it does not ship with, and the
 * languages other than English. Each is a dynamic import, so it is a file of its own in an app's
 * build and in the script-tag build, fetched only by a page that shows it.
 */
import dataLoaders from 'virtual:ot-data/loaders';
import languageLoaders from 'virtual:ot-languages/loaders';
import { setLoaders } from './core/registry.js';

setLoaders({ data: dataLoaders, languages: languageLoaders });
