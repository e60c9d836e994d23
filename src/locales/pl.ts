/** `ottawa-treaty-widgets/locales/pl`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { pl } from '../i18n/pl.js';

provideLanguage('pl', pl);
export { pl };
