import { getBody } from './bodies.js';
import { isIsoDate, toIsoDate, toYear, yearOf } from './dates.js';
import { CstoError } from './errors.js';
import { foldText } from './fold.js';
import { describe } from './internal/_describe.js';
import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { sessionsRecords } from './internal/_records.js';
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

/** The sessions, frozen, with their indexes by id and by year; built once, on first use. */
const loadIndex = /*#__PURE__*/ once(() => {
  const all = deepFreeze(sessionsRecords());
  const byId = new Map<string, Session>();
  const byYear = new Map<number, Session[]>();
  for (const s of all) {
    byId.set(s.id, s);
    const inYear = byYear.get(yearOf(s.date));
    if (inYear) inYear.push(s);
    else byYear.set(yearOf(s.date), [s]);
  }
  return { all, byId, byYear };
});

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
  const inYear = loadIndex().byYear.get(y) ?? [];
  return inYear.filter((s) => matches(s, body, query.status));
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
  const inYear = loadIndex().byYear.get(yearOf(d)) ?? [];
  const before = loadIndex().byYear.get(yearOf(d) - 1) ?? [];
  return before.concat(inYear).filter((s) => s.date === d || (s.endDate !== undefined && s.date < d && d <= s.endDate));
}

/**
 * Tells whether a value is the id of a session in {@link sessions}.
 *
 * @example
 * isSessionId('cmd-2021-04-27-dushanbe'); //=> true
 * isSessionId('cmd-2021-04-27'); //=> false
 */
export function isSessionId(value: unknown): boolean {
  return typeof value === 'string' && loadIndex().byId.has(value);
}

/**
 * Looks up a session by id, or throws {@link CstoError} `UNKNOWN_SESSION`. To find sessions by a date, a
 * place or the start of an id, use {@link findSessions}.
 *
 * @example
 * getSession('cssc-2021-04-29-dushanbe').body; //=> 'cssc'
 */
export function getSession(id: SessionId): Session {
  const found = typeof id === 'string' ? loadIndex().byId.get(id) : undefined;
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
  const { all, byId } = loadIndex();
  const exact = byId.get(query);
  if (exact) return [exact];
  if (isIsoDate(query) || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(query)) {
    return all.filter(
      (s) => s.date.startsWith(query) || (s.endDate !== undefined && s.date <= query && query <= s.endDate),
    );
  }
  const lower = query.toLowerCase();
  const byPrefix = all.filter((s) => s.id.startsWith(lower));
  if (byPrefix.length > 0) return byPrefix;
  const place = fold(query);
  return all.filter(
    (s) => s.place !== undefined && (fold(s.place.en).startsWith(place) || fold(s.place.ru).startsWith(place)),
  );
}
