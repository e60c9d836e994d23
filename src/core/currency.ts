/** How current a widget may claim its figures are. */
import type { Dataset, IsoDate } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Format } from './format.js';

/**
 * The footer's date line and the day it names: "Data as of <the day shown>", but never a day after
 * the dataset was last checked: from then on, "Data checked to <that day>".
 */
export function currency(data: Dataset, day: IsoDate, t: Messages, f: Format): { text: string; date: IsoDate } {
  return data.checked && day > data.checked
    ? { text: t.footer.checkedTo(f.date(data.checked)), date: data.checked }
    : { text: t.footer.asOf(f.date(day)), date: day };
}
