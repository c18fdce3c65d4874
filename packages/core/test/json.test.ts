import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as csto from '../src/index.js';
import { ISO_DATE_PATTERN } from '../src/internal/_schemas.js';
import { DataSchema } from '../src/schema.js';

// The build writes these files (scripts/build-json.mjs); turbo runs the build before the tests.
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8'));
const data = read('data.json') as Record<string, unknown>;
const schema = read('data.schema.json') as Record<string, unknown>;

describe('dist/data.json', () => {
  it('holds exactly the TypeScript data, domain by domain', () => {
    const expected = {
      DATA_AS_OF: csto.DATA_AS_OF,
      conventions: csto.conventions,
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
  it('holds one file for each domain of the manifest but the sessions, the sessions by year, the citations index, and nothing else', () => {
    const files = readdirSync(new URL('../dist/data/', import.meta.url)).sort();
    const domains = csto.domainNames.filter((name) => name !== 'sessions').map((name) => `${name}.json`);
    expect(files).toEqual([...domains, 'citations', 'sessions'].sort());
    const years = read('data/sessions/years.json') as number[];
    const yearFiles = readdirSync(new URL('../dist/data/sessions/', import.meta.url));
    expect(yearFiles.sort()).toEqual([...years.map((year) => `${year}.json`), 'years.json'].sort());
  });

  it('splits the sessions by the year of their date, in the order of data.json, each year as sessionsIn answers it', () => {
    const years = read('data/sessions/years.json') as number[];
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years.flatMap((year) => read(`data/sessions/${year}.json`) as unknown[])).toStrictEqual(data.sessions);
    for (const year of years) {
      const expected = JSON.parse(JSON.stringify(csto.sessionsIn(year)));
      expect(read(`data/sessions/${year}.json`), String(year)).toStrictEqual(expected);
    }
  });

  it('answers the sessions in the Node build with the same objects whether asked by year, by id or whole', async () => {
    const built = (await import(new URL('../dist/sessions.js', import.meta.url).href)) as typeof csto;
    const one = built.getSession('cmd-2021-04-27-dushanbe');
    expect(built.sessionsIn(2021)).toContain(one);
    expect(built.findSessions('2021-04-27')).toEqual([one]);
    expect(built.sessions).toContain(one);
    expect(JSON.parse(JSON.stringify(built.sessions))).toStrictEqual(data.sessions);
    expect(Object.isFrozen(one) && Object.isFrozen(one.agenda)).toBe(true);
  });

  it('answers citationsOf in the Node build from its index exactly as the record answers it, for every source', async () => {
    const built = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof csto;
    let claims = 0;
    for (const id of Object.keys(csto.sources) as csto.SourceId[]) {
      const expected = JSON.parse(JSON.stringify(csto.citationsOf(id)));
      const found = built.citationsOf(id);
      expect(found, id).toStrictEqual(expected);
      expect(found.every((claim) => Object.isFrozen(claim) && Object.isFrozen(claim.citation))).toBe(true);
      claims += found.length;
    }
    expect(claims).toBeGreaterThan(1_000);
  });

  it('gives each domain exactly as data.json has it, so the two never disagree', () => {
    for (const name of csto.domainNames.filter((name) => name !== 'sessions')) {
      expect(read(`data/${name}.json`), name).toStrictEqual(data[name]);
    }
  });
});

describe('dist/data.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });

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

describe('the JSON Schema of a date', () => {
  // ajv-formats has no `iri` (a source's address as its publisher prints it): WHATWG URL parsing stands in.
  const withFormats = addFormats(new Ajv2020({ strict: false }), ['date']).addFormat('iri', (value: string) =>
    URL.canParse(value),
  );
  const withoutFormats = new Ajv2020({ strict: false, validateFormats: false });
  const ofData = (ajv: Ajv2020, day: string) => ajv.compile(schema)({ ...data, DATA_AS_OF: day });

  it.each(['2021-13-01', '2021-02-30', '2023-02-29', '2100-02-29', '2021-04-31', '2021-00-10', '2021-01-32'])(
    'rejects %s, with format checking on and off',
    (day) => {
      expect(ofData(withFormats, day)).toBe(false);
      expect(ofData(withoutFormats, day)).toBe(false);
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2021-12-31'])('accepts %s', (day) => {
    expect(ofData(withFormats, day)).toBe(true);
  });

  it('declares format "date" beside its pattern, shared by every date field through $defs', () => {
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    expect(defs.IsoDate).toMatchObject({ type: 'string', format: 'date', pattern: ISO_DATE_PATTERN.source });
    expect(JSON.stringify(schema)).not.toContain('"pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"');
  });

  it('has a pattern that accepts exactly the days isIsoDate accepts', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const candidate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(candidate, (day) => ISO_DATE_PATTERN.test(day) === csto.isIsoDate(day)),
      { numRuns: 20_000 },
    );
    for (const year of [1900, 2000, 2024, 2100, 2400]) {
      const day = `${year}-02-29`;
      expect(ISO_DATE_PATTERN.test(day), day).toBe(csto.isIsoDate(day));
    }
  });
});

describe('the JSON Schema’s shared definitions and descriptions', () => {
  const defs = schema.$defs as Record<string, Record<string, unknown>>;

  it('shares one definition per published schema', () => {
    for (const id of ['Citation', 'LocalizedText', 'PartiallyLocalizedText', 'IsoDate', 'PartialDate', 'State'])
      expect(defs, id).toHaveProperty(id);
    expect(JSON.stringify(schema.properties)).toContain('"$ref":"#/$defs/State"');
  });

  /** Every schema node that has properties, with where it is. */
  function objects(node: unknown, path: string): [string, Record<string, Record<string, unknown>>][] {
    if (typeof node !== 'object' || node === null) return [];
    const own =
      'properties' in node ? [[path, node.properties as Record<string, Record<string, unknown>>] as const] : [];
    return [...own, ...Object.entries(node).flatMap(([key, child]) => objects(child, `${path}/${key}`))] as [
      string,
      Record<string, Record<string, unknown>>,
    ][];
  }

  it('describes every field and every definition', () => {
    const fields = objects(schema, '#').flatMap(([path, properties]) =>
      Object.entries(properties).map(([key, field]) => [`${path}/${key}`, field.description] as const),
    );
    expect(fields.length).toBeGreaterThan(150);
    expect(fields.filter(([, description]) => typeof description !== 'string' || description === '')).toEqual([]);
    for (const [id, definition] of Object.entries(defs)) expect(definition.description, id).toBeTruthy();
  });

  it('takes every description from the TSDoc of the published declarations, word for word', () => {
    // The comments of dist/*.d.ts, their `*` margins and line breaks dropped and `{@link X}` written `X`.
    const dist = new URL('../dist/', import.meta.url);
    const flat = (text: string) => text.replace(/\{@link\s+([^}\s|]+)\s*\}/g, '$1').replace(/\s+/g, ' ');
    const comments = flat(
      readdirSync(dist)
        .filter((file) => file.endsWith('.d.ts'))
        .map((file) => readFileSync(new URL(file, dist), 'utf8'))
        .join('\n')
        .replace(/^\s*\*(?: |$)/gm, ' '),
    );
    const descriptions = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if ('description' in node && typeof node.description === 'string') descriptions.add(node.description);
      for (const child of Object.values(node)) collect(child);
    };
    collect(schema);
    expect(descriptions.size).toBeGreaterThan(100);
    expect([...descriptions].filter((description) => description.includes('{@link'))).toEqual([]);
    for (const description of descriptions)
      for (const paragraph of description.split('\n\n')) expect(comments, paragraph).toContain(flat(paragraph));
  });
});

describe('the conventions data.json carries', () => {
  it('are the library’s conventions, in the document itself', () => {
    expect(data.conventions).toStrictEqual(csto.conventions);
    expect(Object.keys(data).slice(0, 2)).toEqual(['DATA_AS_OF', 'conventions']);
  });

  it('name as formal membership exactly the statuses isFormalStatus accepts', () => {
    const statuses = ['member', 'frozen', 'suspended', 'not-member'] as const;
    // The first sentence says which statuses are formal membership; the next ones say which are not.
    const rule = csto.conventions.formalMember.split('. ')[0] ?? '';
    const named = statuses.filter((status) => rule.includes(`\`${status}\``));
    expect(named).toEqual(statuses.filter((status) => csto.isFormalStatus(status)));
  });

  it('say that a period’s end is exclusive and that its start is inclusive, as isMember answers', () => {
    expect(csto.conventions.periods).toMatch(/`from` day, inclusive, to its `to` day, exclusive/);
    const [first] = csto.states.UZ.membership;
    expect(csto.isMember('UZ', first!.from)).toBe(true);
    if (first?.to) expect(csto.isMember('UZ', first.to)).toBe(false);
  });
});
