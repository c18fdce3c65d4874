/**
 * The shape of a table of the tabular data package: its columns (each with a Table Schema type, a
 * description, constraints and how to read its value from a row), its keys, and where its rows come from.
 * The tables themselves are in `_tables.ts`; the CSV files and `datapackage.json` are written from them.
 */
import type { DomainName } from '../model/dataset.js';

/**
 * A Table Schema field type used by the package: text, whole numbers, `true`/`false`, and calendar days
 * (`YYYY-MM-DD`).
 *
 * @example
 * const type: FieldType = 'date';
 */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date';

/**
 * A value as a cell holds it before it is written: absent values are empty cells.
 *
 * @example
 * const cell: Cell = 371;
 */
export type Cell = string | number | boolean | undefined;

/**
 * One column of a table.
 *
 * @example
 * const code: Column<{ code: string }> = { name: 'code', type: 'string', description: 'ISO code.', required: true, value: (r) => r.code };
 */
export interface Column<R> {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** Whether every row has a value. */
  readonly required?: boolean;
  /** The values allowed, when they are a closed list. */
  readonly enum?: readonly string[];
  /** A regular expression every value of a `string` column matches. */
  readonly pattern?: string;
  readonly value: (row: R) => Cell;
}

/**
 * A foreign key: `fields` of this table name a row of `resource` by its `reference` fields (`resource` is
 * `''` for this same table, as Table Schema has it).
 *
 * @example
 * const key: ForeignKey = { fields: ['state'], resource: 'states', reference: ['code'] };
 */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly resource: string;
  readonly reference: readonly string[];
}

/**
 * One table: a CSV file of the package and its Table Schema.
 *
 * @example
 * const name: Table['name'] = 'membership_periods';
 */
export interface Table<R = never> {
  /** The resource name and file name (without `.csv`): lower case words joined by `_`. */
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[] | undefined;
  readonly columns: readonly Column<R>[];
  readonly rows: () => readonly R[];
}

/**
 * A table of any row type, as the package writes it.
 *
 * @example
 * const tables: readonly AnyTable[] = [];
 */
// biome-ignore lint/suspicious/noExplicitAny: a table's row type is private to its columns and rows.
export type AnyTable = Table<any>;

/**
 * What the package holds for one data domain: its tables, the first of which holds one row per record
 * (the table that citations of the domain point to), or the reason the domain has no table.
 *
 * @example
 * const none: DomainTables = { nonTabular: 'One object, not a table.' };
 */
export type DomainTables = { readonly tables: readonly AnyTable[] } | { readonly nonTabular: string };

/**
 * The tables of every domain of the manifest: a domain added to the data and not given tables here (or
 * declared non-tabular) fails to compile.
 *
 * @example
 * const layout: PackageLayout = {} as PackageLayout;
 */
export type PackageLayout = { readonly [K in DomainName]: DomainTables };
