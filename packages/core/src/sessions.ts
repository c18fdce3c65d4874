import { getBody } from './bodies.js';
import { isIsoDate, toIsoDate, toYear, yearOf } from './dates.js';
import { CstoError } from './errors.js';
import { foldText } from './fold.js';
import { describe } from './internal/_describe.js';
import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { sessionsOfYearRecords, sessionYearsRecords } from './internal/_records.js';
import type { PartialDate } from './model/common.js';
import type { BodyId, SessionId } from './model/ids.generated.js';
import type { Session, SessionQuery } from './model/session.js';

export type { SessionId } from './model/ids.generated.js';
export type {
  Absence,
  AgendaItem,
  Session,
  SessionDocument,
  SessionFormat,
  SessionKind,
  SessionQuery,
  SessionStatus,
} from './model/session.js';

/** Each year's sessions (frozen records), by year: read on the first question about that year. */
const years = new Map<number, readonly Session[]>();

/** The sessions of a year (a session belongs to the year of its `date`), in date order; `[]` for a year without any. */
function sessionsOfYear(year: number): readonly Session[] {
  let found = years.get(year);
  if (found === undefined) {
    // The list itself stays unfrozen (it is never handed out): V8 filters a frozen array about 15 times slower.
    found = [...deepFreeze(sessionsOfYearRecords(year))];
    years.set(year, found);
  }
  return found;
}

/** Every session, the same objects the years hold, with the index by id; built once, on first use. */
const loadIndex = /*#__PURE__*/ once(() => {
  const all = sessionYearsRecords().flatMap(sessionsOfYear);
  return { all, byId: new Map<string, Session>(all.map((s) => [s.id, s])) };
});

/** The year a session's id names (`cmd-2021-04-27-dushanbe`: 2021), where the session is looked for first. */
const ID_YEAR = /-(\d{4})(?:-|$)/;

/** The session of an id: found in the year its id names, else in the whole record; `undefined` when none. */
function sessionById(id: string): Session | undefined {
  const year = ID_YEAR.exec(id)?.[1];
  const inYear = year === undefined ? undefined : sessionsOfYear(Number(year)).find((s) => s.id === id);
  return inYear ?? loadIndex().byId.get(id);
}

/** The sessions of a year and of the year before: every session that may be on a day, or in a month or year, of `year`. */
function sessionsAround(year: number): readonly Session[] {
  return sessionsOfYear(year - 1).concat(sessionsOfYear(year));
}

/**
 * Every session in the data, held, planned and cancelled, in date order. A session known only to its month
 * (`date: '2011-06'`) comes before the sessions dated to the days of that month, as its date string sorts;
 * sessions of one date keep the order of the data. Deeply frozen; loaded on first use.
 *
 * @example
 * sessions.some((s) => s.id === 'cssc-2021-04-29-dushanbe'); //=> true
 */
export const sessions: readonly Session[] = /*#__PURE__*/ lazyList(() => loadIndex().all);

/**
 * Every body that took part in a session: `bodies` for a joint meeting, else `[body]`.
 *
 * @example
 * bodiesOf(getSession('joint-2021-09-15-dushanbe')); //=> ['cmfa', 'cmd', 'cssc']
 */
export function bodiesOf(session: Session): readonly BodyId[] {
  return session.bodies ?? [session.body];
}

function matches(s: Session, body: BodyId | undefined, status: SessionQuery['status']): boolean {
  return (body === undefined || bodiesOf(s).includes(body)) && (status === undefined || s.status === status);
}

/**
 * The sessions held or planned in a year, in date order, optionally of one body (joint meetings it took
 * part in included) or of one status. Planned sessions carry `status: 'planned'`, sessions announced and then
 * called off `status: 'cancelled'` (`sessionsIn(2018, { status: 'cancelled' })`). Sessions known only to
 * their month (`date: '2011-06'`) are included, before the sessions of that month's days.
 *
 * @param year - an integer from 1992 to 2100
 * @param query - `{ body }` to keep one body's sessions, `{ status }` to keep held, planned or cancelled ones
 * @throws {CstoError} `INVALID_YEAR` or `UNKNOWN_BODY`
 * @example
 * sessionsIn(2021, { body: 'cmd' }).map((s) => s.date); //=> ['2021-04-27', '2021-09-15']
 */
export function sessionsIn(year: number, query: SessionQuery = {}): Session[] {
  const y = toYear(year);
  const body = query.body === undefined ? undefined : getBody(query.body).id;
  return sessionsOfYear(y).filter((s) => matches(s, body, query.status));
}

/**
 * The sessions held or planned on a day, in date order: those that began that day and those over several
 * days that include it. A session known only to its month (`date: '2011-06'`) is on no day, so it is never
 * answered here: find it with {@link sessionsIn} or {@link findSessions} (`'2011-06'`).
 *
 * @param day - a calendar day, `YYYY-MM-DD`
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * sessionsOn('2021-09-16').map((s) => s.id); //=> ['csc-2021-09-16-dushanbe']
 */
export function sessionsOn(day: string): Session[] {
  const d = toIsoDate(day);
  return sessionsAround(yearOf(d)).filter(
    (s) => s.date === d || (s.endDate !== undefined && s.date < d && d <= s.endDate),
  );
}

/**
 * Tells whether a value is the id of a session in {@link sessions}.
 *
 * @example
 * isSessionId('cmd-2021-04-27-dushanbe'); //=> true
 * isSessionId('cmd-2021-04-27'); //=> false
 */
export function isSessionId(value: unknown): boolean {
  return typeof value === 'string' && sessionById(value) !== undefined;
}

/**
 * Looks up a session by id, or throws {@link CstoError} `UNKNOWN_SESSION`. To find sessions by a date, a
 * place or the start of an id, use {@link findSessions}.
 *
 * @example
 * getSession('cssc-2021-04-29-dushanbe').body; //=> 'cssc'
 */
export function getSession(id: SessionId): Session {
  const found = typeof id === 'string' ? sessionById(id) : undefined;
  if (found) return found;
  throw new CstoError(
    'UNKNOWN_SESSION',
    `Unknown session ${describe(id)}: expected a session id such as "cmd-2021-04-27-dushanbe" (see \`sessions\`).`,
  );
}

/** Folds case and accents (see `foldText`), so that place names match as typed. */
const fold = (text: string): string => foldText(text).trim();

/**
 * The sessions a text may name, in date order: an exact id; else every session on a day (`2021-04-27`)
 * or in a month (`2021-04`) or year (`2021`), a session known only to its month matching its month and
 * its year but no day; else every session whose id starts with the text
 * (`cmd-2021`); else every session whose place starts with the text, in English or Russian (`dushanbe`,
 * `Душанбе`).
 *
 * @example
 * findSessions('2021-04-27').map((s) => s.id); //=> ['cmd-2021-04-27-dushanbe']
 * findSessions('cssc-2021').length > 0; //=> true
 */
export function findSessions(text: string): Session[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const query = text.trim();
  const exact = sessionById(query);
  if (exact) return [exact];
  if (isIsoDate(query) || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(query)) {
    return sessionsAround(yearOf(query as PartialDate)).filter(
      (s) => s.date.startsWith(query) || (s.endDate !== undefined && s.date <= query && query <= s.endDate),
    );
  }
  const { all } = loadIndex();
  const lower = query.toLowerCase();
  const byPrefix = all.filter((s) => s.id.startsWith(lower));
  if (byPrefix.length > 0) return byPrefix;
  const place = fold(query);
  return all.filter(
    (s) => s.place !== undefined && (fold(s.place.en).startsWith(place) || fold(s.place.ru).startsWith(place)),
  );
}
