import { deepFreeze } from './internal/_freeze.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { statesRecords } from './internal/_records.js';
import type { StateCode } from './model/ids.generated.js';
import type { State } from './model/state.js';
import { toStateCode } from './state-codes.js';

export type { MembershipPeriod, MembershipStatus, State, StateIdentifiers, StatusSpan } from './model/state.js';

const loadStates = /*#__PURE__*/ once(() => deepFreeze(statesRecords()));

/**
 * Every state that has ever been party to the Collective Security Treaty, keyed by ISO 3166-1 alpha-2.
 * Deeply frozen; loaded on first use.
 *
 * @example
 * Object.keys(states).length; //=> 9
 * states.UZ.membership.map((p) => p.status); //=> ['member', 'member', 'frozen', 'suspended']
 */
export const states: Readonly<Record<StateCode, State>> = /*#__PURE__*/ lazyRecord(loadStates);

/**
 * Looks up a state by its alpha-2 code, or throws {@link CstoError} `UNKNOWN_STATE`.
 *
 * @example
 * getState('KG').name.ru; //=> 'Кыргызстан'
 */
export function getState(code: StateCode): State {
  return loadStates()[toStateCode(code)];
}
