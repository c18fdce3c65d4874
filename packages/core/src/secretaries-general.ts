import { secretaryGeneralData } from './data/secretaries-general.js';
import { toIsoDate } from './dates.js';
import { deepFreeze } from './internal/_freeze.js';
import { covers } from './internal/_period.js';
import type { SourceId } from './sources.js';
import type { StateCode } from './state-codes.js';
import type { IsoDate, Person, RecordedConflict } from './types.js';

/**
 * A term of office of a Secretary General of the organisation, `from` inclusive, `to` exclusive.
 *
 * @example
 * secretaryGeneralOn('2021-04-27')?.person.name.en; //=> 'Stanislav Zas'
 */
export interface SecretaryGeneralTerm {
  readonly id: string;
  readonly person: Person;
  /** The state the holder is a national of. */
  readonly nationality: StateCode;
  /** `true` for a holder acting in the post (duties assigned), not appointed to it. */
  readonly acting: boolean;
  /** The day of the decision appointing the holder, when known. */
  readonly appointed?: IsoDate;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * Every Secretary General term in the data, acting holders included, oldest first. Deeply frozen.
 *
 * @example
 * secretariesGeneral.filter((t) => t.acting).length > 0; //=> true
 */
export const secretariesGeneral: readonly SecretaryGeneralTerm[] = /*#__PURE__*/ deepFreeze(secretaryGeneralData);

/**
 * The Secretary General (or acting Secretary General) in office on a day.
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the term, or `undefined` on a day the data does not cover
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * secretaryGeneralOn('2021-04-27')?.person.name.ru; //=> 'Станислав Зась'
 */
export function secretaryGeneralOn(on?: IsoDate): SecretaryGeneralTerm | undefined {
  const day = toIsoDate(on);
  return secretariesGeneral.find((t) => covers(t, day));
}
