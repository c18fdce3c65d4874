import { yearOf } from '@csto/core/dates';
import { anniversariesIn } from '@csto/core/milestones';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { wrap } from '../internal/_text.js';

/**
 * The declaration of `csto anniversaries`; usage, help and parsing are generated from it.
 * @example
 * anniversaries.run({ ...context, args: { YEAR: 2022 } });
 */
export const anniversaries: CommandSpec = defineCommand({
  name: 'anniversaries',
  summary: 'The round (every fifth) anniversaries of the founding dates that fall in a year.',
  args: [
    { name: 'YEAR', required: false, value: 'year', description: 'a year from 1992 to 2100 (default: this year)' },
  ],
  options: [],
  examples: ['csto anniversaries', 'csto anniversaries 2027', 'csto anniversaries 2032 --lang ru'],
  run(context) {
    const year = context.args.YEAR ?? yearOf(context.today);
    const found = anniversariesIn(year);
    return {
      json: found,
      text() {
        const { lang, style } = context;
        if (found.length === 0) return `${t('noAnniversaries', lang)} ${year}.\n`;
        const notes = new Notes(context);
        const lines = [style.bold(`${t('anniversariesIn', lang)} ${year}`)];
        for (const a of found) {
          const head = `  ${a.date}  `;
          lines.push(
            ...wrap(
              `${a.years} ${t('years', lang)}: ${pick(a.milestone.title, lang)} (${a.milestone.date})${notes.cite(a.milestone.citations)}`,
              head,
              ' '.repeat(head.length),
            ),
          );
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
