import type { Session } from '@csto/core';
import { sessionsDomain } from '../internal/_core.js';
import type { CommandSpec, Context } from '../internal/_define.js';
import { pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { resolveBody, resolveSession } from '../internal/_resolve.js';
import { wrap } from '../internal/_text.js';

/**
 * "Council of Ministers of Defense, Dushanbe" or "…, online".
 * @example
 * sessionTitle(getSession('cmd-2021-04-27-dushanbe'), context); //=> 'Council of Ministers of Defense, Dushanbe'
 */
export function sessionTitle(session: Session, context: Context): string {
  const { lang } = context;
  const where = session.place ? pick(session.place, lang) : t(session.format, lang);
  return `${pick(sessionsDomain().bodies[session.body].name, lang)}, ${where}`;
}

/**
 * The declaration of `csto sessions`; usage, help and parsing are generated from it.
 * @example
 * sessions.run({ ...context, options: { year: 2021 } });
 */
/**
 * The declaration of `csto session`; usage, help and parsing are generated from it.
 * @example
 * session.run({ ...context, args: { ID: 'cmd-2021-04-27-dushanbe' } });
 */
export const sessions: CommandSpec = {
  name: 'sessions',
  summary: 'The sessions in the data, in date order: all of them, or those of a year and/or of one body.',
  args: [],
  options: [
    { name: 'year', value: 'year', placeholder: 'YEAR', description: 'only the sessions of this year' },
    {
      name: 'body',
      value: 'string',
      placeholder: 'BODY',
      get description() {
        return `only this body's sessions: ${Object.keys(sessionsDomain().bodies).join(', ')} (or an abbreviation: CSC, CMFA, …)`;
      },
    },
  ],
  examples: ['csto sessions', 'csto sessions --year 2021', 'csto sessions --body cmd --json'],
  run(context) {
    const year = context.options.year as number | undefined;
    const body = context.options.body === undefined ? undefined : resolveBody(String(context.options.body)).id;
    const found =
      year === undefined
        ? sessionsDomain().sessions.filter((s) => body === undefined || s.body === body)
        : sessionsDomain().sessionsIn(year, body === undefined ? {} : { body });
    return {
      json: found,
      text() {
        const { lang, style } = context;
        if (found.length === 0) return `${t('noSessions', lang)}\n`;
        const notes = new Notes(context);
        const title = year === undefined ? t('sessions', lang) : `${t('sessionsIn', lang)} ${year}`;
        const lines = [style.bold(`${title} (${found.length})`)];
        for (const s of found) {
          lines.push(`  ${s.date}  ${s.id}`);
          lines.push(...wrap(`${sessionTitle(s, context)}${notes.cite(s.sources)}`, ' '.repeat(14)).map(style.dim));
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

export const session: CommandSpec = {
  name: 'session',
  summary: 'One session with its full agenda (ids as listed by `csto sessions`).',
  args: [{ name: 'ID', required: true, value: 'string', description: 'a session id, e.g. cmd-2021-04-27-dushanbe' }],
  options: [],
  examples: ['csto session cmd-2021-04-27-dushanbe', 'csto session csc-2021-09-16-dushanbe --lang ru --sources'],
  run(context) {
    const found = resolveSession(String(context.args.ID));
    return {
      json: found,
      text() {
        const { lang, style } = context;
        const notes = new Notes(context);
        const dates = found.endDate ? `${found.date}/${found.endDate}` : found.date;
        const lines = [
          ...wrap(`${sessionTitle(found, context)}, ${dates}`, '').map(style.bold),
          `${t(found.kind, lang)}, ${t(found.format, lang)}${notes.cite(found.sources)}`,
        ];
        if (found.chair) {
          lines.push(...wrap(`${t('chairedBy', lang)}: ${pick(found.chair.name, lang)} (${found.chair.state})`, ''));
        }
        lines.push('', style.bold(t('agenda', lang)));
        if (found.agenda.length === 0) lines.push(`  ${t('noAgenda', lang)}`);
        found.agenda.forEach((item, i) => {
          const marker = `  ${i + 1}. `;
          lines.push(...wrap(`${pick(item.text, lang)}${notes.cite(item.sources)}`, marker, ' '.repeat(marker.length)));
        });
        if (found.related && found.related.length > 0) {
          lines.push('', style.bold(t('related', lang)));
          for (const item of found.related) {
            lines.push(...wrap(`${pick(item.text, lang)}${notes.cite(item.sources)}`, '  - ', '    '));
          }
        }
        if (found.note) lines.push('', ...wrap(`${t('note', lang)}: ${found.note}`, ''));
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
};
