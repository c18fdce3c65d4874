// Reads the built tabular data package (dist/tables/) as a user of it would: the descriptor, and each CSV
// file parsed per RFC 4180 into rows of named cells. Shared by the tests of the tables and of the panel.
import { readFileSync } from 'node:fs';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding: string;
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

export interface Descriptor {
  profile: string;
  name: string;
  resources: Resource[];
}

const dir = new URL('../dist/tables/', import.meta.url);

/** The text of a file of the package. */
export const readText = (path: string): string => readFileSync(new URL(path, dir), 'utf8');

/** The package's descriptor. */
export const descriptor = (): Descriptor => JSON.parse(readText('datapackage.json')) as Descriptor;

/** Parses CSV text per RFC 4180: fields separated by commas, quoted fields with doubled quotes, CRLF lines. */
export function parseCsv(text: string, lineTerminator = '\r\n'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (text.startsWith(lineTerminator, i)) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += lineTerminator.length - 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last line does not end with the line terminator');
  return rows;
}

/** A table of the package as objects keyed by column name (the header row), cells as text. */
export function readTable(name: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readText(`${name}.csv`));
  if (header === undefined) throw new Error(`${name}.csv is empty`);
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
}
