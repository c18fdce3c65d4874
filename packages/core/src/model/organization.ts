import type { LocalizedText, Sourced, WikidataIdentifier } from './common.js';

/**
 * The organisation itself: its name and abbreviation in English and Russian.
 *
 * @example
 * organization.abbreviation.ru; //=> 'ОДКБ'
 */
export interface Organization extends Sourced {
  /** The organisation's full name. */
  readonly name: LocalizedText;
  /** The organisation's abbreviation (CSTO, ОДКБ). */
  readonly abbreviation: LocalizedText;
  /** The organisation's Wikidata item. */
  readonly ids?: WikidataIdentifier;
}
