/**
 * `@csto/core/sessions`: the organisation's bodies and their sessions, with agendas.
 *
 * @example
 * import { sessionsIn } from '@csto/core/sessions';
 * sessionsIn(2021, { body: 'cmd' })[0]?.date; //=> '2021-04-27'
 *
 * @packageDocumentation
 */
export type { Body, BodyId, BodyKind } from '../bodies.js';
export { bodies, getBody, isBodyId } from '../bodies.js';
export type {
  Absence,
  AgendaItem,
  Session,
  SessionDocument,
  SessionFormat,
  SessionId,
  SessionKind,
  SessionQuery,
  SessionStatus,
} from '../sessions.js';
export { bodiesOf, findSessions, getSession, isSessionId, sessions, sessionsIn, sessionsOn } from '../sessions.js';
