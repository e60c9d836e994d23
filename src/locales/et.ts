/** `ottawa-treaty-widgets/locales/et`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { et } from '../i18n/et.js';

provideLanguage('et', et);
export { et };
