/**
 * The messages between dist/frame.html and dist/frame-resizer.js on the parent page:
 *
 *     frame  -> parent  { type: 'ot-frame-height', height: <CSS pixels, integer>, widget: <tag> }
 *     parent -> frame   { type: 'ot-frame-height-request' }   (answered with the message above)
 */
export const FRAME_MESSAGE = 'ot-frame-height';
export const FRAME_REQUEST = 'ot-frame-height-request';

/** Taller than any widget in a 320 px column; a larger "height" is not ours. */
const MAX_HEIGHT = 20_000;

export interface FrameHeight {
  type: typeof FRAME_MESSAGE;
  height: number;
  widget: string;
}

/** Whether `data` is exactly a frame's height message: those three keys, an integer height in range, a tag name. */
export function isFrameHeight(data: unknown): data is FrameHeight {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { type, height, widget } = data as Partial<FrameHeight>;
  return (
    Object.keys(data).length === 3 &&
    type === FRAME_MESSAGE &&
    Number.isInteger(height) && height! >= 0 && height! <= MAX_HEIGHT &&
    typeof widget === 'string' && /^[a-z][a-z0-9-]{0,40}$/.test(widget)
  );
}

export const isFrameRequest = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && Object.keys(data).length === 1 && (data as { type?: unknown }).type === FRAME_REQUEST;
