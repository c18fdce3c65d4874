import { toIsoDate, toYear } from './dates.js';
import { eraOf } from './internal/_eras.js';
import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { chairmanshipsRecords } from './internal/_records.js';
import type { Chairmanship } from './model/chairmanship.js';
import type { IsoDate } from './model/common.js';

export type { BoundaryWindow, Chairmanship, Handover } from './model/chairmanship.js';

const loadChairmanships = /*#__PURE__*/ once(() => deepFreeze(chairmanshipsRecords()));

/**
 * Every chairmanship in the data, oldest first. Deeply frozen; loaded on first use.
 *
 * @example
 * chairmanships.at(-1)?.year; //=> 2026
 */
export const chairmanships: readonly Chairmanship[] = /*#__PURE__*/ lazyList(loadChairmanships);

/**
 * The chairmanship in office on a day.
 *
 * On the day of a handover at a session, the incoming chairmanship is answered (the session itself was
 * usually chaired by the outgoing chair, as the session records show). On a day inside an uncertain
 * boundary window (`fromWindow` or `toWindow` of any chairmanship) the answer is `undefined`: the data
 * does not know who chaired that day. Days after the last recorded chairmanship's end (a calendar-year
 * chairmanship ends on 31 December) are `undefined` too; days after `DATA_AS_OF` within a recorded
 * chairmanship are projections (see `isProjection`).
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @returns the chairmanship, or `undefined` on a day the data does not cover or does not know
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * chairOn('2021-04-27')?.chair.name.en; //=> 'Emomali Rahmon'
 * chairOn('2010-12-20'); //=> undefined
 * chairOn('2027-06-01'); //=> undefined
 */
export function chairOn(on?: IsoDate): Chairmanship | undefined {
  const day = toIsoDate(on);
  if (timeline === undefined) timeline = buildTimeline();
  const era = eraOf(timeline.starts, day);
  return era < 0 ? undefined : timeline.holders[era];
}

let timeline: { starts: readonly IsoDate[]; holders: readonly (Chairmanship | undefined)[] } | undefined;

/**
 * Splits time at every start, end and window boundary, with the chair of each part: `undefined` inside a
 * window or where no chairmanship is recorded.
 */
function buildTimeline() {
  const all = loadChairmanships();
  const windows = all.flatMap((c) => [c.fromWindow, c.toWindow].filter((w) => w !== undefined));
  const days = new Set<IsoDate>();
  for (const c of all) {
    days.add(c.from);
    if (c.to) days.add(c.to);
  }
  for (const w of windows) {
    days.add(w.from);
    days.add(w.to);
  }
  const starts = [...days].sort();
  const within = (span: { from: IsoDate; to?: IsoDate }, day: IsoDate) =>
    span.from <= day && (span.to === undefined || day < span.to);
  const holders = starts.map((day) =>
    windows.some((w) => within(w, day)) ? undefined : all.find((c) => within(c, day)),
  );
  return { starts, holders };
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
 * presidencyIn(2027); //=> undefined
 */
export function presidencyIn(year: number): Chairmanship | undefined {
  const y = toYear(year);
  return loadChairmanships().find((c) => c.year === y);
}
