import { css } from 'lit';

/**
 * Shared look: tokens, footer, error, helpers. Components read the global `--ot-*` tokens
 * through private `--_*` properties so a page can theme one widget or all of them.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--ot-color-accent, light-dark(#0b5cad, #7db7ff));
    --_muted: var(--ot-color-muted, light-dark(#5b6470, #a8b0ba));
    --_rule: var(--ot-color-rule, light-dark(#c9ced6, #4a525c));
    --_surface: var(--ot-color-surface, light-dark(#ffffff, #15191e));
    --_text: var(--ot-color-text, light-dark(#15191e, #eef1f4));
    --_error: var(--ot-color-error, light-dark(#b3261e, #ffb4ab));
    --_party: var(--ot-color-party, light-dark(#1a7f37, #5fd07e));
    --_signatory: var(--ot-color-signatory, light-dark(#0b5cad, #7db7ff));
    --_non-party: var(--ot-color-non-party, light-dark(#5b6470, #a8b0ba));
    --_announced: var(--ot-color-announced, light-dark(#8a5a00, #f2c14e));
    --_pending: var(--ot-color-pending, light-dark(#b04a00, #ff9e5e));
    --_withdrawn: var(--ot-color-withdrawn, light-dark(#b3261e, #ff8a80));
    font-family: var(--ot-font-family, inherit);
    /* The page's font and text colour come in; its alignment, indent and line spacing do not. */
    text-align: start;
    text-indent: 0;
    line-height: 1.45;
    /* theme="auto": the page's declared scheme, else the one read from its painted background (page.ts). */
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(light-page)) {
    color-scheme: light;
  }
  :host(:state(dark-page)) {
    color-scheme: dark;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    color-scheme: light;
    background: var(--_surface);
    color: var(--_text);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .footer {
    color: var(--_muted);
    font-size: var(--ot-font-size-small, 0.8125em);
  }
  .footer a,
  .footer button {
    color: inherit;
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .footer button {
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .footer a:focus-visible,
  .footer button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    color: var(--_error);
    /* The message may quote a publisher's input with no place to break. */
    overflow-wrap: anywhere;
  }
  .notice {
    color: var(--_muted);
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_muted: CanvasText;
      --_rule: CanvasText;
      --_error: CanvasText;
      --_party: CanvasText;
      --_signatory: CanvasText;
      --_non-party: CanvasText;
      --_announced: CanvasText;
      --_pending: CanvasText;
      --_withdrawn: CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    .footer .get-data {
      display: none;
    }
    .footer a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
