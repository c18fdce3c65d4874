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
export type { AgendaItem, Session, SessionFormat, SessionId, SessionKind, SessionQuery } from '../sessions.js';
export { getSession, sessions, sessionsIn } from '../sessions.js';
