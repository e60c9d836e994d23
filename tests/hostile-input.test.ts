// Issue 10, point 1: bad input never breaks the page. A matrix of bad attributes (on all four
// widgets) and bad `src` datasets: each case ends in the documented error state or the bundled-data
// fallback, fires `ot-data-error`, warns in the console, throws nothing (no uncaught exception, no
// unhandled rejection) and leaves the page around the widget as it was. Cases marked `ok` are input
// the contract says to accept (any case, surrounding spaces, unknown fields): they must not error.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { loadDataset } from '../src/core/load.js';
import { bundledDataset } from '../src/data/bundled.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; [key: string]: unknown };
type Tag = 'ot-treaty-badge' | 'ot-casualty-counter' | 'ot-pledge-bar' | 'ot-withdrawal-timeline';

interface Case {
  name: string;
  tag: Tag;
  attrs?: Record<string, string>;
  /** Properties set before the element is connected (a framework's way). */
  props?: Record<string, unknown>;
  /** A `src` made fresh for the case (a blob URL, a server path). */
  src?: () => string;
  /** Changes after the first render: attributes set (string) or removed (null). */
  then?: Record<string, string | null>[];
  /** `error`: the error state; `fallback`: bundled data shown, says so; `ok`: accepted, no event. */
  expect: 'error' | 'fallback' | 'ok';
  /** The event's `detail.message` (English, for the console). */
  message?: RegExp;
  /** Text the widget must show. */
  shows?: string | RegExp;
  /** Bad on the way (`then`), good at the end: an event on the way, no error state at the end. */
  recovers?: boolean;
  /** A huge span of time: the render stays quick and the axis keeps to about 20 ticks. */
  span?: boolean;
}

const LONG = 100_000;
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const json = (value: unknown) => URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));

/** The bundled data with Poland in force a day later, to tell a publisher's copy from the bundled one. */
function edited() {
  const copy = structuredClone(bundledDataset) as unknown as Record<string, any>;
  copy.participation.ottawa.PL.entryIntoForce = { ...copy.participation.ottawa.PL.entryIntoForce, date: '2013-06-02', ruleException: { note: 'edited copy', sources: ['monitor-2017-poland'] } };
  return copy;
}
const breaking = (change: (d: Record<string, any>) => void) => () => {
  const d = edited();
  change(d);
  return json(d);
};

// ---------------------------------------------------------------------------------------------
// attributes

const badge = (attrs: Record<string, string>, expectation: Case['expect'], message?: RegExp, rest: Partial<Case> = {}): Omit<Case, 'name'> =>
  ({ tag: 'ot-treaty-badge', attrs: { 'as-of': '2025-11-28', ...attrs }, expect: expectation, ...(message && { message }), ...rest });

