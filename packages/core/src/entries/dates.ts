/**
 * `@csto/core/dates`: date and year checks, the error type and the data date, without any data.
 *
 * @example
 * import { isIsoDate } from '@csto/core/dates';
 * isIsoDate('2021-02-30'); //=> false
 *
 * @packageDocumentation
 */
export { DATA_AS_OF, isProjection } from '../data-as-of.js';
export {
  isIsoDate,
  isYearMonth,
  MAX_YEAR,
  MIN_YEAR,
  precisionOf,
  todayUtc,
  toIsoDate,
  toYear,
  yearOf,
} from '../dates.js';
export type { CstoErrorCode } from '../errors.js';
export { CstoError, isCstoError } from '../errors.js';
export type {
  Citation,
  DatePrecision,
  IsoDate,
  Language,
  LocalizedText,
  PartialDate,
  PartiallyLocalizedText,
  Person,
  RecordedConflict,
  Sourced,
  SourceLanguage,
  WikidataIdentifier,
  YearMonth,
} from '../model/common.js';
