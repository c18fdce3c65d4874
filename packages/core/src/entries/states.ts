/**
 * `@csto/core/states`: the states ever party to the treaty and the membership helpers.
 *
 * @example
 * import { membersOn } from '@csto/core/states';
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 *
 * @packageDocumentation
 */
export { isFormalStatus, isMember, membershipOn, membersOn, statusOn } from '../membership.js';
export { findStates, resolveState } from '../resolve-state.js';
export type { StateCode } from '../state-codes.js';
export { isStateCode, stateCodes, toStateCode } from '../state-codes.js';
export type { MembershipPeriod, MembershipStatus, State, StatusSpan } from '../states.js';
export { getState, states } from '../states.js';