const attributeCases: [string, Omit<Case, 'name'>][] = [
  // <ot-treaty-badge>
  ['badge: unknown code XX', badge({ country: 'XX' }, 'error', /no data on XX/)],
  ['badge: empty country', badge({ country: '' }, 'error', /no country given/)],
  ['badge: whitespace-only country', badge({ country: ' \t\n ' }, 'error', /no country given/)],
  ['badge: no country attribute at all', { tag: 'ot-treaty-badge', expect: 'error', message: /no country given/ }],
  ['badge: lower-case code is accepted', badge({ country: 'pl' }, 'ok', undefined, { shows: 'Withdrawal takes effect on' })],
  ['badge: code with spaces and mixed case is accepted', badge({ country: ' pL \n' }, 'ok', undefined, { shows: 'Withdrawal takes effect on' })],
  ['badge: alpha-3 code', badge({ country: 'POL' }, 'error', /“POL” is not a country code/)],
  ['badge: a country name', badge({ country: 'Poland' }, 'error', /“Poland” is not a country code/)],
  ['badge: a flag emoji', badge({ country: '🇵🇱' }, 'error', /is not a country code/)],
  ['badge: a very long string', badge({ country: 'Q'.repeat(LONG) }, 'error', /is not a country code/)],
  ['badge: markup as a country code', badge({ country: '<img src=x onerror="window.__otRan=(window.__otRan||0)+1">' }, 'error', /is not a country code/,
    { shows: '<img src=x onerror=' })],
  ['badge: unknown treaty', badge({ country: 'PL', treaty: 'nato' }, 'error', /unknown treaty “nato”/)],
  ['badge: treaty __proto__', badge({ country: 'PL', treaty: '__proto__' }, 'error', /unknown treaty “__proto__”/)],
  ['badge: upper-case treaty is accepted', badge({ country: 'LT', treaty: 'CCM' }, 'ok')],
  ['badge: a state the CCM data does not cover', badge({ country: 'PL', treaty: 'ccm' }, 'error', /no data on Poland under the Convention on Cluster Munitions/)],
  ['badge: impossible date 2025-02-30', badge({ country: 'PL', 'as-of': '2025-02-30' }, 'error', /as-of “2025-02-30” is not a date/)],
  ['badge: slashes 2025/03/18', badge({ country: 'PL', 'as-of': '2025/03/18' }, 'error', /is not a date/)],
  ['badge: day first 18.03.2025', badge({ country: 'PL', 'as-of': '18.03.2025' }, 'error', /is not a date/)],
  ['badge: unpadded 2025-3-18', badge({ country: 'PL', 'as-of': '2025-3-18' }, 'error', /is not a date/)],
  ['badge: an ISO timestamp', badge({ country: 'PL', 'as-of': '2025-03-18T12:00:00Z' }, 'error', /is not a date/)],
  ['badge: year 0099', badge({ country: 'PL', 'as-of': '0099-12-31' }, 'error', /is not a date/)],
  ['badge: five-digit year', badge({ country: 'PL', 'as-of': '20250-01-01' }, 'error', /is not a date/)],
  ['badge: before the data (1800)', badge({ country: 'PL', 'as-of': '1800-01-01' }, 'error', /no data for dates before/)],
  ['badge: year 9999 is accepted', badge({ country: 'PL', 'as-of': '9999-12-31' }, 'ok', undefined, { shows: 'Left the treaty on' })],
  ['badge: as-of with spaces is accepted', badge({ country: 'PL', 'as-of': ' 2025-03-18 ' }, 'ok', undefined, { shows: 'Defence ministers jointly recommended withdrawal on 18 March 2025' })],
  ['badge: very long as-of', badge({ country: 'PL', 'as-of': '2'.repeat(LONG) }, 'error', /is not a date/)],
  ['badge: country changed to an unknown code after render',
    badge({ country: 'PL' }, 'error', /“P0” is not a country code/, { then: [{ country: 'P0' }] })],
  ['badge: country removed after render', badge({ country: 'PL' }, 'error', /no country given/, { then: [{ country: null }] })],
  ['badge: as-of made bad, then removed, after render: recovers',
    badge({ country: 'PL' }, 'ok', undefined, { then: [{ 'as-of': 'soon' }, { 'as-of': null }], recovers: true })],
  ['badge: bad code, then fixed, after render: recovers', badge({ country: 'XX' }, 'ok', undefined, { then: [{ country: 'DE' }], shows: 'Germany', recovers: true })],

  // <ot-casualty-counter>
  ['counter: a word as year', { tag: 'ot-casualty-counter', attrs: { year: 'last' }, expect: 'error', message: /“last” is not a year/ }],
  ['counter: negative year', { tag: 'ot-casualty-counter', attrs: { year: '-5' }, expect: 'error', message: /“-5” is not a year/ }],
  ['counter: fractional year', { tag: 'ot-casualty-counter', attrs: { year: '2023.5' }, expect: 'error', message: /is not a year/ }],
  ['counter: exponent year', { tag: 'ot-casualty-counter', attrs: { year: '2e3' }, expect: 'error', message: /is not a year/ }],
  ['counter: a year before the data', { tag: 'ot-casualty-counter', attrs: { year: '1990' }, expect: 'error', message: /no figure for 1990/ }],
  ['counter: a year far ahead', { tag: 'ot-casualty-counter', attrs: { year: '2100', 'as-of': '2025-12-31' }, expect: 'error', message: /no figure for 2100/ }],
  ['counter: a huge year', { tag: 'ot-casualty-counter', attrs: { year: '9'.repeat(400) }, expect: 'error', message: /no figure for|is not a year/ }],
  ['counter: year not yet published on as-of', { tag: 'ot-casualty-counter', attrs: { year: '2024', 'as-of': '2025-01-01' }, expect: 'error', message: /was not published until 2025-12-01/ }],
  ['counter: as-of before any edition', { tag: 'ot-casualty-counter', attrs: { 'as-of': '1995-01-01' }, expect: 'error', message: /was not published until/ }],
  ['counter: month 13', { tag: 'ot-casualty-counter', attrs: { 'as-of': '2025-13-01' }, expect: 'error', message: /as-of “2025-13-01” is not a date/ }],
  ['counter: year with spaces is accepted', { tag: 'ot-casualty-counter', attrs: { year: ' 2023 ', 'as-of': '2025-12-31', static: '' }, expect: 'ok' }],
  ['counter: empty year means the latest', { tag: 'ot-casualty-counter', attrs: { year: '', static: '' }, expect: 'ok' }],
  ['counter: NaN as the year property', { tag: 'ot-casualty-counter', props: { year: Number.NaN }, expect: 'error', message: /“NaN” is not a year/ }],
  ['counter: 1e21 as the year property', { tag: 'ot-casualty-counter', props: { year: 1e21 }, expect: 'error', message: /is not a year/ }],
  ['counter: year made bad after render', { tag: 'ot-casualty-counter', attrs: { static: '', trend: '', breakdown: '' }, then: [{ year: 'x' }], expect: 'error', message: /“x” is not a year/ }],
  ['counter: bad year removed after render: recovers', { tag: 'ot-casualty-counter', attrs: { year: 'x', static: '' }, then: [{ year: null }], expect: 'ok', recovers: true }],

  // <ot-pledge-bar>
  ['pledge bar: unknown code XX', { tag: 'ot-pledge-bar', attrs: { country: 'XX' }, expect: 'error', message: /“XX” is not a country code/ }],
  ['pledge bar: empty country', { tag: 'ot-pledge-bar', attrs: { country: '' }, expect: 'error', message: /no country given/ }],
  ['pledge bar: empty countries, as if not given', { tag: 'ot-pledge-bar', attrs: { countries: '' }, expect: 'error', message: /no country given/ }],
  ['pledge bar: only commas and spaces', { tag: 'ot-pledge-bar', attrs: { countries: ' , ,, ' }, expect: 'error', message: /countries lists no country/ }],
  ['pledge bar: one bad code in a list', { tag: 'ot-pledge-bar', attrs: { countries: 'PL,XX,EE' }, expect: 'error', message: /“XX” is not a country code/ }],
  ['pledge bar: a state with no spending data', { tag: 'ot-pledge-bar', attrs: { country: 'DE' }, expect: 'error', message: /no defence spending data for Germany/ }],
  ['pledge bar: before any estimate', { tag: 'ot-pledge-bar', attrs: { country: 'PL', 'as-of': '1949-04-04' }, expect: 'error', message: /no defence spending data for Poland/ }],
  ['pledge bar: 29 February of a common year', { tag: 'ot-pledge-bar', attrs: { country: 'PL', 'as-of': '2025-02-29' }, expect: 'error', message: /is not a date/ }],
  ['pledge bar: a very long list ending in a very long code', { tag: 'ot-pledge-bar', attrs: { countries: `${'PL,'.repeat(5000)}${'Q'.repeat(LONG)}` }, expect: 'error', message: /is not a country code/ }],
  ['pledge bar: empty countries beside a country: the country, as everywhere an empty attribute is not given', { tag: 'ot-pledge-bar', attrs: { countries: ' ', country: 'PL' }, expect: 'ok', shows: 'Poland' }],
  ['pledge bar: lower case and spaces are accepted', { tag: 'ot-pledge-bar', attrs: { countries: ' pl , ee ' }, expect: 'ok', shows: 'Estonia' }],
  ['pledge bar: 5,000 repeats are one row', { tag: 'ot-pledge-bar', attrs: { countries: 'pl,'.repeat(5000) }, expect: 'ok' }],
  ['pledge bar: countries changed to a bad code after render', { tag: 'ot-pledge-bar', attrs: { countries: 'PL,EE' }, then: [{ countries: 'EE,??' }], expect: 'error', message: /“\?\?” is not a country code/ }],
  ['pledge bar: countries, then country removed after render', { tag: 'ot-pledge-bar', attrs: { countries: 'PL,EE', country: 'LT' }, then: [{ countries: null }, { country: null }], expect: 'error', message: /no country given/ }],

  // <ot-withdrawal-timeline>
  ['timeline: impossible from', { tag: 'ot-withdrawal-timeline', attrs: { from: '2025-99-99' }, expect: 'error', message: /from “2025-99-99” is not a date/ }],
  ['timeline: a word as to', { tag: 'ot-withdrawal-timeline', attrs: { to: 'yesterday' }, expect: 'error', message: /to “yesterday” is not a date/ }],
  ['timeline: from after to', { tag: 'ot-withdrawal-timeline', attrs: { from: '2025-06-01', to: '2025-01-01' }, expect: 'error', message: /start date 2025-06-01 is after the end date 2025-01-01/ }],
  ['timeline: a code the data does not cover', { tag: 'ot-withdrawal-timeline', attrs: { countries: 'EE,XX' }, expect: 'error', message: /no data on XX/ }],
  ['timeline: a one-letter code', { tag: 'ot-withdrawal-timeline', attrs: { countries: 'Q' }, expect: 'error', message: /“Q” is not a country code/ }],
  ['timeline: empty countries: the six states of the story', { tag: 'ot-withdrawal-timeline', attrs: { countries: '', 'as-of': '2026-03-01' }, expect: 'ok', shows: 'Ukraine' }],
  ['timeline: only a comma', { tag: 'ot-withdrawal-timeline', attrs: { countries: ',' }, expect: 'error', message: /countries lists no country/ }],
  ['timeline: unknown treaty', { tag: 'ot-withdrawal-timeline', attrs: { treaty: 'geneva' }, expect: 'error', message: /unknown treaty “geneva”/ }],
  ['timeline: upper-case treaty is accepted', { tag: 'ot-withdrawal-timeline', attrs: { treaty: 'CCM' }, expect: 'ok' }],
  ['timeline: a very long to', { tag: 'ot-withdrawal-timeline', attrs: { to: '9'.repeat(LONG) }, expect: 'error', message: /is not a date/ }],
  ['timeline: a window of ten thousand years is accepted', { tag: 'ot-withdrawal-timeline', attrs: { from: '0100-01-01', to: '9999-12-31', 'as-of': '2026-01-01' }, expect: 'ok', span: true }],
  ['timeline: as-of in 9999 is accepted', { tag: 'ot-withdrawal-timeline', attrs: { 'as-of': '9999-12-31' }, expect: 'ok', span: true }],
  ['timeline: from made bad after render', { tag: 'ot-withdrawal-timeline', attrs: { 'as-of': '2026-01-01' }, then: [{ from: '2025-02-30' }], expect: 'error', message: /from “2025-02-30” is not a date/ }],

  // shared attributes
  ['any: a malformed locale falls back to English', { tag: 'ot-treaty-badge', attrs: { country: 'DE', locale: 'xx-!!' }, expect: 'ok', shows: 'State Party since' }],
  ['any: a very long locale falls back to English', { tag: 'ot-casualty-counter', attrs: { locale: 'a'.repeat(LONG), static: '' }, expect: 'ok', shows: 'killed or injured' }],
  ['any: an unknown theme', { tag: 'ot-pledge-bar', attrs: { country: 'PL', theme: 'purple' }, expect: 'ok' }],
  ['any: empty src means the bundled data', { tag: 'ot-withdrawal-timeline', attrs: { src: ' ' }, expect: 'ok' }],
];

