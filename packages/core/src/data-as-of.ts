import { toIsoDate } from './dates.js';
import type { IsoDate } from './model/common.js';

/**
 * The day up to which the data was checked against its sources: the newest source read. Answers about
 * later days are projections (see {@link isProjection}).
 *
 * @example
 * DATA_AS_OF; //=> '2026-01-20'
 */
export const DATA_AS_OF: IsoDate = '2026-01-20';

/**
 * Tells whether an answer about a day is a projection: the day is after {@link DATA_AS_OF}, so the
 * answer assumes that nothing changed since (a closed period still ends when it ends; an open one is
 * assumed to go on). Show it to your users beside such answers.
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * isProjection('2021-04-27'); //=> false
 * isProjection('2150-01-01'); //=> true
 */
export function isProjection(on?: IsoDate): boolean {
  return toIsoDate(on) > DATA_AS_OF;
}
