// The builder's warning about currency: a widget never claims data as of a day after the
// dataset was last checked (its footer then says "Data checked to …"), so an article pinned to a
// later day should know that nothing after that day is in it.

const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const words = (day) => long.format(new Date(`${day}T00:00:00Z`));

/** Today on the reader's calendar, `YYYY-MM-DD`. */
export const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * The warning for `asOf` (empty: today) against the day the dataset was last `checked`; '' when
 * the day shown is not after it (or the dataset does not say).
 */
export function currencyWarning(asOf, checked, now = today()) {
  const day = asOf || now;
  if (!checked || day <= checked) return '';
  return `The data was last checked on ${words(checked)}. ${asOf ? `On ${words(asOf)}` : 'Today'} the widget says “Data checked to ${words(checked)}” `
    + 'and shows nothing that happened after that day.';
}
