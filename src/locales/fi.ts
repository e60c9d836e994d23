/** `ottawa-treaty-widgets/locales/fi`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { fi } from '../i18n/fi.js';

provideLanguage('fi', fi);
export { fi };
