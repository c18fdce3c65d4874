import type { Language, Session, SessionQuery } from '@csto/core';
import { isYearMonth } from '@csto/core/dates';
import { sessions as allSessions, bodies, bodiesOf, findSessions, sessionsIn } from '@csto/core/sessions';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { english, nameIn, pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { bodyOption } from '../internal/_options.js';
import { bodyArg, sessionsArg } from '../internal/_resolve.js';
import { wrap } from '../internal/_text.js';

/**
 * "Council of Ministers of Defense, Dushanbe" or "…, online"; a joint meeting names every body that met,
 * and a planned or cancelled session says so.
 * @example
 * sessionTitle(getSession('cmd-2021-04-27-dushanbe'), context); //=> 'Council of Ministers of Defense, Dushanbe'
 */
export function sessionTitle(session: Session, context: Context): string {
  const { lang } = context;
  const where = session.place ? nameIn(session.place, lang) : t(session.format, lang);
  const met = bodiesOf(session);
  const who =
    met.length > 1
      ? `${t('joint', lang)}: ${met.map((id) => pick(bodies[id].abbreviation ?? bodies[id].name, lang)).join(', ')}`
      : pick(bodies[session.body].name, lang);
  return `${who}, ${where}${statusMark(session, lang)}`;
}

/**
 * What a session line adds for its status: nothing for a held session, " (planned)" or " (cancelled)".
 * @example
 * statusMark(getSession('csc-2018-12-06-saint-petersburg'), 'en'); //=> ' (cancelled)'
 */
export function statusMark(session: Session, lang: Language): string {
  return session.status === 'held' ? '' : ` (${t(session.status, lang)})`;
}

const LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;

/**
 * A session's date as its heading writes it: the days as given, or the month written out when the sources
 * give only the month.
 * @example
 * sessionDate(getSession('cmd-2011-06-minsk'), 'ru'); //=> 'июнь 2011'
 */
export function sessionDate(session: Session, lang: Language): string {
  if (session.endDate) return `${session.date}/${session.endDate}`;
  if (!isYearMonth(session.date)) return session.date;
  const [year = 0, month = 1] = session.date.split('-').map(Number);
  const options = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(LOCALES[lang], options)
    .format(new Date(Date.UTC(year, month - 1, 15)))
    .replace(/\s*г\.$/, '');
}

/** The years the sessions span, first to last. */
function sessionYears(): number[] {
  const first = Number(allSessions[0]?.date.slice(0, 4) ?? 0);
  const last = Number(allSessions.at(-1)?.date.slice(0, 4) ?? -1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * The sessions of a year, or of every year, that match a query, through the core's `sessionsIn` (so a
 * body's joint meetings are included).
 * @example
 * sessionsMatching(2021, { body: 'cmd' }).map((s) => s.id); //=> ['cmd-2021-04-27-dushanbe', …]
 */
export function sessionsMatching(year: number | undefined, query: SessionQuery): Session[] {
  return (year === undefined ? sessionYears() : [year]).flatMap((y) => sessionsIn(y, query));
}

/**
 * The declaration of `csto sessions`; usage, help and parsing are generated from it.
 * @example
 * sessions.run({ ...context, options: { year: 2021 } });
 */
export const sessions: CommandSpec = defineCommand({
  name: 'sessions',
  summary:
    'The sessions in the data (held, planned and cancelled) in date order: all of them, or those of a year, a month or a day, and/or of one body (joint meetings included).',
  args: [
    {
      name: 'PERIOD',
      required: false,
      value: 'period',
      description: 'only the sessions of this year (as --year), month (2011-06) or day (2021-04-27)',
    },
  ],
  options: [
    { name: 'year', value: 'year', placeholder: 'YEAR', description: 'only the sessions of this year' },
    bodyOption,
    { name: 'planned', description: 'only the planned sessions' },
  ],
  examples: [
    'csto sessions',
    'csto sessions 2021',
    'csto sessions 2011-06',
    'csto sessions --body cmd --json',
    'csto sessions --planned',
  ],
  run(context) {
    const positional = context.args.PERIOD;
    const option = context.options.year;
    if (positional !== undefined && option !== undefined) {
      throw new UsageError(`give the year once: \`csto sessions ${positional}\`.`);
    }
    // A month or a day narrows its year's sessions to those the core finds for it (`findSessions`).
    const period = typeof positional === 'string' ? positional : undefined;
    const year = typeof positional === 'string' ? Number(positional.slice(0, 4)) : (positional ?? option);
    const body = context.options.body === undefined ? undefined : bodyArg(context.options.body).id;
    const query = {
      ...(body === undefined ? {} : { body }),
      ...(context.options.planned === true ? { status: 'planned' as const } : {}),
    };
    const inPeriod = period === undefined ? undefined : new Set(findSessions(period));
    const found = sessionsMatching(year, query).filter((s) => inPeriod === undefined || inPeriod.has(s));
    return {
      json: found,
      text() {
        const { lang, style } = context;
        if (found.length === 0) {
          return year === undefined ? `${t('noSessions', lang)}\n` : `${t('noSessionsIn', lang)} ${period ?? year}.\n`;
        }
        const notes = new Notes(context);
        const title = year === undefined ? t('sessions', lang) : `${t('sessionsIn', lang)} ${period ?? year}`;
        const lines = [style.bold(`${title} (${found.length})`)];
        for (const s of found) {
          lines.push(`  ${s.date.padEnd(10)}  ${s.id}`);
          lines.push(...wrap(`${sessionTitle(s, context)}${notes.cite(s.citations)}`, ' '.repeat(14)).map(style.dim));
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});

/** One session in full: agenda, documents, absences, related events. */
function renderSession(found: Session, context: Context): string[] {
  const { lang, style } = context;
  const notes = new Notes(context);
  const lines = [
    ...wrap(`${sessionTitle(found, context)}, ${sessionDate(found, lang)}`, '').map(style.bold),
    `${found.id}: ${t(found.kind, lang)}, ${t(found.format, lang)}${notes.cite(found.citations)}`,
  ];
  if (found.chair) {
    lines.push(...wrap(`${t('chairedBy', lang)}: ${nameIn(found.chair.name, lang)} (${found.chair.state})`, ''));
  }
  lines.push('', style.bold(t('agenda', lang)));
  if (found.agenda.length === 0) lines.push(`  ${t('noAgenda', lang)}`);
  found.agenda.forEach((item, i) => {
    const marker = `  ${i + 1}. `;
    lines.push(...wrap(`${pick(item.text, lang)}${notes.cite(item.citations)}`, marker, ' '.repeat(marker.length)));
  });
  if (found.documents && found.documents.length > 0) {
    lines.push('', style.bold(t('documents', lang)));
    for (const doc of found.documents) {
      lines.push(...wrap(`${pick(doc.title, lang)}${notes.cite(doc.citations)}`, '  - ', '    '));
    }
  }
  if (found.absent && found.absent.length > 0) {
    lines.push('', style.bold(t('absent', lang)));
    for (const a of found.absent) {
      const note = a.note ? `: ${english(a.note, lang)}` : '';
      lines.push(...wrap(`${a.state}${note}${notes.cite(a.citations)}`, '  - ', '    '));
    }
  }
  if (found.related && found.related.length > 0) {
    lines.push('', style.bold(t('related', lang)));
    for (const item of found.related) {
      lines.push(...wrap(`${pick(item.text, lang)}${notes.cite(item.citations)}`, '  - ', '    '));
    }
  }
  if (found.note) lines.push('', ...wrap(`${t('note', lang)}: ${english(found.note, lang)}`, ''));
  lines.push(...notes.render());
  return lines;
}

/**
 * The declaration of `csto session`; usage, help and parsing are generated from it.
 * @example
 * session.run({ ...context, args: { QUERY: '2021-04-27' } });
 */
export const session: CommandSpec = defineCommand({
  name: 'session',
  summary:
    'One session with its agenda, documents and absences; or, when QUERY matches several, the list of them (ids as listed by `csto sessions`).',
  args: [
    {
      name: 'QUERY',
      required: true,
      value: 'string',
      description:
        'an id, a day, month or year, the start of an id, or a place (cmd-2021-04-27-dushanbe, 2021-04-27, dushanbe)',
    },
  ],
  options: [],
  examples: [
    'csto session cmd-2021-04-27-dushanbe',
    'csto session 2021-04-27',
    'csto session Душанбе',
    'csto session csc-2021-09-16-dushanbe --lang ru --sources',
  ],
  run(context) {
    const found = sessionsArg(context.args.QUERY);
    const [only] = found;
    if (only !== undefined && found.length === 1) {
      return { json: only, text: () => `${renderSession(only, context).join('\n')}\n` };
    }
    return {
      json: found,
      text() {
        const { lang, style } = context;
        const lines = [style.bold(`${t('sessions', lang)} (${found.length})`)];
        for (const s of found) {
          lines.push(`  ${s.date.padEnd(10)}  ${s.id}`);
          lines.push(...wrap(sessionTitle(s, context), ' '.repeat(14)).map(style.dim));
        }
        lines.push('', `Run \`csto session ID\` for one of them.`);
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
