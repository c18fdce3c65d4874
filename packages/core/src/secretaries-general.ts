import { toIsoDate } from './dates.js';
import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { secretariesGeneralRecords } from './internal/_records.js';
import type { IsoDate } from './model/common.js';
import type { SecretaryGeneralTerm } from './model/secretary-general.js';

export type { SecretaryGeneralTerm } from './model/secretary-general.js';

const loadTerms = /*#__PURE__*/ once(() => deepFreeze(secretariesGeneralRecords()));

/**
 * Every Secretary General term in the data, acting holders included, oldest first. Deeply frozen;
 * loaded on first use.
 *
 * @example
 * secretariesGeneral.filter((t) => t.acting).length > 0; //=> true
 */
export const secretariesGeneral: readonly SecretaryGeneralTerm[] = /*#__PURE__*/ lazyList(loadTerms);

/**
 * The Secretary General (or acting Secretary General) in office on a day. A term ends when it runs out
 * (Masadykov's on 31 December 2028), so later days answer `undefined`; days after `DATA_AS_OF` within a
 * term are projections (see `isProjection`).
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the term, or `undefined` on a day the data does not cover
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * secretaryGeneralOn('2021-04-27')?.person.name.ru; //=> 'Станислав Зась'
 * secretaryGeneralOn('2035-01-01'); //=> undefined
 */
export function secretaryGeneralOn(on?: IsoDate): SecretaryGeneralTerm | undefined {
  const day = toIsoDate(on);
  for (const term of loadTerms()) {
    if (term.from <= day && (term.to === undefined || day < term.to)) return term;
  }
  return undefined;
}
