import { membershipTimeline } from './data/membership.js';
import { stateData } from './data/states.js';
import { deepFreeze } from './internal/_freeze.js';
import type { SourceId } from './sources.js';
import { type StateCode, stateCodes, toStateCode } from './state-codes.js';
import type { IsoDate, LocalizedText, RecordedConflict } from './types.js';

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
 * One period of a state's membership: `from` inclusive, `to` exclusive (absent while it lasts).
 * Days not covered by any period are `not-member` days.
 *
 * @example
 * const period: MembershipPeriod = {
 *   status: 'suspended', from: '2012-06-28', basis: { en: '…', ru: '…' }, sources: ['…'],
 * };
 */
export interface MembershipPeriod {
  readonly status: Exclude<MembershipStatus, 'not-member'>;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /** The legal act or statement that began this period. */
  readonly basis: string;
  /** Context a reader needs (what the status meant in practice, what is disputed). */
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * A state that has ever been party to the Collective Security Treaty.
 *
 * @example
 * states.TJ.name.en; //=> 'Tajikistan'
 */
export interface State {
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
  /** Every period of membership, oldest first. History is never deleted: a change closes a period. */
  readonly membership: readonly MembershipPeriod[];
  /** Sources for the names and codes. */
  readonly sources: readonly SourceId[];
}

/**
 * Every state that has ever been party to the Collective Security Treaty, keyed by ISO 3166-1 alpha-2.
 * Deeply frozen.
 *
 * @example
 * Object.keys(states).length; //=> 9
 * states.UZ.membership.map((p) => p.status); //=> ['member', 'member', 'frozen', 'suspended']
 */
export const states: Readonly<Record<StateCode, State>> = /*#__PURE__*/ deepFreeze(/*#__PURE__*/ buildStates());

/** Joins each state's timeline periods with the details its record gives for them. */
function buildStates(): Record<StateCode, State> {
  const result = {} as Record<StateCode, State>;
  for (const code of stateCodes) {
    const { periods, ...state } = stateData[code];
    const details: Readonly<Record<string, Omit<MembershipPeriod, 'status' | 'from' | 'to'>>> = periods;
    const membership = membershipTimeline[code].map(
      (period) => ({ ...period, ...details[period.from] }) as MembershipPeriod,
    );
    result[code] = { ...state, membership };
  }
  return result;
}

/**
 * Looks up a state by its alpha-2 code, or throws {@link CstoError} `UNKNOWN_STATE`.
 *
 * @example
 * getState('KG').name.ru; //=> 'Кыргызстан'
 */
export function getState(code: StateCode): State {
  return states[toStateCode(code)];
}
