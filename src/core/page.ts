/**
 * What a widget takes from the page around it, watched once for the whole document: the `lang`
 * of its ancestors, and the colour scheme `theme="auto"` follows. One MutationObserver and one
 * media-query listener serve every widget on the page; the last widget to leave takes them down.
 * Nothing here runs before a widget is connected (server rendering never gets here).
 */

/**
 * Called when the page may have changed: it reads what it needs and asks for an update if that
 * changed, and writes nothing itself, so that every widget reads before any renders.
 */
export type OnPageChange = () => void;

const watchers = new Map<object, OnPageChange>();
/** Connected since the last check: checked together in one microtask, so styles are computed once. */
const fresh = new Map<object, OnPageChange>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;

const check = (list: Map<object, OnPageChange>) => {
  for (const onChange of [...list.values()]) onChange();
};
const checkAll = () => check(watchers);
const checkFresh = () => {
  const batch = new Map(fresh);
  fresh.clear();
  check(batch);
};
/** A theme switch that fades the page's background: read it again once the fade is over. */
const onTransitionEnd = (e: Event) => {
  if (e.target === document.documentElement || e.target === document.body) checkAll();
};

/** Calls `onChange` once soon, then whenever the page's `lang`, theme or colour scheme may have changed. */
export function watchPage(widget: object, onChange: OnPageChange): void {
  watchers.set(widget, onChange);
  if (!fresh.size) queueMicrotask(checkFresh);
  fresh.set(widget, onChange);
  if (observer) return;
  observer = new MutationObserver(checkAll);
  // `lang` anywhere; any attribute of <html> and <body> (a theme class, `data-theme`, an inline style).
  observer.observe(document, { subtree: true, attributeFilter: ['lang'] });
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', checkAll);
  document.addEventListener('transitionend', onTransitionEnd);
}

export function unwatchPage(widget: object): void {
  watchers.delete(widget);
  fresh.delete(widget);
  if (watchers.size || !observer) return;
  observer.disconnect();
  media!.removeEventListener('change', checkAll);
  document.removeEventListener('transitionend', onTransitionEnd);
  observer = media = undefined;
}

/** The box that contains `el` on screen: its parent, its slot, or the host of its shadow root. */
const composedParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/**
 * The relative luminance and alpha of a computed colour: `rgb()`, `color(srgb …)`, and from its
 * lightness `oklch()`, `oklab()`, `lab()`, `lch()`. Undefined for one it cannot read.
 */
function readColor(value: string): [luminance: number, alpha: number] | undefined {
  const m = /^(rgba?|color|oklch|oklab|lab|lch)\((?:[a-z][\w-]*\s+)?(.*)\)$/.exec(value.trim());
  if (!m) return value === 'transparent' ? [0, 0] : undefined;
  const [, fn, body] = m as unknown as [string, string, string];
  const n = body.split(/[\s,/]+/).map((v) => (v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v)));
  const [x = 0, y = 0, z = 0, alpha = 1] = n;
  if (fn.startsWith('ok')) return [x ** 3, alpha];
  if (fn.startsWith('l')) return [x > 8 ? ((x + 16) / 116) ** 3 : x / 903.3, alpha];
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const k = fn === 'color' ? 1 : 255;
  return [0.2126 * lin(x / k) + 0.7152 * lin(y / k) + 0.0722 * lin(z / k), alpha];
}

/** Below this luminance, light text reads better than dark text (the two contrasts are equal at 0.179). */
const DARK = 0.179;

/**
 * The scheme of the page where `host` sits, when the page declares none: from the colour painted
 * behind it (its ancestors' backgrounds down to the first opaque one, else the white canvas).
 * Undefined when the page declares a `color-scheme` (on `:root` or a closer ancestor), which the
 * widget's `color-scheme: inherit` already follows. A `<meta name="color-scheme">` that allows dark
 * decides it: dark, or with "light dark" the reader's preference; one without "dark" is ignored.
 */
export function pageScheme(host: Element): 'light' | 'dark' | undefined {
  const parent = composedParent(host);
  if (!parent) return undefined;
  if (getComputedStyle(parent).colorScheme !== 'normal') return undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  if (/\bdark\b/.test(meta)) return /\blight\b/.test(meta) && !matchMedia('(prefers-color-scheme: dark)').matches ? 'light' : 'dark';
  let luminance = 0;
  let cover = 0; // how much of what lies behind is already hidden by the layers above
  for (let el: Element | null = parent; el && cover < 1; el = composedParent(el)) {
    const [l, a] = readColor(getComputedStyle(el).backgroundColor) ?? [0, 0];
    luminance += (1 - cover) * a * l;
    cover += (1 - cover) * a;
  }
  luminance += 1 - cover; // the canvas, white where no background is declared
  return luminance < DARK ? 'dark' : 'light';
}
