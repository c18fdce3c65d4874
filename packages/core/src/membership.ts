import { toIsoDate } from './dates.js';
import { eraOf } from './internal/_eras.js';
import { timelineRecords } from './internal/_records.js';
import type { IsoDate } from './model/common.js';
import type { StateCode } from './model/ids.generated.js';
import type { MembershipPeriod, MembershipStatus, StatusSpan } from './model/state.js';
import { listStateCodes, toStateCode } from './state-codes.js';
import { getState } from './states.js';

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
  return getState(code).membership.find((period) => period.from <= day && (period.to === undefined || day < period.to));
}

/**
 * A state's standing under the treaty on a day. Before the treaty (15 May 1992) every state is
 * `not-member`; after `DATA_AS_OF` the answer is a projection (see `isProjection`).
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
  const spans: readonly StatusSpan[] = timelineRecords()[toStateCode(code)];
  const day = toIsoDate(on);
  for (const span of spans) {
    if (span.from <= day && (span.to === undefined || day < span.to)) return span.status;
  }
  return 'not-member';
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
 * The codes of the formal members (see {@link isMember}) on a day, sorted. The list is frozen and shared
 * by every day with the same members: copy it to change it.
 *
 * @example
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 * membersOn('1991-12-31'); //=> []
 */
export function membersOn(on?: IsoDate): readonly StateCode[] {
  const day = toIsoDate(on);
  if (eras === undefined) eras = buildEras();
  // The era of the day among the days on which membership changed.
  const era = eraOf(eras.starts, day);
  return era < 0 ? NONE : (eras.members[era] as readonly StateCode[]);
}

const NONE: readonly StateCode[] = /*#__PURE__*/ Object.freeze([]);
let eras: { starts: readonly IsoDate[]; members: readonly (readonly StateCode[])[] } | undefined;

/** Splits time at every day on which any state's status changed, with the formal members of each part. */
function buildEras() {
  const timeline = timelineRecords();
  const codes = listStateCodes();
  const days = new Set<IsoDate>();
  for (const code of codes) {
    for (const span of timeline[code]) {
      days.add(span.from);
      if (span.to) days.add(span.to);
    }
  }
  const starts = [...days].sort();
  const members = starts.map((day) =>
    Object.freeze(codes.filter((code) => timeline[code].some((s) => isFormal(s, day)))),
  );
  return { starts, members };
}

function isFormal(span: StatusSpan, day: IsoDate): boolean {
  return isFormalStatus(span.status) && span.from <= day && (span.to === undefined || day < span.to);
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
