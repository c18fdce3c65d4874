/**
 * The tabular data package as built (dist/tables/): a Frictionless descriptor whose tables are derived from
 * the manifest, and CSV files whose every row satisfies its table schema and whose every key resolves.
 */
import { describe, expect, it } from 'vitest';
import {
  bodiesOf,
  type Citation,
  chairmanships,
  DATA_AS_OF,
  dataset,
  domainNames,
  getSession,
  organization,
  secretariesGeneral,
  states,
} from '../src/index.js';
import { DIALECT, tableCsv } from '../src/internal/_datapackage.js';
import { LAYOUT, TABLES } from '../src/internal/_tables.js';
import { tableCsv as tableCsvApi, tableNames as tableNamesApi } from '../src/tables.js';
import { descriptor, type Field, parseCsv, readTable, readText } from './_package-tables.js';

const pkg = descriptor();
const tables = new Map(pkg.resources.map((r) => [r.name, readTable(r.name)]));
const rowsOf = (name: string) => tables.get(name) ?? [];

/** Whether a text is a real calendar day, `YYYY-MM-DD`. */
function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What is wrong with a cell under its field's schema, if anything. */
function problem(field: Field, value: string): string | undefined {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'is required' : undefined;
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return `is not an integer: ${value}`;
  if (field.type === 'boolean' && value !== 'true' && value !== 'false') return `is not a boolean: ${value}`;
  if (field.type === 'date' && !isDay(value)) return `is not a calendar day: ${value}`;
  if (c.enum && !c.enum.includes(value)) return `is not one of ${c.enum.join(', ')}: ${value}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) return `does not match ${c.pattern}: ${value}`;
  return undefined;
}

/** Every problem of a table: cells against their schema and repeated primary keys. */
function problemsOf(name: string): string[] {
  const resource = pkg.resources.find((r) => r.name === name);
  if (resource === undefined) return [`no resource ${name}`];
  const found: string[] = [];
  const keys = new Set<string>();
  for (const [i, row] of rowsOf(name).entries()) {
    for (const field of resource.schema.fields) {
      const issue = problem(field, row[field.name] ?? '');
      if (issue) found.push(`${name} row ${i + 1} ${field.name} ${issue}`);
    }
    for (const k of resource.schema.primaryKey) if (!row[k]) found.push(`${name} row ${i + 1} has no ${k}`);
    const key = JSON.stringify(resource.schema.primaryKey.map((k) => row[k]));
    if (keys.has(key)) found.push(`${name} repeats the key ${key}`);
    keys.add(key);
  }
  return found;
}

/** Every foreign key of a table that names no row of the table it refers to. */
function danglingKeys(name: string): string[] {
  const resource = pkg.resources.find((r) => r.name === name);
  const found: string[] = [];
  for (const fk of resource?.schema.foreignKeys ?? []) {
    const target = fk.reference.resource === '' ? name : fk.reference.resource;
    const known = new Set(rowsOf(target).map((row) => JSON.stringify(fk.reference.fields.map((f) => row[f]))));
    for (const row of rowsOf(name)) {
      const values = fk.fields.map((f) => row[f]);
      if (values.every((v) => v === '')) continue;
      if (!known.has(JSON.stringify(values))) found.push(`${name}.${fk.fields.join('+')} ${values.join('+')}`);
    }
  }
  return found;
}

describe('datapackage.json', () => {
  it('is a tabular data package whose resources are CSV files with table schemas', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    for (const r of pkg.resources) {
      expect(r.profile, r.name).toBe('tabular-data-resource');
      expect(r.path, r.name).toBe(`${r.name}.csv`);
      expect(r.encoding, r.name).toBe('utf-8');
      expect(r.dialect, r.name).toEqual(DIALECT);
      expect(r.schema.fields.length, r.name).toBeGreaterThan(0);
      expect(r.schema.primaryKey.length, r.name).toBeGreaterThan(0);
      for (const key of r.schema.primaryKey)
        expect(
          r.schema.fields.map((f) => f.name),
          r.name,
        ).toContain(key);
    }
  });

  it('lists the tables of every domain of the manifest, in manifest order, then the citations', () => {
    expect(Object.keys(LAYOUT)).toEqual(domainNames);
    const expected = domainNames.flatMap((name) => {
      const layout = LAYOUT[name];
      return 'tables' in layout ? layout.tables.map((t) => t.name) : [];
    });
    expect(pkg.resources.map((r) => r.name)).toEqual([...expected, 'citations']);
    expect(pkg.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
  });

  it('holds the tables the issue asks for, the panel among them', () => {
    const names = pkg.resources.map((r) => r.name);
    for (const name of [
      'states',
      'membership_periods',
      'state_years',
      'political_events',
      'chairmanships',
      'secretaries_general',
      'bodies',
      'sessions',
      'session_bodies',
      'agenda_items',
      'documents',
      'instruments',
      'citations',
      'sources',
    ])
      expect(names).toContain(name);
  });

  it('states the two rules of reading the data', () => {
    const text = readText('datapackage.json');
    expect(text).toContain('`to` exclusive');
    expect(text).toContain('`member` or `frozen`');
  });
});

describe('the CSV files', () => {
  it('are what the table definitions write from the current data', () => {
    for (const table of TABLES) expect(readText(`${table.name}.csv`), table.name).toBe(tableCsv(table));
  });

  it('end every line with CRLF, start with the header, and carry no byte order mark', () => {
    for (const r of pkg.resources) {
      const text = readText(r.path);
      expect(text.charCodeAt(0), r.name).not.toBe(0xfeff);
      expect(text.endsWith('\r\n'), r.name).toBe(true);
      expect(parseCsv(text)[0], r.name).toEqual(r.schema.fields.map((f) => f.name));
      for (const row of parseCsv(text)) expect(row.length, r.name).toBe(r.schema.fields.length);
    }
  });

  it('satisfy their schemas: types, required cells, closed lists, patterns, unique and complete primary keys', () => {
    expect(pkg.resources.flatMap((r) => problemsOf(r.name))).toEqual([]);
  });

  it('can fail: the schema check rejects an impossible day, a value off the list and a missing value', () => {
    expect(problem({ name: 'd', type: 'date' }, '2021-02-30')).toMatch(/calendar day/);
    expect(problem({ name: 's', type: 'string', constraints: { enum: ['member'] } }, 'observer')).toMatch(/one of/);
    expect(problem({ name: 's', type: 'string', constraints: { required: true } }, '')).toBe('is required');
    expect(problem({ name: 'p', type: 'string', constraints: { pattern: '[A-Z]{2}' } }, 'ARM')).toMatch(/match/);
  });

  it('resolve every foreign key', () => {
    expect(pkg.resources.flatMap((r) => danglingKeys(r.name))).toEqual([]);
  });

  it('point every citation to a row of its record’s table, and hold every citation of the data', () => {
    const keyed = new Map(
      pkg.resources.map((r) => [r.name, new Set(rowsOf(r.name).map((row) => row[r.schema.primaryKey[0] ?? '']))]),
    );
    for (const c of rowsOf('citations')) expect(keyed.get(c.table ?? '')?.has(c.key), `${c.table} ${c.key}`).toBe(true);
    let count = 0;
    JSON.stringify(dataset(), (key, value: unknown) => {
      if (key === 'citations' && Array.isArray(value)) count += value.length;
      return value;
    });
    expect(rowsOf('citations').length).toBe(count);
    const claims = rowsOf('citations').map((c) => JSON.stringify([c.table, c.key, c.field, c.position]));
    expect(new Set(claims).size).toBe(claims.length);
  });

  it('cite the identifiers of Armenia with the field `ids`', () => {
    const rows = rowsOf('citations').filter((c) => c.table === 'states' && c.key === 'AM' && c.field === 'ids');
    const expected: readonly Citation[] = states.AM.ids.citations;
    expect(rows.map((r) => r.passage)).toEqual(expected.map((c) => c.passage));
  });
});

describe('the tables', () => {
  it('give each state its Wikidata item and its Correlates of War and Gleditsch–Ward numbers', () => {
    const am = rowsOf('states').find((s) => s.code === 'AM');
    expect(am).toMatchObject({ wikidata: 'Q399', cow: '371', gw: '371' });
    for (const row of rowsOf('states')) {
      const ids = states[row.code as keyof typeof states].ids;
      expect([row.wikidata, row.cow, row.gw]).toEqual([ids.wikidata, String(ids.cow), String(ids.gw)]);
    }
  });

  it('give the organisation, the chairs and the Secretaries General their Wikidata items where recorded', () => {
    expect(rowsOf('organization')[0]?.wikidata).toBe(organization.ids?.wikidata);
    expect(rowsOf('chairmanships').map((r) => r.chair_wikidata)).toEqual(
      chairmanships.map((c) => c.chair.ids?.wikidata ?? ''),
    );
    expect(rowsOf('secretaries_general').map((r) => r.wikidata)).toEqual(
      secretariesGeneral.map((t) => t.person.ids?.wikidata ?? ''),
    );
    expect(rowsOf('chairmanships').find((r) => r.id === 'tj-2021')?.chair_wikidata).toBe('Q57366');
    expect(rowsOf('chairmanships').find((r) => r.id === 'kz-2005')?.chair_wikidata).toBe('');
  });

  it('list a joint meeting once per body in session_bodies, as bodiesOf does', () => {
    const id = 'joint-2021-09-15-dushanbe';
    const rows = rowsOf('session_bodies').filter((r) => r.session === id);
    expect(rows.map((r) => r.body)).toEqual([...bodiesOf(getSession(id))]);
    expect(rows.filter((r) => r.presiding === 'true')).toHaveLength(1);
    expect(rowsOf('session_bodies')).toHaveLength(dataset().sessions.reduce((n, s) => n + bodiesOf(s).length, 0));
  });

  it('keep period ends exclusive: Uzbekistan’s first period ends on 1999-04-21, the first day it was out', () => {
    const uz = rowsOf('membership_periods').filter((p) => p.state === 'UZ');
    expect(uz[0]).toMatchObject({ from: '1992-05-15', to: '1999-04-21', status: 'member' });
    expect(uz.at(-1)).toMatchObject({ status: 'suspended', to: '' });
  });

  it('date the package by DATA_AS_OF', () => {
    expect((JSON.parse(readText('datapackage.json')) as { dataAsOf: string }).dataAsOf).toBe(DATA_AS_OF);
  });
});

describe('@csto/core/tables: tableNames and tableCsv', () => {
  it('lists the tables of datapackage.json, in its order', () => {
    expect(tableNamesApi).toEqual(pkg.resources.map((r) => r.name));
    expect(Object.isFrozen(tableNamesApi)).toBe(true);
  });

  it('gives each table byte for byte as the package ships it', () => {
    for (const name of tableNamesApi) expect(tableCsvApi(name), name).toBe(readText(`${name}.csv`));
  });

  it('takes a name with hyphens or in capitals, and refuses an unknown one with UNKNOWN_TABLE', () => {
    expect(tableCsvApi('Membership-Periods')).toBe(tableCsvApi('membership_periods'));
    expect(tableCsvApi('secretariesGeneral')).toBe(tableCsvApi('secretaries_general'));
    expect(() => tableCsvApi('session')).toThrow(/Unknown table "session": expected one of organization, states/);
    expect(() => tableCsvApi(7 as never)).toThrow(/Unknown table 7/);
  });

  it('gives the sessions a bodies column that agrees with session_bodies', () => {
    const [header = ''] = tableCsvApi('sessions').split('\r\n');
    expect(header.split(',').slice(0, 3)).toEqual(['id', 'body', 'bodies']);
    const joint = rowsOf('sessions').find((row) => String(row.bodies).includes(' '));
    expect(joint).toBeDefined();
    const listed = rowsOf('session_bodies')
      .filter((row) => row.session === joint?.id)
      .map((row) => row.body);
    expect(String(joint?.bodies).split(' ')).toEqual(listed);
  });
});
