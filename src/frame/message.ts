/** The `type` of the message frame.html posts to its parent whenever its height changes. */
export const FRAME_MESSAGE = 'ot-frame-height';
