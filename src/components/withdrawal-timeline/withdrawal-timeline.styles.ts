import { css } from 'lit';

/*
 * A vertical list by default (narrow columns, print); on screens, from a 38em container, a time
 * axis with numbered markers above the list laid out as a grid. Marker lanes come computed for
 * two widths (--l0 from 38em, --l1 from 60em), so the layout needs no measuring.
 */
export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_marker: var(--ot-withdrawal-timeline-marker, var(--_accent));
    --_today: var(--ot-withdrawal-timeline-today, var(--_pending));
  }
  .list {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  li {
    position: relative;
    margin-inline-start: 0.4em;
    padding: 0 0 0.9em 1.2em;
    border-inline-start: 2px solid var(--_rule);
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.45em;
    top: 0.3em;
    width: 0.8em;
    height: 0.8em;
    box-sizing: border-box;
    border: 2px solid var(--_marker);
    border-radius: 50%;
    background: var(--_marker);
  }
  li:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .scheduled::before {
    border-style: dashed;
    background: var(--_surface);
  }
  .today,
  .tag,
  .now {
    color: var(--_today);
    font-weight: 600;
  }
  .today::before {
    border-color: var(--_today);
    background: var(--_today);
    border-radius: 0;
  }
  li > span {
    display: block;
    font-size: var(--ot-font-size-small, 0.8125em);
  }
  .who,
  .what {
    font-size: 1em;
  }
  .who {
    font-weight: 600;
  }
  .detail,
  .note {
    color: var(--_muted);
  }
  .src a {
    color: inherit;
  }
  .axis,
  li > .n {
    display: none;
  }
  @media screen {
    @container (min-width: 38em) {
      .axis {
        --_n: var(--n0);
        display: block;
        position: relative;
        margin: 0 2.5em 1em;
        padding: calc(var(--_n) * 1.75em) 0 3.2em;
        border-bottom: 0;
        font-size: var(--ot-font-size-small, 0.8125em);
        color: var(--_muted);
      }
      .line {
        display: block;
        border-top: 2px solid var(--_rule);
      }
      .axis > *:not(.line) {
        position: absolute;
        left: var(--x);
        translate: -50%;
        white-space: nowrap;
      }
      .marker,
      li > .n {
        display: inline-block;
        box-sizing: border-box;
        min-width: 1.6em;
        padding: 0.2em 0.25em;
        border: 2px solid var(--_marker);
        border-radius: 0.8em;
        background: var(--_marker);
        color: var(--_surface);
        font-weight: 600;
        line-height: 1;
        text-align: center;
      }
      .marker {
        --_l: var(--l0);
        z-index: 1;
        top: calc((var(--_n) - 1 - var(--_l)) * 1.75em + 0.15em);
      }
      .marker::after,
      .tick::before {
        content: '';
        position: absolute;
        left: 50%;
        top: 100%;
        height: calc(var(--_l) * 1.75em + 0.1em);
        border-inline-start: 1px solid var(--_marker);
      }
      .marker.scheduled,
      .scheduled > .n {
        border-style: dashed;
        background: var(--_surface);
        color: var(--_marker);
      }
      .hot {
        outline: 2px solid var(--_text);
        z-index: 2;
      }
      .tick {
        top: calc(var(--_n) * 1.75em + 0.4em);
      }
      .tick::before {
        top: -0.4em;
        height: 0.35em;
        border-color: var(--_rule);
      }
      .tick:not(.major) {
        display: none;
      }
      /* The label under the ticks; its line runs through the markers, not across the ticks. */
      .axis > .now {
        top: auto;
        bottom: 0;
        translate: none;
        padding-inline-start: 0.3em;
        border-inline-start: 2px dashed var(--_today);
      }
      .now::before {
        content: '';
        position: absolute;
        inset-inline-start: -2px;
        bottom: 3.2em;
        height: calc(var(--_n) * 1.75em);
        border-inline-start: 2px dashed var(--_today);
      }
      .axis > .flip {
        translate: -100%;
        padding: 0 0.3em 0 0;
        border: 0;
        border-inline-end: 2px dashed var(--_today);
      }
      .flip::before {
        inset-inline-start: auto;
        inset-inline-end: -2px;
      }
      .list {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ot-withdrawal-timeline-min-column, 13em)), 1fr));
        gap: 1em;
      }
      li.event {
        margin: 0;
        padding: 0.4em 0 0;
        border: 0;
        border-top: 3px solid var(--_marker);
      }
      li.scheduled {
        border-top-style: dashed;
      }
      li.event::before {
        display: none;
      }
      li > .n {
        margin-inline-end: 0.4em;
      }
      li > .when {
        display: inline;
      }
      .today {
        position: absolute;
        clip-path: inset(50%);
      }
    }
    @container (min-width: 60em) {
      .axis {
        --_n: var(--n1);
      }
      .marker {
        --_l: var(--l1);
      }
      .tick:not(.major) {
        display: block;
      }
    }
  }
  @media (forced-colors: active) {
    .marker,
    .n,
    li::before {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
      color: Canvas;
    }
    .marker.scheduled,
    .scheduled > .n,
    .scheduled::before {
      background: Canvas;
      color: CanvasText;
    }
    .hot,
    li:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      /* Longer than a page: kept whole, it would leave a blank page before it. Its events stay whole. */
      break-inside: auto;
      --_marker: #000;
      --_today: #000;
      --_rule: #000;
      --_muted: #000;
      --_text: #000;
      --_surface: #fff;
      color: #000;
      background: #fff;
    }
    li {
      break-inside: avoid;
    }
    .src a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
