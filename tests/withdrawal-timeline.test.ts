import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/withdrawal-timeline/withdrawal-timeline.js';
import type { OtWithdrawalTimeline } from '../src/components/withdrawal-timeline/withdrawal-timeline.js';
import { csvOf, failingWidget } from './helpers.js';
import { bundledDataset as d } from '../src/data/bundled.js';
import { groupByDay, timelineAt, windowTimeline, type TimelineEntry } from '../src/data/derive.js';
import { en } from '../src/i18n/en.js';

const STORY = ['EE', 'LV', 'LT', 'PL', 'FI', 'UA'];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const names = new Intl.DisplayNames('en-GB', { type: 'region' });
const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

async function timeline(attrs: Record<string, string>, width = 1200): Promise<OtWithdrawalTimeline> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('ot-withdrawal-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const events = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('li.event')];
const items = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('ol > li')];
const part = (li: Element, cls: string) => squash(li.querySelector(`.${cls}`)?.textContent);

/** What a reader sees of each event: date (from `<time>`), states, what happened. */
const shown = (el: Element) => events(el).map((li) => [li.querySelector('.when time')?.getAttribute('datetime'), part(li, 'who'), part(li, 'what')]);

/** The same from the derivation. */
function expected(countries: string[], day: string, treaty = 'ottawa', from?: string, to?: string) {
  const answer = timelineAt(d, treaty, countries, day);
  if (!answer.ok) throw new Error(answer.reason);
  return groupByDay(windowTimeline(answer.entries, from, to)).map((g) => [g[0]!.date, list.format(g.map((e) => names.of(e.country)!)), en.event[g[0]!.kind]]);
}

