// The embed builder: form → the live widget's attributes → a snippet for each of the four ways, each
// with light-DOM fallback text read from the widget once it has rendered. Loaded with src (strict CSP).
// It needs dist/ (npm start builds it): the manifest, the languages and the dataset come from there.
import { LANGUAGES } from '../dist/lib/src/i18n/index.js';
import { currencyWarning } from './currency.js';

/**
 * The widgets and the attributes each documents, from the custom elements manifest (made by the
 * build from the widgets' JSDoc): the form offers what the manifest lists. A widget's own
 * attributes first, then the ones every widget takes (inherited from the base element).
 */
const manifest = await (await fetch('../dist/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const WIDGETS = Object.fromEntries(
  declarations.map((d) => [d.tagName.slice('ot-'.length), (d.attributes ?? []).filter((a) => !a.inheritedFrom)]),
);
const COMMON = (declarations[0]?.attributes ?? []).filter((a) => a.inheritedFrom).map((a) => a.name);
const own = (widget) => WIDGETS[widget].map((a) => a.name);
/** The states in the story, in the order the article names them. */
const STORY = ['PL', 'EE', 'LV', 'LT', 'FI', 'UA'];
const DEFAULTS = {
  'treaty-badge': { country: 'PL' },
  'pledge-bar': { countries: 'PL,EE,LV,LT' },
};
const PACKAGE = 'ottawa-treaty-widgets';

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
const form = $('#form');
const stage = $('#stage');
const stageStatus = $('#stage-status');
const frameBase = $('#frame-base');

const names = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const nameOf = (code) => names.of(code) ?? code;

/** Escapes text for HTML content and attribute values. */
const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const tidy = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

// ---- The dataset: the lists the form offers ----

let data;
try {
  const response = await fetch('../dist/dataset.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  data = await response.json();
} catch (error) {
  stageStatus.textContent = `Could not load dist/dataset.json (${error.message}): run npm run build. The lists offer only the states in the story.`;
  data = { participation: { ottawa: Object.fromEntries(STORY.map((c) => [c, {}])), ccm: { LT: {} } }, spending: { estimates: [] }, casualties: { figures: [] } };
}

/** Codes for a list: the states in the story first (in the story's order), then the others by name. */
function ordered(codes) {
  const set = new Set(codes);
  const story = STORY.filter((c) => set.delete(c));
  return { story, others: [...set].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en-GB')) };
}

/** The codes a country control offers, by its `data-countries` and the treaty chosen beside it. */
function codesFor(kind, treaty) {
  const participation = data.participation?.[treaty || 'ottawa'] ?? {};
  if (kind === 'participation') return Object.keys(participation);
  if (kind === 'withdrawals') return Object.keys(participation).filter((c) => participation[c]?.withdrawal?.length);
  if (kind === 'spending') return [...new Set((data.spending?.estimates ?? []).map((e) => e.country))];
  return [];
}

function fillSelect(select, codes, wanted) {
  const { story, others } = ordered(codes);
  const group = (label, list) => {
    const g = document.createElement('optgroup');
    g.label = label;
    g.append(...list.map((c) => new Option(`${nameOf(c)} (${c})`, c)));
    return g;
  };
  select.replaceChildren(...[story.length && group('States in the story', story), others.length && group('All other states', others)].filter(Boolean));
  select.value = codes.includes(wanted) ? wanted : (story[0] ?? others[0] ?? '');
}

function fillGroup(fieldset, codes, wanted) {
  const { story, others } = ordered(codes);
  const legend = $('legend', fieldset);
  const boxes = [...story, ...others].map((c) => {
    const label = document.createElement('label');
    label.className = 'check';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: c, checked: wanted.includes(c) });
    label.append(box, ' ', Object.assign(document.createElement('span'), { textContent: `${nameOf(c)} (${c})` }));
    return label;
  });
  fieldset.replaceChildren(legend, ...boxes);
}

function fillCountries(panel, wanted = {}) {
  const treaty = $('[data-treaty]', panel)?.value ?? '';
  for (const control of $$('[data-countries]', panel)) {
    const codes = codesFor(control.dataset.countries, treaty);
    if (control.localName === 'select') fillSelect(control, codes, wanted.country ?? control.value);
    else {
      const current = $$('input:checked', control).map((b) => b.value);
      const list = wanted.countries ?? wanted.country ?? null;
      fillGroup(control, codes, list !== null ? list.split(',').map((c) => c.trim().toUpperCase()) : current);
    }
  }
}

// Years with a casualty figure, newest first.
const years = [...new Set((data.casualties?.figures ?? []).map((f) => f.year))].sort((a, b) => b - a);
$('#counter-year').append(...years.map((y) => new Option(String(y), String(y))));

// ---- The form: a choice per widget, and plain fields for one without a panel of its own ----

const titleOf = (widget) => widget[0].toUpperCase() + widget.slice(1).replaceAll('-', ' ');
const element = (html) => Object.assign(document.createElement('template'), { innerHTML: html }).content.firstElementChild;
for (const [widget, attributes] of Object.entries(WIDGETS)) {
  $('.widget-pick').append(element(`<label class="check"><input type="radio" name="widget" value="${widget}">
    <span>${titleOf(widget)} <code>&lt;ot-${widget}&gt;</code></span></label>`));
  if ($(`fieldset[data-widget="${widget}"]`)) continue;
  const fields = attributes.map(({ name, type, description = '' }) => type?.text === 'boolean'
    ? `<label class="check"><input type="checkbox" data-attr="${name}"> <span>${escapeHtml(description)} <code>${name}</code></span></label>`
    : `<div class="field"><label for="${widget}-${name}">${escapeHtml(description)} <code>${name}</code></label>
       <input id="${widget}-${name}" data-attr="${name}"></div>`);
  $$('fieldset[data-widget]').at(-1).after(element(`<fieldset data-widget="${widget}" hidden><legend>${titleOf(widget)}</legend>${fields.join('')}</fieldset>`));
}

// Each language the widgets speak, by its own name: "Polski (pl)".
for (const code of Object.keys(LANGUAGES)) {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  $('#locale').append(Object.assign(new Option(`${name[0].toLocaleUpperCase(code)}${name.slice(1)} (${code})`, code), { lang: code }));
}

// ---- The form: read it, and set it from a query string ----

const widgetName = () => form.elements.widget.value;
const panelOf = (widget) => $(`fieldset[data-widget="${widget}"]`);

/** The attributes the form asks for, in a stable order: [name, value], value true for a boolean. */
function attributesOf(widget) {
  const out = [];
  for (const control of [...$$('[data-attr]', panelOf(widget)), ...$$('[data-attr]', $('fieldset[data-common]'))]) {
    const name = control.dataset.attr;
    if (control.localName === 'fieldset') {
      const codes = $$('input:checked', control).map((b) => b.value);
      if (codes.length === 1 && control.dataset.single) out.push([control.dataset.single, codes[0]]);
      else if (codes.length) out.push([name, codes.join(',')]);
    } else if (control.type === 'checkbox') {
      if (control.checked) out.push([name, true]);
    } else if (control.value.trim()) {
      out.push([name, control.value.trim()]);
    }
  }
  // The order of the docs: the widget's own attributes, then the common ones.
  const order = [...own(widget), ...COMMON];
  return out.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

function setForm(params) {
  const widget = Object.hasOwn(WIDGETS, params.get('widget') ?? '') ? params.get('widget') : 'treaty-badge';
  form.elements.widget.value = widget;
  const wanted = { ...DEFAULTS[widget] };
  for (const [k, v] of params) if (own(widget).includes(k) || COMMON.includes(k)) wanted[k] = v;
  if (params.has('country') || params.has('countries')) {
    if (!params.has('countries')) delete wanted.countries;
    if (!params.has('country')) delete wanted.country;
  }
  const panel = panelOf(widget);
  for (const control of [...$$('[data-attr]', panel), ...$$('[data-attr]', $('fieldset[data-common]'))]) {
    if (control.localName === 'fieldset' || control.dataset.countries) continue;
    const value = wanted[control.dataset.attr];
    if (control.type === 'checkbox') control.checked = value !== undefined && value !== 'false';
    else if (value !== undefined) control.value = value;
  }
  fillCountries(panel, wanted);
}

// ---- The live widget ----

let live;
function applyToLive(widget, attrs) {
  const tag = `ot-${widget}`;
  if (live?.localName !== tag) {
    live = document.createElement(tag);
    stage.replaceChildren(live);
  }
  const wanted = new Map(attrs);
  for (const name of [...own(widget), ...COMMON]) {
    const value = wanted.get(name);
    if (value === undefined) {
      // `theme` reflects; "auto" is its default.
      if (name === 'theme') live.setAttribute('theme', 'auto');
      else live.removeAttribute(name);
    } else if (live.getAttribute(name) !== (value === true ? '' : value)) {
      live.setAttribute(name, value === true ? '' : value);
    }
  }
}

// ---- Fallback text, from the rendered widget ----

/** Footer text without the "Get the data" button: "Source: PAP · Data as of 18 March 2025". */
function footerText(root) {
  const footer = $('[part~="footer"]', root);
  if (footer) {
    const copy = footer.cloneNode(true);
    for (const extra of copy.querySelectorAll('button, .notice')) extra.remove();
    return tidy(copy.textContent).replace(/\s*·\s*$/, '');
  }
  return tidy($('#desc', root)?.textContent).replace(/\.$/, '');
}

/**
 * What the widget says, for the snippets: `summary` (the widget's one-line text, the same as its
 * accessible name), the footer's source and date, and for the timeline each event in words.
 */
function describeLive(widget, attrs) {
  const root = live?.shadowRoot;
  if (!root) return null;
  const error = $('[part~="error"]', root);
  if (error) return { error: tidy(error.textContent) };
  const summary = live.summary ?? $('[aria-label]', root)?.getAttribute('aria-label');
  if (!summary) return null;
  const footer = footerText(root);
  const inline = widget === 'treaty-badge' && attrs.some(([k]) => k === 'no-footer');
  const line = inline ? `(${summary})` : footer ? `${summary} (${footer})` : summary;
  const events = widget === 'withdrawal-timeline'
    ? $$('li.event', root).map((li) => {
      const part = (cls) => tidy($(`.${cls}`, li)?.textContent);
      const extra = ['detail', 'note', 'src'].map(part).filter(Boolean).join('; ');
      return `${part('when')} — ${part('who')}: ${part('what')}${extra ? ` (${extra})` : ''}`;
    })
    : [];
  return { summary, line, events, block: widget !== 'treaty-badge' };
}

// ---- Snippets ----

const attrText = (attrs) => attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');

function tagSnippet(widget, attrs, said) {
  const open = `<ot-${widget}${attrText(attrs)}>`;
  const close = `</ot-${widget}>`;
  if (!said?.line) return `${open}${close}`;
  if (!said.block) return `${open}${escapeHtml(said.line)}${close}`;
  const inner = [`  <p>${escapeHtml(said.line)}</p>`];
  if (said.events.length) inner.push('  <ol>', ...said.events.map((e) => `    <li>${escapeHtml(e)}</li>`), '  </ol>');
  return `${open}\n${inner.join('\n')}\n${close}`;
}

/** The query string of dist/frame.html (and of this page): widget first, then the attributes. */
function query(widget, attrs) {
  const params = new URLSearchParams({ widget });
  for (const [k, v] of attrs) params.append(k, v === true ? '' : v);
  return params.toString();
}

/** Where the publisher serves dist/, ending in a slash. */
const distBase = () => (frameBase.value.trim() || './').replace(/\/?$/, '/');

function iframeSnippet(widget, attrs, said) {
  const base = distBase();
  const src = `${base}frame.html?${query(widget, attrs)}`;
  const title = said?.summary ?? `ottawa-treaty-widgets: ${widget}`;
  const height = Math.ceil(live?.getBoundingClientRect().height ?? 0) + 2;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; width: 100%; max-width: 100%;"></iframe>\n`
    + `<script src="${escapeHtml(`${base}frame-resizer.js`)}" defer></script>`;
}

const setCode = (id, text) => { $(`#${id} code`).textContent = text; };

function renderSnippets(widget, attrs, said) {
  const tag = tagSnippet(widget, attrs, said);
  const script = `<script src="${escapeHtml(`${distBase()}embed.js`)}" defer></script>`;
  setCode('code-script', `${script}\n${tag}`);
  setCode('code-npm-install', `npm install ${PACKAGE}`);
  setCode('code-npm-import', `import '${PACKAGE}/${widget}';`);
  setCode('code-npm-tag', tag);
  setCode('code-iframe', iframeSnippet(widget, attrs, said));
  void serverSnippet(`${script}\n${tag}`);
}

/** The script-tag snippet, rendered by `npx ottawa-treaty-widgets render` (npm start serves /__render). */
let rendering = 0;
async function serverSnippet(snippet) {
  const run = ++rendering;
  const lang = document.documentElement.lang || 'en';
  let text;
  try {
    const response = await fetch(`/__render?lang=${encodeURIComponent(lang)}`, { method: 'POST', body: snippet });
    text = response.ok ? (await response.text()).trimEnd() : undefined;
  } catch {
    text = undefined;
  }
  if (run !== rendering) return;
  setCode('code-ssr', text ?? `This page is not served by npm start, which renders it here. Save the script-tag code as snippet.html and run:\n\nnpx ottawa-treaty-widgets render --lang ${lang} snippet.html`);
}

// ---- The loop: form change → live widget → snippets ----

let generation = 0;
async function update() {
  const run = ++generation;
  const widget = widgetName();
  for (const panel of $$('fieldset[data-widget]')) panel.hidden = panel.dataset.widget !== widget;
  const attrs = attributesOf(widget);
  applyToLive(widget, attrs);
  const warning = currencyWarning(attrs.find(([name]) => name === 'as-of')?.[1], data.checked);
  Object.assign($('#as-of-warning'), { textContent: warning, hidden: !warning });
  history.replaceState(null, '', `?${query(widget, attrs)}`);
  updateFrame(widget, attrs);

  // Wait for the widget to render (and, with `src`, for its data to load) before reading it.
  let said = null;
  await customElements.whenDefined(live.localName); // dist/embed.js fetches the widget's file first
  if (run !== generation) return;
  for (let tries = 0; tries < 25; tries++) {
    await live.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    if (run !== generation) return;
    said = describeLive(widget, attrs);
    if (said) break;
    await new Promise((r) => setTimeout(r, 120));
  }
  const state = (name) => { try { return live.matches(`:state(${name})`); } catch { return false; } };
  stageStatus.textContent = said?.error
    ? `${said.error}. Change the settings before you copy the code.`
    : state('fallback') ? 'The dataset given in src could not be loaded or is not valid: the widget shows the bundled data (the console says why).'
    : said ? '' : 'The widget has not rendered yet; the code below has no fallback text.';
  renderSnippets(widget, attrs, said?.error ? null : said);
}

// The iframe preview, only while open.
const framePreview = $('#frame-preview');
const frame = $('#frame');
function updateFrame(widget, attrs) {
  if (!framePreview.open) return;
  const src = `../dist/frame.html?${query(widget, attrs)}`;
  if (frame.getAttribute('src') !== src) frame.src = src;
}
framePreview.addEventListener('toggle', () => update());

// ---- Copy buttons ----

const timers = new WeakMap();
async function copy(button) {
  const pre = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector('.copied');
  const text = pre.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied';
  } catch {
    // Clipboard not allowed (an http page, a browser setting): select the code for Ctrl+C / ⌘C.
    pre.focus();
    getSelection().selectAllChildren(pre);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
  }
  clearTimeout(timers.get(status));
  timers.set(status, setTimeout(() => { status.textContent = ''; }, 5000));
}
for (const button of $$('[data-copy]')) button.addEventListener('click', () => copy(button));

// ---- Wiring ----

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('change', (e) => {
  if (e.target.matches('[data-treaty]')) fillCountries(e.target.closest('fieldset[data-widget]'));
  update();
});
form.addEventListener('input', (e) => { if (e.target.matches('input[type="url"], input[type="date"]')) update(); });
frameBase.addEventListener('input', () => renderSnippets(widgetName(), attributesOf(widgetName()), describeLive(widgetName(), attributesOf(widgetName()))));

// Every panel starts with its country lists filled (and its defaults), then the query string wins.
for (const [widget, defaults] of Object.entries(DEFAULTS)) fillCountries(panelOf(widget), defaults);
fillCountries(panelOf('withdrawal-timeline'), { countries: '' });
setForm(new URLSearchParams(location.search));
update();
