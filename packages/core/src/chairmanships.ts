import { chairmanshipData } from './data/chairmanships.js';
import { toIsoDate, toYear } from './dates.js';
import { deepFreeze } from './internal/_freeze.js';
import { covers } from './internal/_period.js';
import type { SourceId } from './sources.js';
import type { StateCode } from './state-codes.js';
import type { IsoDate, Person, RecordedConflict } from './types.js';

/**
 * How a chairmanship began or ended: handed over at a session of the Collective Security Council, or by
 * the calendar on 1 January.
 *
 * @example
 * const how: Handover = 'session';
 */
export type Handover = 'session' | 'calendar';

/**
 * One state's chairmanship (presidency) of the organisation: the chair of the Collective Security
 * Council. `from` inclusive, `to` exclusive; `to` is absent while it lasts.
 *
 * @example
 * presidencyIn(2021)?.state; //=> 'TJ'
 */
export interface Chairmanship {
  readonly id: string;
  readonly state: StateCode;
  /** The head of state who chaired the Collective Security Council. */
  readonly chair: Person;
  /** The year the chairmanship is officially named for ("Tajikistan's chairmanship in 2021"). */
  readonly year: number;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /** How the chairmanship was taken over on `from`. */
  readonly handover: Handover;
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * Every chairmanship in the data, oldest first. Deeply frozen.
 *
 * @example
 * chairmanships.at(-1)?.year; //=> 2026
 */
export const chairmanships: readonly Chairmanship[] = /*#__PURE__*/ deepFreeze(chairmanshipData);

/**
 * The chairmanship in office on a day.
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the chairmanship, or `undefined` on a day the data does not cover
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * chairOn('2021-04-27')?.chair.name.en; //=> 'Emomali Rahmon'
 */
export function chairOn(on?: IsoDate): Chairmanship | undefined {
  const day = toIsoDate(on);
  return chairmanships.find((c) => covers(c, day));
}

/**
 * The chairmanship officially designated for a year. Its dates may start before 1 January when the
 * handover happened at a session late in the previous year.
 *
 * @param year - an integer from 1992 to 2100
 * @returns the chairmanship, or `undefined` for a year the data does not cover
 * @throws {CstoError} `INVALID_YEAR`
 * @example
 * presidencyIn(2021)?.state; //=> 'TJ'
 */
export function presidencyIn(year: number): Chairmanship | undefined {
  const y = toYear(year);
  return chairmanships.find((c) => c.year === y);
}
