import type { Chairmanship } from '@csto/core';
import { chairOn, presidencyIn } from '@csto/core/chairmanships';
import { states } from '@csto/core/states';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { english, nameIn, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { onOption } from '../internal/_options.js';
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
      `${nameIn(states[chair.state].name, lang)}: ${nameIn(chair.chair.name, lang)}${notes.cite(chair.citations)}`,
      '  ',
    ),
    ...wrap(`${span} (${how})`, '  '),
  ];
  if (chair.note) lines.push(...wrap(`${t('note', lang)}: ${english(chair.note, lang)}`, '  '));
  lines.push(...notes.render());
  return `${lines.join('\n')}\n`;
}

/**
 * The declaration of `csto chair`; usage, help and parsing are generated from it.
 * @example
 * chair.run({ ...context, args: { 'YEAR|DATE': 2021 } }).json;
 */
export const chair: CommandSpec = defineCommand({
  name: 'chair',
  summary:
    'The chairing state and its head of state: for a year (the chairmanship named for it), or on a day (default: today).',
  args: [
    {
      name: 'YEAR|DATE',
      as: 'on',
      required: false,
      value: 'when',
      description: 'a year from 1992 to 2100, or a day (as --on)',
    },
  ],
  options: [onOption],
  examples: ['csto chair', 'csto chair 2021', 'csto chair 2021-10-01', 'csto chair --on 2022-10-01'],
  run(context) {
    const year = context.args['YEAR|DATE'];
    const on = context.options.on;
    if (year !== undefined && on !== undefined) {
      throw new UsageError(
        `give either a year or a day to \`chair\`, not both: \`csto chair ${year}\` or \`csto chair ${on}\`.`,
      );
    }
    const found = year === undefined ? chairOn(on ?? context.today) : presidencyIn(year);
    const { lang } = context;
    const when = year === undefined ? (on ?? context.today) : String(year);
    return {
      ...(year === undefined ? { on: on ?? context.today } : {}),
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
});
