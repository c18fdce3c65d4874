import { CstoError } from './errors.js';
import { describe } from './internal/_describe.js';
import type { DatePrecision, IsoDate, PartialDate, YearMonth } from './model/common.js';

/** The form of a day; the helpers check every argument against it, millions of times a second in a loop. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** The earliest year the helpers accept: the year the Collective Security Treaty was signed. */
export const MIN_YEAR = 1992;
/** The latest year the helpers accept. Later years are refused rather than answered by guesswork. */
export const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Tells whether a value is a real calendar day written `YYYY-MM-DD` (so `'2021-02-30'` is not).
 *
 * @example
 * isIsoDate('2021-04-27'); //=> true
 * isIsoDate('2021-02-30'); //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month);
}

/**
 * Tells whether a value is a month written `YYYY-MM` (the date of a session known only to the month).
 *
 * @example
 * isYearMonth('2011-06'); //=> true
 * isYearMonth('2011-06-15'); //=> false
 */
export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YEAR_MONTH.test(value);
}

/**
 * Checks a date argument and returns it typed, or throws a {@link CstoError} `INVALID_DATE` that says
 * what was wrong. Without an argument it returns today's date in UTC.
 *
 * @example
 * toIsoDate('2012-07-01'); //=> '2012-07-01'
 * toIsoDate('2021-13-01'); // throws CstoError: Invalid date "2021-13-01": expected a real calendar day as YYYY-MM-DD, e.g. "2021-04-27".
 */
export function toIsoDate(value?: unknown): IsoDate {
  if (value === undefined) return todayUtc();
  if (!isIsoDate(value)) {
    throw new CstoError(
      'INVALID_DATE',
      `Invalid date ${describe(value)}: expected a real calendar day as YYYY-MM-DD, e.g. "2021-04-27".`,
    );
  }
  return value;
}

/**
 * Today's date in UTC as `YYYY-MM-DD`.
 *
 * @example
 * todayUtc(); // '2026-11-29' on that day
 * todayUtc().length; //=> 10
 */
export function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10) as IsoDate;
}

/**
 * Checks a year argument (an integer from {@link MIN_YEAR} to {@link MAX_YEAR}) or throws a
 * {@link CstoError} `INVALID_YEAR`.
 *
 * @example
 * toYear(2021); //=> 2021
 * toYear(2021.5); // throws CstoError: Invalid year 2021.5: expected an integer from 1992 to 2100.
 */
export function toYear(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new CstoError(
      'INVALID_YEAR',
      `Invalid year ${describe(value)}: expected an integer from ${MIN_YEAR} to ${MAX_YEAR}.`,
    );
  }
  return value;
}

/**
 * How precisely a {@link PartialDate} is known: `'day'`, `'month'` or `'year'`.
 *
 * @example
 * precisionOf('2002-10-07'); //=> 'day'
 * precisionOf('2024-02'); //=> 'month'
 */
export function precisionOf(date: PartialDate): DatePrecision {
  if (!PARTIAL_DATE.test(date)) {
    throw new CstoError(
      'INVALID_DATE',
      `Invalid partial date ${describe(date)}: expected YYYY, YYYY-MM or YYYY-MM-DD.`,
    );
  }
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/**
 * The year of a date of any precision, as a number.
 *
 * @example
 * yearOf('1992-05-15'); //=> 1992
 */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}
