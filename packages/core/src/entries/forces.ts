/**
 * `@csto/core/forces`: the collective forces and their operations.
 *
 * @example
 * import { operationsOn } from '@csto/core/forces';
 * operationsOn('2022-01-10').map((o) => o.host); //=> ['KZ']
 *
 * @packageDocumentation
 */
export type { CollectiveForce, ForceEvent, ForceId, ForceOperation } from '../forces.js';
export { forces, getForce, isForceId, operations, operationsOn } from '../forces.js';
