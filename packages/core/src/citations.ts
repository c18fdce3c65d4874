import { deepFreeze } from './internal/_freeze.js';
import { citedClaimsRecords } from './internal/_records.js';
import { walkRecord } from './internal/_walk.js';
import type { CitedClaim } from './model/place.js';
import { getSource, type SourceId } from './sources.js';

export type { CitedClaim, RecordPlace } from './model/place.js';

/**
 * Every citation of one source across the record, with the claim each supports: its domain, record and
 * path (the object whose `citations` list holds it). The evidence a source gives, in manifest order.
 *
 * @throws {CstoError} `UNKNOWN_SOURCE` for an id that is not in `sources`.
 *
 * @example
 * citationsOf('kazinform-2021-04-23').some((c) => c.domain === 'chairmanships'); //=> true
 * citationsOf('kazinform-2021-04-23')[0]?.citation.passage.length > 0; //=> true
 */
export function citationsOf(source: SourceId): CitedClaim[] {
  const id = getSource(source).id;
  const precomputed = citedClaimsRecords(id);
  if (precomputed) return [...deepFreeze(precomputed)];
  const found: CitedClaim[] = [];
  walkRecord({
    citation: (citation, place) => {
      if (citation.source === id) found.push(Object.freeze({ ...place, citation }));
    },
  });
  return found;
}
