import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as csto from '../src/index.js';
import { DataSchema } from '../src/schema.js';

// The build writes these files (scripts/build-json.mjs); turbo runs the build before the tests.
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8'));
const data = read('data.json') as Record<string, unknown>;
const schema = read('data.schema.json') as Record<string, unknown>;

describe('dist/data.json', () => {
  it('holds exactly the TypeScript data, domain by domain', () => {
    const expected = {
      DATA_AS_OF: csto.DATA_AS_OF,
      organization: csto.organization,
      states: csto.states,
      politicalEvents: csto.politicalEvents,
      milestones: csto.milestones,
      instruments: csto.instruments,
      chairmanships: csto.chairmanships,
      secretariesGeneral: csto.secretariesGeneral,
      bodies: csto.bodies,
      sessions: csto.sessions,
      forces: csto.forces,
      operations: csto.operations,
      sources: csto.sources,
      openQuestions: csto.openQuestions,
    };
    expect(Object.keys(data)).toEqual(Object.keys(expected));
    for (const [key, value] of Object.entries(expected)) expect(data[key], key).toStrictEqual(value);
  });

  it('parses with the zod schema of the whole dataset', () => {
    expect(DataSchema.parse(data).DATA_AS_OF).toBe(csto.DATA_AS_OF);
  });
});

describe('dist/data/, one file per domain', () => {
  it('holds one file for each domain of the manifest and no other', () => {
    const files = readdirSync(new URL('../dist/data/', import.meta.url)).sort();
    expect(files).toEqual(csto.domainNames.map((name) => `${name}.json`).sort());
  });

  it('gives each domain exactly as data.json has it, so the two never disagree', () => {
    for (const name of csto.domainNames) expect(read(`data/${name}.json`), name).toStrictEqual(data[name]);
  });
});

describe('dist/data.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  it('is a well-formed JSON Schema (draft 2020-12)', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts data.json', () => {
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects a record with a misspelt field or a malformed date', () => {
    const validate = ajv.compile(schema);
    const sessions = data.sessions as Record<string, unknown>[];
    const misspelt = { ...data, sessions: [{ ...sessions[0], plase: 'Moscow' }, ...sessions.slice(1)] };
    expect(validate(misspelt)).toBe(false);
    const badDate = { ...data, DATA_AS_OF: '20 January 2026' };
    expect(validate(badDate)).toBe(false);
    const badMonth = { ...data, sessions: [{ ...sessions[0], date: '2011-13' }, ...sessions.slice(1)] };
    expect(validate(badMonth)).toBe(false);
    const month = { ...data, sessions: [{ ...sessions[0], date: '2011-06' }, ...sessions.slice(1)] };
    expect(validate(month), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
