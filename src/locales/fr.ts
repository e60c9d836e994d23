/** `ottawa-treaty-widgets/locales/fr`: the widgets speak this language without loading it first. */
import { provideLanguage } from '../core/registry.js';
import { fr } from '../i18n/fr.js';

provideLanguage('fr', fr);
export { fr };
