import type { LocalizedText, PartiallyLocalizedText, Sourced } from './common.js';
import type { BodyId } from './ids.generated.js';

/**
 * What a body is: a statutory body (named in the Charter), a permanent working body, or the
 * Parliamentary Assembly.
 *
 * @example
 * const kind: BodyKind = 'statutory';
 */
export type BodyKind = 'statutory' | 'working' | 'parliamentary';

/**
 * One of the organisation's bodies.
 *
 * @example
 * getBody('csc').name.en; //=> 'Collective Security Council'
 */
export interface Body extends Sourced {
  readonly id: BodyId;
  readonly kind: BodyKind;
  /** The body's name. */
  readonly name: LocalizedText;
  /** The usual abbreviation, where the organisation uses one (Russian only where a source gives it). */
  readonly abbreviation?: PartiallyLocalizedText;
  /** Who sits on it. */
  readonly composition: string;
}
