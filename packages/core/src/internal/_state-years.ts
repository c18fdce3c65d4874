/**
 * The state-year panel: for every state ever party to the treaty and every year from its first to the year
 * of `DATA_AS_OF`, its status on 1 January and on 31 December and the days it spent in each status. Worked
 * out day by day through the public `statusOn`, so it reads the periods exactly as the library does (`from`
 * inclusive, `to` exclusive).
 */
import { DATA_AS_OF } from '../data-as-of.js';
import { statusOn } from '../membership.js';
import type { IsoDate } from '../model/common.js';
import type { StateCode } from '../model/ids.generated.js';
import type { MembershipStatus } from '../model/state.js';
import { states } from '../states.js';

/**
 * One state in one year.
 *
 * @example
 * const row: StateYear = { state: 'AM', year: 2024, january1: 'member', december31: 'frozen', days: { member: 52, frozen: 314, suspended: 0, 'not-member': 0 }, daysInYear: 366 };
 */
export interface StateYear {
  readonly state: StateCode;
  readonly year: number;
  /** The status on 1 January. */
  readonly january1: MembershipStatus;
  /** The status on 31 December. */
  readonly december31: MembershipStatus;
  /** The days of the year spent in each status; they add up to `daysInYear`. */
  readonly days: Readonly<Record<MembershipStatus, number>>;
  /** 365, or 366 in a leap year. */
  readonly daysInYear: number;
}

const DAY = 86_400_000;

/** The day `time` (milliseconds since 1970, UTC) falls on. */
const dayAt = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10) as IsoDate;

/**
 * One state's year: its statuses on the first and last day and the days in each status.
 *
 * @example
 * stateYear('UZ', 2012).days.suspended; // 13
 */
export function stateYear(state: StateCode, year: number): StateYear {
  const days = { member: 0, frozen: 0, suspended: 0, 'not-member': 0 };
  const end = Date.UTC(year + 1, 0, 1);
  for (let time = Date.UTC(year, 0, 1); time < end; time += DAY) days[statusOn(state, dayAt(time))] += 1;
  return {
    state,
    year,
    january1: statusOn(state, `${year}-01-01`),
    december31: statusOn(state, `${year}-12-31`),
    days,
    daysInYear: (end - Date.UTC(year, 0, 1)) / DAY,
  };
}

/**
 * The panel: every state ever party, from the year it first became party to the year of `DATA_AS_OF`,
 * states in code order, years in order.
 *
 * @example
 * stateYears()[0]; // { state: 'AM', year: 1992, january1: 'not-member', december31: 'member', … }
 */
export function stateYears(): StateYear[] {
  const last = Number(DATA_AS_OF.slice(0, 4));
  const rows: StateYear[] = [];
  for (const state of Object.values(states)) {
    const first = Number((state.membership[0]?.from ?? DATA_AS_OF).slice(0, 4));
    for (let year = first; year <= last; year++) rows.push(stateYear(state.code, year));
  }
  return rows;
}
