/**
 * `dist/frame.html?widget=treaty-badge&country=PL&locale=pl`: one widget alone on a transparent
 * page, for CMSs that accept only iframes. Query parameters become the widget's attributes (only
 * the ones it documents; the widget validates them like any attribute). It tells the parent page
 * its height on load, on every resize, when its fonts have loaded and when the parent asks
 * (see message.ts), in two forms:
 *
 *     { type: 'ot-frame-height', height, widget }        for dist/frame-resizer.js
 *     { sentinel: 'amp', type: 'embed-size', height }    for AMP's amp-iframe, as its documentation
 *       gives it: https://github.com/ampproject/amphtml/blob/main/extensions/amp-iframe/amp-iframe.md#iframe-resizing
 *
 * Nothing else leaves the frame: a number and the widget's tag.
 */
import { FRAME_MESSAGE, isFrameRequest, type FrameHeight } from './message.js';

/**
 * The attributes each widget documents, by its folder's name (`treaty-badge`): written in by
 * scripts/build-frame.mjs from the custom elements manifest.
 */
declare const WIDGET_ATTRIBUTES: Record<string, string[]>;
const ATTRIBUTES = WIDGET_ATTRIBUTES; // once: the build writes the list in wherever the name appears

const params = new URLSearchParams(location.search);
const name = params.get('widget') ?? '';
const allowed = Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name] : undefined;
let content: HTMLElement;
if (allowed) {
  content = document.createElement(`ot-${name}`);
  for (const [key, value] of params) {
    if (allowed.includes(key)) content.setAttribute(key, value);
  }
} else {
  content = document.createElement('p');
  content.textContent = `Unknown widget “${name}”: use one of ${Object.keys(ATTRIBUTES).join(', ')}.`;
  console.warn(`frame.html: ${content.textContent}`);
}
document.body.append(content);

const report = () => {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: FRAME_MESSAGE, height, widget: content.localName } satisfies FrameHeight, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('resize', report);
window.addEventListener('load', report);
document.fonts.ready.then(report);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && isFrameRequest(event.data)) report();
});