// ---------------------------------------------------------------------------------------------
// src

/** Each src case on a widget in turn, so all four go through the base's loading. */
const TAGS: Tag[] = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];
const ATTRS: Record<Tag, Record<string, string>> = {
  'ot-treaty-badge': { country: 'PL', 'as-of': '2020-01-01' },
  'ot-casualty-counter': { static: '' },
  'ot-pledge-bar': { countries: 'PL,EE' },
  'ot-withdrawal-timeline': { 'as-of': '2026-01-01' },
};

const srcCases: [string, () => string, Case['expect'], RegExp?, Tag?][] = [
  ['src: not JSON (an HTML page)', () => json('<!doctype html><title>Oops</title>'), 'fallback', /is not valid JSON/],
  ['src: an empty file', () => json(''), 'fallback', /is not valid JSON/],
  ['src: JSON cut short', () => json(JSON.stringify(edited()).slice(0, 5000)), 'fallback', /is not valid JSON/],
  ['src: JSON null', () => json('null'), 'fallback', /does not match the dataset schema: \(top level\): should be the dataset, but is null/],
  ['src: a JSON array', () => json([]), 'fallback', /does not match the dataset schema: \(top level\)/],
  ['src: a JSON string', () => json('"dataset"'), 'fallback', /does not match the dataset schema: \(top level\)/],
  ['src: a JSON number', () => json('42'), 'fallback', /does not match the dataset schema/],
  ['src: wrong type: schemaVersion as a string', breaking((d) => (d.schemaVersion = '1')), 'fallback', /schemaVersion: should be one of 1/],
  ['src: wrong type: a total as a string', breaking((d) => (d.casualties.figures[0].total = '5000')), 'fallback', /casualties › figures\[0\] › total: should be a whole number/],
  ['src: wrong type: sources as a list', breaking((d) => (d.sources = [])), 'fallback', /sources: should be an object/],
  ['src: wrong type: a date as a number', breaking((d) => (d.participation.ottawa.PL.knownFrom = 20130601)), 'fallback', /participation › ottawa › PL › knownFrom: should be a date/],
  ['src: missing field: casualties', breaking((d) => delete d.casualties), 'fallback', /casualties: is missing/],
  ['src: missing field: a record\'s sources', breaking((d) => delete d.participation.ottawa.PL.sources), 'fallback', /participation › ottawa › PL › sources: names no source/],
  ['src: an impossible date', breaking((d) => (d.participation.ottawa.PL.knownFrom = '2025-02-30')), 'fallback', /knownFrom: should be a date/],
  ['src: a negative count', breaking((d) => (d.casualties.figures[0].total = -1)), 'fallback', /total: should be a whole number of people, 0 or more/],
  ['src: a year out of range', breaking((d) => (d.casualties.figures[0].year = 1066)), 'fallback', /year: should be a year/],
  ['src: a source that does not exist', breaking((d) => (d.participation.ottawa.PL.sources = ['no-such-source'])), 'fallback', /names the source "no-such-source"/],
  ['src: a javascript: URL for a source', breaking((d) => (Object.values(d.sources as Record<string, { url: string }>)[0]!.url = 'javascript:alert(1)')), 'fallback', /url: should be a web address/],
  ['src: a 404', () => '/no-such-dataset-hostile.json', 'fallback', /answered HTTP 404/],
  ['src: a 500', () => '/__hostile/status/500', 'fallback', /answered HTTP 500/],
  ['src: a 204 with no body', () => '/__hostile/status/204', 'fallback', /is not valid JSON/],
  ['src: not a URL', () => 'http://[::1', 'fallback', /“http:\/\/\[::1” is not a valid URL/],
  ['src: a javascript: URL', () => 'javascript:window.__otRan=(window.__otRan||0)+1', 'fallback', /could not be fetched/],
  ['src: extra fields are accepted (forward compatible)', breaking((d) => {
    d.generator = { name: 'a CMS', version: 7 };
    d.casualties.figures[0].extra = [1, 2, 3];
    d.participation.ottawa.PL.comment = 'pasted by an editor';
  }), 'ok', undefined, 'ot-treaty-badge'],
  ['src: a huge but valid count fits the column', breaking((d) => {
    const latest = d.casualties.figures.at(-1);
    Object.assign(latest, { total: Number.MAX_SAFE_INTEGER, killed: 4_000_000_000_000_000, injured: 5_000_000_000_000_000 });
  }), 'ok', undefined, 'ot-casualty-counter'],
  ['src: a __proto__ key pollutes nothing', () => json(`{"__proto__":{"otPolluted":true},${JSON.stringify(edited()).slice(1)}`), 'ok', undefined, 'ot-treaty-badge'],
  ['src: an extra field nested 100,000 deep is left alone', () => json(`{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},${JSON.stringify(edited()).slice(1)}`), 'ok', undefined, 'ot-treaty-badge'],
];

const cases: Case[] = [
  ...attributeCases.map(([name, c]) => ({ name, ...c })),
  ...srcCases.map(([name, src, expectation, message, only], i): Case => {
    const tag = only ?? TAGS[i % TAGS.length]!;
    return { name, tag, attrs: ATTRS[tag], src, expect: expectation, ...(message && { message }) };
  }),
];

// ---------------------------------------------------------------------------------------------

/** Everything a broken widget could do to the page: uncaught errors and unhandled rejections. */
const thrown: string[] = [];
const onError = (e: ErrorEvent) => thrown.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);

