import { membershipTimeline, type TimelinePeriod } from './data/membership.js';
import { toIsoDate } from './dates.js';
import { covers } from './internal/_period.js';
import { type StateCode, stateCodes, toStateCode } from './state-codes.js';
import { getState, type MembershipPeriod, type MembershipStatus } from './states.js';
import type { IsoDate } from './types.js';

/**
 * The membership period of a state that covers a day, if any.
 *
 * @param code - alpha-2 code of the state
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the period, or `undefined` on a day the state was not party to the treaty
 * @example
 * membershipOn('UZ', '2013-06-01')?.status; //=> 'suspended'
 */
export function membershipOn(code: StateCode, on?: IsoDate): MembershipPeriod | undefined {
  const day = toIsoDate(on);
  return getState(code).membership.find((period) => covers(period, day));
}

function periodOn(code: StateCode, day: IsoDate): TimelinePeriod | undefined {
  const periods: readonly TimelinePeriod[] = membershipTimeline[code];
  return periods.find((period) => covers(period, day));
}

/**
 * A state's standing under the treaty on a day.
 *
 * @param code - alpha-2 code of the state
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @throws {CstoError} `UNKNOWN_STATE` or `INVALID_DATE`
 * @example
 * statusOn('UZ', '2010-01-01'); //=> 'member'
 * statusOn('UZ', '2013-06-01'); //=> 'suspended'
 * statusOn('GE', '2021-01-01'); //=> 'not-member'
 */
export function statusOn(code: StateCode, on?: IsoDate): MembershipStatus {
  return periodOn(toStateCode(code), toIsoDate(on))?.status ?? 'not-member';
}

/**
 * Tells whether a state was a formal member on a day: `member`, or `frozen` (a member that has frozen its
 * participation). A suspended membership is not a formal membership.
 *
 * @example
 * isMember('UZ', '2010-01-01'); //=> true
 * isMember('UZ', '2013-06-01'); //=> false
 */
export function isMember(code: StateCode, on?: IsoDate): boolean {
  return isFormalStatus(statusOn(code, on));
}

/**
 * The codes of the formal members (see {@link isMember}) on a day, sorted.
 *
 * @example
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 */
export function membersOn(on?: IsoDate): StateCode[] {
  const day = toIsoDate(on);
  return stateCodes.filter((code) => isFormalStatus(periodOn(code, day)?.status));
}

/**
 * Tells whether a status is a formal membership (`member` or `frozen`).
 *
 * @example
 * isFormalStatus('frozen'); //=> true
 * isFormalStatus('suspended'); //=> false
 */
export function isFormalStatus(status: MembershipStatus | undefined): boolean {
  return status === 'member' || status === 'frozen';
}
