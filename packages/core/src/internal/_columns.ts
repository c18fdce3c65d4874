/**
 * The kinds of column the tables use, and `table`, which declares a table from its rows and a function of
 * a column kit typed by those rows (so each column's `value` reads a typed row).
 */
import type { LocalizedText, PartiallyLocalizedText } from '../model/common.js';
import type { Column, ForeignKey, Table } from './_table-schema.js';

/** A day, `YYYY-MM-DD`, or a month or a year when the sources say no more. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
/** A day, `YYYY-MM-DD`, or a month, `YYYY-MM`, when the sources give no day. */
const DAY_OR_MONTH = '^\\d{4}-\\d{2}(-\\d{2})?$';
const STATE_CODE = '^[A-Z]{2}$';
const WIKIDATA_ITEM = '^Q[1-9][0-9]*$';

type Read<R, T> = (row: R) => T | undefined;

/**
 * Makes the columns of a table whose rows are `R`.
 *
 * @example
 * const k = columnsOf<{ code: string }>();
 * k.state('code', 'The state.', (r) => r.code).pattern; // '^[A-Z]{2}$'
 */
export function columnsOf<R>() {
  const column = (c: Column<R>): Column<R> => c;
  return {
    /** Text. */
    text: (name: string, description: string, value: Read<R, string>, required = false) =>
      column({ name, type: 'string', description, required, value }),
    /** Whole numbers. */
    integer: (name: string, description: string, value: Read<R, number>, required = true) =>
      column({ name, type: 'integer', description, required, value }),
    /** `true` or `false`. */
    boolean: (name: string, description: string, value: Read<R, boolean>) =>
      column({ name, type: 'boolean', description, required: true, value }),
    /** Calendar days, `YYYY-MM-DD`. */
    day: (name: string, description: string, value: Read<R, string>, required = false) =>
      column({ name, type: 'date', description, required, value }),
    /** Dates as precise as the sources: a day, a month or a year. */
    partialDate: (name: string, description: string, value: Read<R, string>, required = false) =>
      column({
        name,
        type: 'string',
        description: `${description} \`YYYY-MM-DD\`, \`YYYY-MM\` or \`YYYY\`, as precisely as the sources say.`,
        required,
        pattern: PARTIAL_DATE,
        value,
      }),
    /** A day, or only a month where the sources give no day (a session's date). */
    dayOrMonth: (name: string, description: string, value: Read<R, string>, required = false) =>
      column({
        name,
        type: 'string',
        description: `${description} \`YYYY-MM-DD\`, or \`YYYY-MM\` when the sources give only the month.`,
        required,
        pattern: DAY_OR_MONTH,
        value,
      }),
    /** One of a closed list of values. */
    oneOf: (name: string, description: string, values: readonly string[], value: Read<R, string>, required = true) =>
      column({ name, type: 'string', description, required, enum: values, value }),
    /** A state's ISO 3166-1 alpha-2 code. */
    state: (name: string, description: string, value: Read<R, string>, required = true) =>
      column({ name, type: 'string', description, required, pattern: STATE_CODE, value }),
    /** A Wikidata item, `Q` and digits. */
    wikidata: (name: string, description: string, value: Read<R, string>, required = false) =>
      column({ name, type: 'string', description, required, pattern: WIKIDATA_ITEM, value }),
    /** A text's English and Russian columns, `<name>_en` and `<name>_ru`. */
    texts: (name: string, what: string, get: Read<R, LocalizedText | PartiallyLocalizedText>, required = false) => [
      column({
        name: `${name}_en`,
        type: 'string',
        description: `${what}, in English.`,
        required,
        value: (r) => get(r)?.en,
      }),
      column({
        name: `${name}_ru`,
        type: 'string',
        description: `${what}, in Russian, where a source gives it.`,
        value: (r) => get(r)?.ru,
      }),
    ],
  };
}

/**
 * The column kit of a table whose rows are `R`.
 *
 * @example
 * const k: Columns<{ id: string }> = columnsOf<{ id: string }>();
 */
export type Columns<R> = ReturnType<typeof columnsOf<R>>;

/**
 * What a table says besides its rows: name, description, keys and columns.
 *
 * @example
 * const shape: TableShape<{ id: string }> = { name: 'x', description: 'X.', primaryKey: ['id'], columns: [] };
 */
export interface TableShape<R> {
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  readonly columns: readonly Column<R>[];
}

/**
 * Declares a table: its rows, then its shape made with the column kit of those rows.
 *
 * @example
 * table(() => [{ id: 'a' }], (k) => ({ name: 'x', description: 'X.', primaryKey: ['id'], columns: [k.text('id', 'Id.', (r) => r.id, true)] }));
 */
export function table<R>(rows: () => readonly R[], shape: (k: Columns<R>) => TableShape<R>): Table<R> {
  // The columns are built on first use, so that importing the tables (the CLI does, for every command) costs
  // almost nothing until one is written.
  let built: TableShape<R> | undefined;
  const get = (): TableShape<R> => {
    built ??= shape(columnsOf<R>());
    return built;
  };
  return {
    get name() {
      return get().name;
    },
    get description() {
      return get().description;
    },
    get primaryKey() {
      return get().primaryKey;
    },
    get foreignKeys() {
      return get().foreignKeys;
    },
    get columns() {
      return get().columns;
    },
    rows,
  };
}