describe('<ot-withdrawal-timeline>', () => {
  describe('events and their order', () => {
    it('the default set is the six states of the story, every known event in date order', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      const seen = shown(el);
      expect(seen).to.deep.equal(expected(STORY, '2026-03-01'));
      expect(seen.length).to.be.greaterThan(20);
      const dates = seen.map(([date]) => date ?? '9999');
      expect(dates).to.deep.equal([...dates].sort());
      // The first and the last, in words.
      // Finland's reported consideration is unverified, so the Prime Minister of Poland comes first.
      expect(seen[0]).to.deep.equal(['2025-03-07', 'Poland', 'Prime Minister proposes withdrawal']);
      expect(seen.at(-1)).to.deep.equal(['2026-02-20', 'Poland', 'Withdrawal takes effect']);
      expect(el.getAttribute('countries')).to.equal(null);
    });

    it('each state alone', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      for (const code of STORY) {
        el.countries = code.toLowerCase();
        await el.updateComplete;
        const seen = shown(el);
        expect(seen, code).to.deep.equal(expected([code], '2026-03-01'));
        expect(seen.every(([, who]) => who === names.of(code)), code).to.equal(true);
      }
    });

    it('Poland, step by step: dates in <time>, the actor and the vote from the data', async () => {
      const el = await timeline({ countries: 'PL', 'as-of': '2026-03-01' });
      expect(shown(el)).to.deep.equal([
        ['2025-03-07', 'Poland', 'Prime Minister proposes withdrawal'],
        ['2025-03-18', 'Poland', 'Joint statement recommends withdrawal'],
        ['2025-06-25', 'Poland', 'Parliament votes to withdraw'],
        ['2025-08-05', 'Poland', 'Treaty formally denounced'],
        ['2025-08-20', 'Poland', 'Withdrawal instrument deposited with the UN'],
        ['2026-02-20', 'Poland', 'Withdrawal takes effect'],
      ]);
      const vote = events(el)[2]!;
      expect(part(vote, 'detail')).to.equal('Sejm · 413–15–3');
      expect(squash(vote.querySelector('.when')!.textContent)).to.equal('25 June 2025');
      // A date that is a report's says so (Ukraine's suspension law).
      const ukraine = await timeline({ countries: 'UA', 'as-of': '2026-03-01' });
      const signed = events(ukraine).find((li) => part(li, 'what') === en.event['suspension-law'])!;
      expect(part(signed, 'note')).to.equal(en.timeline.reported);
      // Every event has its source as a real link.
      for (const li of events(el)) {
        const links = [...li.querySelectorAll('a')];
        expect(links.length).to.be.greaterThan(0);
        for (const a of links) expect(Object.values(d.sources).map((s) => s.url)).to.include(a.href);
      }
    });

    it('votes with only a count in favour, and without abstentions', async () => {
      const el = await timeline({ countries: 'UA,FI', 'as-of': '2026-03-01' });
      const details = events(el).map((li) => part(li, 'detail'));
      expect(details).to.include('Verkhovna Rada · 299 in favour');
      expect(details).to.include('Eduskunta · 157–18');
    });

    it('names the acting body only where it is a parliament, in the reader\'s language', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      const details = events(el).map((li) => part(li, 'detail')).filter(Boolean);
      expect(details.length).to.be.greaterThan(4);
      for (const detail of details) expect(detail).to.match(/^(Sejm|Riigikogu|Saeima|Seimas|Eduskunta|Verkhovna Rada) · [\d–]+( in favour)?$/);
      el.setAttribute('locale', 'uk');
      await el.updateComplete;
      expect(events(el).map((li) => part(li, 'detail'))).to.include.members(['Верховна Рада · 299 «за»', 'Сейм · 413–15–3']);
    });

    it('a list ordered in the DOM, named from the data', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      const ol = root(el).querySelector('ol')!;
      const n = events(el).length;
      expect(ol.getAttribute('aria-label')).to.equal(`Withdrawals from the Ottawa Convention: ${n} events`);
      const ccm = await timeline({ treaty: 'ccm', 'as-of': '2025-01-10' });
      expect(root(ccm).querySelector('ol')!.getAttribute('aria-label')).to.match(/^Withdrawals from the Convention on Cluster Munitions: \d+ events$/);
      expect(shown(ccm).every(([, who]) => who === 'Lithuania')).to.equal(true);
    });
  });

  describe('grouping', () => {
    it('one event for the joint statement of four states, one for the three Baltic deposits', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      const seen = shown(el);
      const joint = seen.filter(([, , what]) => what === en.event['joint-statement']);
      expect(joint).to.deep.equal([['2025-03-18', 'Estonia, Latvia, Lithuania and Poland', 'Joint statement recommends withdrawal']]);
      const deposits = seen.filter(([date, , what]) => date === '2025-06-27' && what === en.event.deposit);
      expect(deposits).to.deep.equal([['2025-06-27', 'Estonia, Latvia and Lithuania', 'Withdrawal instrument deposited with the UN']]);
      // A disagreement within a group names its state.
      const effect = events(el).find((li) => li.querySelector('time')?.getAttribute('datetime') === '2025-12-27')!;
      expect(part(effect, 'note')).to.equal('Estonia: another source gives 28 December 2025');
      expect(effect.querySelector('.note time')!.getAttribute('datetime')).to.equal('2025-12-28');
    });

    it('the same day, different steps, stay apart', async () => {
      const el = await timeline({ countries: 'UA', 'as-of': '2026-03-01' });
      const july15 = shown(el).filter(([date]) => date === '2025-07-15').map(([, , what]) => what);
      expect(july15).to.deep.equal(['Parliament votes to suspend the convention', 'Suspension signed into law']);
    });
  });

  describe('windowing with from and to', () => {
    const entries = (() => {
      const a = timelineAt(d, 'ottawa', STORY, '2026-03-01');
      if (!a.ok) throw new Error(a.reason);
      return a.entries;
    })();
    const dates = (es: TimelineEntry[]) => es.map((e) => e.date);

    it('windowTimeline: both ends included, either optional, an open date kept only without an end', () => {
      expect(windowTimeline(entries)).to.deep.equal(entries);
      const june = windowTimeline(entries, '2025-06-04', '2025-06-27');
      expect(june.length).to.be.greaterThan(3);
      expect(june.every((e) => e.date! >= '2025-06-04' && e.date! <= '2025-06-27')).to.equal(true);
      expect(dates(june)[0]).to.equal('2025-06-04');
      expect(dates(june).at(-1)).to.equal('2025-06-27');
      expect(june).to.deep.equal(entries.filter((e) => e.date && e.date >= '2025-06-04' && e.date <= '2025-06-27'));
      // A deposited withdrawal held by Art. 20's armed-conflict clause has no date: kept only without an end.
      const open: TimelineEntry = { country: 'XX', kind: 'effect', scheduled: true, derived: false, sources: [] };
      expect(windowTimeline([...entries, open], '2025-09-01').at(-1)).to.equal(open);
      expect(windowTimeline([...entries, open], undefined, '2030-01-01')).to.not.include(open);
      expect(windowTimeline(entries, '2025-03-18', '2025-03-18').map((e) => e.kind)).to.deep.equal([...Array(4).fill('joint-statement'), 'intent']);
      expect(windowTimeline(entries, '2027-01-01', '2027-12-31')).to.deep.equal([]);
    });

    it('the widget shows only the window, and follows changes of from and to', async () => {
      const el = await timeline({ from: '2025-06-01', to: '2025-07-31', 'as-of': '2026-03-01' });
      expect(shown(el)).to.deep.equal(expected(STORY, '2026-03-01', 'ottawa', '2025-06-01', '2025-07-31'));
      expect(shown(el).every(([date]) => date! >= '2025-06-01' && date! <= '2025-07-31')).to.equal(true);
      el.removeAttribute('to');
      await el.updateComplete;
      expect(shown(el).at(-1)).to.deep.equal(['2026-02-20', 'Poland', 'Withdrawal takes effect']);
      el.setAttribute('from', '2027-01-01');
      await el.updateComplete;
      expect(events(el)).to.have.length(0);
      expect(squash(root(el).textContent)).to.contain(en.timeline.none);
      expect(el.matches(':state(error)')).to.equal(false);
    });
  });

  describe('as of a day: past, scheduled, unknown', () => {
    const scheduled = (el: Element) => events(el).filter((li) => li.classList.contains('scheduled')).map((li) => li.querySelector('time')?.getAttribute('datetime') ?? 'open');
    const todayIndex = (el: Element) => items(el).findIndex((li) => li.classList.contains('today'));

    it('18 March 2025: nothing after that day, no date of effect, today last', async () => {
      const el = await timeline({ 'as-of': '2025-03-18' });
      expect(shown(el)).to.deep.equal(expected(STORY, '2025-03-18'));
      expect(shown(el).every(([date]) => date! <= '2025-03-18')).to.equal(true);
      expect(shown(el).some(([, , what]) => what === en.event.effect)).to.equal(false);
      expect(scheduled(el)).to.deep.equal([]);
      expect(todayIndex(el)).to.equal(items(el).length - 1);
      expect(squash(items(el).at(-1)!.textContent)).to.equal('Today · 18 March 2025');
      expect(items(el).at(-1)!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-18');
    });

    it('1 July 2025: the Baltic dates of effect scheduled, Poland and Finland not yet deposited, Ukraine no date of effect', async () => {
      const el = await timeline({ 'as-of': '2025-07-01' });
      expect(scheduled(el)).to.deep.equal(['2025-12-27']);
      const effect = events(el).find((li) => li.classList.contains('scheduled'))!;
      expect(part(effect, 'when')).to.equal('27 December 2025 · Scheduled');
      expect(part(effect, 'who')).to.equal('Estonia, Latvia and Lithuania');
      expect(shown(el).some(([date]) => date === '2026-01-10' || date === '2026-02-20')).to.equal(false);
      // Ukraine deposited no withdrawal (it notified a suspension): no "withdrawal takes effect" at all.
      expect(shown(el).some(([, who, what]) => who === 'Ukraine' && what === en.event.effect)).to.equal(false);
      // Today sits between the past and the scheduled.
      const i = todayIndex(el);
      expect(items(el).slice(0, i).every((li) => !li.classList.contains('scheduled'))).to.equal(true);
      expect(items(el).slice(i + 1).every((li) => li.classList.contains('scheduled'))).to.equal(true);
    });

    it('a withdrawal deposited during an armed conflict: its date of effect is open, said in words', async () => {
      // Not in the data today: a copy where Ukraine deposits an Art. 20 instrument on 20 July 2025.
      const copy = JSON.parse(JSON.stringify(d));
      copy.participation.ottawa.UA.withdrawal.push({ kind: 'deposit', date: '2025-07-20', sources: ['hrw-ukraine-suspends-2025'], confidence: 'P' });
      const src = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
      const el = await timeline({ 'as-of': '2025-08-01', countries: 'UA', src });
      await waitUntil(() => el.matches(':state(loading)') === false && events(el).length > 4, 'the copy did not load');
      expect(el.matches(':state(fallback)')).to.equal(false);
      const open = events(el).at(-1)!;
      expect(part(open, 'what')).to.equal(en.event.effect);
      expect(part(open, 'when')).to.equal(en.timeline.open);
      expect(open.querySelector('.when time')).to.equal(null);
      expect(open.classList.contains('scheduled')).to.equal(true);
    });

    it('27 December 2025: the Baltic withdrawals take effect that day, Finland and Poland scheduled', async () => {
      const el = await timeline({ 'as-of': '2025-12-27' });
      expect(scheduled(el)).to.deep.equal(['2026-01-10', '2026-02-20']);
      expect(shown(el)).to.deep.equal(expected(STORY, '2025-12-27'));
    });

    it('1 March 2026: every date of effect has passed', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      expect(scheduled(el)).to.deep.equal([]);
      expect(todayIndex(el)).to.equal(items(el).length - 1);
    });

    it('before anything happened: a notice, no list', async () => {
      const el = await timeline({ 'as-of': '2024-06-01' });
      expect(events(el)).to.have.length(0);
      expect(squash(root(el).querySelector('.notice')!.textContent)).to.equal(en.timeline.none);
    });

    it('the today marker is left out when as-of is outside the window', async () => {
      const el = await timeline({ to: '2025-06-30', 'as-of': '2026-03-01' });
      expect(todayIndex(el)).to.equal(-1);
      expect(root(el).querySelector('.now')).to.equal(null);
    });
  });

  describe('derived dates', () => {
    it('a date of effect computed by the six-month rule says so', async () => {
      // The bundled data gives each date of effect from a source; without them, Art. 20 gives it.
      const copy = structuredClone(d);
      for (const p of Object.values(copy.participation.ottawa)) if (p.withdrawal) p.withdrawal = p.withdrawal.filter((e) => e.kind !== 'effect');
      const src = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
      const el = await timeline({ countries: 'PL,FI', 'as-of': '2025-11-28', src });
      await waitUntil(() => !el.matches(':state(loading)') && events(el).length > 0, 'the dataset did not load');
      expect(el.matches(':state(error)')).to.equal(false);
      const effects = events(el).filter((li) => part(li, 'what') === en.event.effect);
      expect(effects.map((li) => [li.querySelector('time')!.getAttribute('datetime'), part(li, 'who'), part(li, 'note')])).to.deep.equal([
        ['2026-01-10', 'Finland', en.badge.derived],
        ['2026-02-20', 'Poland', en.badge.derived],
      ]);
      // With the recorded dates, no such note.
      el.removeAttribute('src');
      await waitUntil(() => !el.matches(':state(loading)'));
      await el.updateComplete;
      expect(events(el).filter((li) => part(li, 'what') === en.event.effect).map((li) => part(li, 'note'))).to.deep.equal(['', '']);
      URL.revokeObjectURL(src);
    });

    it('a derived deposit date (Lithuania under the CCM) says so', async () => {
      const el = await timeline({ treaty: 'ccm', 'as-of': '2025-03-06' });
      const deposit = events(el).find((li) => part(li, 'what') === en.event.deposit)!;
      expect(part(deposit, 'note')).to.equal('date worked back from the date of effect by the treaty’s six-month rule');
      const csv = await csvOf(el);
      const row = csv.find((r) => r[3] === 'deposit')!;
      expect([row[0], row[10], row[12]]).to.deep.equal(['2024-09-06', 'true', 'date worked back from the date of effect by the treaty’s six-month rule']);
    });
  });

  describe('what each event was, and how sure', () => {
    it('Ukraine: a decision to withdraw, then a suspension voted, signed and notified; none of it a withdrawal', async () => {
      const el = await timeline({ countries: 'UA', 'as-of': '2026-11-29' });
      expect(shown(el)).to.deep.equal([
        ['2025-06-29', 'Ukraine', 'Decision to withdraw, put into force by decree'],
        ['2025-07-15', 'Ukraine', 'Parliament votes to suspend the convention'],
        ['2025-07-15', 'Ukraine', 'Suspension signed into law'],
        ['2025-07-18', 'Ukraine', 'Suspension notified to the UN'],
      ]);
      expect(part(events(el)[1]!, 'detail')).to.equal('Verkhovna Rada · 299 in favour');
      expect(events(el).map((li) => part(li, 'note'))).to.deep.equal(['', '', 'date of the report',
        'the suspension is disputed by several States Parties and the ICBL']);
    });

    it('"Get the data" in the widget\'s language: descriptions and names in Polish, kinds as codes, no English actor', async () => {
      const el = await timeline({ countries: 'PL,UA', 'as-of': '2026-11-29', locale: 'pl' });
      const [head, ...rows] = await csvOf(el);
      expect(head).to.deep.equal(['date', 'country', 'name', 'event', 'description', 'parliament', 'votes_for', 'votes_against', 'abstained',
        'scheduled', 'derived', 'disputed', 'notes', 'as_of', 'sources']);
      expect(rows.find((r) => r[0] === '2025-03-07')!.slice(0, 6)).to.deep.equal(['2025-03-07', 'PL', 'Polska', 'proposal', 'Premier proponuje wystąpienie', '']);
      expect(rows.find((r) => r[3] === 'suspension-vote')!.slice(1, 7)).to.deep.equal(['UA', 'Ukraina', 'suspension-vote',
        'Parlament głosuje za zawieszeniem konwencji', 'Rada Najwyższa', '299']);
      expect(rows.find((r) => r[3] === 'suspension')![12]).to.equal('kilka państw-stron i ICBL kwestionują zawieszenie');
      expect(rows.flat().join(' ')).to.not.match(/Prime Minister|President|Defence ministers/);
    });
  });

  describe('layout', () => {
    const visible = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.marker, .tick')].filter((e) => getComputedStyle(e).display !== 'none');
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

    for (const width of [1200, 700]) {
      it(`a time axis at ${width} px: one marker per dated event, in time order, none overlapping`, async () => {
        const el = await timeline({ 'as-of': '2026-03-01' }, width);
        const axis = root(el).querySelector<HTMLElement>('.axis')!;
        expect(getComputedStyle(axis).display).to.equal('block');
        const markers = [...root(el).querySelectorAll<HTMLElement>('.marker')];
        const dated = events(el).filter((li) => li.querySelector('.when time'));
        expect(markers.map((m) => m.textContent)).to.deep.equal(dated.map((li) => li.querySelector('.n')!.textContent));
        const centres = markers.map((m) => { const r = m.getBoundingClientRect(); return (r.left + r.right) / 2; });
        expect(centres).to.deep.equal([...centres].sort((a, b) => a - b));
        // Time-proportional: 7 Mar 2025 → 25 Jun 2025 is 110 days, 25 Jun 2025 → 20 Feb 2026 is 240.
        const at = (date: string) => centres[dated.findIndex((li) => li.querySelector('time')!.getAttribute('datetime') === date)]!;
        expect((at('2025-06-25') - at('2025-03-07')) / (at('2026-02-20') - at('2025-06-25'))).to.be.closeTo(110 / 240, 0.01);
        const boxes = visible(el).map((e) => e.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i]!, boxes[j]!), `${visible(el)[i]!.textContent} and ${visible(el)[j]!.textContent}`).to.equal(false);
        }
        const host = el.getBoundingClientRect();
        for (const b of boxes) expect(b.left >= host.left && b.right <= host.right, 'inside the widget').to.equal(true);
        expect(root(el).querySelector('.now')!.getBoundingClientRect().right).to.be.at.most(host.right);
      });
    }

    it('a vertical list at 320 px, with today in the reading order', async () => {
      const el = await timeline({ 'as-of': '2025-07-01' }, 320);
      expect(getComputedStyle(root(el).querySelector('.axis')!).display).to.equal('none');
      const today = root(el).querySelector<HTMLElement>('li.today')!;
      expect(today.getBoundingClientRect().width).to.be.greaterThan(100);
      const tops = items(el).map((li) => li.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(root(el).querySelector('ol')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('keyboard', () => {
    const focused = (el: Element) => events(el).indexOf(root(el).activeElement as HTMLLIElement);
    const stops = (el: Element) => events(el).filter((li) => li.tabIndex === 0).length;

    it('horizontal: one tab stop, arrows, Home and End move between events', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      const n = events(el).length;
      expect(stops(el)).to.equal(1);
      events(el)[0]!.focus();
      expect(focused(el)).to.equal(0);
      for (const [key, index] of [['ArrowRight', 1], ['ArrowRight', 2], ['ArrowLeft', 1], ['ArrowDown', 2], ['ArrowUp', 1], ['End', n - 1], ['ArrowRight', n - 1], ['Home', 0], ['ArrowLeft', 0]] as const) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focused(el), key).to.equal(index);
        expect(stops(el)).to.equal(1);
        expect(events(el)[index]!.tabIndex).to.equal(0);
      }
      // The focused event's marker is highlighted.
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).querySelector('.marker.hot')!.textContent).to.equal('2');
    });

    it('the tab stop survives an empty list and a smaller one', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' });
      events(el).at(-1)!.focus();
      el.setAttribute('from', '2027-01-01');
      el.setAttribute('to', '2027-12-31');
      await el.updateComplete;
      expect(events(el)).to.have.length(0);
      el.setAttribute('countries', 'FI');
      el.removeAttribute('from');
      el.removeAttribute('to');
      await el.updateComplete;
      expect(stops(el)).to.equal(1);
    });

    it('vertical: arrow keys are left to the page', async () => {
      const el = await timeline({ 'as-of': '2026-03-01' }, 320);
      events(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(0);
    });
  });

  describe('errors: the error state, a visible message, an event, no exception', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['an unknown code', { countries: 'PL,XX' }, /no data on XX under the Ottawa Convention/],
      ['a name instead of a code', { countries: 'Poland' }, /“Poland” is not a country code/],
      ['a list of nothing', { countries: ' , ' }, /countries lists no country/],
      ['an unknown treaty', { treaty: 'geneva' }, /unknown treaty “geneva”/],
      ['from after to', { from: '2025-12-31', to: '2025-01-01' }, /the start date 2025-12-31 is after the end date 2025-01-01/],
      ['a malformed from', { from: '1.6.2025' }, /from “1\.6\.2025” is not a date \(YYYY-MM-DD\)/],
      ['an impossible to', { to: '2025-02-30' }, /to “2025-02-30” is not a date/],
      ['a malformed as-of', { 'as-of': 'yesterday' }, /as-of “yesterday” is not a date/],
    ];
    for (const [name, attrs, message] of cases) {
      it(name, async () => {
        const { el, message: detail, warnings } = await failingWidget<OtWithdrawalTimeline>('ot-withdrawal-timeline', attrs);
        expect(el.matches(':state(error)')).to.equal(true);
        expect(squash(root(el).textContent)).to.match(message);
        expect(root(el).querySelector('ol')).to.equal(null);
        expect(detail).to.match(message);
        expect(warnings).to.match(message);
      });
    }

    it('recovers when the attribute is corrected', async () => {
      const el = await timeline({ countries: 'XX', 'as-of': '2026-03-01' });
      expect(el.matches(':state(error)')).to.equal(true);
      el.setAttribute('countries', ' pl, Fi ');
      await el.updateComplete;
      expect(el.matches(':state(error)')).to.equal(false);
      expect(shown(el)).to.deep.equal(expected(['PL', 'FI'], '2026-03-01'));
    });
  });

  it('the footer: the as-of day and "Get the data"', async () => {
    const el = await timeline({ 'as-of': '2025-07-01' });
    const footer = root(el).querySelector('[part=footer]')!;
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2025-07-01');
    expect(footer.querySelector('button')!.textContent).to.equal('Get the data');
  });

  it('every date shown is in <time datetime>', async () => {
    const el = await timeline({ 'as-of': '2025-07-01' }, 320);
    const dateLike = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;
    const texts = [...root(el).querySelectorAll('.when, .note, li.today, [part=footer]')];
    for (const t of texts) {
      const inTimes = [...t.querySelectorAll('time')].map((x) => squash(x.textContent));
      for (const m of squash(t.textContent).match(dateLike) ?? []) expect(inTimes.join('|'), m).to.contain(m);
    }
  });

  for (const width of [1200, 320]) {
    for (const theme of ['light', 'dark']) {
      it(`is axe-clean at ${width} px, ${theme}: past, scheduled, empty and in error`, async () => {
        const cases: Record<string, string>[] = [
          { 'as-of': '2026-03-01' }, { 'as-of': '2025-07-01' }, { 'as-of': '2024-06-01' }, { countries: 'XX' },
        ];
        for (const attrs of cases) {
          const el = await timeline({ ...attrs, theme }, width);
          await expect(el, JSON.stringify(attrs)).to.be.accessible();
        }
      });
    }
  }
});
