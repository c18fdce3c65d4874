import type { LocalizedText, PartialDate, Sourced } from './common.js';
import type { InstrumentId, MilestoneId } from './ids.generated.js';

/**
 * What kind of event a milestone is.
 *
 * @example
 * const kind: MilestoneKind = 'signature';
 */
export type MilestoneKind = 'signature' | 'entry-into-force' | 'registration' | 'prolongation' | 'decision' | 'status';

/**
 * A dated event in the life of the treaty or the organisation.
 *
 * @example
 * milestones['treaty-signed'].date; //=> '1992-05-15'
 */
export interface Milestone extends Sourced {
  readonly id: MilestoneId;
  readonly kind: MilestoneKind;
  /** What happened. */
  readonly title: LocalizedText;
  /** When, as precisely as the sources say. */
  readonly date: PartialDate;
  /** Where, when it happened in one place. */
  readonly place?: LocalizedText;
  /** The document concerned, when there is one. */
  readonly document?: LocalizedText;
  /** The legal instrument the milestone concerns, when it concerns one (see `instruments`). */
  readonly instrument?: InstrumentId;
  /** `true` for the two founding dates whose round anniversaries the organisation celebrates. */
  readonly commemorated: boolean;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
