/**
 * `dist/frame.html?widget=treaty-badge&country=PL&locale=pl`: one widget alone on a transparent
 * page, for CMSs that accept only iframes. Query parameters become the widget's attributes (only
 * the ones it documents; the widget validates them like any attribute). Whenever the page's
 * height changes it tells the parent page:
 *
 *     { type: 'ot-frame-height', height: <CSS pixels>, widget: <tag> }
 *
 * `dist/frame-resizer.js` on the parent page applies it to the iframe that sent it.
 */
import { FRAME_MESSAGE } from './message.js';

/** The attributes each widget documents, beside the common ones. */
const WIDGETS: Record<string, string[]> = {
  'treaty-badge': ['country', 'treaty', 'no-footer'],
  'casualty-counter': ['year', 'breakdown', 'trend', 'static'],
  'pledge-bar': ['country', 'countries', 'history'],
  'withdrawal-timeline': ['countries', 'from', 'to', 'treaty'],
};
const COMMON = ['as-of', 'locale', 'src', 'theme'];

const params = new URLSearchParams(location.search);
const name = params.get('widget') ?? '';
const allowed = WIDGETS[name];
let content: HTMLElement;
if (allowed) {
  content = document.createElement(`ot-${name}`);
  for (const [key, value] of params) {
    if (allowed.includes(key) || COMMON.includes(key)) content.setAttribute(key, value);
  }
} else {
  content = document.createElement('p');
  content.textContent = `Unknown widget “${name}”: use one of ${Object.keys(WIDGETS).join(', ')}.`;
  console.warn(`frame.html: ${content.textContent}`);
}
document.body.append(content);

let last = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: FRAME_MESSAGE, height, widget: content.localName }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
