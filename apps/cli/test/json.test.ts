import {
  BodySchema,
  ChairmanshipSchema,
  IsoDateSchema,
  MembershipPeriodSchema,
  MilestoneSchema,
  PartialDateSchema,
  SecretaryGeneralTermSchema,
  SessionSchema,
  SourceSchema,
  StateSchema,
} from '@csto/core/schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { json, ok } from './_run.js';

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
      z.strictObject({ kind: z.literal('session'), date: IsoDateSchema, session: SessionSchema }),
    ]),
  ),
  anniversaries: z.array(AnniversarySchema),
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
  it('writes every domain as JSON, each valid against its schema', () => {
    const data = JSON.parse(ok(['export', '--format', 'json'])) as Record<string, unknown[]>;
    const schemas = {
      states: StateSchema,
      milestones: MilestoneSchema,
      chairmanships: ChairmanshipSchema,
      'secretaries-general': SecretaryGeneralTermSchema,
      bodies: BodySchema,
      sessions: SessionSchema,
      sources: SourceSchema,
    };
    expect(Object.keys(data).sort()).toEqual(Object.keys(schemas).sort());
    for (const [domain, schema] of Object.entries(schemas)) {
      expect(data[domain]!.length).toBeGreaterThan(0);
      expect(z.array(schema).safeParse(data[domain]).error).toBeUndefined();
    }
  });

  it('writes one domain as a JSON array, --json meaning --format json', () => {
    expect(JSON.parse(ok(['export', 'sessions', '--json']))).toEqual(
      JSON.parse(ok(['export', '--format', 'json', 'sessions'])),
    );
  });

  it('writes CSV per RFC 4180 with a header and CRLF line endings', () => {
    const out = ok(['export', '--format', 'csv', 'chairmanships']);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('id,year,state,chair_en,chair_ru,from,to,handover,sources');
    expect(lines.at(-1)).toBe('');
    expect(out.replaceAll('\r\n', '')).not.toContain('\n');
    const data = JSON.parse(ok(['export', 'chairmanships'])) as unknown[];
    expect(lines.length - 2).toBe(data.length);
  });
});
