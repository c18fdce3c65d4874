import type { IsoDate, Person, Sourced } from './common.js';
import type { StateCode } from './ids.generated.js';

/**
 * How a chairmanship began: handed over at a session of the Collective Security Council, or by the
 * calendar on 1 January.
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
  /** The first day the boundary may have fallen on (inclusive). */
  readonly from: IsoDate;
  /** The first day after the window (exclusive). */
  readonly to: IsoDate;
}

/**
 * One state's chairmanship (presidency) of the organisation: the chair of the Collective Security
 * Council. `from` inclusive, `to` exclusive.
 *
 * A chairmanship whose end is known is closed: since 2024 the chairmanship runs by calendar year, so it
 * ends on 31 December (`to` is the next 1 January) even before the next one is recorded. `to` is absent
 * only where the end is not known.
 *
 * Where a start or an end is not known to the day, `fromWindow` or `toWindow` gives the days within
 * which it fell; `chairOn` answers `undefined` inside such a window rather than guess.
 *
 * @example
 * presidencyIn(2021)?.state; //=> 'TJ'
 */
export interface Chairmanship extends Sourced {
  /** The chairing state's code in lower case and the `year`, joined by a hyphen (`tj-2021`). */
  readonly id: string;
  readonly state: StateCode;
  /** The head of state who chaired the Collective Security Council. */
  readonly chair: Person;
  /**
   * The year the chairmanship is officially named for ("Tajikistan's chairmanship in 2021"). For a
   * chairmanship named for two years ("2008–2009"), the later year.
   */
  readonly year: number;
  /** The first day of the chairmanship (inclusive). */
  readonly from: IsoDate;
  /** The first day after the chairmanship (exclusive); absent only where the end is not known. */
  readonly to?: IsoDate;
  /** When the start is not known to the day: the days it may have fallen on. `from` is its first day. */
  readonly fromWindow?: BoundaryWindow;
  /** When the end is not known to the day: the days it may have fallen on. `to` is its first day. */
  readonly toWindow?: BoundaryWindow;
  /** How the chairmanship was taken over on `from`. */
  readonly handover: Handover;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
