import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { politicalEventsRecords } from './internal/_records.js';
import type { StateCode } from './model/ids.generated.js';
import type { PoliticalEvent } from './model/political-event.js';
import { toStateCode } from './state-codes.js';

export type { PoliticalEvent, PoliticalEventKind } from './model/political-event.js';

const loadPoliticalEvents = /*#__PURE__*/ once(() => deepFreeze(politicalEventsRecords()));

/**
 * Dated events that changed how a member takes part in the organisation, apart from its legal status
 * (boycotts, absences, statements, refusals to sign or to pay), oldest first. Deeply frozen.
 *
 * @example
 * politicalEvents[0]?.kind; //=> 'boycott'
 */
export const politicalEvents: readonly PoliticalEvent[] = /*#__PURE__*/ lazyList(loadPoliticalEvents);

/**
 * The political events of one state, oldest first.
 *
 * @param code - the state's alpha-2 code
 * @throws {CstoError} `UNKNOWN_STATE`
 * @example
 * politicalEventsOf('UZ').map((e) => e.date); //=> ['2012-06-28']
 */
export function politicalEventsOf(code: StateCode): PoliticalEvent[] {
  const state = toStateCode(code);
  return loadPoliticalEvents().filter((e) => e.state === state);
}
