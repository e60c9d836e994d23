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
