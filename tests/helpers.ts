// What the widget tests share.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/**
 * Puts a new `<tag>` with `attrs` into an en-GB page and waits for its `ot-data-error`: returns
 * the element once updated, the event's message and what it wrote with console.warn.
 */
export async function failingWidget<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  attrs: Record<string, string>,
): Promise<{ el: E; message: string; warnings: string }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (m: string) => warnings.push(m);
  try {
    const el = document.createElement(tag) as E;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const event = oneEvent(wrapper, 'ot-data-error');
    wrapper.append(el);
    const { detail } = (await event) as CustomEvent<{ message: string }>;
    await el.updateComplete;
    return { el, message: detail.message, warnings: warnings.join() };
  } finally {
    console.warn = warn;
  }
}

/** The widget dist/frame.html shows in `iframe`, once it has rendered, footer included. */
export async function frameWidget(iframe: HTMLIFrameElement): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  // the body's one element but the test server's script
  const widget = () => iframe.contentDocument?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('body > :not(script)');
  await waitUntil(() => widget()?.shadowRoot?.querySelector('[part~="footer"]'), 'the widget in the frame did not render', { timeout: 10000 });
  await widget()!.updateComplete;
  return widget()!;
}

/** The height of the frame's page: what its iframe needs to show all of it. */
export const frameContentHeight = (iframe: HTMLIFrameElement) =>
  Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);

/** `[r, g, b, alpha]` (0–255, 0–1) of a computed colour: `rgb()`, `rgba()` or `color(srgb …)`. */
function rgba(colour: string): [number, number, number, number] {
  const n = (colour.match(/[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  const scale = colour.startsWith('color(') ? 255 : 1;
  return [n[0]! * scale, n[1]! * scale, n[2]! * scale, n[3] ?? 1];
}

/** Whether a computed colour paints anything: not fully transparent. */
export const isOpaque = (colour: string) => rgba(colour)[3] === 1;

/** WCAG 2 contrast ratio of `fg` (composited over `bg` when translucent) against the opaque `bg`. */
export function contrast(fg: string, bg: string): number {
  const [r, g, b, a] = rgba(fg);
  const back = rgba(bg);
  const lum = (c: number[]) => {
    const [R, G, B] = c.map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const L1 = lum([r, g, b].map((v, i) => v * a + back[i]! * (1 - a)));
  const L2 = lum(back);
  return (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
}

/**
 * Every text a reader sees in `root` (through shadow roots): its colour and the background painted
 * behind it, the first opaque one up the tree (across shadow roots), else `canvas`.
 */
export function visibleTexts(root: Element, canvas: string): { text: string; color: string; background: string }[] {
  const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);
  const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const hidden = (el: Element | null): boolean => {
    for (; el; el = up(el)) {
      const box = el.getBoundingClientRect();
      if (!el.getClientRects().length || (box.width <= 1 && box.height <= 1)) return true;
    }
    return false;
  };
  const out: { text: string; color: string; background: string }[] = [];
  const walk = (node: Node) => {
    for (const child of [...node.childNodes, ...((node as Element).shadowRoot?.childNodes ?? [])]) {
      const parent = child.parentElement ?? (child.getRootNode() as ShadowRoot).host;
      if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim() && !hidden(parent)) {
        let background = canvas;
        for (let el: Element | null = parent; el; el = up(el)) {
          const bg = style(el).backgroundColor;
          if (isOpaque(bg)) { background = bg; break; }
        }
        out.push({ text: child.textContent!.trim(), color: style(parent).color, background });
      } else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
    }
  };
  walk(root);
  return out;
}

/** Parses CSV text as toCsv writes it: cells quoted where they hold a comma, a quote or a line break. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Clicks the widget's "Get the data" and returns the CSV file it makes, parsed (header row first). */
export async function csvOf(el: Element): Promise<string[][]> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=footer] button');
  if (!button) throw new Error('no "Get the data" button');
  const [create, click] = [URL.createObjectURL, HTMLAnchorElement.prototype.click];
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
  HTMLAnchorElement.prototype.click = () => {};
  try {
    button.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return parseCsv((await blob!.text()).replace('\uFEFF', ''));
}

/** Opens `src` in an iframe of the given size, and resolves once it has loaded (the caller removes the frame). */
export async function openFrame<W extends Window>(src: string, title: string, size: string): Promise<{ win: W; doc: Document; frame: HTMLIFrameElement }> {
  const frame = Object.assign(document.createElement('iframe'), { src, title });
  frame.style.cssText = `${size}; border: 0`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as W, doc: frame.contentDocument!, frame };
}

/** Every widget in `root`, in the order of the page: every element whose tag has our prefix. */
export const widgetsIn = <E extends Element = Element>(root: ParentNode): E[] =>
  [...root.querySelectorAll<E>('*')].filter((el) => el.localName.startsWith('ot-'));
