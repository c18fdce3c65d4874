/**
 * Answers of a date helper, day by day, packed into runs for the browser: the "on this date" island looks
 * up the chair and the Secretary General in these runs instead of bundling the records (and every
 * citation) behind `chairOn` and `secretaryGeneralOn`. Every answer comes from the library's own helper.
 */
import { addDays } from './format';

/** A run: from this day on (until the next run's day), the helper answers this text, or `null` for none. */
export type Run = readonly [day: string, text: string | null];

/**
 * Asks `answer` about every day from `first` to `last` and keeps the days where the text changes.
 *
 * @example
 * runsOf((day) => (day >= '2000-01-01' ? 'b' : 'a'), '1999-12-30', '2000-01-02');
 * //=> [['1999-12-30', 'a'], ['2000-01-01', 'b']]
 */
export function runsOf(answer: (day: string) => string | undefined, first: string, last: string): Run[] {
  const runs: Run[] = [];
  let previous: string | null | undefined;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const text = answer(day) ?? null;
    if (text !== previous) runs.push([day, text]);
    previous = text;
  }
  return runs;
}

/** The text of the run a day falls in; `null` before the first run. */
export function textOn(runs: readonly Run[], day: string): string | null {
  let low = 0;
  let high = runs.length - 1;
  let found: string | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid] as Run;
    if (run[0] <= day) {
      found = run[1];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
