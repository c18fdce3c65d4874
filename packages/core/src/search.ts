import { CstoError } from './errors.js';
import { foldText } from './fold.js';
import { describe } from './internal/_describe.js';
import { walkRecord } from './internal/_walk.js';
import type { SearchHit } from './model/place.js';

export type { RecordPlace, SearchHit } from './model/place.js';

/** Fields that hold ids, codes, dates, addresses or closed values, not text a person would search. */
const NOT_TEXT =
  /(^|\.)(id|code|alpha3|numeric|source|url|date|endDate|from|to|published|body|bodies|host|state|status|kind|format|language|wikidata|cow|gw)$/;

/**
 * Every text of the record that contains `query`, ignoring case and accents (see {@link foldText}): agenda
 * items, documents, names, notes, and the cited passages and their glosses, in English and Russian; not
 * ids, codes, dates or addresses. Hits come in manifest order of domains, then record order.
 *
 * @throws {CstoError} `INVALID_QUERY` when the query has fewer than 2 characters besides spaces.
 *
 * @example
 * searchRecord('Dushanbe').some((hit) => hit.record === 'cmd-2021-04-27-dushanbe'); //=> true
 * searchRecord('душанбе').length > 0; //=> true
 */
export function searchRecord(query: string): SearchHit[] {
  const needle = typeof query === 'string' ? foldText(query.trim()) : '';
  if (needle.length < 2) {
    throw new CstoError(
      'INVALID_QUERY',
      `Search for at least 2 characters, not ${describe(query)}: such as "Dushanbe" or "rapid reaction".`,
    );
  }
  const hits: SearchHit[] = [];
  walkRecord({
    text: (text, place) => {
      if (!NOT_TEXT.test(place.path) && foldText(text).includes(needle)) hits.push(Object.freeze({ ...place, text }));
    },
  });
  return hits;
}
