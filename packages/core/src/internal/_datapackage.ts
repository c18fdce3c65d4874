/**
 * Writes the tabular data package from the tables of `_tables.ts`: one RFC 4180 CSV file per table and the
 * Frictionless `datapackage.json` descriptor (profile `tabular-data-package`) with each table's schema,
 * primary key and foreign keys. `scripts/build-tables.mjs` writes them to `dist/tables/`.
 */
import { DATA_AS_OF } from '../data-as-of.js';
import { organization } from '../organization.js';
import type { AnyTable, Cell } from './_table-schema.js';
import { TABLES } from './_tables.js';

/**
 * How the CSV files are written (a Frictionless CSV dialect): comma-separated, `"`-quoted where needed with
 * quotes doubled, CRLF line endings, a header row; UTF-8 without a byte order mark.
 *
 * @example
 * DIALECT.lineTerminator; // '\r\n'
 */
export const DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** A cell as CSV: quoted when it holds a comma, a quote or a line break; absent values are empty. */
function cell(value: Cell): string {
  const written = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(written) ? `"${written.replaceAll('"', '""')}"` : written;
}

/**
 * A table as CSV text: the header row, then one line per row.
 *
 * @example
 * tableCsv(TABLES[0]).split('\r\n')[0]; // 'abbreviation_en,abbreviation_ru,name_en,name_ru'
 */
export function tableCsv(table: AnyTable): string {
  const lines = [table.columns.map((c) => cell(c.name))];
  for (const row of table.rows()) lines.push(table.columns.map((c) => cell(c.value(row))));
  return lines.map((line) => `${line.join(',')}${DIALECT.lineTerminator}`).join('');
}

/** A table's Table Schema. */
function schemaOf(table: AnyTable) {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: c.description,
      ...(c.required || c.enum || c.pattern
        ? {
            constraints: {
              ...(c.required ? { required: true } : {}),
              ...(c.enum ? { enum: [...c.enum] } : {}),
              ...(c.pattern ? { pattern: c.pattern } : {}),
            },
          }
        : {}),
    })),
    missingValues: [''],
    primaryKey: [...table.primaryKey],
    ...(table.foreignKeys
      ? {
          foreignKeys: table.foreignKeys.map((k) => ({
            fields: [...k.fields],
            reference: { resource: k.resource, fields: [...k.reference] },
          })),
        }
      : {}),
  };
}

/**
 * The `datapackage.json` descriptor: the package's metadata and one tabular data resource per table.
 *
 * @param version - the version of `@csto/core` the package ships in
 * @example
 * dataPackage('0.2.0').resources.map((r) => r.path).includes('state_years.csv'); // true
 */
export function dataPackage(version: string) {
  return {
    profile: 'tabular-data-package',
    name: 'csto',
    title: `${organization.name.en} (${organization.abbreviation.en}): members, chairs, secretaries general, bodies, sessions and forces`,
    description:
      'The typed, sourced reference data of @csto/core as tables. Two rules read it: a period’s `from` is inclusive and its `to` exclusive (the first day of what follows; empty while it lasts), and a formal member is a state whose status is `member` or `frozen` (a suspended state is not). Every claim is cited: see the citations table.',
    version,
    homepage: 'https://github.com/csto-data/csto',
    keywords: ['csto', 'odkb', 'collective-security-treaty', 'international-organizations'],
    licenses: [
      {
        name: 'CC0-1.0',
        path: 'https://creativecommons.org/publicdomain/zero/1.0/',
        title: 'Creative Commons Zero v1.0 Universal',
      },
    ],
    dataAsOf: DATA_AS_OF,
    resources: TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      dialect: DIALECT,
      schema: schemaOf(table),
    })),
  };
}
