import { html, svg, nothing, type TemplateResult } from 'lit';
import { daysBetween } from '../../data/dates.js';
import { countryCode, disputedBy, statusAt, type Status, type StatusAt } from '../../data/derive.js';
import { OtElement, type Context, type Outcome } from '../../core/base.js';
import type { DatedFact, TreatyId } from '../../data/types.js';
import { parliamentName, type AnnouncedStep } from '../../i18n/messages.js';
import { treatyOf } from '../../core/attributes.js';
import { define } from '../../core/define.js';
import { withTimes } from '../../core/time.js';
import { partOf, type PartName } from '../../data/parts.js';
import '../../loaders.js';
import { currency } from '../../core/currency.js';
import { onePerPublisher, sourceUrls } from '../../core/sources.js';
import { baseStyles } from '../../core/styles.js';
import { badgeStyles } from './treaty-badge.styles.js';

/** A shape per status, so the mark reads without colour too. */
const MARKS: Record<Status, TemplateResult> = {
  party: svg`<circle cx="8" cy="8" r="6"/>`,
  signatory: svg`<circle cx="8" cy="8" r="5.25" fill="none" stroke-width="1.5"/><path d="M8 2.75a5.25 5.25 0 0 0 0 10.5z"/>`,
  'non-party': svg`<circle cx="8" cy="8" r="5.25" fill="none" stroke-width="1.5"/>`,
  'withdrawal-announced': svg`<path d="M8 1.5 15 14.5H1z"/>`,
  'withdrawal-pending': svg`<path d="M2.5 1.5h11L8 8l5.5 6.5h-11L8 8z"/>`,
  withdrawn: svg`<path d="m3 3 10 10M13 3 3 13" fill="none" stroke-width="2.75"/>`,
};

interface BadgeView {
  at: StatusAt;
  name: string;
  /** The sentence, e.g. "Withdrawal takes effect on 20 February 2026 — in 84 days". */
  text: string;
  notes: string[];
  /** Formatted dates in `text` and `notes`, for `<time>`. */
  dates: [string, string][];
}

/**
 * A state's status under the Ottawa Convention (or the CCM) on a day: its name, the status,
 * the date that matters and, while a withdrawal is pending, the days left.
 *
 * While a withdrawal is announced, the sentence names the latest step taken by the day, by its
 * kind and no more: a proposal, a joint recommendation, a decision, a vote, a law signed, a
 * denunciation. Another source's date for the fact shown is given beside it.
 *
 * A suspension is not a status of its own. Ukraine decided to withdraw (29 June 2025), then
 * passed a law suspending the convention (15 July 2025) and notified the suspension to the UN; no
 * Art. 20 instrument of withdrawal has been deposited, and several States Parties and the ICBL
 * dispute that the convention can be suspended. So Ukraine keeps the status
 * `withdrawal-announced` (it is still a State Party) and its sentence names the suspension, says
 * that it is disputed and that no withdrawal can take effect while the state is engaged in an
 * armed conflict. The six states stay the contract's.
 *
 * @summary A state's status under the treaty at a date.
 * @tag ot-treaty-badge
 * @attr country - ISO 3166-1 alpha-2 code, any case (required).
 * @attr treaty - `ottawa` (default) or `ccm`.
 * @attr no-footer - Boolean: leave out the visible footer for use inside a sentence (the source stays in the accessible description).
 * @cssstate party - A state party.
 * @cssstate signatory - Signed, not ratified (or ratified, not yet in force).
 * @cssstate non-party - Not party to the treaty.
 * @cssstate withdrawal-announced - A party that has taken a step towards withdrawal (a proposal, a decision, a vote, a law, a denunciation; also Ukraine's disputed suspension) but deposited no instrument.
 * @cssstate withdrawal-pending - A party whose withdrawal instrument has been deposited.
 * @cssstate withdrawn - A former party.
 * @csspart badge - The status pill.
 * @csspart mark - The status mark (its shape differs by status).
 * @csspart country - The state's name.
 * @cssproperty --ot-color-party - Colour of the party status.
 * @cssproperty --ot-color-signatory - Colour of the signatory status.
 * @cssproperty --ot-color-non-party - Colour of the non-party status.
 * @cssproperty --ot-color-announced - Colour of the withdrawal-announced status.
 * @cssproperty --ot-color-pending - Colour of the withdrawal-pending status.
 * @cssproperty --ot-color-withdrawn - Colour of the withdrawn status.
 * @cssproperty --ot-treaty-badge-border - The pill's border colour. Default: the status colour.
 * @cssproperty --ot-treaty-badge-background - The pill's background. Default: a tint of the status colour.
 * @cssproperty --ot-treaty-badge-radius - The pill's corner radius. Default: 0.35em.
 */
export class OtTreatyBadge extends OtElement<BadgeView> {
  static override styles = [baseStyles, badgeStyles];

  static override properties = {
    ...OtElement.properties,
    country: {},
    treaty: {},
    noFooter: { type: Boolean, attribute: 'no-footer' },
  };

