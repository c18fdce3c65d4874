import type { SessionDocument, SessionId } from '@csto/core';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { bodyOption } from '../internal/_options.js';
import { bodyArg } from '../internal/_resolve.js';
import { wrap } from '../internal/_text.js';
import { sessionsMatching, sessionTitle } from './sessions.js';

/**
 * The documents one session adopted or signed, as `csto documents --json` lists them.
 * @example
 * const row: DocumentsOfSession = { session: 'cmd-2021-04-27-dushanbe', date: '2021-04-27', documents: [] };
 */
export interface DocumentsOfSession {
  readonly session: SessionId;
  readonly date: string;
  readonly documents: readonly SessionDocument[];
}

/**
 * The declaration of `csto documents`; usage, help and parsing are generated from it.
 * @example
 * documents.run({ ...context, args: { YEAR: 2021 } }).json;
 */
export const documents: CommandSpec = defineCommand({
  name: 'documents',
  summary:
    'The documents adopted or signed at sessions, where sources list them, session by session: all, or those of a year and/or of one body. For the treaty, the Charter and the agreements, see `csto instruments`.',
  args: [{ name: 'YEAR', required: false, value: 'year', description: 'only the sessions of this year' }],
  options: [bodyOption],
  examples: ['csto documents', 'csto documents 2021', 'csto documents --body csc --lang ru', 'csto documents --json'],
  run(context) {
    const body = context.options.body === undefined ? undefined : bodyArg(context.options.body).id;
    const found = sessionsMatching(context.args.YEAR, body === undefined ? {} : { body }).filter(
      (s) => s.documents !== undefined && s.documents.length > 0,
    );
    const rows: DocumentsOfSession[] = found.map((s) => ({
      session: s.id,
      date: s.date,
      documents: s.documents ?? [],
    }));
    return {
      json: rows,
      text() {
        const { lang, style } = context;
        if (rows.length === 0) return `${t('noDocuments', lang)}\n`;
        const notes = new Notes(context);
        const count = rows.reduce((sum, row) => sum + row.documents.length, 0);
        const lines = [style.bold(`${t('documentsAdopted', lang)} (${count})`)];
        for (const s of found) {
          lines.push(`  ${s.date}  ${s.id}`, ...wrap(sessionTitle(s, context), ' '.repeat(14)).map(style.dim));
          for (const doc of s.documents ?? []) {
            lines.push(...wrap(`${pick(doc.title, lang)}${notes.cite(doc.citations)}`, '    - ', '      '));
          }
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