const settle = () => new Promise((r) => setTimeout(r, 0));

interface Run {
  el: Widget;
  events: string[];
  warnings: string[];
  page: HTMLElement;
}

/** The page: a 360 px column in an article. Emptied after each case. */
const column = Object.assign(document.createElement('div'), { lang: 'en-GB' });
column.style.cssText = 'width: 360px; overflow: hidden';

/** A widget between two paragraphs in the column, with its events and console warnings. */
async function mount(c: Case, src?: string): Promise<Run> {
  const page = column;
  page.innerHTML = '<p class="before">Text before the widget.</p><div class="slot"></div><p class="after">Text after the widget.</p>';
  const el = document.createElement(c.tag) as unknown as Widget;
  for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, v] of Object.entries(c.props ?? {})) el[k] = v;
  if (src !== undefined) el.setAttribute('src', src);
  const events: string[] = [];
  page.querySelector('.slot')!.addEventListener('ot-data-error', (e) => events.push((e as CustomEvent<{ message: string }>).detail.message));
  page.querySelector('.slot')!.append(el);
  await el.updateComplete;
  return { el, events, warnings: [], page };
}

async function check(c: Case, run: Run) {
  const { el, events, warnings, page } = run;
  await settle();
  await el.updateComplete;
  expect(thrown, 'nothing thrown').to.deep.equal([]);
  expect(el.isConnected, 'the widget stays in the page').to.equal(true);
  // the page around it: untouched, and the widget does not spill out of its column
  expect(page.querySelector('.before')!.textContent).to.equal('Text before the widget.');
  expect(page.querySelector('.after')!.textContent).to.equal('Text after the widget.');
  expect(page.scrollWidth, 'nothing wider than the column').to.be.at.most(page.clientWidth + 1);
  const shown = text(el);
  if (c.expect === 'ok') {
    expect(events, 'no ot-data-error').to.deep.equal([]);
    expect(el.matches(':state(error)'), 'not in the error state').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  } else {
    expect(events.length, 'one ot-data-error event').to.be.greaterThan(0);
    if (c.message) expect(events.at(-1)).to.match(c.message);
    expect(warnings.some((w) => w.includes(`<${c.tag}>`)), 'a console.warn').to.equal(true);
    // `error` only where a message stands in for the widget; a fallback still shows the widget
    expect(el.matches(':state(error)'), 'in the error state').to.equal(c.expect === 'error');
    if (c.expect === 'error') {
      // a short message in the widget's place, not a wall of text
      expect(el.getBoundingClientRect().height, 'a short message').to.be.lessThan(200);
      const error = el.shadowRoot!.querySelector('[part=error]');
      expect(error?.textContent, 'a visible message').to.match(/^Cannot show this widget: ./);
      expect(shown.length, 'a short message').to.be.lessThan(300);
    } else {
      expect(el.matches(':state(fallback)'), 'fallback state').to.equal(true);
      expect(shown).to.contain('could not be loaded; showing the bundled data');
      expect(el.shadowRoot!.querySelector('[part=error]'), 'the bundled data is shown').to.equal(null);
    }
  }
  if (c.shows) expect(shown).to.match(typeof c.shows === 'string' ? new RegExp(c.shows.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.shows);
}

describe('hostile input: bad attributes and bad src never break the page', () => {
  const warn = console.warn;
  let warnings: string[] = [];
  let realTimeout: typeof AbortSignal.timeout;

  before(() => {
    document.body.append(column);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    realTimeout = AbortSignal.timeout;
  });
  after(() => {
    column.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect((window as { __otRan?: number }).__otRan ?? 0, 'no payload ran').to.equal(0);
  });
  beforeEach(() => {
    thrown.length = 0;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    AbortSignal.timeout = realTimeout;
    column.replaceChildren();
  });

  it(`the matrix has at least 40 cases of each kind (${attributeCases.length} attribute, ${srcCases.length} src)`, () => {
    expect(attributeCases.length).to.be.at.least(40);
    expect(cases.filter((c) => c.expect !== 'ok').length).to.be.at.least(40);
    expect(new Set(attributeCases.map(([, c]) => c.tag)).size).to.equal(4);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const src = c.src?.();
      const started = performance.now();
      const run = await mount(c, src);
      if (c.span) {
        // it once walked every month up to the year 99999 ("10000-01-01" < "9999-12-31"): seconds of frozen page
        expect(performance.now() - started, 'render time in ms').to.be.lessThan(1500);
        expect(run.el.shadowRoot!.querySelectorAll('.tick').length, 'axis ticks').to.be.within(1, 22);
      }
      run.warnings = warnings;
      for (const change of c.then ?? []) {
        for (const [k, v] of Object.entries(change)) v === null ? run.el.removeAttribute(k) : run.el.setAttribute(k, v);
        await run.el.updateComplete;
      }
      if (c.recovers) {
        expect(run.events.length, 'an ot-data-error on the way').to.be.greaterThan(0);
        run.events.length = 0;
      }
      if (src !== undefined) await waitUntil(() => !run.el.matches(':state(loading)'), 'src never settled', { timeout: 5000 });
      await check(c, run);
      if (c.name.includes('__proto__')) {
        expect(({} as Record<string, unknown>).otPolluted, 'Object.prototype untouched').to.equal(undefined);
        expect(text(run.el)).to.not.contain('could not be loaded');
      }
      if (c.name.startsWith('src: extra fields') || c.name.includes('nested')) expect(text(run.el)).to.contain('2 June 2013');
      if (c.name.startsWith('src: a huge')) expect(text(run.el)).to.contain('9,007,199,254,740,991');
    });
  }

  // The base gives up on a src after LOAD_TIMEOUT_MS (10 s); fake timing makes it 150 ms here.
  const fastTimeout = () => {
    AbortSignal.timeout = (ms: number) => realTimeout.call(AbortSignal, Math.min(ms, 150));
  };
  const hangCase = (name: string, tag: Tag): Case => ({ name, tag, attrs: ATTRS[tag], expect: 'fallback', message: /no answer from .* within 10 s/ });

  for (const [name, tag, path] of [
    ['src: a server that never answers', 'ot-pledge-bar', '/__hostile/hang'],
    ['src: a server that sends headers, then never finishes the body', 'ot-withdrawal-timeline', '/__hostile/stall-body'],
  ] as const) {
    it(name, async () => {
      fastTimeout();
      const c = hangCase(name, tag);
      const run = await mount(c, `${path}?${Math.random()}`);
      run.warnings = warnings;
      expect(run.el.matches(':state(loading)'), 'loading while waiting').to.equal(true);
      await waitUntil(() => !run.el.matches(':state(loading)'), 'gave up too late', { timeout: 3000 });
      await check(c, run);
    });
  }

  it('src: a very slow answer overtaken by a new src is ignored', async () => {
    const slow = `/__hostile/delay/400/dist/dataset.json?${Math.random()}`; // valid, says 1 June 2013
    const c: Case = { name: 'slow', tag: 'ot-treaty-badge', attrs: ATTRS['ot-treaty-badge'], expect: 'ok' };
    const run = await mount(c, slow);
    run.warnings = warnings;
    run.el.setAttribute('src', json(edited())); // says 2 June 2013
    await waitUntil(() => text(run.el).includes('2 June 2013'), 'the new src was not used');
    const late = await loadDataset(slow); // the slow answer arrives, and it is a good dataset
    expect(late, 'the slow dataset is valid: only its lateness keeps it out').to.deep.include({ ok: true });
    await settle();
    await run.el.updateComplete;
    expect(text(run.el)).to.contain('2 June 2013');
    await check(c, run);
  });

  it('src: a very slow failure overtaken by removing src is ignored', async () => {
    const slow = `/__hostile/delay/300/__hostile/status/500?${Math.random()}`;
    const c: Case = { name: 'slow failure', tag: 'ot-casualty-counter', attrs: ATTRS['ot-casualty-counter'], expect: 'ok' };
    const run = await mount(c, slow);
    run.warnings = warnings;
    run.el.removeAttribute('src');
    await run.el.updateComplete;
    const late = await loadDataset(slow);
    expect(late.ok).to.equal(false);
    await check(c, run);
  });

  it('src: a failed src, then a good one: the fallback state clears', async () => {
    const c: Case = { name: 'recover', tag: 'ot-treaty-badge', attrs: ATTRS['ot-treaty-badge'], expect: 'ok' };
    const run = await mount(c, '/__hostile/status/500');
    run.warnings = warnings;
    await waitUntil(() => run.el.matches(':state(fallback)'));
    run.events.length = 0;
    run.el.setAttribute('src', json(edited()));
    await waitUntil(() => text(run.el).includes('2 June 2013'));
    await check(c, run);
  });
});
