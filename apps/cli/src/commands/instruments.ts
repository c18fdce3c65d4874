import { instruments } from '@csto/core/milestones';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { nameIn, pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { wrap } from '../internal/_text.js';

/**
 * The declaration of `csto instruments`; usage, help and parsing are generated from it.
 * @example
 * instruments.run(context).json;
 */
export const instrumentsCommand: CommandSpec = defineCommand({
  name: 'instruments',
  summary: 'The legal instruments: the treaty, the Charter, the agreements and their protocols.',
  args: [],
  options: [],
  examples: ['csto instruments', 'csto instruments --lang ru --sources', 'csto instruments --json'],
  run(context) {
    const all = Object.values(instruments);
    return {
      json: all,
      text() {
        const { lang, style } = context;
        const notes = new Notes(context);
        const lines = [style.bold(t('instruments', lang))];
        for (const i of all) {
          const head = `  ${i.signed.padEnd(10)}  `;
          const indent = ' '.repeat(head.length);
          lines.push(`${head}${i.id}`);
          lines.push(...wrap(`${pick(i.title, lang)}${notes.cite(i.citations)}`, indent, indent));
          const where = [
            i.place ? nameIn(i.place, lang) : undefined,
            i.inForce ? `${t('inForce', lang)} ${i.inForce}` : undefined,
          ].filter((x) => x !== undefined);
          if (where.length > 0) lines.push(...wrap(where.join('; '), indent, indent));
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
