import { describe, expect, it } from 'vitest';
import { membershipTimeline } from '../src/data/membership.js';
import { stateData } from '../src/data/states.js';
import {
  bodies,
  chairmanships,
  DATA_AS_OF,
  isIsoDate,
  isMember,
  milestones,
  secretariesGeneral,
  sessions,
  sources,
  states,
} from '../src/index.js';
import {
  BodySchema,
  ChairmanshipSchema,
  MilestoneSchema,
  SecretaryGeneralTermSchema,
  SessionSchema,
  SourceSchema,
  StateSchema,
} from '../src/schema.js';

type Span = { readonly from: string; readonly to?: string };

function expectOrderedWithoutOverlap(spans: readonly Span[], label: string) {
  spans.forEach((span, i) => {
    if (span.to !== undefined) expect(span.from < span.to, `${label}: period ${i} ends before it starts`).toBe(true);
    const next = spans[i + 1];
    if (next) {
      expect(span.to, `${label}: only the last period may be open`).toBeDefined();
      expect(span.to! <= next.from, `${label}: period ${i} overlaps the next`).toBe(true);
    }
  });
}

/** Every source id cited anywhere in a record (records nest sources in agenda items and conflicts). */
function citedIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'sources' && Array.isArray(v) ? (v as string[]) : citedIn(v),
  );
}

const allRecords = [
  ...Object.values(states),
  ...Object.values(milestones),
  ...chairmanships,
  ...secretariesGeneral,
  ...Object.values(bodies),
  ...sessions,
];

describe('data invariants', () => {
  it('parses every record with the zod schemas', () => {
    for (const s of Object.values(states)) StateSchema.parse(s);
    for (const m of Object.values(milestones)) MilestoneSchema.parse(m);
    for (const c of chairmanships) ChairmanshipSchema.parse(c);
    for (const t of secretariesGeneral) SecretaryGeneralTermSchema.parse(t);
    for (const b of Object.values(bodies)) BodySchema.parse(b);
    for (const s of sessions) SessionSchema.parse(s);
    for (const s of Object.values(sources)) SourceSchema.parse(s);
  });

  it('keys every keyed record by its own id or code', () => {
    for (const [key, s] of Object.entries(states)) expect(s.code).toBe(key);
    for (const [key, m] of Object.entries(milestones)) expect(m.id).toBe(key);
    for (const [key, b] of Object.entries(bodies)) expect(b.id).toBe(key);
    for (const [key, s] of Object.entries(sources)) expect(s.id).toBe(key);
  });

  it('gives every record a source, cites only sources that exist and leaves no source uncited', () => {
    for (const record of allRecords)
      expect(record.sources.length, JSON.stringify(record).slice(0, 80)).toBeGreaterThan(0);
    const cited = new Set(allRecords.flatMap(citedIn));
    for (const id of cited) expect(Object.hasOwn(sources, id), `unknown source ${id}`).toBe(true);
    for (const id of Object.keys(sources)) expect(cited.has(id), `source ${id} is never cited`).toBe(true);
  });

  it('describes every period of the membership timeline, and only those', () => {
    for (const code of Object.keys(membershipTimeline) as (keyof typeof membershipTimeline)[]) {
      const froms = membershipTimeline[code].map((p) => p.from);
      expect(Object.keys(stateData[code].periods).sort(), code).toEqual([...froms].sort());
    }
  });

  it('keeps every state’s membership periods in order and without overlap', () => {
    for (const s of Object.values(states)) expectOrderedWithoutOverlap(s.membership, s.code);
  });

  it('keeps chairmanships and secretary-general terms in order and without overlap', () => {
    expectOrderedWithoutOverlap(chairmanships, 'chairmanships');
    expectOrderedWithoutOverlap(secretariesGeneral, 'secretaries general');
  });

  it('names one chairmanship per year at most', () => {
    const years = chairmanships.map((c) => c.year);
    expect(new Set(years).size).toBe(years.length);
  });

  it('only has chairs that were formal members when their chairmanship began', () => {
    for (const c of chairmanships) expect(isMember(c.state, c.from), c.id).toBe(true);
  });

  it('only has sessions of bodies that exist, chaired by members, in date order with unique ids', () => {
    const ids = sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    sessions.forEach((s, i) => {
      expect(Object.hasOwn(bodies, s.body), s.id).toBe(true);
      if (s.chair) expect(isMember(s.chair.state, s.date), s.id).toBe(true);
      if (s.endDate) expect(s.endDate > s.date).toBe(true);
      if (s.format === 'online') expect(s.place).toBeUndefined();
      const next = sessions[i + 1];
      if (next) expect(s.date <= next.date, `${s.id} is out of order`).toBe(true);
    });
  });

  it('dates everything between the treaty signature and DATA_AS_OF', () => {
    const dates = [
      ...Object.values(states).flatMap((s) => s.membership.flatMap((p) => [p.from, p.to])),
      ...Object.values(milestones).map((m) => m.date),
      ...chairmanships.flatMap((c) => [c.from, c.to]),
      ...secretariesGeneral.flatMap((t) => [t.from, t.to, t.appointed]),
      ...sessions.flatMap((s) => [s.date, s.endDate]),
    ].filter((d) => d !== undefined) as string[];
    for (const d of dates) {
      expect(d >= '1992' && d <= DATA_AS_OF, d).toBe(true);
    }
    for (const s of Object.values(sources)) if (s.published) expect(s.published <= DATA_AS_OF).toBe(true);
    expect(isIsoDate(DATA_AS_OF)).toBe(true);
  });

  it('names every state, body, place and person in English and Russian', () => {
    const texts = [
      ...Object.values(states).flatMap((s) => [s.name, s.officialName]),
      ...Object.values(bodies).map((b) => b.name),
      ...Object.values(milestones).flatMap((m) => [m.title, m.place, m.document]),
      ...chairmanships.map((c) => c.chair.name),
      ...secretariesGeneral.map((t) => t.person.name),
      ...sessions.flatMap((s) => [s.place, s.chair?.name]),
    ].filter((t) => t !== undefined);
    for (const t of texts) {
      expect(t.en).toMatch(/^[\p{Script=Latin}\d\s.,’'()–-]+$/u);
      expect(t.ru).toMatch(/^[\p{Script=Cyrillic}\d\s.,«»()–-]+$/u);
    }
  });

  it('keeps quotes short and every URL secure or at least absolute', () => {
    for (const s of Object.values(sources)) {
      expect(s.url).toMatch(/^https?:\/\//);
      if (s.quote) expect(s.quote.length).toBeLessThanOrEqual(400);
    }
  });
});
