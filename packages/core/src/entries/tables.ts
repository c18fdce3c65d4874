/**
 * `@csto/core/tables`: the data package's tables as CSV text, computed from the record, byte for byte the
 * files `@csto/core/tables/<name>.csv` (which `datapackage.json` describes).
 *
 * @example
 * import { tableCsv } from '@csto/core/tables';
 * tableCsv('session_bodies').startsWith('session,body'); //=> true
 *
 * @packageDocumentation
 */
export { tableCsv, tableNames } from '../tables.js';
