import { secretaryGeneralOn } from '@csto/core/secretaries-general';
import { states } from '@csto/core/states';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { english, nameIn, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { dayArg, onOption } from '../internal/_options.js';
import { wrap } from '../internal/_text.js';

/**
 * The declaration of `csto sg`; usage, help and parsing are generated from it.
 * @example
 * sg.run({ ...context, options: { on: '2017-03-01' } }).json;
 */
export const sg: CommandSpec = defineCommand({
  name: 'sg',
  summary: 'The Secretary General (or acting Secretary General) in office on a day.',
  args: [dayArg],
  options: [onOption],
  examples: ['csto sg', 'csto sg 2018-01-01', 'csto sg --on 2017-03-01', 'csto sg --lang ru --sources'],
  run(context) {
    const on = context.options.on ?? context.today;
    const term = secretaryGeneralOn(on);
    return {
      on,
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
            `${nameIn(term.person.name, lang)}${acting}, ${nameIn(states[term.nationality].name, lang)}${notes.cite(term.citations)}`,
            '  ',
          ),
          `  ${span}${term.appointed ? `; ${t('appointed', lang)} ${term.appointed}` : ''}`,
        ];
        if (term.note) lines.push(...wrap(`${t('note', lang)}: ${english(term.note, lang)}`, '  '));
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
