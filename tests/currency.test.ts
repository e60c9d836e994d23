// No widget claims more currency than the data has: after the day the dataset was last checked,
// the footer says "Data checked to" that day, never "Data as of" a later one; the embed builder
// warns when the day chosen is after it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/treaty-badge/treaty-badge.js';
import '../src/components/casualty-counter/casualty-counter.js';
import '../src/components/pledge-bar/pledge-bar.js';
import '../src/components/withdrawal-timeline/withdrawal-timeline.js';
import { currencyWarning } from '../demo/currency.js';
import { bundledDataset as d } from '../src/data/bundled.js';
import { addDays } from '../src/data/dates.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function widget(tag: string, attrs: Record<string, string>, lang = 'en-GB'): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  if (attrs.src) await waitUntil(() => !el.matches(':state(loading)'), 'src still loading', { timeout: 30_000 });
  await el.updateComplete;
  return el;
}

const WIDGETS: [string, Record<string, string>][] = [
  ['ot-treaty-badge', { country: 'PL' }],
  ['ot-casualty-counter', { static: '' }],
  ['ot-pledge-bar', { countries: 'PL,LV' }],
  ['ot-withdrawal-timeline', {}],
];

describe('currency', () => {
  const checked = d.checked;
  const words = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${checked}T00:00:00Z`));

  it('the dataset records the day it was checked', () => {
    expect(checked).to.match(/^\d{4}-\d\d-\d\d$/);
  });

  for (const [tag, attrs] of WIDGETS) {
    it(`${tag}: "Data as of" the day shown up to the day checked, "Data checked to" that day after it`, async () => {
      const before = await widget(tag, { ...attrs, 'as-of': checked });
      const time = before.shadowRoot!.querySelector('[part=footer] time')!;
      expect(squash(time.textContent)).to.equal(`Data as of ${words}`);
      expect(time.getAttribute('datetime')).to.equal(checked);
      for (const later of [addDays(checked, 1), '2030-01-01']) {
        const el = await widget(tag, { ...attrs, 'as-of': later });
        const footer = el.shadowRoot!.querySelector('[part=footer]')!;
        const t = footer.querySelector('time')!;
        expect(squash(t.textContent), later).to.equal(`Data checked to ${words}`);
        expect(t.getAttribute('datetime'), later).to.equal(checked);
        expect(squash(footer.textContent), later).to.not.contain('as of');
        expect(squash(footer.textContent), later).to.not.contain('2030');
      }
    });
  }

  it('with as-of unset, today counts: a dataset checked before today says so, in the widget\'s language', async () => {
    const copy = { ...structuredClone(d), checked: '2026-01-15' };
    const src = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
    try {
      const el = await widget('ot-casualty-counter', { static: '', src });
      expect(squash(el.shadowRoot!.querySelector('[part=footer] time')!.textContent)).to.equal('Data checked to 15 January 2026');
      const pl = await widget('ot-pledge-bar', { country: 'LV', src }, 'pl');
      const t = pl.shadowRoot!.querySelector('[part=footer] time')!;
      expect(squash(t.textContent)).to.equal('Dane sprawdzone do 15 stycznia 2026');
      expect(t.getAttribute('datetime')).to.equal('2026-01-15');
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it('a badge without its footer says the same in its description', async () => {
    const el = await widget('ot-treaty-badge', { country: 'PL', 'as-of': '2030-01-01', 'no-footer': '' });
    expect(el.shadowRoot!.getElementById('desc')!.textContent).to.match(new RegExp(`Data checked to ${words}\\.$`));
  });

  it('the embed builder warns when the day chosen (or today) is after the day checked', () => {
    expect(currencyWarning('2030-01-01', '2026-11-29')).to.equal('The data was last checked on 29 November 2026. On 1 January 2030 the widget says '
      + '“Data checked to 29 November 2026” and shows nothing that happened after that day.');
    expect(currencyWarning('2026-11-29', '2026-11-29')).to.equal('');
    expect(currencyWarning('2025-03-18', '2026-11-29')).to.equal('');
    expect(currencyWarning(undefined, '2026-11-29', '2026-12-01')).to.match(/^The data was last checked on 29 November 2026\. Today the widget says/);
    expect(currencyWarning(undefined, '2026-11-29', '2026-11-29')).to.equal('');
  });
});
