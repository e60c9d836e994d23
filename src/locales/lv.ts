/** `ottawa-treaty-widgets/locales/lv`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { lv } from '../i18n/lv.js';

provideLanguage('lv', lv);
export { lv };
