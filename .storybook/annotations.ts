/**
 * What every story gets (preview.ts hands it to Storybook): the controls and docs tables from
 * dist/custom-elements.json, the toolbar (page theme, locale, reduced motion) and the page
 * around the widgets. tests/stories.test.ts composes every story with this too, so a story
 * renders there as it does in Storybook. Only type imports from Storybook here: its runtime
 * packages do not load in the test runner (they pull in CommonJS).
 */
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Decorator, Preview } from '@storybook/web-components';
import type { ArgTypes, InputType } from 'storybook/internal/types';
// @ts-ignore -- written by `npm run build` (npm run storybook / build-storybook / test run it first; typecheck runs before it)
import cem from '../dist/custom-elements.json';
import { languageLabel, LOCALES } from '../stories/widget.js';

/** The custom-elements manifest that `npm run build` writes from the components' JSDoc. */
export const manifest = cem as { modules: { declarations?: CemDeclaration[] }[] };

// Controls and docs: every table row comes from the manifest, none is written by hand.

interface CemItem {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
export interface CemDeclaration {
  tagName?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  cssParts?: CemItem[];
  cssProperties?: CemItem[];
  cssStates?: CemItem[];
}

/** The manifest's entry for a custom element. */
export const declaration = (tag: string): CemDeclaration | undefined =>
  manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag);

const row = (item: CemItem, category: string, extra: Partial<InputType> = {}): InputType => ({
  name: extra.name ?? item.name,
  description: item.description ?? '',
  control: false,
  ...extra,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    ...extra.table,
  },
});

/** `'light' | 'dark' | 'auto'` → the three strings; anything else → null. */
function literals(type: string | undefined): string[] | null {
  const parts = (type ?? '').split('|').map((s) => s.trim()).filter((s) => s !== 'null' && s !== 'undefined');
  const values = parts.map((s) => /^'([^']*)'$|^"([^"]*)"$/.exec(s)).map((m) => m && (m[1] ?? m[2]));
  return values.length && values.every((v) => v !== null) ? (values as string[]) : null;
}

/**
 * The argTypes of a widget: attributes (with controls; args are named like the attributes),
 * then properties, events, CSS parts, custom properties and custom states (documented only).
 */
export function widgetArgTypes(tag: string): ArgTypes {
  const d = declaration(tag);
  if (!d) return {};
  const out: ArgTypes = {};
  const attributeOf = new Map<string, string>();
  for (const a of d.attributes ?? []) {
    if (a.fieldName) attributeOf.set(a.fieldName, a.name);
    const type = a.type?.text;
    const options = literals(type);
    out[a.name] = row(a, 'attributes', {
      control: type === 'boolean' ? { type: 'boolean' } : options ? { type: 'select' } : { type: 'text' },
      ...(options ? { options } : {}),
    });
  }
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || m.static || m.name.startsWith('#') || (m.privacy && m.privacy !== 'public')) continue;
    const attribute = attributeOf.get(m.name);
    const note = m.readonly ? 'Read-only.' : attribute ? `The \`${attribute}\` attribute as a property.` : '';
    const description = m.description?.includes(note) ? m.description : [m.description, note].filter(Boolean).join(' ');
    out[`.${m.name}`] = row({ ...m, description }, 'properties', { name: m.name });
  }
  for (const e of d.events ?? []) out[`@${e.name}`] = row(e, 'events', { name: e.name });
  for (const p of d.cssParts ?? []) out[`::part(${p.name})`] = row(p, 'css shadow parts', { name: `::part(${p.name})` });
  for (const p of d.cssProperties ?? []) out[p.name] = row(p, 'css custom properties');
  for (const s of d.cssStates ?? []) out[`:state(${s.name})`] = row(s, 'custom states', { name: `:state(${s.name})` });
  return out;
}

// The page around every story: its colour scheme, its language, and reduced motion.

// The widgets' theme="auto" follows the page's color-scheme when the page sets one, else the OS
// (read once, when the first widget connects): set one before any widget connects, so that the
// theme toolbar (which sets it on the story's page) decides, not the OS of whoever looks.
document.documentElement.style.colorScheme ||= 'light';

const style = document.createElement('style');
style.textContent = `
  .sb-page { color-scheme: light; background: #ffffff; color: #15191e; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; }
  .sb-page[data-theme='dark'] { color-scheme: dark; background: #15191e; color: #eef1f4; }
  .sb-page.sb-fill { min-block-size: 100vh; box-sizing: border-box; }
  .sb-page a { color: inherit; }
  .sb-label { font-size: 0.8125rem; font-weight: 600; margin: 0 0 0.25rem; }
  .sb-locales, .sb-themes { display: grid; gap: 1.25rem; }
  .sb-themes { grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
  .sb-themes > section > :not(.sb-label) { padding: 0.5rem; }
`;
document.head.append(style);

/**
 * Theme and locale toolbars: the story sits in a "page" with that colour scheme and `lang`.
 * Widgets with the default `theme="auto"` follow the page's scheme; `theme="light"`/`"dark"` on
 * a widget wins (as it does on a publisher's page). A widget without `locale` takes the page's
 * `lang`; a `locale` arg wins. The locale is a key, so a change re-creates the widgets
 * (they read `lang` when they render, and do not watch their ancestors for changes).
 */
const withPage: Decorator = (story, { globals, viewMode }) => {
  const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
  const locale = String(globals['locale'] || 'en');
  const page = html`<div class="sb-page ${viewMode === 'story' ? 'sb-fill' : ''}" data-theme=${theme} lang=${locale}>${story()}</div>`;
  return html`${keyed(locale, page)}`;
};

/**
 * Reduced-motion toolbar: sets the `static` attribute on every `<ot-casualty-counter>` of the
 * story, which is what the counter does itself when the OS asks for reduced motion
 * (`matchMedia('(prefers-reduced-motion: reduce)')`): the final number at once, no count-up.
 * It does not change the media query itself (only the browser or DevTools can emulate that).
 */
const withMotion: Decorator = (story, context) =>
  context.globals['motion'] === 'reduce' && context.component === 'ot-casualty-counter'
    ? story({ args: { ...context.args, static: true } })
    : story();

const annotations: Preview = {
  decorators: [withMotion, withPage],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page around the widget (widgets in theme="auto" follow it)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light page', icon: 'sun' },
          { value: 'dark', title: 'Dark page', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The page language (lang); widgets without a locale attribute take it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: languageLabel(value) })),
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Reduced motion: sets `static` on every counter (no count-up)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'full', title: 'Motion: as the OS says', icon: 'play' },
          { value: 'reduce', title: 'Reduced motion (static counters)', icon: 'stop' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', motion: 'full' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    docs: {
      // the table rows of every widget, from the manifest (replaces the renderer's own mapping,
      // which has no custom states and would add `onOtDataError`-style action args)
      extractArgTypes: widgetArgTypes,
      // "Show code" shows the widget as a publisher writes it, without the page around it
      source: { excludeDecorators: true, language: 'html' },
    },
    a11y: {
      // fail the a11y panel's checks (and Storybook's test runner) on any violation
      test: 'error',
    },
  },
};

export default annotations;
