// What the widget tests share.
import { fixture, html, oneEvent } from '@open-wc/testing';

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
