// The demo article's one script (loaded with src, so the page works under a strict CSP): a toggle
// that shows every widget as of the day of publication (their `as-of`) or as of today (no `as-of`).
const box = document.getElementById('view-switch');
const button = document.getElementById('view-toggle');
const status = document.getElementById('view-status');
/** Every widget of the article: every element whose tag starts with our prefix. */
const widgets = [...document.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('ot-'));

// Each widget keeps the day it was pinned to, so "publication day" restores exactly that.
for (const widget of widgets) widget.dataset.pinnedAsOf = widget.getAttribute('as-of') ?? '';
const published = widgets.find((w) => w.dataset.pinnedAsOf)?.dataset.pinnedAsOf ?? '';

const lang = document.documentElement.lang || 'en';
const long = (iso) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
/** Today on the reader's calendar, as the widgets count it. */
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** `<time datetime>` with the day in words, built without innerHTML. */
const time = (iso) => Object.assign(document.createElement('time'), { dateTime: iso, textContent: long(iso) });

function show(today) {
  button.setAttribute('aria-pressed', String(today));
  for (const widget of widgets) {
    if (today) widget.removeAttribute('as-of');
    else if (widget.dataset.pinnedAsOf) widget.setAttribute('as-of', widget.dataset.pinnedAsOf);
  }
  document.documentElement.dataset.view = today ? 'today' : 'published';
  status.replaceChildren(
    'Showing the widgets as of ',
    ...(today ? ['today, ', time(todayIso()), '.'] : [time(published), ', the day of publication.']),
  );
}

button.addEventListener('click', () => show(button.getAttribute('aria-pressed') !== 'true'));
box.classList.remove('js-pending');
for (const el of document.querySelectorAll('.js-only')) el.hidden = false;
