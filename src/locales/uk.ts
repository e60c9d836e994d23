/** `ottawa-treaty-widgets/locales/uk`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { uk } from '../i18n/uk.js';

provideLanguage('uk', uk);
export { uk };
