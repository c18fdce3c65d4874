import type { IsoDate } from '../model/common.js';

/** A span of days: `from` inclusive, `to` exclusive, open-ended when `to` is absent. */
export interface Span {
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/** Tells whether a day falls within a span (ISO dates compare correctly as strings). */
export function covers(span: Span, on: IsoDate): boolean {
  return span.from <= on && (span.to === undefined || on < span.to);
}
