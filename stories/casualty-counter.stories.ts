import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/components/casualty-counter/casualty-counter.js';
import { inEveryLocale, inEveryTheme, renderWidget, widget, type WidgetArgs } from './widget.js';

const TAG = 'ot-casualty-counter';

// `<ot-casualty-counter>` with and without `breakdown` and `trend`, revised and early figures,
// and every error, each pinned with `as-of`. The number counts up once when the widget comes
// into view; the Motion toolbar (or the `static` control) shows the final number at once.
// (A plain comment: the docs page shows the description from the manifest, that is the component's JSDoc.)
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Casualty counter',
  component: TAG,
  tags: ['autodocs'],
  render: renderWidget(TAG),
  args: { 'as-of': '2026-11-28' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The latest figure published by 28 November 2026, with its no-JavaScript fallback text inside the tag. */
export const Latest: Story = {
  render: (args) =>
    widget(TAG, args, '6,279 people were killed or injured by landmines and explosive remnants of war in 2024 (Landmine Monitor 2025).'),
};

/** `breakdown`: killed and injured (they do not add up to the total in 2024), civilian and child shares. */
export const Breakdown: Story = { args: { year: '2024', breakdown: true } };

/** `trend`: every year up to the one shown, as a chart with a data table. */
export const Trend: Story = { args: { trend: true } };

/** `breakdown` and `trend`, pinned to 18 March 2025. */
export const BreakdownAndTrend: Story = {
  name: 'Breakdown and trend',
  args: { 'as-of': '2025-03-18', breakdown: true, trend: true },
};

/** A revised year: 2006 as published by Landmine Monitor 2016, with the first published figure. */
export const RevisedYear: Story = { args: { year: '2006', breakdown: true } };

/** An edition known only by its year: 2008 on 1 June 2010. */
export const EditionKnownByYear: Story = {
  name: 'Edition known by its year',
  args: { year: '2008', 'as-of': '2010-06-01', breakdown: true, trend: true },
};

/** `static`: the final number at once, without counting up. */
export const Static: Story = { args: { static: true } };

/** The same counter in every locale (an explicit `locale` wins over the toolbar's page language). */
export const Locales: Story = {
  name: 'Every locale',
  args: { static: true },
  render: (args) => inEveryLocale(TAG, args),
};

/** `theme="auto"` follows the page (toolbar), `light` and `dark` paint their own surface. */
export const Themes: Story = {
  name: 'Every theme',
  args: { static: true },
  render: (args) => inEveryTheme(TAG, args),
};

/** `src`: a publisher's dataset that does not validate; the bundled data is shown and the footer says so. */
export const SrcFallback: Story = {
  name: 'src that fails (fallback)',
  args: { src: 'data:application/json,{"schemaVersion":0}' },
};

export const ErrorYearBeforeData: Story = { name: 'Error: year before the data', args: { year: '1995' } };
export const ErrorYearInFuture: Story = { name: 'Error: year in the future', args: { year: '2030' } };
export const ErrorNotYetPublished: Story = { name: 'Error: not yet published', args: { year: '2024', 'as-of': '2025-03-18' } };
export const ErrorBadYear: Story = { name: 'Error: malformed year', args: { year: 'last year' } };
export const ErrorBeforeFirstEdition: Story = { name: 'Error: before the first edition', args: { 'as-of': '2002-06-01' } };
export const ErrorBadDate: Story = { name: 'Error: malformed as-of', args: { 'as-of': '2026-13-01' } };
