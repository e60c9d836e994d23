/**
 * What every story file shares: the render function (a widget with its args as attributes),
 * the locales, and small layouts for stories that show several widgets at once.
 *
 * Args are named like the attributes (`as-of`, `no-footer`), because the controls come from the
 * attributes in dist/custom-elements.json (see .storybook/preview.ts). `true` sets a boolean
 * attribute, `false`, `null` and `undefined` leave it out, anything else is set as text.
 */
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { LANGUAGES } from '../src/i18n/index.js';

export type WidgetArgs = Record<string, unknown>;

/** The languages every widget is shown in (the `locale` toolbar offers the same): all it speaks. */
export const LOCALES = Object.keys(LANGUAGES);

/** A language by its own name, as the toolbar offers it: "Polski (pl)". */
export function languageLabel(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return `${name[0]!.toLocaleUpperCase(code)}${name.slice(1)} (${code})`;
}

/** Attribute names only: args such as Storybook's `onOtDataError` actions are not attributes. */
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

/** An element directive that keeps the element's attributes equal to the args, so controls update it in place. */
class AttributesDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element: <x-y ${attributes(args)}>');
  }

  render(_args: WidgetArgs): unknown {
    return noChange;
  }

  override update(part: ElementPart, [args]: [WidgetArgs]): unknown {
    const el = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      if (!ATTRIBUTE.test(name) || value === undefined || value === null || value === false) continue;
      const text = value === true ? '' : String(value);
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
      next.add(name);
    }
    for (const name of this.#set) if (!next.has(name)) el.removeAttribute(name);
    this.#set = next;
    return noChange;
  }
}

export const attributes = directive(AttributesDirective);

/** `<tag ...args>content</tag>`: what a publisher writes, with `content` as the no-JavaScript fallback. */
export function widget(tag: string, args: WidgetArgs, content: unknown = ''): TemplateResult {
  const t = unsafeStatic(tag);
  return staticHtml`<${t} ${attributes(args)}>${content}</${t}>`;
}

/** The render function of a story file: one widget with the story's args. */
export const renderWidget = (tag: string) => (args: WidgetArgs) => widget(tag, args);

/** The same widget once per locale, each under a heading naming the locale in its own language. */
export function inEveryLocale(tag: string, args: WidgetArgs): TemplateResult {
  return html`<div class="sb-locales">
    ${LOCALES.map(
      (locale) => html`<section lang=${locale}>
        <h2 class="sb-label">${new Intl.DisplayNames([locale], { type: 'language' }).of(locale)} (<code>${locale}</code>)</h2>
        ${widget(tag, { ...args, locale })}
      </section>`,
    )}
  </div>`;
}

/** The same widget with `theme` set to each value, side by side. */
export function inEveryTheme(tag: string, args: WidgetArgs): TemplateResult {
  return html`<div class="sb-themes">
    ${(['auto', 'light', 'dark'] as const).map(
      (theme) => html`<section>
        <h2 class="sb-label"><code>theme="${theme}"</code></h2>
        ${widget(tag, { ...args, theme })}
      </section>`,
    )}
  </div>`;
}

/** A widget in a column of the given width, as in a publisher's page. */
export function inColumn(width: string, content: TemplateResult): TemplateResult {
  return html`<div class="sb-column" style=${`inline-size: ${width}; max-inline-size: 100%`}>${content}</div>`;
}
