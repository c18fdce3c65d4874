import type { LocalizedText, PartialDate, PartiallyLocalizedText, Sourced } from './common.js';
import type { InstrumentId, StateCode } from './ids.generated.js';

/**
 * What kind of legal instrument a record is.
 *
 * @example
 * const kind: InstrumentKind = 'protocol';
 */
export type InstrumentKind = 'treaty' | 'protocol' | 'charter' | 'agreement';

/**
 * One of the organisation's legal instruments: the treaty, the Charter, an agreement, or a protocol that
 * prolongs or amends one of them.
 *
 * @example
 * instruments.charter.signed; //=> '2002-10-07'
 */
export interface Instrument extends Sourced {
  readonly id: InstrumentId;
  readonly kind: InstrumentKind;
  /** The instrument's title: in Russian where a cited source gives it. */
  readonly title: PartiallyLocalizedText;
  /** The day of signature, as precisely as the sources say. */
  readonly signed: PartialDate;
  /** Where it was signed. */
  readonly place?: LocalizedText;
  /** The day it entered into force, where the sources say. */
  readonly inForce?: PartialDate;
  /** The states that signed it, where the sources list them. */
  readonly parties?: readonly StateCode[];
  /** The instrument it prolongs or amends. */
  readonly amends?: InstrumentId;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
