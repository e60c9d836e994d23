import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/components/pledge-bar/pledge-bar.js';
import { inEveryLocale, inEveryTheme, renderWidget, widget, type WidgetArgs } from './widget.js';

const TAG = 'ot-pledge-bar';

// `<ot-pledge-bar>` with one and several rows, with `history`, a row without data, and every
// error, each pinned with `as-of`.
// (A plain comment: the docs page shows the description from the manifest, that is the component's JSDoc.)
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Pledge bar',
  component: TAG,
  tags: ['autodocs'],
  render: renderWidget(TAG),
  args: { countries: 'PL,EE,LV,LT,FI', 'as-of': '2026-11-28' },
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** Five states on one scale, with the no-JavaScript fallback text inside the tag. */
export const SeveralStates: Story = {
  name: 'Several states',
  render: (args) =>
    widget(TAG, args, 'Defence spending, % of GDP (NATO estimates for 2025): Poland 4.48%, Estonia 3.38%, Latvia 3.73%, Lithuania 4.00%; Finland 2.41% (2024).'),
};

/** `history`: the estimates of earlier years under each bar. */
export const History: Story = { args: { history: true } };

/** Latvia after 4 December 2025: the President's pledge (a triangle) and the adopted budget (a square) are different things. */
export const PledgeAndBudget: Story = {
  name: 'A pledge and a budget (LV)',
  args: { countries: undefined, country: 'LV', 'as-of': '2026-01-15', history: true },
};

/** Poland's draft budget, by its own definition, not NATO's measure. */
export const NationalDefinition: Story = {
  name: 'A draft budget by the national definition (PL)',
  args: { countries: undefined, country: 'PL', 'as-of': '2025-09-01' },
};

/** `country`: one state, Lithuania's 5–6% range the day before the 5% guideline. */
export const OneState: Story = { name: 'One state (a pledged range)', args: { countries: undefined, country: 'LT', 'as-of': '2025-06-24' } };

/** One state with `history`. */
export const OneStateHistory: Story = { name: 'One state with history', args: { countries: undefined, country: 'PL', history: true } };

/** 1 May 2024: a release known only by its month, no pledges yet. */
export const BeforeThePledges: Story = { name: 'Before the pledges', args: { countries: 'EE,FI', 'as-of': '2024-05-01', history: true } };

/** A state without data in a list keeps its row ("no data"), the others stay readable. */
export const RowWithoutData: Story = { name: 'A row without data', args: { countries: 'PL,US' } };

/** The same chart in every locale (an explicit `locale` wins over the toolbar's page language). */
export const Locales: Story = {
  name: 'Every locale',
  args: { countries: 'PL,LT' },
  render: (args) => inEveryLocale(TAG, args),
};

/** `theme="auto"` follows the page (toolbar), `light` and `dark` paint their own surface. */
export const Themes: Story = {
  name: 'Every theme',
  args: { countries: 'PL,LT' },
  render: (args) => inEveryTheme(TAG, args),
};

/** `src`: a publisher's dataset that does not validate; the bundled data is shown and the footer says so. */
export const SrcFallback: Story = {
  name: 'src that fails (fallback)',
  args: { countries: 'PL,LT', src: 'data:application/json,{"schemaVersion":0}' },
};

export const ErrorNoEstimate: Story = { name: 'Error: one state, no estimate', args: { countries: undefined, country: 'US' } };
export const ErrorUnknownCode: Story = { name: 'Error: unknown code in the list', args: { countries: 'PL,XX' } };
export const ErrorEmptyList: Story = { name: 'Error: empty list', args: { countries: ' , ' } };
export const ErrorBeforeData: Story = { name: 'Error: before the data', args: { countries: undefined, country: 'PL', 'as-of': '2020-01-01' } };
export const ErrorBadDate: Story = { name: 'Error: malformed as-of', args: { 'as-of': '1.6.2025' } };
