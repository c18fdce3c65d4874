/**
 * `@csto/core/states`: the states ever party to the treaty, the membership helpers and the political
 * events that changed how members take part.
 *
 * @example
 * import { membersOn } from '@csto/core/states';
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 *
 * @packageDocumentation
 */
export { isFormalStatus, isMember, membershipOn, membersOn, statusOn } from '../membership.js';
export type { PoliticalEvent, PoliticalEventKind } from '../political-events.js';
export { politicalEvents, politicalEventsOf } from '../political-events.js';
export { findStates, resolveState } from '../resolve-state.js';
export type { StateCode } from '../state-codes.js';
export { isStateCode, stateCodes, toStateCode } from '../state-codes.js';
export type { MembershipPeriod, MembershipStatus, State, StateIdentifiers, StatusSpan } from '../states.js';
export { getState, states } from '../states.js';
