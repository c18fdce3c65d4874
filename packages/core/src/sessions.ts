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
 * What kind of session it was.
 *
 * - `regular`: a planned session of the body (for the Collective Security Council, the yearly session at
 *   which, until 2022, the chairmanship passed: Charter, Article 13).
 * - `extraordinary`: called for an event (Afghanistan in August 2021, Kazakhstan in January 2022).
 * - `informal`: an informal meeting of the heads of state, often beside another summit.
 * - `jubilee`: an anniversary session that the sources call a jubilee session without saying it was
 *   regular or extraordinary (Moscow, 16 May 2022). An anniversary session the sources call
 *   extraordinary (Moscow, 15 May 2012) keeps the kind `extraordinary`.
 *
 * When no source names the kind, the record says so with {@link Session.kindInferred}.
 *
 * @example
 * const kind: SessionKind = 'informal';
 */
export type SessionKind = 'regular' | 'extraordinary' | 'informal' | 'jubilee';

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
 * A joint meeting of several bodies (the foreign ministers, defence ministers and security council
 * secretaries meet together before a summit) is one record: `bodies` lists every body that met, and
 * `body` is the body whose member presided, or the first body listed when the sources do not say who
 * presided. {@link sessionsIn} with `{ body }` finds joint meetings of that body too.
 *
 * @example
 * getSession('cmd-2021-04-27-dushanbe').place?.en; //=> 'Dushanbe'
 */
export interface Session {
  readonly id: SessionId;
  /** The body that met (for a joint meeting, the presiding or first listed body: see `bodies`). */
  readonly body: BodyId;
  /** Every body taking part in a joint meeting, `body` among them; absent for a meeting of one body. */
  readonly bodies?: readonly BodyId[];
  /** What kind of session it was: see {@link SessionKind}. */
  readonly kind: SessionKind;
  /**
   * `true` when no source names the kind and `kind` is inferred: a Council session at which the
   * chairmanship passed is `regular` (Charter, Article 13); other sessions the sources call only
   * "a session" are recorded as `regular` and flagged here. Absent when a source names the kind.
   */
  readonly kindInferred?: boolean;
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
  /** Only the sessions of this body, joint meetings it took part in included. */
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
  const inYear = sessionsByYear().get(y) ?? [];
  return body === undefined
    ? inYear.slice()
    : inYear.filter((s) => s.body === body || (s.bodies?.includes(body) ?? false));
}

let byYear: Map<number, readonly Session[]> | undefined;

/** The sessions grouped by year, in date order; built on first use and never handed out. */
function sessionsByYear(): Map<number, readonly Session[]> {
  if (byYear === undefined) {
    const grouped = new Map<number, Session[]>();
    for (const s of sessions) {
      const inYear = grouped.get(yearOf(s.date));
      if (inYear) inYear.push(s);
      else grouped.set(yearOf(s.date), [s]);
    }
    byYear = grouped;
  }
  return byYear;
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
