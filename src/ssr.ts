/// <reference types="node" />
/**
 * `ottawa-treaty-widgets/ssr`: the widgets rendered on a server (Node), with Lit's own server
 * renderer. `render(fragment)` returns the fragment with each `ot-*` element's shadow root written
 * in as declarative shadow DOM (`<template shadowrootmode="open">`) before its text, which stays:
 * the page shows the whole widget before any script runs, or without one, and `dist/embed.js` or
 * an import of the widgets takes it over without re-rendering (hydration).
 *
 * The rest of the fragment is returned byte for byte. Attribute values are escaped where the
 * widget shows them; nothing else in the fragment is sanitised: give it HTML you trust.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render as renderLit } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { isIsoDate, today } from './data/dates.js';
import type { IsoDate } from './data/types.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface RenderOptions {
  /** The day a widget without `as-of` shows, written into it as `as-of`. Default: today on the server. */
  asOf?: IsoDate;
  /**
   * The language of the page the fragment goes into (its `lang`), for widgets without `locale`:
   * a server sees no page. Default: `en`. A widget whose page turns out to speak another language
   * is rendered anew in it when its script runs.
   */
  lang?: string;
}

export interface ServerProblem {
  /** The element's tag, and the order of the `ot-*` elements in the fragment (0 first). */
  tag: string;
  index: number;
  /** What the widget says is wrong, in English, as `ot-data-error` says it in a browser. */
  message: string;
}

export interface Rendered {
  html: string;
  /** The widgets that show an error instead of what was asked (each renders the message too). */
  problems: ServerProblem[];
}

/** Ours: an `ot-` tag that index.js registered (in the DOM shim's registry). */
const isWidget = (tag: string) => tag.startsWith('ot-') && customElements.get(tag) !== undefined;
// The widgets, all the data and every language, defined once the DOM shim above is in place (a
// bundler may hoist static imports of our own modules above it).
const widgets = import('./all.js').then(() => import('./index.js'));

/** The `ot-*` elements of the tree, outermost first; one inside another widget's text is left to the browser. */
function widgetsIn(node: Node, found: Element[] = []): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in child && isWidget(child.tagName)) found.push(child);
    else widgetsIn(child, found);
  }
  if ('content' in node && node.content) widgetsIn(node.content, found);
  return found;
}

/**
 * One template per tag, every attribute the widget observes bound to a value: Lit caches templates
 * by their strings, so a server that renders for years keeps four, not one per page and day.
 */
const templates = new Map<string, { strings: TemplateStringsArray; names: string[] }>();
function templateFor(tag: string) {
  let template = templates.get(tag);
  if (!template) {
    const names = [...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])];
    // `<tag a="${…}" b="${…}"></tag>`, written out as the strings a tagged template would pass.
    const parts = names.length
      ? [`<${tag} ${names[0]}="`, ...names.slice(1).map((n) => `" ${n}="`), `"></${tag}>`]
      : [`<${tag}></${tag}>`];
    template = { strings: Object.assign(parts, { raw: [...parts] }) as unknown as TemplateStringsArray, names };
    templates.set(tag, template);
  }
  return template;
}

/** One widget's declarative shadow root, and what it says is wrong, from Lit's server renderer. */
function renderWidget(tag: string, attributes: [string, string][]): { shadow: string; problem: string | null } {
  const { strings, names } = templateFor(tag);
  const given = new Map(attributes);
  const out = collectResultSync(renderLit(html(strings, ...names.map((n) => (given.has(n) ? given.get(n) : nothing)))));
  const from = out.indexOf('<template shadowroot');
  const to = out.lastIndexOf(`</${tag}>`);
  // The same element, made the same way, says what it shows: its `problem` (null when all is well).
  const Widget = customElements.get(tag)!;
  const probe = new Widget() as HTMLElement & { problem: string | null };
  for (const [name, value] of attributes) (probe as unknown as { attributeChangedCallback(n: string, o: null, v: string): void }).attributeChangedCallback(name, null, value);
  return { shadow: from >= 0 && to > from ? out.slice(from, to) : '', problem: probe.problem };
}

/**
 * Renders every `ot-*` element in `fragment` (see the module's comment). Never throws on a
 * fragment: what is wrong with a widget is rendered as the browser would render it, and listed.
 */
export async function render(fragment: string, { asOf = today(), lang = 'en' }: RenderOptions = {}): Promise<Rendered> {
  // Written into the page as it is: only a day.
  if (!isIsoDate(asOf)) throw new RangeError(`render: asOf "${asOf}" is not a date (YYYY-MM-DD)`);
  await widgets;
  const tree = parseFragment(fragment, { sourceCodeLocationInfo: true });
  const edits: { at: number; end: number; text: string }[] = [];
  const problems: ServerProblem[] = [];
  widgetsIn(tree).forEach((el, index) => {
    const location = el.sourceCodeLocation?.startTag;
    // Written by a script, not in the markup (no place in the text): left to the browser.
    if (!location) return;
    const attributes = el.attrs.map((a): [string, string] => [a.name, a.value]);
    const pinned = attributes.find(([name]) => name === 'as-of');
    if (!pinned?.[1].trim()) {
      // What hydrates later shows the same day: the server's, written in.
      const at = el.sourceCodeLocation?.attrs?.['as-of'];
      if (pinned && at) {
        pinned[1] = asOf;
        edits.push({ at: at.startOffset, end: at.endOffset, text: `as-of="${asOf}"` });
      } else {
        attributes.push(['as-of', asOf]);
        // Right after the tag's name: the end of a start tag may be part of an unquoted value (`country=PL/>`).
        const at = location.startOffset + 1 + el.tagName.length;
        edits.push({ at, end: at, text: ` as-of="${asOf}"` });
      }
    }
    // The page's language, for the server only: the browser reads it from the page again.
    const rendered = attributes.some(([name, value]) => name === 'locale' && value.trim()) ? attributes : [...attributes.filter(([n]) => n !== 'locale'), ['locale', lang] as [string, string]];
    try {
      const { shadow, problem } = renderWidget(el.tagName, rendered);
      edits.push({ at: location.endOffset, end: location.endOffset, text: shadow });
      if (problem) problems.push({ tag: el.tagName, index, message: problem });
    } catch (error) {
      // The browser renders it; the page keeps its text until then.
      problems.push({ tag: el.tagName, index, message: `could not be rendered on the server (${error instanceof Error ? error.message : String(error)})` });
    }
  });
  let out = fragment;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return { html: out, problems };
}
