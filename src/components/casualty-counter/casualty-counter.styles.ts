import { css } from 'lit';

// .digits stacks the final number (hidden) under the counting one: the box never changes size.
export const counterStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_chart: var(--ot-casualty-counter-chart-color, var(--_accent));
  }
  .counter {
    display: grid;
    gap: 0.5em;
  }
  p, ul, figure { margin: 0; }
  .number {
    display: block;
    color: var(--ot-casualty-counter-number-color, inherit);
    font-size: var(--ot-casualty-counter-number-size, clamp(2.5em, 12cqi, 4.5em));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    /* A number too long for a narrow column (a publisher's dataset may hold any) wraps. */
    overflow-wrap: anywhere;
  }
  .digits { display: inline-grid; }
  /* Counting from the start edge: the digits already shown never move as the number grows. */
  .digits > * { grid-area: 1 / 1; text-align: start; }
  .final { visibility: hidden; }
  .edition, .axis, summary {
    color: var(--_muted);
  }
  .edition, .axis, summary, table {
    font-size: var(--ot-font-size-small, 0.8125em);
  }
  a { color: inherit; }
  /* A date stays on one line; the footer's "Data as of …" is a whole sentence, and wraps. */
  p time { white-space: nowrap; }
  .breakdown {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    padding: 0;
    list-style: none;
  }
  .trend { max-width: 40em; }
  svg {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: var(--ot-casualty-counter-chart-height, 4.5em);
    padding: 6px;
    overflow: visible;
  }
  path {
    fill: none;
    stroke: var(--_chart);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .area { fill: color-mix(in srgb, var(--_chart) 15%, transparent); stroke: none; }
  .dots { stroke-width: 5px; }
  .mark { stroke-width: 11px; }
  .axis { display: flex; justify-content: space-between; padding: 0 6px; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
  th, td { padding: 0.1em 1em 0.1em 0; text-align: start; }
  td:nth-child(2) { text-align: end; }
  .shown td { font-weight: 700; }
  @media (prefers-reduced-motion: reduce), print {
    .count { visibility: hidden; }
    .final { visibility: visible; }
  }
  @media print {
    details { display: none; }
  }
  @media (forced-colors: active) {
    path { stroke: CanvasText; }
    .area { fill: none; }
  }
`;
