import type { IsoDate, LocalizedText, PartiallyLocalizedText, Person, Sourced, YearMonth } from './common.js';
import type { BodyId, SessionId, StateCode } from './ids.generated.js';

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
 * const item: AgendaItem = {
 *   text: { en: 'Plans to equip the collective rapid response forces' },
 *   citations: [{ source: 'kazinform-2021-04-23', passage: '…' }],
 * };
 */
export interface AgendaItem extends Sourced {
  /** The item or decision, as the sources word it. */
  readonly text: PartiallyLocalizedText;
}

/**
 * Whether a session is known to have been held, only announced, or called off.
 *
 * - `held`: a source reports that it took place;
 * - `planned`: announced (its citation is the announcement) and not known to have been held by
 *   `DATA_AS_OF`. A planned session's date, place and agenda are what was announced.
 * - `cancelled`: announced, then called off: a source reports that it was not held. Its date, place and
 *   agenda are what was announced (Saint Petersburg, 6 December 2018).
 *
 * @example
 * const status: SessionStatus = 'cancelled';
 */
export type SessionStatus = 'held' | 'planned' | 'cancelled';

/**
 * A document a session adopted or signed: a decision, a declaration, a statement, an agreement.
 *
 * @example
 * const doc: SessionDocument = {
 *   title: { en: 'Declaration of the Collective Security Council' },
 *   citations: [{ source: 'kremlin-…', passage: '…' }],
 * };
 */
export interface SessionDocument extends Sourced {
  /** The document's title. */
  readonly title: PartiallyLocalizedText;
}

/**
 * A member state that did not attend a session, where a source says so.
 *
 * @example
 * const absence: Absence = { state: 'AM', citations: [{ source: 'toca-2024-11-28', passage: '…' }] };
 */
export interface Absence extends Sourced {
  readonly state: StateCode;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
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
export interface Session extends Sourced {
  /** Its body (or `joint`), its first day, and its place or `online`, joined by hyphens. */
  readonly id: SessionId;
  /** The body that met (for a joint meeting, the presiding or first listed body: see `bodies`). */
  readonly body: BodyId;
  /** Every body taking part in a joint meeting, `body` among them; absent for a meeting of one body. */
  readonly bodies?: readonly BodyId[];
  /** What kind of session it was: see {@link SessionKind}. */
  readonly kind: SessionKind;
  /** Held, only announced, or cancelled: see {@link SessionStatus}. */
  readonly status: SessionStatus;
  /**
   * `true` when no source names the kind and `kind` is inferred: a Council session at which the
   * chairmanship passed is `regular` (Charter, Article 13); other sessions the sources call only
   * "a session" are recorded as `regular` and flagged here. Absent when a source names the kind.
   */
  readonly kindInferred?: boolean;
  readonly format: SessionFormat;
  /**
   * The first (or only) day, or only the month (`'2011-06'`) when no source gives the day: such a session
   * counts for its year ({@link sessionsIn}) and its month ({@link findSessions}), never for a day. In
   * date order a month comes before the days of that month (the order of the strings).
   */
  readonly date: IsoDate | YearMonth;
  /** The last day of a session over several days (only for a session dated to the day). */
  readonly endDate?: IsoDate;
  /** The city, for sessions held in person. */
  readonly place?: LocalizedText;
  /** The host state, for sessions held in person. */
  readonly host?: StateCode;
  /** Who chaired it, and for which state. */
  readonly chair?: Person & {
    /** The state the chair spoke for. */
    readonly state: StateCode;
  };
  /** What was on the agenda, as announced or reported. */
  readonly agenda: readonly AgendaItem[];
  /** The documents adopted or signed, where sources list them. */
  readonly documents?: readonly SessionDocument[];
  /** Member states that did not attend, where sources say so. */
  readonly absent?: readonly Absence[];
  /**
   * How the date was worked out when no cited passage spells it out (a weekday and the article's date,
   * say). Absent when a passage states the date.
   */
  readonly dateDerivation?: string;
  /** Events around the session (meetings with heads of state, for example). */
  readonly related?: readonly AgendaItem[];
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
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
  /** Only the held, the planned or the cancelled sessions; all of them when absent. */
  readonly status?: SessionStatus;
}
