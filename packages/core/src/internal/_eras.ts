import type { IsoDate } from '../model/common.js';

/**
 * The index of the last of `starts` (sorted days on which something changed) that is on or before `day`, or
 * -1 when `day` is before them all: a binary search, so that the date helpers answer in constant-ish time.
 */
export function eraOf(starts: readonly IsoDate[], day: IsoDate): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as string) <= day) low = mid;
    else high = mid - 1;
  }
  return starts.length > 0 && (starts[low] as string) <= day ? low : -1;
}
