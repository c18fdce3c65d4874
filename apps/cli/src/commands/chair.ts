import type { Chairmanship, IsoDate } from '@csto/core';
import { chairOn, presidencyIn } from '@csto/core/chairmanships';
import { states } from '@csto/core/states';
import type { CommandSpec, Context } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { wrap } from '../internal/_text.js';

/**
 * The lines describing one chairmanship.
 * @example
 * renderChair(presidencyIn(2021)!, 'Chairmanship of 2021', context);
 */
export function renderChair(chair: Chairmanship, title: string, context: Context): string {
  const { lang, style } = context;
  const notes = new Notes(context);
  const span = chair.to ? `${chair.from} ${t('until', lang)} ${chair.to}` : `${t('since', lang)} ${chair.from}`;
  const how = t(chair.handover === 'session' ? 'handoverSession' : 'handoverCalendar', lang);
  const lines = [
    style.bold(title),
    ...wrap(
      `${pick(states[chair.state].name, lang)}: ${pick(chair.chair.name, lang)}${notes.cite(chair.sources)}`,
      '  ',
    ),
    ...wrap(`${span} (${how})`, '  '),
  ];
  if (chair.note) lines.push(...wrap(`${t('note', lang)}: ${chair.note}`, '  '));
  lines.push(...notes.render());
  return `${lines.join('\n')}\n`;
}

/**
 * The declaration of `csto chair`; usage, help and parsing are generated from it.
 * @example
 * chair.run({ ...context, args: { YEAR: 2021 } }).json;
 */
export const chair: CommandSpec = {
  name: 'chair',
  summary:
    'The chairing state and its head of state: for a year (the chairmanship named for it), or on a day (default: today).',
  args: [{ name: 'YEAR', required: false, value: 'year', description: 'a year from 1992 to 2100' }],
  options: [
    { name: 'on', value: 'date', placeholder: 'DATE', description: 'the day, YYYY-MM-DD (default: today, UTC)' },
  ],
  examples: ['csto chair', 'csto chair 2021', 'csto chair --on 2022-10-01'],
  run(context) {
    const year = context.args.YEAR as number | undefined;
    const on = context.options.on as IsoDate | undefined;
    if (year !== undefined && on !== undefined) {
      throw new UsageError('give either YEAR or --on DATE to `chair`, not both.');
    }
    const found = year === undefined ? chairOn(on ?? context.today) : presidencyIn(year);
    const { lang } = context;
    const when = year === undefined ? (on ?? context.today) : String(year);
    return {
      json: found ?? null,
      text: () =>
        found
          ? renderChair(
              found,
              year === undefined ? `${t('chairOn', lang)} ${when}` : `${t('chairIn', lang)} ${year}`,
              context,
            )
          : `${t('noChair', lang)} ${when}.\n`,
    };
  },
};
