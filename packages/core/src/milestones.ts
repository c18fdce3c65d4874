import { deepFreeze } from './internal/_freeze.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { milestonesRecords } from './internal/_records.js';
import type { MilestoneId } from './model/ids.generated.js';
import type { Milestone } from './model/milestone.js';

export type { MilestoneId } from './model/ids.generated.js';
export type { Milestone, MilestoneKind } from './model/milestone.js';

/** The milestones, frozen, loaded once (the helpers use this rather than the `milestones` view). */
export const loadMilestones = /*#__PURE__*/ once(() => deepFreeze(milestonesRecords()));

/**
 * The treaty's and the organisation's milestones, keyed by id, in date order. Deeply frozen; loaded on
 * first use.
 *
 * @example
 * milestones['treaty-signed'].date; //=> '1992-05-15'
 */
export const milestones: Readonly<Record<MilestoneId, Milestone>> = /*#__PURE__*/ lazyRecord(loadMilestones);
