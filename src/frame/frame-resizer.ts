/**
 * `dist/frame-resizer.js`: include once on a page that embeds widgets through
 * `<iframe src=".../dist/frame.html?widget=…">`; each such iframe then takes the height of its
 * content, whichever loads first: a frame posts its height on load and on every resize, and this
 * script asks every such frame for it when it starts and whenever one loads.
 * It acts only on well-formed messages from those iframes, and only sets the sender's height.
 */
import { FRAME_REQUEST, isFrameHeight } from './message.js';

/** The page's iframes that show dist/frame.html. */
function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll('iframe')].filter((iframe) => {
    try {
      return new URL(iframe.src).pathname.endsWith('/frame.html');
    } catch {
      return false; // no src
    }
  });
}

/** The request carries nothing, so it may go to whatever document the iframe shows. */
const ask = (iframe: HTMLIFrameElement) => iframe.contentWindow?.postMessage({ type: FRAME_REQUEST }, '*');

const w = window as Window & { otFrameResizer?: boolean };
if (!w.otFrameResizer) {
  w.otFrameResizer = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!isFrameHeight(event.data)) return;
    for (const iframe of frames()) {
      if (iframe.contentWindow === event.source) iframe.style.height = `${event.data.height}px`;
    }
  });
  // `load` neither bubbles nor reaches the window: capture it on the document to hear every
  // iframe that loads, there now or added later.
  document.addEventListener('load', (event) => {
    if (frames().includes(event.target as HTMLIFrameElement)) ask(event.target as HTMLIFrameElement);
  }, true);
  frames().forEach(ask);
}
