import type { Citation } from './common.js';
import type { DomainName } from './dataset.js';

/**
 * Where a value stands in the record: its domain, the id (or code) of the record that holds it, and the
 * dotted path of fields from that record down to it, as `data.json` holds it (list indexes from 0).
 *
 * @example
 * const place: RecordPlace = { domain: 'sessions', record: 'cmd-2021-04-27-dushanbe', path: 'agenda.0.text.en' };
 */
export interface RecordPlace {
  /** The domain of the manifest. */
  readonly domain: DomainName;
  /** The id or code of the record; the domain's name for a domain that is one object (`organization`). */
  readonly record: string;
  /** The fields from the record down to the value, joined by dots; empty for the record itself. */
  readonly path: string;
}

/**
 * A text of the record that contains what was searched for (see `searchRecord`), and where it stands.
 *
 * @example
 * const hit: SearchHit = { domain: 'sessions', record: 'cmd-2021-04-27-dushanbe', path: 'agenda.0.text.en', text: '…' };
 */
export interface SearchHit extends RecordPlace {
  /** The whole text, as the record holds it. */
  readonly text: string;
}

/**
 * One citation of a source (see `citationsOf`): the claim it supports, by its place, and the citation itself.
 *
 * @example
 * const cited: CitedClaim = {
 *   domain: 'states',
 *   record: 'TJ',
 *   path: 'membership.0',
 *   citation: { source: 'kazinform-2021-04-23', passage: '…' },
 * };
 */
export interface CitedClaim extends RecordPlace {
  /** The citation: the source, the passage that states the value, and its gloss or locator where given. */
  readonly citation: Citation;
}
