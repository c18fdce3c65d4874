import type { Anniversary, IsoDate } from '@csto/core';
import { chairOn } from '@csto/core/chairmanships';
import { DATA_AS_OF, MAX_YEAR, yearOf } from '@csto/core/dates';
import { anniversariesIn } from '@csto/core/milestones';
import { secretaryGeneralOn } from '@csto/core/secretaries-general';
import { isFormalStatus, membershipOn, stateCodes, states } from '@csto/core/states';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { nameIn, pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { dayArg, onOption } from '../internal/_options.js';
import { pad, wrap } from '../internal/_text.js';
import { memberRows, renderMemberRows } from './members.js';

/**
 * The next round anniversary on or after a day, looking ahead year by year.
 * @example
 * nextAnniversary('2027-01-01')?.years; //=> 25
 */
export function nextAnniversary(from: IsoDate): Anniversary | undefined {
  for (let year = yearOf(from); year <= MAX_YEAR; year++) {
    const found = anniversariesIn(year).find((a) => a.date >= from.slice(0, a.date.length));
    if (found) return found;
  }
  return undefined;
}

/**
 * The declaration of `csto (no command): the overview`; usage, help and parsing are generated from it.
 * @example
 * overview.run(context);
 */
export const overview: CommandSpec = defineCommand({
  name: 'overview',
  summary: 'A one-screen overview as of a day, today by default (what `csto` alone prints).',
  args: [dayArg],
  options: [onOption],
  examples: ['csto', 'csto 2012-07-01', 'csto --on yesterday', 'csto -l ru', 'csto --json'],
  run(context) {
    const { lang, style } = context;
    const today = context.options.on ?? context.today;
    const rows = memberRows(
      stateCodes.filter((code) => membershipOn(code, today) !== undefined),
      today,
    );
    const formal = rows.filter((r) => isFormalStatus(r.status)).length;
    const chair = chairOn(today);
    const sg = secretaryGeneralOn(today);
    const anniversary = nextAnniversary(today);
    const json = {
      on: today,
      dataAsOf: DATA_AS_OF,
      members: rows,
      chair: chair ?? null,
      secretaryGeneral: sg ?? null,
      nextAnniversary: anniversary ?? null,
    };
    return {
      on: today,
      json,
      text() {
        const notes = new Notes(context);
        const label = (text: string): string => style.bold(pad(text, 20));
        const lines = [
          ...wrap(`${t('overviewTitle', lang)} ${today} (${t('dataAsOf', lang)} ${DATA_AS_OF})`, ''),
          '',
          style.bold(
            lang === 'ru'
              ? `${t('membership', lang)} (${t('states', lang)}: ${rows.length}, ${t('formalMembers', lang)}: ${formal})`
              : `${t('membership', lang)} (${rows.length} ${t('states', lang)}, ${formal} ${t('formalMembers', lang)})`,
          ),
          ...renderMemberRows(rows, context, notes),
          '',
        ];
        const line = (name: string, text: string): void => {
          lines.push(...wrap(text, label(name), ' '.repeat(20)));
        };
        line(
          t('chair', lang),
          chair
            ? `${nameIn(states[chair.state].name, lang)}, ${nameIn(chair.chair.name, lang)} (${chair.year})${notes.cite(chair.citations)}`
            : '—',
        );
        line(
          t('secretaryGeneral', lang),
          sg
            ? `${nameIn(sg.person.name, lang)}${sg.acting ? ` (${t('acting', lang)})` : ''}, ${t('since', lang)} ${sg.from}${notes.cite(sg.citations)}`
            : '—',
        );
        line(
          t('nextAnniversary', lang),
          anniversary
            ? `${anniversary.date}: ${anniversary.years} ${t('years', lang)}, ${pick(anniversary.milestone.title, lang)}${notes.cite(anniversary.milestone.citations)}`
            : '—',
        );
        lines.push(...notes.render(), '', style.dim(t('help', lang)));
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
