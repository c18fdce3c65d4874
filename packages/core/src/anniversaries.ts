import { precisionOf, toYear, yearOf } from './dates.js';
import { loadMilestones } from './milestones.js';
import type { PartialDate } from './model/common.js';
import type { Milestone } from './model/milestone.js';

/**
 * A round anniversary of a commemorated milestone.
 *
 * @example
 * const a: Anniversary = { milestone: milestones['treaty-signed'], years: 30, date: '2022-05-15' };
 */
export interface Anniversary {
  readonly milestone: Milestone;
  /** How many years have passed: a multiple of five. */
  readonly years: number;
  /** The anniversary's date, as precise as the milestone's. */
  readonly date: PartialDate;
}

/**
 * The round (every fifth) anniversaries of the commemorated milestones that fall in a year, in date order.
 *
 * @param year - an integer from 1992 to 2100
 * @throws {CstoError} `INVALID_YEAR`
 * @example
 * anniversariesIn(2022).map((a) => `${a.milestone.id} ${a.years}`); //=> ['organisation-founded 20', 'treaty-signed 30']
 */
export function anniversariesIn(year: number): Anniversary[] {
  const y = toYear(year);
  const result: Anniversary[] = [];
  for (const milestone of Object.values(loadMilestones()) as Milestone[]) {
    if (!milestone.commemorated) continue;
    const years = y - yearOf(milestone.date);
    if (years <= 0 || years % 5 !== 0) continue;
    const date = (precisionOf(milestone.date) === 'year' ? String(y) : `${y}${milestone.date.slice(4)}`) as PartialDate;
    result.push(Object.freeze({ milestone, years, date }));
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
