import { milestoneData } from './data/milestones.js';
import { deepFreeze } from './internal/_freeze.js';
import type { SourceId } from './sources.js';
import type { LocalizedText, PartialDate, RecordedConflict } from './types.js';

/**
 * The id of a milestone in {@link milestones}.
 *
 * @example
 * const id: MilestoneId = 'treaty-signed';
 */
export type MilestoneId = keyof typeof milestoneData;

/**
 * What kind of event a milestone is.
 *
 * @example
 * const kind: MilestoneKind = 'signature';
 */
export type MilestoneKind = 'signature' | 'entry-into-force' | 'registration' | 'prolongation' | 'decision' | 'status';

/**
 * A dated event in the life of the treaty and the organisation.
 *
 * @example
 * milestones['treaty-signed'].date; //=> '1992-05-15'
 */
export interface Milestone {
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
  /** `true` for the two founding dates whose round anniversaries the organisation celebrates. */
  readonly commemorated: boolean;
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * The treaty's and the organisation's milestones, keyed by id, in date order. Deeply frozen.
 *
 * @example
 * milestones['charter-in-force'].date; //=> '2003-09-18'
 */
export const milestones: Readonly<Record<MilestoneId, Milestone>> = /*#__PURE__*/ deepFreeze(milestoneData);
