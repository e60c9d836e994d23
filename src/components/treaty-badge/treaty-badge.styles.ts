import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline;
    --_status: var(--_non-party);
  }
  :host(:state(party)) { --_status: var(--_party); }
  :host(:state(signatory)) { --_status: var(--_signatory); }
  :host(:state(withdrawal-announced)) { --_status: var(--_announced); }
  :host(:state(withdrawal-pending)) { --_status: var(--_pending); }
  :host(:state(withdrawn)) { --_status: var(--_withdrawn); }
  .badge {
    /* Inline, so it wraps with the sentence around it; the padding does not grow the line. */
    padding: 0.05em 0.4em;
    border: 1px solid var(--ot-treaty-badge-border, var(--_status));
    border-radius: var(--ot-treaty-badge-radius, 0.35em);
    background: var(--ot-treaty-badge-background, color-mix(in srgb, var(--_status) 10%, transparent));
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .mark {
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
    fill: var(--_status);
    stroke: var(--_status);
  }
  .name {
    white-space: nowrap;
  }
  .country {
    font-weight: 600;
  }
  .note {
    color: var(--_muted);
  }
  .footer {
    margin-inline-start: 0.4em;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      background: Canvas;
    }
    .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
  @media print {
    .badge {
      background: none;
    }
  }
`;
