/**
 * Taking over what a server rendered (`ottawa-treaty-widgets/ssr`): Lit's hydration, and the check
 * that the server rendered what this page would. Fetched (hydration.ts) only by pages with such widgets.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { render, type RenderOptions, type TemplateResult } from 'lit';

const words = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether `value` says what the server rendered into `root`, word for word (its stylesheet aside). */
function matches(value: TemplateResult, root: ShadowRoot): boolean {
  const fresh = document.createDocumentFragment();
  render(value, fresh);
  const server = document.createDocumentFragment();
  for (const node of root.childNodes) if (node.nodeName !== 'STYLE') server.append(node.cloneNode(true));
  return words(fresh) === words(server);
}

/**
 * Binds `value` to the server's rendering in `root` without touching a node; if the page differs
 * from what the server assumed (another language, newer data, another version of the widgets),
 * renders it anew instead, so that a reader never sees a stale figure.
 */
export function takeOver(value: TemplateResult, root: ShadowRoot, options: RenderOptions): void {
  if (matches(value, root)) {
    try {
      return hydrate(value, root, options);
    } catch {
      // Rendered by another version of the widgets (Lit refuses templates that differ): start afresh.
      delete (root as { _$litPart$?: unknown })._$litPart$;
    }
  }
  root.replaceChildren();
  render(value, root, options);
}
