// Issue 14, point 1: the widgets on pages modelled on real news pages (tests/fixtures/host-article.html):
// a white page with no color-scheme and typical global CSS, a dark page that declares
// `color-scheme: dark`, a dark page that does not, an ancestor with `text-align: center`, a 320 px
// column. Every widget in English, Polish and Lithuanian, at 320, 390, 768 and 1280 px, with the
// reader's OS light and dark. Each case asserts what a reader would notice:
//   - the page never scrolls sideways;
//   - every text node has 4.5:1 contrast (3:1 for large text and for the graphics' shapes) against
//     the colour actually painted behind it;
//   - the widget's text alignment is its own, whatever the page's.
// The demo pages, at phone widths, are as wide as the window.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

type Scheme = 'light' | 'dark';
type RGBA = [number, number, number, number];
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
/** A frame's window, with its own constructors (`win.SVGElement`…). */
type Win = Window & typeof globalThis;

const PAGES = ['white', 'dark-declared', 'dark-css', 'centered', 'column'];
const WIDTHS = [320, 390, 768, 1280];
const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];

/** An iframe of `width` px showing `src`, its `color-scheme` set to `scheme` (see SCHEMES). */
async function open(src: string, width: number, scheme?: Scheme): Promise<HTMLIFrameElement> {
  const iframe = Object.assign(document.createElement('iframe'), { src, title: 'host page' });
  // In view, at the top: WebKit stops animation frames in a frame scrolled out of view.
  iframe.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 900px; border: 0; ${scheme ? `color-scheme: ${scheme}` : ''}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const frames = (win: Window, n = 2) => new Promise<void>((r) => {
  const next = () => (n-- ? win.requestAnimationFrame(next) : r());
  next();
});

/**
 * The reader's OS scheme. Chromium and Firefox give a frame the `prefers-color-scheme` of its iframe
 * element's `color-scheme`: inside a `color-scheme: dark` iframe the page is seen exactly as with the
 * OS dark (media queries, `light-dark()`, the canvas). WebKitGTK does not, and its WebDriver cannot
 * emulate media: there the file runs the scheme the browser was started with, and `npm test` runs it
 * a second time in a MiniBrowser started with `--dark-mode` (OT_OS_SCHEME=dark, scripts/test.mjs).
 */
const SCHEMES: Scheme[] = await (async () => {
  const probes = await Promise.all((['light', 'dark'] as const).map((scheme) => open('about:blank', 100, scheme)));
  const follows = probes.every((p, i) => p.contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches === !!i);
  probes.forEach((p) => p.remove());
  return follows ? ['light', 'dark'] : [matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'];
})();

// ---------------------------------------------------------------------------------------------
// colour

const ink = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
const parsed = new Map<string, RGBA>();
/** Any CSS colour as sRGB bytes and alpha, as the browser paints it. */
function rgba(color: string): RGBA {
  let c = parsed.get(color);
  if (!c) {
    ink.clearRect(0, 0, 1, 1);
    ink.fillStyle = color;
    ink.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ink.getImageData(0, 0, 1, 1).data as unknown as number[];
    parsed.set(color, (c = [r!, g!, b!, a! / 255]));
  }
  return c;
}
const over = ([r, g, b, a]: RGBA, [R, G, B]: RGBA): RGBA => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
const luminance = ([r, g, b]: RGBA) => {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: RGBA, b: RGBA) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The next box up the composed tree (out of a shadow root to its host). */
const up = (e: Element): Element | null => e.assignedSlot ?? e.parentElement ?? ((e.parentNode as ShadowRoot | null)?.host ?? null);

/** What is painted behind `el`: its and its ancestors' backgrounds down to the first opaque one, else the canvas. */
function behind(el: Element, win: Win): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = up(e)) {
    const c = rgba(win.getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.unshift(c);
    if (c[3] >= 1) break;
  }
  let base = layers[0]?.[3] === 1 ? layers.shift()! : canvas(win);
  for (const c of layers) base = over(c, base);
  return base;
}

/** The canvas colour where nothing else is painted: `Canvas` in the root's colour scheme. */
function canvas(win: Win): RGBA {
  const probe = win.document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  win.document.documentElement.append(probe);
  const c = rgba(win.getComputedStyle(probe).backgroundColor);
  probe.remove();
  return c;
}

/** The product of the opacities from `el` up to the widget's host. */
function opacity(el: Element, host: Element, win: Win): number {
  let o = 1;
  for (let e: Element | null = el; e && e !== up(host); e = up(e)) o *= +win.getComputedStyle(e).opacity;
  return o;
}

/** Not painted, or clipped away (visually hidden text). */
function hidden(el: Element, host: Element, win: Win): boolean {
  if (win.getComputedStyle(el).visibility !== 'visible' || el.checkVisibility?.() === false) return true;
  for (let e: Element | null = el; e && e !== host; e = up(e)) if (win.getComputedStyle(e).clipPath !== 'none') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// the three checks, for one widget

function* shadowNodes(root: Node): Generator<Node> {
  for (const n of root.childNodes) {
    yield n;
    if (n instanceof Element && n.shadowRoot) yield* shadowNodes(n.shadowRoot);
    yield* shadowNodes(n);
  }
}

function contrastProblems(host: Widget, win: Win): string[] {
  const problems: string[] = [];
  const range = win.document.createRange();
  for (const node of shadowNodes(host.shadowRoot!)) {
    const isText = node.nodeType === Node.TEXT_NODE && node.textContent!.trim();
    const isShape = node instanceof win.SVGGeometryElement && !(node as Element).matches('.track, .area');
    if (!isText && !isShape) continue;
    const el = (isText ? node.parentElement : node) as Element;
    range.selectNodeContents(node);
    const box = isText ? range.getBoundingClientRect() : el.getBoundingClientRect();
    // A text box under 2 px is not read (a 1 px visually hidden box, a closed <details>); a line has one dimension.
    if ((isText ? box.width < 2 || box.height < 2 : box.width + box.height === 0) || hidden(el, host, win)) continue;
    const cs = win.getComputedStyle(el);
    const svg = el instanceof win.SVGElement;
    const paint = !svg ? cs.color : node instanceof win.SVGLineElement || cs.fill === 'none' ? cs.stroke : cs.fill;
    const bg = behind(el, win);
    const [r, g, b, a] = rgba(paint);
    const fg = over([r, g, b, a * opacity(el, host, win)], bg);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (+cs.fontWeight >= 700 && size >= 18.66);
    const need = isShape || large ? 3 : 4.5;
    const ratio = contrast(fg, bg);
    if (ratio < need) {
      const what = isText ? `“${node.textContent!.trim().slice(0, 24)}”` : `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
      problems.push(`contrast ${ratio.toFixed(1)}:1 < ${need} for ${what} (${hex(fg)} on ${hex(bg)})`);
    }
  }
  return problems;
}

/** The host's alignment, if it is the page's `center`, `justify`, `end`… inherited rather than its own `start`. */
function alignmentProblems(host: Widget, win: Win): string[] {
  const own = win.getComputedStyle(host).textAlign;
  const page = win.getComputedStyle(up(host)!).textAlign;
  return !['start', 'left'].includes(own) && own === page ? [`text-align: ${own}, taken from the page`] : [];
}

/** The widget's boxes that stick out of the viewport: asked only when the page scrolls sideways. */
function overflowProblems(host: Widget, win: Win): string[] {
  const width = win.document.documentElement.clientWidth;
  const out = [...shadowNodes(host.shadowRoot!)].filter((n): n is Element => n instanceof win.Element)
    .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && (r.right > width + 1 || r.left < -1));
  return out.length ? [`sticks out of the ${width} px viewport (to ${Math.round(Math.max(...out.map((r) => r.right)))} px)`] : [];
}

/** Every problem on the page as it is now, one line per widget and problem. */
function check(iframe: HTMLIFrameElement): string[] {
  const win = iframe.contentWindow as Win;
  const doc = iframe.contentDocument!;
  const scrolls = doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
  const lines: string[] = [];
  for (const host of doc.querySelectorAll<Widget>(TAGS.join(','))) {
    const lang = host.closest('[lang]')!.getAttribute('lang');
    const problems = [
      ...(scrolls ? overflowProblems(host, win) : []),
      ...alignmentProblems(host, win),
      ...contrastProblems(host, win),
    ];
    lines.push(...problems.map((p) => `${host.localName} ${lang}: ${p}`));
  }
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  lines.length = 0;
  for (const [l, n] of counts) lines.push(n > 1 ? `${l} (×${n})` : l);
  if (scrolls && !lines.some((l) => l.includes('sticks out'))) {
    lines.push(`page: scrollWidth ${doc.documentElement.scrollWidth} > ${doc.documentElement.clientWidth}`);
  }
  return lines;
}

async function ready(iframe: HTMLIFrameElement): Promise<void> {
  const win = iframe.contentWindow!;
  await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'the widgets were not defined');
  const widgets = [...iframe.contentDocument!.querySelectorAll<Widget>(TAGS.join(','))];
  await Promise.all(widgets.map((el) => el.updateComplete));
  await frames(win);
  await Promise.all(widgets.map((el) => el.updateComplete));
}

// ---------------------------------------------------------------------------------------------

describe('host pages: every widget on real-looking pages, phone to desktop, OS light and dark', () => {
  for (const page of PAGES) {
    for (const scheme of SCHEMES) {
      describe(`${page} page, OS ${scheme}`, () => {
        let iframe: HTMLIFrameElement;
        before(async () => {
          iframe = await open(`/tests/fixtures/host-article.html?page=${page}`, WIDTHS.at(-1)!, SCHEMES.length > 1 ? scheme : undefined);
          await ready(iframe);
          expect(iframe.contentWindow!.matchMedia(`(prefers-color-scheme: ${scheme})`).matches, 'the OS scheme is emulated').to.equal(true);
          expect(iframe.contentDocument!.querySelectorAll(TAGS.join(',')).length).to.equal(15);
        });
    
        for (const width of [...WIDTHS].reverse()) {
          it(`${width} px`, async () => {
            iframe.style.width = `${width}px`;
            await ready(iframe);
            const problems = check(iframe);
            expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
          });
        }
      });
    }
  }
});

describe('host pages: theme="auto" follows the page when it switches', () => {
  it('an attribute or class on <html>, a style on <body>, the OS scheme under the page\'s own media query', async function () {
    const iframe = await open('/tests/fixtures/host-article.html?page=white', 390, SCHEMES.length > 1 ? 'light' : undefined);
    await ready(iframe);
    const doc = iframe.contentDocument!;
    const pledge = doc.querySelector<Widget>('ot-pledge-bar')!;
    const settled = async (scheme: Scheme, what: string) => {
      await waitUntil(() => iframe.contentWindow!.getComputedStyle(pledge).colorScheme === scheme, `${what}: not ${scheme}`);
      await ready(iframe);
      const problems = check(iframe);
      expect(problems, `${what}\n${problems.join('\n')}\n`).to.deep.equal([]);
    };
    doc.documentElement.dataset.page = 'dark-css'; // a theme switch that sets an attribute on <html>
    await settled('dark', 'data-page="dark-css" on <html>');
    doc.documentElement.classList.add('x'); // any other change on <html> leaves it as it is
    doc.body.style.cssText = 'background: #fafafa; color: #222'; // a script that repaints the body
    await settled('light', 'a light inline style on <body>');
    doc.body.style.cssText = '';
    await settled('dark', 'the inline style removed');
    doc.documentElement.dataset.page = 'white';
    await settled('light', 'back to the white page');
    doc.body.style.transition = 'background-color 0.3s'; // a switch that fades: read again when it ends
    doc.documentElement.dataset.page = 'dark-css';
    await settled('dark', 'a fading switch to the dark page');
    doc.documentElement.dataset.page = 'white';
    await settled('light', 'a fading switch back');
    doc.body.style.transition = '';
    if (SCHEMES.length < 2) return iframe.remove(); // WebKit: the OS scheme cannot change during a run
    // A page that turns dark with the OS through its own media query, without declaring color-scheme.
    doc.head.append(Object.assign(doc.createElement('style'), { textContent: '@media (prefers-color-scheme: dark) { body { background: #101418; color: #ddd } }' }));
    iframe.style.colorScheme = 'dark';
    await settled('dark', 'the OS turned dark');
    iframe.style.colorScheme = 'light';
    await settled('light', 'the OS turned light');
    iframe.remove();
  });
});

describe('host pages: printed', () => {
  /**
   * Chromium emulates print media; Firefox's and WebKit's drivers cannot, so there the widgets'
   * own `@media print` rules are switched on (and `@media screen` off) in their shadow styles,
   * which is what printing does to them.
   */
  async function printed(iframe: HTMLIFrameElement): Promise<() => Promise<unknown>> {
    try {
      await emulateMedia({ media: 'print' });
      return () => emulateMedia({ media: 'screen' });
    } catch {
      const changed: [MediaList, string][] = [];
      const hosts = [...iframe.contentDocument!.querySelectorAll(TAGS.join(','))];
      for (const sheet of new Set(hosts.flatMap((h) => [...h.shadowRoot!.adoptedStyleSheets]))) {
        for (const rule of sheet.cssRules as unknown as Iterable<CSSMediaRule>) {
          if (!rule.media) continue;
          const text = rule.media.mediaText;
          changed.push([rule.media, text]);
          rule.media.mediaText = text.replace(/\bprint\b/, 'all').replace(/^screen$/, 'not all');
        }
      }
      return async () => changed.forEach(([media, text]) => (media.mediaText = text));
    }
  }

  it('no widget (or, for the timeline, no event) is split across pages, no separator where the button was, sources keep their address', async () => {
    const iframe = await open('/tests/fixtures/host-article.html?page=white', 768);
    await ready(iframe);
    const win = iframe.contentWindow!;
    const restore = await printed(iframe);
    try {
      await frames(win);
      for (const host of iframe.contentDocument!.querySelectorAll<Widget>(TAGS.join(','))) {
        const root = host.shadowRoot!;
        const name = host.localName;
        // The badge is inline, in a sentence; the timeline is longer than a page, its events are kept whole.
        if (name === 'ot-casualty-counter' || name === 'ot-pledge-bar') expect(win.getComputedStyle(host).breakInside, `${name}: break-inside`).to.equal('avoid');
        for (const row of root.querySelectorAll('[part~=row], [part~=event]')) expect(win.getComputedStyle(row).breakInside, `${name}: a row`).to.equal('avoid');
        const footer = root.querySelector<HTMLElement>('[part=footer]')!;
        expect(footer.innerText.trim(), `${name}: the footer as printed`).to.not.match(/·\s*$/).and.not.contain('Get the data');
        for (const a of footer.querySelectorAll('a')) expect(win.getComputedStyle(a, '::after').content, `${name}: the link's address`).to.match(/attr\(href\)|https?:/);
      }
    } finally {
      await restore();
      iframe.remove();
    }
  });
});

describe('demo pages: as wide as a phone', () => {
  for (const page of ['index.html', 'gallery.html', 'languages.html']) {
    for (const width of [320, 390]) {
      it(`demo/${page} at ${width} px`, async () => {
        const iframe = await open(`/demo/${page}`, width);
        await ready(iframe);
        const root = iframe.contentDocument!.documentElement;
        expect(root.scrollWidth, 'scrollWidth').to.equal(root.clientWidth);
        iframe.remove();
      });
    }
  }
});
