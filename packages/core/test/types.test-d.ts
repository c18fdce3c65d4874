import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/v4';
import {
  type Body,
  type BodyId,
  type BodyKind,
  type Chairmanship,
  type CollectiveForce,
  type ForceOperation,
  type Handover,
  type InstrumentKind,
  type IsoDate,
  isMember,
  type MembershipStatus,
  type Milestone,
  type MilestoneKind,
  membersOn,
  type OpenQuestion,
  type OpenQuestionDomain,
  type Organization,
  operationsOn,
  type PoliticalEventKind,
  presidencyIn,
  type SecretaryGeneralTerm,
  type Session,
  type SessionFormat,
  type SessionKind,
  type SessionStatus,
  type Source,
  type SourceLanguage,
  type State,
  type StateCode,
  type StateIdentifiers,
  sessionsIn,
  states,
  statusOn,
} from '../src/index.js';
import type * as enums from '../src/internal/_enums.js';
import type {
  BodySchema,
  ChairmanshipSchema,
  CollectiveForceSchema,
  ForceOperationSchema,
  MilestoneSchema,
  OpenQuestionSchema,
  OrganizationSchema,
  SecretaryGeneralTermSchema,
  SessionSchema,
  SourceSchema,
  StateIdentifiersSchema,
  StateSchema,
} from '../src/internal/_schemas.js';
import type { PackageLayout } from '../src/internal/_table-schema.js';
import { LAYOUT } from '../src/internal/_tables.js';

/** Exactly the same keys, and a value of the interface always satisfies the schema. */
type Agrees<Interface, Schema extends z.ZodType> = [keyof Interface] extends [keyof z.infer<Schema>]
  ? [keyof z.infer<Schema>] extends [keyof Interface]
    ? Interface extends z.infer<Schema>
      ? true
      : false
    : false
  : false;

describe('public types', () => {
  it('derives StateCode and BodyId from the data', () => {
    expectTypeOf<StateCode>().toEqualTypeOf<'AM' | 'AZ' | 'BY' | 'GE' | 'KG' | 'KZ' | 'RU' | 'TJ' | 'UZ'>();
    expectTypeOf<BodyId>().toEqualTypeOf<
      | 'csc'
      | 'cmfa'
      | 'cmd'
      | 'cssc'
      | 'permanent-council'
      | 'secretariat'
      | 'joint-staff'
      | 'parliamentary-assembly'
      | 'military-committee'
      | 'interstate-commission-military-economic'
      | 'coordination-council-drugs'
      | 'coordination-council-emergencies'
    >();
  });

  it('types the helpers’ answers', () => {
    expectTypeOf(statusOn('TJ', '2021-01-01')).toEqualTypeOf<MembershipStatus>();
    expectTypeOf(membersOn()).toEqualTypeOf<readonly StateCode[]>();
    expectTypeOf(presidencyIn(2021)).toEqualTypeOf<Chairmanship | undefined>();
    expectTypeOf(sessionsIn(2021)).toEqualTypeOf<Session[]>();
    expectTypeOf(operationsOn('2022-01-10')).toEqualTypeOf<ForceOperation[]>();
    expectTypeOf<SessionKind>().toEqualTypeOf<'regular' | 'extraordinary' | 'informal' | 'jubilee'>();
  });

  it('refuses misspelt codes, malformed dates and unknown bodies at compile time', () => {
    // @ts-expect-error 'UZB' is alpha-3, not a StateCode
    isMember('UZB', '2010-01-01');
    // @ts-expect-error 'XX' was never party to the treaty
    statusOn('XX');
    // @ts-expect-error a Date object is not an IsoDate
    membersOn(new Date());
    // @ts-expect-error 'nato' is not a body
    sessionsIn(2021, { body: 'nato' });
    expectTypeOf<'2021-04-27'>().toMatchTypeOf<IsoDate>();
  });

  it('makes exported data readonly', () => {
    // @ts-expect-error readonly
    states.TJ.name.en = 'x';
    // @ts-expect-error readonly array
    states.TJ.membership.push(states.TJ.membership[0]);
  });
});

describe('schemas agree with the public interfaces', () => {
  it('for every record type', () => {
    expectTypeOf<Agrees<State, typeof StateSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<StateIdentifiers, typeof StateIdentifiersSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Milestone, typeof MilestoneSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Chairmanship, typeof ChairmanshipSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<SecretaryGeneralTerm, typeof SecretaryGeneralTermSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Body, typeof BodySchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Session, typeof SessionSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Source, typeof SourceSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Organization, typeof OrganizationSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<CollectiveForce, typeof CollectiveForceSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<ForceOperation, typeof ForceOperationSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<OpenQuestion, typeof OpenQuestionSchema>>().toEqualTypeOf<true>();
  });
});

describe('the tabular data package', () => {
  it('gives every domain tables, or says why it has none', () => {
    const { sessions: _, ...withoutSessions } = LAYOUT;
    // @ts-expect-error a domain of the manifest without tables fails to compile
    const missing: PackageLayout = withoutSessions;
    const declared: PackageLayout = { ...LAYOUT, forces: { nonTabular: 'Described in data.json only.' } };
    expectTypeOf(missing).toEqualTypeOf<PackageLayout>();
    expectTypeOf(declared).toEqualTypeOf<PackageLayout>();
  });

  it('lists every value of each closed list of the model, no more and no fewer (the lists of _enums.ts)', () => {
    type Listed<L extends readonly string[]> = L[number];
    expectTypeOf<Listed<typeof enums.SOURCE_LANGUAGES>>().toEqualTypeOf<SourceLanguage>();
    expectTypeOf<Listed<typeof enums.PERIOD_STATUSES>>().toEqualTypeOf<Exclude<MembershipStatus, 'not-member'>>();
    expectTypeOf<Listed<typeof enums.MEMBERSHIP_STATUSES>>().toEqualTypeOf<MembershipStatus>();
    expectTypeOf<Listed<typeof enums.MILESTONE_KINDS>>().toEqualTypeOf<MilestoneKind>();
    expectTypeOf<Listed<typeof enums.INSTRUMENT_KINDS>>().toEqualTypeOf<InstrumentKind>();
    expectTypeOf<Listed<typeof enums.POLITICAL_EVENT_KINDS>>().toEqualTypeOf<PoliticalEventKind>();
    expectTypeOf<Listed<typeof enums.HANDOVERS>>().toEqualTypeOf<Handover>();
    expectTypeOf<Listed<typeof enums.BODY_KINDS>>().toEqualTypeOf<BodyKind>();
    expectTypeOf<Listed<typeof enums.SESSION_KINDS>>().toEqualTypeOf<SessionKind>();
    expectTypeOf<Listed<typeof enums.SESSION_STATUSES>>().toEqualTypeOf<SessionStatus>();
    expectTypeOf<Listed<typeof enums.SESSION_FORMATS>>().toEqualTypeOf<SessionFormat>();
    expectTypeOf<Listed<typeof enums.OPEN_QUESTION_DOMAINS>>().toEqualTypeOf<OpenQuestionDomain>();
    // The check can fail: a list that misses a value is not the union.
    expectTypeOf<Listed<readonly ['held', 'planned']>>().not.toEqualTypeOf<SessionStatus>();
  });
});
