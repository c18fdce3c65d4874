import { CstoError } from './errors.js';
import { tableCsv as writeTable } from './internal/_datapackage.js';
import { describe } from './internal/_describe.js';
import { lazyList } from './internal/_lazy.js';
import { TABLES } from './internal/_tables.js';

/**
 * The names of the tables of the data package, in the order its `datapackage.json` lists them (each domain's
 * tables in manifest order, then `citations`): `states`, `membership_periods`, `state_years`, …, `sessions`,
 * `session_bodies`, `agenda_items`, …. The package itself ships as `@csto/core/tables/<name>.csv`.
 *
 * @example
 * tableNames.includes('membership_periods'); //=> true
 * tableNames.at(-1); //=> 'citations'
 */
export const tableNames: readonly string[] = /*#__PURE__*/ lazyList(() => TABLES.map((table) => table.name));

/**
 * One table of the data package as CSV text, byte for byte the file `@csto/core/tables/<name>.csv`: RFC 4180,
 * a header row, CRLF line ends, UTF-8 without a byte order mark. Its columns, keys and their meanings are in
 * the package's `datapackage.json`. The name may be written with hyphens (`membership-periods`) or as a
 * domain's name in camel case (`secretariesGeneral`, its main table).
 *
 * @throws {CstoError} `UNKNOWN_TABLE` for a name that is not in `tableNames`.
 *
 * @example
 * tableCsv('sessions').split('\r\n')[0]?.startsWith('id,body,bodies,'); //=> true
 */
export function tableCsv(name: string): string {
  const table = TABLES.find((t) => t.name === tableNameOf(name));
  if (table) return writeTable(table);
  throw new CstoError('UNKNOWN_TABLE', `Unknown table ${describe(name)}: expected one of ${tableNames.join(', ')}.`);
}

/** A name as typed, in the tables' snake case: `membership-periods` and `secretariesGeneral` as written there. */
function tableNameOf(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replaceAll('-', '_');
}
