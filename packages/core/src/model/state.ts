import type { IsoDate, LocalizedText, Sourced } from './common.js';
import type { StateCode } from './ids.generated.js';

/**
 * A state's standing under the treaty on one day.
 * - `member`: a full member;
 * - `frozen`: a formal member that has frozen its participation;
 * - `suspended`: a member whose membership is suspended (not a formal member while it lasts);
 * - `not-member`: not party to the treaty that day.
 *
 * @example
 * const status: MembershipStatus = 'suspended';
 */
export type MembershipStatus = 'member' | 'frozen' | 'suspended' | 'not-member';

/**
 * A status and its dates, and nothing else: what the date helpers need. `from` inclusive, `to`
 * exclusive (absent while it lasts).
 *
 * @example
 * const span: StatusSpan = { status: 'member', from: '1992-05-15', to: '1999-04-21' };
 */
export interface StatusSpan {
  readonly status: Exclude<MembershipStatus, 'not-member'>;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * One period of a state's membership: `from` inclusive, `to` exclusive (absent while it lasts).
 * Days not covered by any period are `not-member` days.
 *
 * @example
 * const period: MembershipPeriod = {
 *   status: 'suspended', from: '2012-12-19', basis: '…', citations: [{ source: 'belta-2012-12-19-uz-suspended', passage: '…' }],
 * };
 */
export interface MembershipPeriod extends StatusSpan, Sourced {
  /** The legal act or statement that began this period. */
  readonly basis: string;
  /** Context a reader needs (what the status meant in practice, what is disputed). */
  readonly note?: string;
}

/**
 * The numbers other datasets know a state by, to join this data to them: its Wikidata item, its Correlates of
 * War state number (`ccode`) and its Gleditsch–Ward state number (`gwcode`). Each is cited like any fact.
 *
 * @example
 * states.AM.ids.wikidata; //=> 'Q399'
 * states.AM.ids.cow; //=> 371
 */
export interface StateIdentifiers extends Sourced {
  /** The Wikidata item, `Q` and digits. */
  readonly wikidata: string;
  /** The Correlates of War state number (`ccode` in the State System Membership list). */
  readonly cow: number;
  /** The Gleditsch–Ward state number (`gwcode` in their list of independent states). */
  readonly gw: number;
}

/**
 * A state that has ever been party to the Collective Security Treaty.
 *
 * @example
 * states.TJ.name.en; //=> 'Tajikistan'
 */
export interface State extends Sourced {
  /** ISO 3166-1 alpha-2. */
  readonly code: StateCode;
  /** ISO 3166-1 alpha-3. */
  readonly alpha3: string;
  /** ISO 3166-1 numeric, as a three-digit string. */
  readonly numeric: string;
  /** Short name. */
  readonly name: LocalizedText;
  /** Full official name. */
  readonly officialName: LocalizedText;
  /**
   * Other names people type for the state: short, colloquial and former names and abbreviations, in
   * English and Russian (`'Kirghizia'`, `'РФ'`). Search keys for `resolveState`, not claims.
   */
  readonly aliases: readonly string[];
  /** Its Wikidata, Correlates of War and Gleditsch–Ward identifiers, to join this data to other datasets. */
  readonly ids: StateIdentifiers;
  /** Every period of membership, oldest first. History is never deleted: a change closes a period. */
  readonly membership: readonly MembershipPeriod[];
}