  declare country: string | null;
  declare treaty: TreatyId | null;
  declare noFooter: boolean;
  protected readonly tag = 'ot-treaty-badge';

  constructor() {
    super();
    this.noFooter = false;
  }

  /** The status shown, or null while in the error state. Read-only. */
  get status(): Status | null {
    const outcome = this.current();
    return outcome?.ok ? outcome.view.at.status : null;
  }

  protected parts(): PartName[] {
    const country = countryCode(this.country);
    return country ? [partOf(country)] : this.country?.trim() ? ['world'] : [];
  }

  protected compute({ data, day, locale, t, f }: Context): Outcome<BadgeView> {
    if (!this.country?.trim()) return { ok: false, problem: { reason: 'missing-country' } };
    const treaty = treatyOf(this.treaty);
    const answer = statusAt(data, treaty, this.country, day);
    if (!answer.ok) return { ok: false, problem: answer };
    const { ok: _, ...at } = answer;
    const b = t.badge;
    const date = at.date && f.date(at.date);
    const dates: [string, string][] = date ? [[date, at.date!]] : [];
    const notes: string[] = [];
    const effect = at.effect;
    /** The fact behind the date in the sentence: another source's date for it is shown too. */
    let fact: Pick<DatedFact, 'conflicts'> | undefined;
    let text: string;
    if (at.joining) {
      const deposit = (fact = at.record.deposit!);
      const [from, deposited] = [f.date(at.joining.inForceFrom), f.date(at.joining.deposited)];
      dates.splice(0, 1, [from, at.joining.inForceFrom], [deposited, at.joining.deposited]);
      text = b.joins(from, b.deposited[deposit.kind](deposited));
    } else switch (at.status) {
      case 'party': text = date ? b.partySince(date) : b.party; fact = at.record.entryIntoForce; break;
      case 'signatory': text = date ? b.signedOn(date) : b.signatory; fact = at.record.signature; break;
      case 'non-party': text = b.nonParty; break;
      case 'withdrawal-announced': {
        const step = (fact = at.step!);
        text = b.step[step.kind as AnnouncedStep](date!, parliamentName(t, step.actor));
        if (step.reported) notes.push(t.timeline.reported);
        break;
      }
      case 'withdrawal-pending': {
        const days = date ? daysBetween(day, at.date!) : 0;
        // Standing alone, the armed-conflict clause is a sentence of its own.
        text = date ? b.takesEffect(date, days, f.number(days)) : b.armedConflict.charAt(0).toLocaleUpperCase(locale.tag) + b.armedConflict.slice(1);
        break;
      }
      case 'withdrawn': text = b.leftOn(date!); break;
    }
    if (effect?.kind === 'date' && at.status !== 'withdrawal-announced') {
      if (effect.derived) notes.push(b.derived);
      fact = effect;
    }
    for (const c of fact?.conflicts ?? []) {
      const other = f.date(c.value);
      dates.push([other, c.value]);
      notes.push(b.otherDate(other));
    }
    // A suspension stays a withdrawal announced (see the class's docs) and says it is disputed.
    if (at.status !== 'withdrawn' && disputedBy(at.record, day)) notes.push(b.disputed);
    if (effect?.kind === 'armed-conflict' && at.status === 'withdrawal-announced') notes.push(b.armedConflict);
    const name = f.country(at.country);
    return { ok: true, view: { at, name, text, notes, dates }, states: [at.status], summary: t.badge.label(name, text) };
  }

  protected renderView(v: BadgeView, ctx: Context): TemplateResult {
    const { t, f, day, data } = ctx;
    const sources = v.at.fact?.sources ?? v.at.record.sources;
    const label = t.badge.label(v.name, v.text);
    const described = this.noFooter
      ? `${t.footer.source}: ${onePerPublisher(data, sources).map((s) => s.publisher).join(', ')}. ${currency(data, day, t, f).text.replace(/\.?$/, '.')}`
      : '';
    return html`<span class="badge" part="badge" role="group" aria-label=${label} aria-describedby=${described ? 'desc' : nothing}
        ><span class="name"><svg class="mark" part="mark" viewBox="0 0 16 16" aria-hidden="true">${MARKS[v.at.status]}</svg
        ><span class="country" part="country">${v.name}</span></span> ${withTimes(v.text, v.dates)}${v.notes.length
          ? html` <span class="note">(${withTimes(v.notes.join('; '), v.dates)})</span>`
          : nothing}</span
      >${described
        ? html`<span class="visually-hidden" id="desc">${described}</span>`
        : this.renderFooter(ctx, {
            sources,
            csv: () => [
              ['country', 'name', 'treaty', 'status', 'step', 'date', 'text', 'notes', 'as_of', 'sources'],
              [v.at.country, v.name, v.at.treaty, v.at.status, v.at.step?.kind, v.at.date, v.text, v.notes.join('; '), day,
                sourceUrls(data, sources)],
            ],
            csvName: `${this.tag}-${countryCode(this.country)}`,
          })}`;
  }
}

define('ot-treaty-badge', OtTreatyBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ot-treaty-badge': OtTreatyBadge;
  }
}
