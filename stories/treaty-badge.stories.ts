import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/treaty-badge/treaty-badge.js';
import { inEveryLocale, inEveryTheme, renderWidget, widget, type WidgetArgs } from './widget.js';

const TAG = 'ot-treaty-badge';

// Every status and every error of `<ot-treaty-badge>`, each pinned with `as-of` so the story
// shows the same thing on any day. Controls are the element's attributes.
// (A plain comment: the docs page shows the description from the manifest, that is the component's JSDoc.)
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Treaty badge',
  component: TAG,
  tags: ['autodocs'],
  render: renderWidget(TAG),
  args: { country: 'PL', 'as-of': '2025-11-28' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

// --- every status ------------------------------------------------------------------------------

/** A state party: Germany, member since 1999. */
export const Party: Story = { args: { country: 'DE', 'as-of': '2025-03-18' } };

/** Signed, not ratified: the Marshall Islands. */
export const Signatory: Story = { args: { country: 'MH', 'as-of': '2025-06-01' } };

/** Not party: the United States. */
export const NonParty: Story = { name: 'Not party', args: { country: 'US', 'as-of': '2025-03-18' } };

/** The day of the joint statement: Poland has announced it will withdraw. */
export const WithdrawalAnnounced: Story = { args: { country: 'PL', 'as-of': '2025-03-18' } };

/** Poland's instrument is deposited: the date of effect and the days left. */
export const WithdrawalPending: Story = { args: { country: 'PL', 'as-of': '2025-11-28' } };

/** Estonia has left the treaty. */
export const Withdrawn: Story = { args: { country: 'EE', 'as-of': '2026-01-05' } };

/**
 * Ukraine: a disputed suspension, not a seventh status. The state stays `withdrawal-announced`; the
 * sentence names the notification of the suspension, its other date, that it is disputed, and that
 * no withdrawal can take effect while the state is engaged in an armed conflict.
 */
export const Suspension: Story = {
  name: 'Suspension, disputed, armed conflict (UA)',
  args: { country: 'UA', 'as-of': '2026-11-29' },
};

/** The Ukraine badge in Polish and Ukrainian. */
export const SuspensionInPolishAndUkrainian: Story = {
  name: 'Suspension in pl and uk (UA)',
  args: { country: 'UA', 'as-of': '2026-11-29' },
  render: (args) => html`${widget(TAG, { ...args, locale: 'pl' })}<br>${widget(TAG, { ...args, locale: 'uk' })}`,
};

/** The step taken, by its kind: the Prime Minister's proposal of 7 March 2025. */
export const Proposal: Story = { name: 'A proposal (PL, 7 March 2025)', args: { country: 'PL', 'as-of': '2025-03-07' } };

/** A deposit worded by its kind, with another source's date: Tonga acceded on 25 (or 26) June 2025. */
export const Joining: Story = { name: 'Joining by accession (TO)', args: { country: 'TO', 'as-of': '2025-07-01' } };

/** `treaty="ccm"`: Lithuania and the Convention on Cluster Munitions (date of effect derived). */
export const ClusterMunitions: Story = {
  name: 'Cluster munitions (treaty="ccm")',
  args: { country: 'LT', treaty: 'ccm', 'as-of': '2025-01-10' },
};

// --- every attribute -----------------------------------------------------------------------------

/** `no-footer` inside a sentence: the source goes to the accessible description, the line height stays. */
export const InASentence: Story = {
  name: 'In a sentence (no-footer)',
  args: { country: 'PL', 'as-of': '2025-03-18', 'no-footer': true },
  render: (args) => html`<p style="max-inline-size: 40rem">
    On 18 March 2025 Poland ${widget(TAG, args, '(defence ministers jointly recommended withdrawal on 18 March 2025)')} and its Baltic neighbours said they
    would leave, while Finland ${widget(TAG, { ...args, country: 'FI' }, '(State Party)')} was still weighing it.
  </p>`,
};

/** The same badge in every locale (an explicit `locale` wins over the toolbar's page language). */
export const Locales: Story = {
  name: 'Every locale',
  render: (args) => inEveryLocale(TAG, args),
};

/** `theme="auto"` follows the page (toolbar), `light` and `dark` paint their own surface. */
export const Themes: Story = {
  name: 'Every theme',
  render: (args) => inEveryTheme(TAG, args),
};

/** `src`: a publisher's dataset that cannot be loaded; the bundled data is shown and the footer says so. */
export const SrcFallback: Story = {
  name: 'src that fails (fallback)',
  args: { country: 'PL', 'as-of': '2025-11-28', src: 'data:application/json,{"schemaVersion":0}' },
};

// --- every error -----------------------------------------------------------------------------------

export const ErrorUnknownCountry: Story = { name: 'Error: unknown country', args: { country: 'XX' } };
export const ErrorMissingCountry: Story = { name: 'Error: no country', args: { country: undefined } };
export const ErrorNotCovered: Story = { name: 'Error: not covered (GL)', args: { country: 'GL', 'as-of': '2025-03-18' } };
export const ErrorUnknownTreaty: Story = { name: 'Error: unknown treaty', args: { treaty: 'cwc' } };
export const ErrorBeforeData: Story = { name: 'Error: before the data', args: { 'as-of': '1990-01-01' } };
export const ErrorBadDate: Story = { name: 'Error: malformed as-of', args: { 'as-of': '18/03/2025' } };
