import { anniversariesIn, MAX_YEAR, MIN_YEAR, precisionOf, sessions } from '@csto/core';

/** How many sessions are known to the day (those known only to their month are on no day). */
export function daySessionCount(): number {
  return sessions.filter((s) => precisionOf(s.date) === 'day').length;
}

/** How many day-precise round anniversaries fall in the years the library answers for. */
export function allAnniversariesCount(): number {
  let count = 0;
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
    count += anniversariesIn(year).filter((a) => precisionOf(a.date) === 'day').length;
  }
  return count;
}
