/** `ottawa-treaty-widgets/locales/de`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { de } from '../i18n/de.js';

provideLanguage('de', de);
export { de };
