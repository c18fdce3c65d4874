import { type BodyId, getBody } from './bodies.js';
import { sessionData } from './data/sessions.js';
import { toYear, yearOf } from './dates.js';
import { CstoError } from './errors.js';
import { describe } from './internal/_describe.js';
import { deepFreeze } from './internal/_freeze.js';
import type { SourceId } from './sources.js';
import type { StateCode } from './state-codes.js';
import type { IsoDate, LocalizedText, PartiallyLocalizedText, Person, RecordedConflict } from './types.js';

/**
 * The id of a session in {@link sessions}: body, date and place, e.g. `'cmd-2021-04-27-dushanbe'`.
 *
 * @example
 * const id: SessionId = 'cmd-2021-04-27-dushanbe';
 */
export type SessionId = (typeof sessionData)[number]['id'];

/**
 * Whether a session was held in person, online (videoconference) or both.
 *
 * @example
 * const format: SessionFormat = 'in-person';
 */
export type SessionFormat = 'in-person' | 'online' | 'hybrid';

/**
 * An item on a session's agenda, or a decision it adopted.
 *
 * @example
 * const item: AgendaItem = { text: { en: 'Plans to equip the collective rapid response forces' }, sources: ['…'] };
 */
export interface AgendaItem {
  readonly text: PartiallyLocalizedText;
  readonly sources: readonly SourceId[];
}

/**
 * A session (meeting) of one of the organisation's bodies.
 *
 * @example
 * getSession('cmd-2021-04-27-dushanbe').place?.en; //=> 'Dushanbe'
 */
export interface Session {
  readonly id: SessionId;
  readonly body: BodyId;
  /** `regular` sessions are planned; `extraordinary` ones are called for an event. */
  readonly kind: 'regular' | 'extraordinary';
  readonly format: SessionFormat;
  /** The first (or only) day. */
  readonly date: IsoDate;
  /** The last day of a session over several days. */
  readonly endDate?: IsoDate;
  /** The city, for sessions held in person. */
  readonly place?: LocalizedText;
  /** The host state, for sessions held in person. */
  readonly host?: StateCode;
  /** Who chaired it, and for which state. */
  readonly chair?: Person & { readonly state: StateCode };
  /** What was on the agenda, as announced or reported. */
  readonly agenda: readonly AgendaItem[];
  /** Events around the session (meetings with heads of state, for example). */
  readonly related?: readonly AgendaItem[];
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * Options for {@link sessionsIn}.
 *
 * @example
 * const options: SessionQuery = { body: 'cmd' };
 */
export interface SessionQuery {
  /** Only the sessions of this body. */
  readonly body?: BodyId;
}

/**
 * Every session in the data, in date order. Deeply frozen.
 *
 * @example
 * sessions.some((s) => s.id === 'cssc-2021-04-29-dushanbe'); //=> true
 */
export const sessions: readonly Session[] = /*#__PURE__*/ deepFreeze(sessionData);

/**
 * The sessions held in a year, in date order, optionally of one body.
 *
 * @param year - an integer from 1992 to 2100
 * @param query - `{ body }` to keep one body's sessions
 * @throws {CstoError} `INVALID_YEAR` or `UNKNOWN_BODY`
 * @example
 * sessionsIn(2021, { body: 'cmd' }).map((s) => s.date)[0]; //=> '2021-04-27'
 */
export function sessionsIn(year: number, query: SessionQuery = {}): Session[] {
  const y = toYear(year);
  const body = query.body === undefined ? undefined : getBody(query.body).id;
  return sessions.filter((s) => yearOf(s.date) === y && (body === undefined || s.body === body));
}

/**
 * Looks up a session by id, or throws {@link CstoError} `UNKNOWN_SESSION`.
 *
 * @example
 * getSession('cssc-2021-04-29-dushanbe').body; //=> 'cssc'
 */
export function getSession(id: SessionId): Session {
  const found = typeof id === 'string' ? sessions.find((s) => s.id === id) : undefined;
  if (found) return found;
  throw new CstoError(
    'UNKNOWN_SESSION',
    `Unknown session ${describe(id)}: expected a session id such as "cmd-2021-04-27-dushanbe" (see \`sessions\`).`,
  );
}
