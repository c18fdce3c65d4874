/**
 * How the site names a body in short: its abbreviation in the page's language where the core's data has one
 * ("СКБ", "CMD"), else its full name in that language. An English abbreviation never stands on a Russian page.
 */
import { type BodyId, bodies, type Language, type Session, sessions, sessionsIn, yearOf } from '@csto/core';

/**
 * A body's short name in a language.
 *
 * @example
 * shortName('cmd', 'en'); //=> 'CMD'
 * shortName('cmd', 'ru'); //=> 'Совет министров обороны' (no Russian abbreviation in the data)
 */
export function shortName(id: BodyId, lang: Language): string {
  const body = bodies[id];
  return body.abbreviation?.[lang] ?? body.name[lang];
}

/**
 * Every session of a body in the data, joint meetings it took part in included, oldest first: the library's
 * `sessionsIn(year, { body })`, year by year.
 *
 * @example
 * sessionsOf('cmd').some((x) => x.id === 'cmd-2021-04-27-dushanbe'); //=> true
 */
export function sessionsOf(id: BodyId): Session[] {
  const years = [...new Set(sessions.map((x) => yearOf(x.date)))].sort((a, b) => a - b);
  return years.flatMap((year) => sessionsIn(year, { body: id }));
}
