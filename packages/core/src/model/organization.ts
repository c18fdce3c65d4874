import type { LocalizedText, Sourced } from './common.js';

/**
 * The organisation itself: its name and abbreviation in English and Russian.
 *
 * @example
 * organization.abbreviation.ru; //=> 'ОДКБ'
 */
export interface Organization extends Sourced {
  readonly name: LocalizedText;
  readonly abbreviation: LocalizedText;
}
