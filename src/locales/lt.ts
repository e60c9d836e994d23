/** `ottawa-treaty-widgets/locales/lt`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { lt } from '../i18n/lt.js';

provideLanguage('lt', lt);
export { lt };
