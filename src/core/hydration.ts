/** The code that takes over a server's rendering (hydrate.ts), fetched once, by pages that need it. */
import { render, type RenderOptions, type TemplateResult } from 'lit';

type TakeOver = (value: TemplateResult, root: ShadowRoot, options: RenderOptions) => void;

let loading: Promise<void> | undefined;
export let takeOver: TakeOver | undefined;

export const loadHydration = (): Promise<void> =>
  (loading ??= import('./hydrate.js').then(
    (m) => void (takeOver = m.takeOver),
    // Without it, the widget renders anew over the server's rendering: correct, if not seamless.
    () => void (takeOver = (value, root, options) => { root.replaceChildren(); render(value, root, options); }),
  ));
