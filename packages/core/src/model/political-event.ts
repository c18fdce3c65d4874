import type { PartialDate, PartiallyLocalizedText, Sourced } from './common.js';
import type { StateCode } from './ids.generated.js';

/**
 * What kind of political event a record is.
 *
 * @example
 * const kind: PoliticalEventKind = 'funding-stop';
 */
export type PoliticalEventKind =
  | 'statement'
  | 'refusal-to-sign'
  | 'boycott'
  | 'funding-stop'
  | 'absence'
  | 'suspension-note'
  | 'other';

/**
 * A dated event that changed how a member takes part in the organisation, apart from its legal status
 * (which the membership timeline records): a statement, a boycott, an absence, a refusal to sign or to pay.
 *
 * @example
 * politicalEvents[0]?.state; //=> 'BY'
 */
export interface PoliticalEvent extends Sourced {
  /** The state's code in lower case, the day and the kind, joined by hyphens. */
  readonly id: string;
  readonly state: StateCode;
  /** When, as precisely as the sources say. */
  readonly date: PartialDate;
  readonly kind: PoliticalEventKind;
  /** What happened. */
  readonly text: PartiallyLocalizedText;
  /** How the date was derived, where no cited passage spells it out. */
  readonly dateDerivation?: string;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
