import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/components/withdrawal-timeline/withdrawal-timeline.js';
import { inColumn, inEveryLocale, inEveryTheme, renderWidget, widget, type WidgetArgs } from './widget.js';

const TAG = 'ot-withdrawal-timeline';

// `<ot-withdrawal-timeline>` wide (a time axis above the list) and narrow (a vertical list),
// scheduled and past dates of effect, a date range, the CCM, and every error, each pinned with
// `as-of`.
// (A plain comment: the docs page shows the description from the manifest, that is the component's JSDoc.)
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Withdrawal timeline',
  component: TAG,
  tags: ['autodocs'],
  render: renderWidget(TAG),
  args: { 'as-of': '2026-03-01' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** Everything, in a 75rem column: the time axis with numbered markers above the list. */
export const Wide: Story = {
  name: 'Wide column (time axis)',
  render: (args) =>
    inColumn(
      '75rem',
      widget(TAG, args, 'Estonia, Latvia, Lithuania, Poland and Finland left the Ottawa Convention between December 2025 and February 2026.'),
    ),
};

/** Everything, in a 20rem column: a vertical list. */
export const Narrow: Story = { name: 'Narrow column (list)', render: (args) => inColumn('20rem', widget(TAG, args)) };

/** 1 July 2025: the dates of effect are scheduled (deposits made), Ukraine's is open. */
export const Scheduled: Story = { name: 'Scheduled dates of effect', args: { 'as-of': '2025-07-01' } };

/** 1 March 2026: every date of effect has passed. */
export const Past: Story = { name: 'Past dates of effect', args: { 'as-of': '2026-03-01' } };

/** 18 March 2025, the day of the joint statement. */
export const JointStatement: Story = { name: 'The day of the joint statement', args: { 'as-of': '2025-03-18' } };

/** `countries`, `from` and `to`: Poland only, June to December 2025, in a narrow column. */
export const OneStateInRange: Story = {
  name: 'One state, from–to (narrow)',
  args: { countries: 'PL', from: '2025-06-01', to: '2025-12-31', 'as-of': '2025-11-28' },
  render: (args) => inColumn('20rem', widget(TAG, args)),
};

/** `treaty="ccm"`: Lithuania and the Convention on Cluster Munitions (deposit date derived). */
export const ClusterMunitions: Story = { name: 'Cluster munitions (treaty="ccm")', args: { treaty: 'ccm', 'as-of': '2025-01-10' } };

/** 1 June 2024: nothing had happened yet. */
export const NothingYet: Story = { name: 'Nothing yet', args: { 'as-of': '2024-06-01' } };

/** Poland's events in every locale (an explicit `locale` wins over the toolbar's page language). */
export const Locales: Story = {
  name: 'Every locale',
  args: { countries: 'PL', from: '2025-03-01', 'as-of': '2025-11-28' },
  render: (args) => inEveryLocale(TAG, args),
};

/** `theme="auto"` follows the page (toolbar), `light` and `dark` paint their own surface. */
export const Themes: Story = {
  name: 'Every theme',
  args: { countries: 'PL', from: '2025-03-01', 'as-of': '2025-11-28' },
  render: (args) => inEveryTheme(TAG, args),
};

/** `src`: a publisher's dataset that does not validate; the bundled data is shown and the footer says so. */
export const SrcFallback: Story = {
  name: 'src that fails (fallback)',
  args: { countries: 'PL', src: 'data:application/json,{"schemaVersion":0}' },
};

export const ErrorUnknownCode: Story = { name: 'Error: unknown code', args: { countries: 'PL,XX', 'as-of': '2025-11-28' } };
export const ErrorBadRange: Story = { name: 'Error: from after to', args: { from: '2025-12-31', to: '2025-01-01', 'as-of': '2025-11-28' } };
export const ErrorBadDate: Story = { name: 'Error: malformed from', args: { from: '1.6.2025', 'as-of': '2025-11-28' } };
export const ErrorUnknownTreaty: Story = { name: 'Error: unknown treaty', args: { treaty: 'cwc' } };
