/**
 * `@csto/core/milestones`: the organisation's names, its legal instruments, the treaty and Charter
 * milestones and their round anniversaries.
 *
 * @example
 * import { anniversariesIn } from '@csto/core/milestones';
 * anniversariesIn(2022).map((a) => a.years); //=> [20, 30]
 *
 * @packageDocumentation
 */
export type { Anniversary } from '../anniversaries.js';
export { anniversariesIn } from '../anniversaries.js';
export type { Instrument, InstrumentId, InstrumentKind } from '../instruments.js';
export { getInstrument, instruments, isInstrumentId } from '../instruments.js';
export type { Milestone, MilestoneId, MilestoneKind } from '../milestones.js';
export { milestones } from '../milestones.js';
export type { Organization } from '../organization.js';
export { organization } from '../organization.js';
