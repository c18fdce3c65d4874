import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bodiesOf, dataset, datasetJson, domainNames, sessions } from '@csto/core';
import {
  ChairmanshipSchema,
  CollectiveForceSchema,
  ForceOperationSchema,
  IsoDateSchema,
  MembershipPeriodSchema,
  MilestoneSchema,
  PartialDateSchema,
  SecretaryGeneralTermSchema,
  SessionDocumentSchema,
  SessionSchema,
  SourceSchema,
  StateSchema,
  YearMonthSchema,
} from '@csto/core/schema';
import { tableCsv, tableNames } from '@csto/core/tables';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csto, json, ok } from './_run.js';

// The shapes the README documents, built from the core's own schemas.
const StatusSchema = z.enum(['member', 'frozen', 'suspended', 'not-member']);
const MemberRowSchema = z.strictObject({
  status: StatusSchema,
  state: StateSchema,
  period: MembershipPeriodSchema.nullable(),
});
const AnniversarySchema = z.strictObject({
  milestone: MilestoneSchema,
  years: z.int().positive().multipleOf(5),
  date: PartialDateSchema,
});
const shapes = {
  overview: z.strictObject({
    on: IsoDateSchema,
    dataAsOf: IsoDateSchema,
    members: z.array(MemberRowSchema),
    chair: ChairmanshipSchema.nullable(),
    secretaryGeneral: SecretaryGeneralTermSchema.nullable(),
    nextAnniversary: AnniversarySchema.nullable(),
  }),
  members: z.strictObject({ on: IsoDateSchema, all: z.boolean(), members: z.array(MemberRowSchema) }),
  state: z.strictObject({
    state: StateSchema,
    status: StatusSchema,
    on: IsoDateSchema,
    sources: z.array(SourceSchema),
  }),
  chair: ChairmanshipSchema.nullable(),
  sg: SecretaryGeneralTermSchema.nullable(),
  sessions: z.array(SessionSchema),
  session: SessionSchema,
  timeline: z.array(
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('milestone'), date: PartialDateSchema, milestone: MilestoneSchema }),
      z.strictObject({
        kind: z.literal('membership'),
        date: IsoDateSchema,
        state: z.string().regex(/^[A-Z]{2}$/),
        status: StatusSchema,
        period: MembershipPeriodSchema,
      }),
      z.strictObject({ kind: z.literal('chair'), date: IsoDateSchema, chairmanship: ChairmanshipSchema }),
      z.strictObject({ kind: z.literal('secretary-general'), date: IsoDateSchema, term: SecretaryGeneralTermSchema }),
      z.strictObject({
        kind: z.literal('session'),
        date: z.union([IsoDateSchema, YearMonthSchema]),
        session: SessionSchema,
      }),
    ]),
  ),
  anniversaries: z.array(AnniversarySchema),
  forces: z.strictObject({ forces: z.array(CollectiveForceSchema), operations: z.array(ForceOperationSchema) }),
  documents: z.array(
    z.strictObject({ session: z.string(), date: PartialDateSchema, documents: z.array(SessionDocumentSchema) }),
  ),
};

const cases: readonly [keyof typeof shapes, readonly string[]][] = [
  ['overview', []],
  ['members', ['members']],
  ['members', ['members', '--all', '--on', '2013-06-01']],
  ['state', ['state', 'Армения']],
  ['chair', ['chair']],
  ['chair', ['chair', '2021']],
  ['chair', ['chair', '1995']],
  ['sg', ['sg', '--on', '2017-03-01']],
  ['sessions', ['sessions']],
  ['sessions', ['sessions', '--year', '2021', '--body', 'cssc']],
  ['session', ['session', 'csc-2021-09-16-dushanbe']],
  ['timeline', ['timeline']],
  ['anniversaries', ['anniversaries', '2032']],
  ['forces', ['forces']],
  ['forces', ['forces', '2022-01-10']],
  ['documents', ['documents']],
  ['documents', ['documents', '2021', '--body', 'csc']],
];

describe('--json', () => {
  it.each(cases.map(([shape, args]) => [args.join(' ') || '(overview)', shape, args] as const))(
    'prints `%s` as the documented %s shape, valid against the core schemas',
    (_, shape, args) => {
      const value = json(args);
      expect(shapes[shape].safeParse(value).error).toBeUndefined();
    },
  );

  it('prints the same JSON whatever the language', () => {
    expect(json(['session', 'cmd-2021-04-27-dushanbe', '--lang', 'ru'])).toEqual(
      json(['session', 'cmd-2021-04-27-dushanbe']),
    );
  });

  it('answers null when the data has no answer', () => {
    expect(json(['chair', '1995'])).toBeNull();
  });
});

describe('csto export', () => {
  it('writes byte for byte the library’s data.json with --format json', () => {
    const shipped = readFileSync(createRequire(import.meta.url).resolve('@csto/core/data.json'), 'utf8');
    expect(ok(['export', '--format', 'json'])).toBe(shipped);
    expect(ok(['export', '--format', 'json'])).toBe(datasetJson());
  });

  it.each(domainNames)('writes the domain %s as the library has it, by argument or by --domain', (name) => {
    const expected = `${JSON.stringify(dataset()[name], null, 2)}\n`;
    expect(ok(['export', name])).toBe(expected);
    expect(ok(['export', '--domain', name])).toBe(expected);
  });

  it('writes one domain as JSON, --json meaning --format json', () => {
    expect(JSON.parse(ok(['export', 'sessions', '--json']))).toEqual(
      JSON.parse(ok(['export', '--format', 'json', 'sessions'])),
    );
    expect(z.array(SessionSchema).safeParse(JSON.parse(ok(['export', 'sessions']))).error).toBeUndefined();
  });

  it('writes each table of the data package as CSV, byte for byte the core’s (@csto/core/tables)', () => {
    expect(tableNames.length).toBeGreaterThan(20);
    for (const name of tableNames) expect(ok(['export', '--format', 'csv', name]), name).toBe(tableCsv(name));
    // A domain's name, in camel or kebab case, means its table; so do hyphens for underscores.
    expect(ok(['export', '--format', 'csv', 'secretaries-general'])).toBe(tableCsv('secretaries_general'));
    expect(ok(['export', '--format', 'csv', 'secretariesGeneral'])).toBe(tableCsv('secretaries_general'));
    expect(ok(['export', '--format', 'csv', 'membership-periods'])).toBe(tableCsv('membership_periods'));
  });

  it('gives each state its identifiers as columns of the states table', () => {
    const [header, armenia] = ok(['export', '--format', 'csv', 'states']).split('\r\n');
    const columns = header?.split(',') ?? [];
    const cells = armenia?.split(',') ?? [];
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect([cell('code'), cell('wikidata'), cell('cow'), cell('gw')]).toEqual(['AM', 'Q399', '371', '371']);
  });

  it('refuses an unknown table, naming the tables and the closest', () => {
    const refused = csto(['export', '--format', 'csv', 'sesions']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /unknown table "sesions" for --format csv: expected one of .*Did you mean "sessions"\?/,
    );
  });

  it('lists every body of a joint session in the CSV, and starts with a BOM on request', () => {
    const out = ok(['export', '--format', 'csv', 'sessions', '--bom']);
    expect(out.startsWith('\ufeffid,body,bodies,')).toBe(true);
    expect(out.slice(1)).toBe(tableCsv('sessions'));
    const joint = sessions.find((s) => (s.bodies?.length ?? 0) > 1);
    if (joint) expect(out).toContain(`,${bodiesOf(joint).join(' ')}`);
  });
});
