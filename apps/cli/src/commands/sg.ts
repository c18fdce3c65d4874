import type { IsoDate } from '@csto/core';
import { secretaryGeneralOn } from '@csto/core/secretaries-general';
import { states } from '@csto/core/states';
import type { CommandSpec } from '../internal/_define.js';
import { pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { wrap } from '../internal/_text.js';

/**
 * The declaration of `csto sg`; usage, help and parsing are generated from it.
 * @example
 * sg.run({ ...context, options: { on: '2017-03-01' } }).json;
 */
export const sg: CommandSpec = {
  name: 'sg',
  summary: 'The Secretary General (or acting Secretary General) in office on a day.',
  args: [],
  options: [
    { name: 'on', value: 'date', placeholder: 'DATE', description: 'the day, YYYY-MM-DD (default: today, UTC)' },
  ],
  examples: ['csto sg', 'csto sg --on 2017-03-01', 'csto sg --lang ru --sources'],
  run(context) {
    const on = (context.options.on as IsoDate | undefined) ?? context.today;
    const term = secretaryGeneralOn(on);
    return {
      json: term ?? null,
      text() {
        const { lang, style } = context;
        if (!term) return `${t('noSecretaryGeneral', lang)} ${on}.\n`;
        const notes = new Notes(context);
        const span = term.to ? `${term.from} ${t('until', lang)} ${term.to}` : `${t('since', lang)} ${term.from}`;
        const acting = term.acting ? ` (${t('acting', lang)})` : '';
        const lines = [
          style.bold(`${t('secretaryGeneralOn', lang)} ${on}`),
          ...wrap(
            `${pick(term.person.name, lang)}${acting}, ${pick(states[term.nationality].name, lang)}${notes.cite(term.sources)}`,
            '  ',
          ),
          `  ${span}${term.appointed ? `; ${t('appointed', lang)} ${term.appointed}` : ''}`,
        ];
        if (term.note) lines.push(...wrap(`${t('note', lang)}: ${term.note}`, '  '));
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
};
