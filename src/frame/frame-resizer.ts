/**
 * `dist/frame-resizer.js`: include once on a page that embeds widgets through
 * `<iframe src=".../dist/frame.html?widget=…">`; each such iframe then takes the height of its
 * content. It acts only on messages from iframes on the page, and only sets their height.
 */
import { FRAME_MESSAGE } from './message.js';

const w = window as Window & { otFrameResizer?: boolean };
if (!w.otFrameResizer) {
  w.otFrameResizer = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== FRAME_MESSAGE || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
}
