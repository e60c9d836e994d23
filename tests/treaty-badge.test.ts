import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/treaty-badge/treaty-badge.js';
import type { OtTreatyBadge } from '../src/components/treaty-badge/treaty-badge.js';
import { csvOf, failingWidget } from './helpers.js';
import { bundledDataset as d } from '../src/data/bundled.js';
import { addDays } from '../src/data/dates.js';
import { STATUSES, statusAt } from '../src/data/derive.js';

const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();
const states = (el: Element) => [...STATUSES, 'error'].filter((s) => el.matches(`:state(${s})`));

async function badge(attrs: Record<string, string | boolean>): Promise<OtTreatyBadge> {
  const el = document.createElement('ot-treaty-badge');
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Every day that matters for a state: the day before, of and after each of its events. */
function eventDays(code: string): string[] {
  const p = d.participation.ottawa[code]!;
  const days = [p.signature?.date, p.deposit?.date, p.entryIntoForce?.date, ...(p.withdrawal ?? []).map((e) => e.date)]
    .filter((x): x is string => !!x);
  return [...new Set(days.flatMap((day) => [addDays(day, -1), day, addDays(day, 1)]))].sort();
}

describe('<ot-treaty-badge>', () => {
  it('its state and status equal the derivation for every story state around every event', async () => {
    const el = await badge({ country: 'PL' });
    let checked = 0;
    for (const code of ['EE', 'LV', 'LT', 'PL', 'FI', 'UA', 'MH', 'TO']) {
      el.country = code;
      for (const day of [...eventDays(code), '2025-03-18', '2026-11-28']) {
        el.asOf = day;
        await el.updateComplete;
        const expected = statusAt(d, 'ottawa', code, day);
        const status = expected.ok ? expected.status : 'error';
        expect(states(el), `${code} on ${day}`).to.deep.equal([status]);
        expect(el.status, `${code} on ${day}`).to.equal(expected.ok ? expected.status : null);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(120);
  });

  it('every UN member state, the Holy See, Palestine, the Cook Islands and Niue is party, signatory or not party', async () => {
    const el = await badge({ country: 'PL' });
    const codes = Object.keys(d.participation.ottawa).filter((c) => !['EE', 'LV', 'LT', 'PL', 'FI', 'UA'].includes(c));
    expect(codes).to.include.members(['VA', 'PS', 'CK', 'NU', 'US', 'RU', 'CN', 'IN']);
    for (const day of ['1997-12-03', '2010-06-30', '2026-11-28']) {
      el.asOf = day;
      for (const code of codes) {
        el.country = code;
        await el.updateComplete;
        expect(['party', 'signatory', 'non-party'], `${code} on ${day}`).to.include(el.status);
      }
    }
  });

  it('says each status in words, with the date that matters in <time>', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ country: 'DE', 'as-of': '2025-03-18' }, 'Germany State Party since 1 March 1999'],
      [{ country: 'PL', 'as-of': '2000-01-01' }, 'Poland Signed on 4 December 1997, not ratified'],
      [{ country: 'US', 'as-of': '2025-03-18' }, 'United States Not party to the treaty'],
      [{ country: 'PL', 'as-of': '2025-11-28' }, 'Poland Withdrawal takes effect on 20 February 2026 — in 84 days'],
      [{ country: 'PL', 'as-of': '2026-02-19' }, 'Poland Withdrawal takes effect on 20 February 2026 — in 1 day'],
      [{ country: 'FI', 'as-of': '2026-01-10' }, 'Finland Left the treaty on 10 January 2026'],
      [{ country: 'EE', 'as-of': '2026-01-01' }, 'Estonia Left the treaty on 27 December 2025 (another source gives 28 December 2025)'],
      [{ country: 'LT', treaty: 'ccm', 'as-of': '2025-03-06' }, 'Lithuania Left the treaty on 6 March 2025'],
    ];
    for (const [attrs, expected] of cases) {
      const el = await badge(attrs);
      expect(text(el.shadowRoot!.querySelector('.badge') ?? el), JSON.stringify(attrs)).to.equal(expected);
    }
    const el = await badge({ country: 'PL', 'as-of': '2025-11-28' });
    expect([...el.shadowRoot!.querySelectorAll('.badge time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-02-20']);
    expect(el.shadowRoot!.querySelector('.badge')!.getAttribute('aria-label')).to.equal('Poland: withdrawal takes effect on 20 February 2026 — in 84 days');
  });

  it('names the step that happened, by its kind, never more', async () => {
    const cases: [string, string, string][] = [
      ['PL', '2025-03-07', 'Poland The Prime Minister proposed withdrawal on 7 March 2025'],
      ['EE', '2025-03-18', 'Estonia Defence ministers jointly recommended withdrawal on 18 March 2025'],
      ['LT', '2025-03-18', 'Lithuania Defence ministers jointly recommended withdrawal on 18 March 2025'],
      ['PL', '2025-03-18', 'Poland Defence ministers jointly recommended withdrawal on 18 March 2025'],
      // Latvia's cabinet announced its intent the same day, after the joint statement.
      ['LV', '2025-03-18', 'Latvia The government announced its intent to withdraw on 18 March 2025'],
      ['FI', '2025-04-01', 'Finland The government announced its intent to withdraw on 1 April 2025'],
      ['FI', '2025-05-28', 'Finland The government approved a withdrawal bill on 28 May 2025'],
      ['PL', '2025-06-25', 'Poland The Sejm voted to withdraw on 25 June 2025'],
      ['FI', '2025-06-19', 'Finland The Eduskunta voted to withdraw on 19 June 2025'],
      ['EE', '2025-06-13', 'Estonia The withdrawal law was signed on 13 June 2025'],
      ['LV', '2025-04-24', 'Latvia The withdrawal law was signed on 24 April 2025'],
      // Poland's signature of 16 July is unverified: the vote stays the latest step.
      ['PL', '2025-07-16', 'Poland The Sejm voted to withdraw on 25 June 2025'],
      ['PL', '2025-08-05', 'Poland The convention was formally denounced on 5 August 2025'],
      ['UA', '2025-06-29', 'Ukraine A decision to withdraw was put into force by decree on 29 June 2025 (no withdrawal can take effect while the state is engaged in an armed conflict)'],
      // Finland's consideration is not a step: it stays a party.
      ['FI', '2025-03-31', 'Finland State Party since 1 July 2012'],
    ];
    for (const [country, day, expected] of cases) {
      const el = await badge({ country, 'as-of': day });
      expect(text(el.shadowRoot!.querySelector('.badge')!), `${country} ${day}`).to.equal(expected);
      const date = expected.match(/\d+ \w+ \d{4}/)![0];
      expect(el.shadowRoot!.querySelector('.badge time')!.textContent, `${country} ${day}`).to.equal(date);
    }
    const pl = await badge({ country: 'PL', 'as-of': '2025-03-07', locale: 'pl' });
    expect(text(pl.shadowRoot!.querySelector('.badge')!)).to.equal('Polska Premier zaproponował wystąpienie 7 marca 2025');
    expect(pl.shadowRoot!.querySelector('.badge')!.getAttribute('aria-label')).to.equal('Polska: premier zaproponował wystąpienie 7 marca 2025');
  });

  it('Ukraine from 15 July 2025: the suspension, its other date, the conflict clause; never "withdrawal announced"', async () => {
    const cases: [string, string][] = [
      ['2025-07-15', 'Ukraine A law suspending the convention was signed on 15 July 2025 (date of the report; no withdrawal can take effect while the state is engaged in an armed conflict)'],
      ['2025-07-18', 'Ukraine The suspension was notified to the UN on 18 July 2025 (the suspension is disputed by several States Parties and the ICBL; no withdrawal can take effect while the state is engaged in an armed conflict)'],
      ['2026-11-29', 'Ukraine The suspension was notified to the UN on 18 July 2025 (the suspension is disputed by several States Parties and the ICBL; no withdrawal can take effect while the state is engaged in an armed conflict)'],
    ];
    for (const [day, expected] of cases) {
      const el = await badge({ country: 'UA', 'as-of': day });
      expect(states(el), day).to.deep.equal(['withdrawal-announced']);
      expect(text(el.shadowRoot!.querySelector('.badge')!), day).to.equal(expected);
    }
    const el = await badge({ country: 'UA', 'as-of': '2026-11-29' });
    expect([...el.shadowRoot!.querySelectorAll('.badge time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-07-18']);
    for (let day = '2025-07-15'; day <= '2026-11-29'; day = addDays(day, 7)) {
      el.asOf = day;
      await el.updateComplete;
      expect(text(el), day).to.not.match(/withdrawal announced/i);
      expect(text(el.shadowRoot!.querySelector('.badge')!), day).to.match(/suspen/);
    }
  });

  it('says a suspension is disputed from the day of the disputed step, in every language', async () => {
    const el = await badge({ country: 'UA', 'as-of': '2025-07-17' });
    expect(text(el.shadowRoot!.querySelector('.badge')!)).to.not.contain('disputed');
    el.asOf = '2025-07-18';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.badge')!)).to.contain('the suspension is disputed by several States Parties and the ICBL');
    const expected: Record<string, string> = {
      pl: 'Ukraina Zawieszenie notyfikowano ONZ 18 lipca 2025 (kilka państw-stron i ICBL kwestionują zawieszenie; '
        + 'żadne wystąpienie nie może wejść w życie, dopóki państwo uczestniczy w konflikcie zbrojnym)',
      uk: 'Україна Про зупинення дії конвенції повідомлено ООН 18 липня 2025 р. (правомірність зупинення оскаржують кілька '
        + 'держав-учасниць і ICBL; жоден вихід не може набути чинності, доки держава бере участь у збройному конфлікті)',
    };
    for (const [locale, sentence] of Object.entries(expected)) {
      const l = await badge({ country: 'UA', 'as-of': '2026-11-29', locale });
      expect(text(l.shadowRoot!.querySelector('.badge')!), locale).to.equal(sentence);
    }
  });

  it('gives another source\'s date for the step it names', async () => {
    // As FACTS records: one Human Rights Watch text dates the notification 21 July 2025.
    const copy = structuredClone(d);
    const notified = copy.participation.ottawa.UA!.withdrawal!.find((e) => e.kind === 'suspension')!;
    notified.conflicts = [{ value: '2025-07-21', sources: notified.sources, note: 'Another text gives 21 July.' }];
    const src = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
    try {
      const el = await badge({ country: 'UA', 'as-of': '2026-11-29', src });
      await waitUntil(() => !el.matches(':state(loading)'), 'src still loading', { timeout: 30_000 });
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.badge')!)).to.equal('Ukraine The suspension was notified to the UN on 18 July 2025 (another source gives '
        + '21 July 2025; the suspension is disputed by several States Parties and the ICBL; no withdrawal can take effect while the state is engaged in an armed conflict)');
      expect([...el.shadowRoot!.querySelectorAll('.badge time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-07-18', '2025-07-21']);
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it('words a deposit by its kind, and gives another source\'s date for it', async () => {
    const cases: [Record<string, string>, string, string[]][] = [
      [{ country: 'MH', 'as-of': '2025-06-01' }, 'Marshall Islands Becomes a State Party on 1 September 2025, having ratified it on 12 March 2025', ['2025-09-01', '2025-03-12']],
      [{ country: 'TO', 'as-of': '2025-07-01' }, 'Tonga Becomes a State Party on 1 December 2025, having acceded on 25 June 2025 (another source gives 26 June 2025)',
        ['2025-12-01', '2025-06-25', '2025-06-26']],
      [{ country: 'LT', 'as-of': '2000-01-01' }, 'Lithuania Signed on 26 February 1999, not ratified (another source gives 22 February 1999)', ['1999-02-26', '1999-02-22']],
    ];
    for (const [attrs, expected, times] of cases) {
      const el = await badge(attrs);
      expect(text(el.shadowRoot!.querySelector('.badge')!), attrs.country).to.equal(expected);
      expect([...el.shadowRoot!.querySelectorAll('.badge time')].map((t) => t.getAttribute('datetime')), attrs.country).to.deep.equal(times);
    }
  });

  it('"Get the data": the status and step as codes, the sentence in the widget\'s language', async () => {
    const el = await badge({ country: 'PL', 'as-of': '2025-06-25', locale: 'pl' });
    const [head, row] = await csvOf(el);
    expect(head).to.deep.equal(['country', 'name', 'treaty', 'status', 'step', 'date', 'text', 'notes', 'as_of', 'sources']);
    expect(row!.slice(0, 9)).to.deep.equal(['PL', 'Polska', 'ottawa', 'withdrawal-announced', 'parliament-vote', '2025-06-25',
      'Parlament (Sejm) przegłosował wystąpienie 25 czerwca 2025', '', '2025-06-25']);
  });

  it('has a footer with a real source link, the as-of date and "Get the data"', async () => {
    const el = await badge({ country: 'PL', 'as-of': '2025-08-20' });
    const footer = el.shadowRoot!.querySelector('[part=footer]')!;
    const link = footer.querySelector('a')!;
    expect(link.href).to.equal(d.sources[d.participation.ottawa.PL!.withdrawal!.find((e) => e.kind === 'effect')!.sources[0]!]!.url);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2025-08-20');
    expect(footer.querySelector('button')!.textContent).to.equal('Get the data');
  });

  it('no-footer: no visible footer, the source stays in the accessible description', async () => {
    const el = await badge({ country: 'PL', 'as-of': '2025-11-28', 'no-footer': true });
    expect(el.shadowRoot!.querySelector('[part=footer]')).to.equal(null);
    const pill = el.shadowRoot!.querySelector('.badge')!;
    const description = el.shadowRoot!.getElementById(pill.getAttribute('aria-describedby')!)!;
    // One name per publisher, however many of its pages the fact cites.
    expect(description.textContent).to.equal('Source: ICBL-CMC. Data as of 28 November 2025.');
  });

  describe('errors: the error state, a visible message, an event, no exception', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['an unknown code', { country: 'XX' }, /no data on XX under the Ottawa Convention/],
      ['a code that is not a code', { country: 'Poland' }, /“Poland” is not a country code/],
      ['an empty country', { country: '' }, /no country given/],
      ['a territory', { country: 'GL' }, /no data on Greenland under the Ottawa Convention/],
      ['a state outside the CCM data', { country: 'PL', treaty: 'ccm' }, /no data on Poland under the Convention on Cluster Munitions/],
      ['an unknown treaty', { country: 'PL', treaty: 'geneva' }, /unknown treaty “geneva”/],
      ['a malformed as-of', { country: 'PL', 'as-of': '18.03.2025' }, /as-of “18\.03\.2025” is not a date \(YYYY-MM-DD\)/],
      ['an impossible as-of', { country: 'PL', 'as-of': '2025-02-30' }, /as-of “2025-02-30” is not a date/],
      ['a day before the data', { country: 'PL', 'as-of': '1990-01-01' }, /no data for dates before 3 December 1997/],
    ];
    for (const [name, attrs, message] of cases) {
      it(name, async () => {
        const { el, message: detail, warnings } = await failingWidget<OtTreatyBadge>('ot-treaty-badge', attrs);
        expect(states(el)).to.deep.equal(['error']);
        expect(el.status).to.equal(null);
        expect(text(el)).to.match(message);
        const dev = new RegExp(message.source.replace('3 December 1997', '1997-12-03'));
        expect(detail).to.match(dev);
        expect(warnings).to.match(dev);
      });
    }
  });

  it('recovers when a bad attribute is corrected', async () => {
    const el = await badge({ country: 'XX' });
    expect(states(el)).to.deep.equal(['error']);
    el.setAttribute('country', ' pl ');
    el.setAttribute('as-of', '2025-03-18');
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['withdrawal-announced']);
  });

  it('is axe-clean in every status and in the error state, light and dark', async () => {
    const cases: Record<string, string | boolean>[] = [
      { country: 'DE' }, { country: 'MH', 'as-of': '2020-01-01' }, { country: 'US' }, { country: 'PL', 'as-of': '2025-03-18' },
      { country: 'PL', 'as-of': '2025-11-28' }, { country: 'EE', 'as-of': '2026-01-01' }, { country: 'UA' }, { country: 'XX' },
      { country: 'PL', 'as-of': '2025-11-28', 'no-footer': true },
    ];
    for (const theme of ['light', 'dark']) {
      for (const attrs of cases) {
        const el = await badge({ ...attrs, theme });
        await expect(el, `${theme} ${JSON.stringify(attrs)}`).to.be.accessible();
      }
    }
  });

  it('sits in a sentence without breaking its line height', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p lang="en-GB" style="width: 1100px; font: 16px/24px serif; margin: 0">
      Poland <ot-treaty-badge country="PL" as-of="2025-03-18" no-footer></ot-treaty-badge> said…</p>`);
    await (p.querySelector('ot-treaty-badge') as OtTreatyBadge).updateComplete;
    expect(p.getBoundingClientRect().height).to.be.at.most(26);
    p.style.width = '200px'; // now it wraps with the text: every line stays a line
    const lines = Math.round(p.getBoundingClientRect().height / 24);
    expect(p.getBoundingClientRect().height).to.be.at.most(lines * 24 + 2);
    expect(lines).to.be.greaterThan(1);
  });
});
