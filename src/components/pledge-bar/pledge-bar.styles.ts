import { css } from 'lit';

export const pledgeBarStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_guide: var(--ot-pledge-bar-guideline-color, var(--_muted));
  }
  figure {
    margin: 0;
  }
  .title,
  .name {
    display: block;
    font-weight: 600;
  }
  .row {
    margin-block: 0.5em 0.75em;
    break-inside: avoid;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .text,
  .key {
    font-size: var(--ot-font-size-small, 0.875em);
  }
  .earlier,
  .key {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .icon {
    display: inline;
    margin-inline-end: 0.3em;
  }
  .track {
    fill: var(--ot-pledge-bar-track-color, color-mix(in srgb, var(--_rule) 40%, transparent));
  }
  .bar,
  .history {
    fill: var(--ot-pledge-bar-color, var(--_accent));
  }
  .history {
    opacity: 0.75;
  }
  .pledge {
    fill: var(--ot-pledge-bar-pledge-color, var(--_pending));
  }
  .budget {
    fill: var(--ot-pledge-bar-budget-color, var(--ot-pledge-bar-pledge-color, var(--_pending)));
  }
  text {
    fill: var(--_guide);
    font-size: 0.75em;
    text-anchor: middle;
  }
  line {
    stroke: var(--_guide);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .core {
    stroke-dasharray: 1.5 2.5;
  }
  @container (min-width: 36rem) {
    .row,
    .axis {
      display: grid;
      grid-template-columns: 9em minmax(0, 1fr);
      column-gap: 0.75em;
    }
    .row > *,
    .axis > * {
      grid-column: 2;
    }
    .row > .name {
      grid-column: 1;
      grid-row: span 2;
      padding-top: 5px;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .history {
      opacity: 1;
    }
  }
`;
