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
 * The days within which a boundary of a chairmanship (its start or its end) fell, when the sources do not
 * give the day: `from` inclusive, `to` exclusive.
 *
 * @example
 * const window: BoundaryWindow = { from: '2010-12-10', to: '2011-01-01' };
 */
export interface BoundaryWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * One state's chairmanship (presidency) of the organisation: the chair of the Collective Security
 * Council. `from` inclusive, `to` exclusive; `to` is absent while it lasts.
 *
 * Where a start or an end is not known to the day, `fromWindow` or `toWindow` gives the days within
 * which it fell; `from` is then the window's first day and `to` the window's first day too (the period
 * is certain only before it). {@link chairOn} answers `undefined` for every day inside such a window
 * rather than guess. A handover day that sources disagree on but that one source fixes convincingly is
 * not a window: it is a recorded conflict (see `conflicts`).
 *
 * @example
 * presidencyIn(2021)?.state; //=> 'TJ'
 */
export interface Chairmanship {
  readonly id: string;
  readonly state: StateCode;
  /** The head of state who chaired the Collective Security Council. */
  readonly chair: Person;
  /**
   * The year the chairmanship is officially named for ("Tajikistan's chairmanship in 2021"). For a
   * chairmanship named for two years ("2008–2009"), the later year, as for Armenia's chairmanship of
   * 2021–2022 (year 2022).
   */
  readonly year: number;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /** When the start is not known to the day: the days it may have fallen on. `from` is its first day. */
  readonly fromWindow?: BoundaryWindow;
  /** When the end is not known to the day: the days it may have fallen on. `to` is its first day. */
  readonly toWindow?: BoundaryWindow;
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
 * On the day of a handover at a session, the incoming chairmanship is answered (the session itself was
 * usually chaired by the outgoing chair, as the session records show). On a day inside an uncertain
 * boundary window (`fromWindow` or `toWindow` of any chairmanship) the answer is `undefined`: the data
 * does not know who chaired that day.
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the chairmanship, or `undefined` on a day the data does not cover or does not know
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * chairOn('2021-04-27')?.chair.name.en; //=> 'Emomali Rahmon'
 * chairOn('2010-12-20'); //=> undefined
 * // Belarus took over on 10 December 2010 or on 1 January 2011: the data does not know which.
 */
export function chairOn(on?: IsoDate): Chairmanship | undefined {
  const day = toIsoDate(on);
  if (uncertainDays.some((window) => covers(window, day))) return undefined;
  return chairmanships.find((c) => covers(c, day));
}

/** Every boundary window of every chairmanship: the days on which the data does not know the chair. */
const uncertainDays: readonly BoundaryWindow[] = /*#__PURE__*/ chairmanships.flatMap((c) =>
  [c.fromWindow, c.toWindow].filter((window) => window !== undefined),
);

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
