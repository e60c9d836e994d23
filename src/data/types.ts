/**
 * The dataset's shape. `data/*.json` holds it split by top-level key (data/sources.json is
 * `sources`, …); the build merges the files into `dist/dataset.json`, which is also the shape a
 * publisher's `src` dataset must have.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A day, or only the month (`YYYY-MM`) or year (`YYYY`) where the day was not found. A fact
 * published on a partial date counts as known only after the whole period has passed.
 */
export type PartialDate = string;

/** A key of `sources`. */
export type SourceId = string;

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;

export type TreatyId = 'ottawa' | 'ccm';

/**
 * V: read in a primary or official source; P: read in press reports of an official statement;
 * D: derived from verified dates by the treaty's own rule; U: unverified (never shown).
 */
export type Confidence = 'V' | 'P' | 'D' | 'U';

/**
 * What kind of publisher a source is, in the order the source policy ranks them (data/README.md):
 * primary (the UN depositary, governments, parliaments, official gazettes, NATO), then Landmine
 * Monitor and ICBL, then established news agencies and other press. `party-state-media` is the
 * state media of a party to the war (TASS, RIA, Ukrinform): never the only source of a fact.
 */
export type SourceKind =
  | 'depositary' | 'government' | 'parliament' | 'gazette' | 'nato' | 'treaty'
  | 'monitor' | 'icbl' | 'ngo' | 'agency' | 'press' | 'party-state-media';

export interface Source {
  publisher: string;
  kind: SourceKind;
  title: string;
  url: string;
  /** Publication date where known. */
  date?: PartialDate;
}

/** Another source gives another value for the same fact: recorded, not silently resolved. */
export interface Conflict<T = IsoDate> {
  value: T;
  sources: SourceId[];
  note: string;
}

/** A fact with its provenance. */
export interface Sourced {
  sources: SourceId[];
  confidence: Confidence;
  note?: string;
}

/** Why a date departs from the treaty's own rule (Art. 17 or Art. 20), with the sources that say so. */
export interface RuleException {
  note: string;
  sources: SourceId[];
}

export interface DatedFact extends Sourced {
  date: IsoDate;
  conflicts?: Conflict<IsoDate>[];
  /** Only where the date is not what the treaty's rule gives; a `note` alone does not excuse it. */
  ruleException?: RuleException;
}

export interface Treaty extends Sourced {
  name: string;
  shortName: string;
  adopted: IsoDate;
  /** The day it opened for signature: before it the treaty gives no state a status. */
  openedForSignature: IsoDate;
  entryIntoForce: IsoDate;
  depositary: string;
  /** Art. 17 (Ottawa) / Art. 17 (CCM): in force for a later state on the first day of the Nth month after its deposit. */
  entryIntoForceMonthsAfterDeposit: number;
  /** Art. 20: a withdrawal takes effect N months after the depositary receives the instrument… */
  withdrawalMonthsAfterDeposit: number;
  /** …but not while the withdrawing state is engaged in an armed conflict. */
  withdrawalSuspendedDuringArmedConflict: boolean;
}

export type DepositKind = 'ratification' | 'acceptance' | 'approval' | 'accession' | 'succession';

/**
 * The dated steps of a withdrawal, each named for what happened and no more: a proposal is not a
 * decision, a vote is not a law, a suspension is not a withdrawal.
 */
export type WithdrawalEventKind =
  | 'consideration' // a head of state or government says withdrawal is being explored (does not change the status)
  | 'proposal' // the head of government proposes withdrawal (Poland, 7 March 2025)
  | 'joint-statement' // defence ministers of several states jointly recommend withdrawal (18 March 2025)
  | 'intent' // the government announces its intent to withdraw and prepares it (Finland, 1 April 2025)
  | 'decision' // a binding executive decision to withdraw (Ukraine: NSDC decision and decree No. 441/2025)
  | 'government-decision' // the cabinet approves the withdrawal bill and sends it to parliament
  | 'parliament-vote' // parliament votes to withdraw
  | 'signed-into-law' // the head of state signs or promulgates the withdrawal law
  | 'denunciation' // the head of state formally denounces the treaty
  | 'deposit' // the Art. 20 withdrawal instrument reaches the depositary
  | 'suspension-vote' // parliament votes to suspend the treaty's application (not an Art. 20 withdrawal)
  | 'suspension-law' // the suspension law is signed
  | 'suspension' // the suspension is notified to the depositary (not an Art. 20 withdrawal)
  | 'effect'; // the day the withdrawal takes effect

export interface Vote {
  for: number;
  against?: number;
  abstained?: number;
}

export interface WithdrawalEvent extends DatedFact {
  kind: WithdrawalEventKind;
  /** The body that acted, in its own name: "Sejm", "Riigikogu", "President". */
  actor?: string;
  vote?: Vote;
  /** The date is when the act was reported, not necessarily when it happened. */
  reported?: boolean;
  /** Other parties or Landmine Monitor contest the step's legal effect (Ukraine's suspension). */
  disputed?: Sourced & { note: string };
}

