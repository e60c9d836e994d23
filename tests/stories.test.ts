/**
 * Every story is a test. Each story of every stories/*.stories.ts module is composed by
 * Storybook's own `composeStories` with .storybook/annotations.ts (what preview.ts gives
 * Storybook: decorators, globals), which merges the story's args over the file's default args
 * and calls the story's render function through the decorators, as Storybook does; the
 * TemplateResult is rendered with lit's `render`, as the web-components renderer does. Once on a
 * light and once on a dark page, it must render without an error (thrown, rejected, or logged
 * with console.error), every widget must be in the state the story's name promises (Error…
 * stories in `:state(error)`, SrcFallback in `:state(fallback)` alone, the others in neither) and
 * the page must be axe-clean.
 *
 * `composeStories` comes from Storybook's self-contained preview runtime (the bundle a Storybook
 * page loads): the `storybook/preview-api` module imports CommonJS packages that the test
 * runner cannot serve.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import 'storybook/internal/preview/runtime';
import type * as PreviewApi from 'storybook/preview-api';
import annotations, { manifest, widgetArgTypes } from '../.storybook/annotations.js';
import * as badge from '../stories/treaty-badge.stories.js';
import * as counter from '../stories/casualty-counter.stories.js';
import * as pledge from '../stories/pledge-bar.stories.js';
import * as timeline from '../stories/withdrawal-timeline.stories.js';

/** Every stories/*.stories.ts module (the last test checks none is left out). */
const FILES = {
  'treaty-badge.stories.ts': badge,
  'casualty-counter.stories.ts': counter,
  'pledge-bar.stories.ts': pledge,
  'withdrawal-timeline.stories.ts': timeline,
};

const { composeStories } = (globalThis as unknown as { __STORYBOOK_MODULE_PREVIEW_API__: typeof PreviewApi })
  .__STORYBOOK_MODULE_PREVIEW_API__;

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
interface Composed {
  (): unknown;
  storyName: string;
  args: Record<string, unknown>;
}
const THEMES = ['light', 'dark'] as const;

/** Every story of a module, composed with the annotations and the page theme. */
const compose = (mod: Record<string, unknown>, theme: string) =>
  composeStories(mod as never, { ...annotations, initialGlobals: { ...annotations.initialGlobals, theme } }) as Record<string, Composed>;

const widgetsIn = (root: Element) => [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('ot-'));

/** Until every widget has rendered and none is still loading its `src`. */
async function settled(root: Element): Promise<Widget[]> {
  const widgets = widgetsIn(root);
  for (let i = 0; i < 100; i++) {
    await Promise.all(widgets.map((el) => el.updateComplete));
    if (!widgets.some((el) => el.matches(':state(loading)'))) return widgets;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('a widget is still loading its src after 2 s');
}

/**
 * Runs `fn`, failing on console.error, an uncaught error or an unhandled rejection meanwhile.
 * Returns its result and the console.warn messages (which widgets write for bad input), kept
 * out of the test output.
 */
async function withoutErrors<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    const result = await fn();
    await new Promise((r) => setTimeout(r)); // let a late error or rejection surface
    expect(problems, problems.join('\n')).to.deep.equal([]);
    return { result, warnings };
  } finally {
    Object.assign(console, { error, warn });
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
}

for (const [file, mod] of Object.entries(FILES)) {
  const tag = String(mod.default.component);
  const byTheme = Object.fromEntries(THEMES.map((theme) => [theme, compose(mod, theme)]));
  const stories = Object.entries(byTheme['light']!);

  describe(`stories/${file}`, () => {
    it(`has stories, and every arg is an attribute of <${tag}> in the manifest`, () => {
      expect(stories.length).to.be.greaterThan(5);
      const argTypes = widgetArgTypes(tag);
      const attributes = Object.keys(argTypes).filter((k) => argTypes[k]!.table?.category === 'attributes');
      expect(attributes).to.include.members(['as-of', 'locale', 'src', 'theme']);
      for (const [name, story] of stories) expect(attributes, name).to.include.members(Object.keys(story.args));
      // the docs table has every kind of API the manifest documents
      const categories = new Set(Object.values(argTypes).map((a) => a.table?.category));
      expect([...categories]).to.include.members(['attributes', 'properties', 'events', 'css shadow parts', 'css custom properties', 'custom states']);
    });

    for (const [name, story] of stories) {
      it(`${story.storyName} (${name}): renders without error, in the state it promises, axe-clean on a light and a dark page`, async () => {
        for (const theme of THEMES) {
          const canvas = document.body.appendChild(document.createElement('div'));
          try {
            const { result: widgets, warnings } = await withoutErrors(async () => {
              render(byTheme[theme]![name]!(), canvas);
              return settled(canvas);
            });
            expect(widgets.length, `${theme}: widgets rendered`).to.be.greaterThan(0);
            // bad input says what to fix in the console; good input says nothing
            expect(warnings.length > 0, `${theme}: console.warn ${JSON.stringify(warnings)}`).to.equal(/^Error|^SrcFallback/.test(name));
            for (const el of widgets) {
              const label = `${theme}: <${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`;
              expect(el.shadowRoot?.childElementCount, `${label} rendered nothing`).to.be.greaterThan(0);
              expect(el.matches(':state(error)'), `${label} in :state(error)`).to.equal(/^Error/.test(name));
              expect(el.matches(':state(fallback)'), `${label} in :state(fallback)`).to.equal(name === 'SrcFallback');
            }
            await expect(canvas.querySelector('.sb-page'), theme).to.be.accessible();
          } finally {
            canvas.remove();
          }
        }
      });
    }
  });
}

describe('stories/ with the toolbar', () => {
  it('theme, locale and reduced motion reach every story: page scheme, page lang, static counters', async () => {
    const globals = { theme: 'dark', locale: 'pl', motion: 'reduce' };
    const stories = composeStories(counter as never, { ...annotations, initialGlobals: globals }) as Record<string, Composed>;
    const canvas = document.body.appendChild(document.createElement('div'));
    try {
      const { result: widgets } = await withoutErrors(async () => {
        render(stories['Latest']!(), canvas);
        return settled(canvas);
      });
      const el = widgets[0]!;
      expect(el.closest('.sb-page')?.getAttribute('data-theme')).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(el.closest('[lang]')?.getAttribute('lang')).to.equal('pl');
      expect(el.hasAttribute('locale'), 'the page lang, not an attribute').to.equal(false);
      expect(el.hasAttribute('static'), 'reduced motion sets static').to.equal(true);
    } finally {
      canvas.remove();
    }
  });
});

describe('stories/', () => {
  it('has one stories file per widget of the manifest, and each is tested here', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    const covered = Object.values(FILES).map((m) => m.default.component);
    expect(covered).to.have.members(tags);
  });
});