/** One state's record under one treaty. */
export interface Participation {
  /**
   * The first day from which the data vouches for this state's status (normally the day the
   * treaty opened for signature). Before it, a widget says it has no data instead of guessing.
   */
  knownFrom: IsoDate;
  signature?: DatedFact;
  deposit?: DatedFact & { kind: DepositKind };
  /** Where a source gives it; otherwise derived from the deposit by the treaty's rule. */
  entryIntoForce?: DatedFact;
  /** The withdrawal, in date order. */
  withdrawal?: WithdrawalEvent[];
  /**
   * Why no date of effect can be given (Art. 20's armed-conflict clause), where that applies.
   */
  armedConflict?: Sourced & { note: string };
  /** Sources for the whole record (e.g. a list of non-parties). */
  sources: SourceId[];
  note?: string;
}

export interface Edition {
  title: string;
  /** Publication day, or month/year where the day was not found. */
  released: PartialDate;
  releasedConflicts?: Conflict<PartialDate>[];
  sources: SourceId[];
  confidence: Confidence;
}

export interface CasualtyFigure extends Sourced {
  /** The calendar year the casualties occurred in. */
  year: number;
  /** Key of `casualties.editions`: the edition that reported this figure. */
  edition: string;
  total: number;
  killed?: number;
  injured?: number;
  /** Outcome not recorded. */
  unknown?: number;
  /** Civilians as % of all casualties with known status. */
  civilianPercent?: number;
  /** The source gives the civilian share only roughly ("about 70 %"). */
  civilianApproximate?: boolean;
  /**
   * Children as % of civilian casualties whose age was recorded (`civilian`), or on a base the
   * source leaves unclear.
   */
  childPercent?: { value: number; of: 'civilian' | 'unclear' };
  children?: number;
}

export interface NatoRelease {
  title: string;
  released: PartialDate;
  releasedConflicts?: Conflict<PartialDate>[];
  sources: SourceId[];
  confidence: Confidence;
  note?: string;
}

export interface SpendingEstimate extends Sourced {
  country: CountryCode;
  year: number;
  /** Defence expenditure as % of GDP. */
  percentOfGdp: number;
  /** The release marks the figure as an estimate ("2024e"). */
  estimate: boolean;
  /** Key of `spending.releases`. */
  release: string;
}

/**
 * `pledge`: a political commitment (a government's or president's word); `draft-budget`: a budget
 * approved by the cabinet, not yet by parliament; `budget`: a budget adopted by parliament.
 */
export type PledgeKind = 'pledge' | 'draft-budget' | 'budget';

export interface Pledge extends Sourced {
  country: CountryCode;
  kind: PledgeKind;
  /** The share is by the state's own definition of defence spending, not NATO's (Poland's budget shares). */
  nationalDefinition?: boolean;
  /** A single value, or the lower end of a range. */
  min: number;
  /** The upper end where the pledge is a range. */
  max?: number;
  /** "at least" the value. */
  atLeast?: boolean;
  /** The first year the pledge applies to (the target year for "by YEAR" pledges). */
  fromYear: number;
  /** The last year of a multi-year pledge. */
  toYear?: number;
  /** "by" the year (a target), as opposed to "in"/"from" it. */
  by?: boolean;
  /** Who made it: "State Defence Council". */
  actor: string;
  announced: PartialDate;
}

export interface Guideline extends Sourced {
  title: string;
  /** Total % of GDP the guideline asks for. */
  percent: number;
  /** Core defence part of it, where the guideline splits it. */
  corePercent?: number;
  /** When the guideline was agreed (the 2 % guideline: 2006). */
  agreed: PartialDate;
  /** The year by which it is to be met, where the guideline itself sets one (The Hague: 2035). */
  targetYear?: number;
  /** A later commitment about reaching it: Wales, 5 September 2014, "move towards 2 % within a decade". */
  commitment?: Sourced & { title: string; agreed: IsoDate; targetYear: number };
}

export interface Dataset {
  schemaVersion: 1;
  /**
   * The day the facts were last checked against their sources. No widget claims data "as of" a
   * later day: after it, the footer says "Data checked to" this day.
   */
  checked: IsoDate;
  sources: Record<SourceId, Source>;
  treaties: Record<TreatyId, Treaty>;
  /** Per treaty, per state. For Ottawa every state; for CCM only the states in the story. */
  participation: Record<TreatyId, Record<CountryCode, Participation>>;
  casualties: {
    editions: Record<string, Edition>;
    figures: CasualtyFigure[];
  };
  spending: {
    releases: Record<string, NatoRelease>;
    estimates: SpendingEstimate[];
    pledges: Pledge[];
    guidelines: Guideline[];
  };
}
