import { describe, expect, it } from 'vitest';
// @ts-expect-error the source check is plain JavaScript without declarations
import { normaliseUrl, sharedUrls } from '../scripts/lib/sources.mjs';
import { membershipTimeline } from '../src/data/membership.js';
import { stateData } from '../src/data/states.js';
import {
  bodies,
  type Chairmanship,
  type Citation,
  chairmanships,
  chairOn,
  DATA_AS_OF,
  dataset,
  domainNames,
  domains,
  forces,
  type IsoDate,
  instruments,
  isIsoDate,
  isMember,
  isYearMonth,
  milestones,
  openQuestions,
  operations,
  organization,
  politicalEvents,
  type SourceId,
  secretariesGeneral,
  sessions,
  sources,
  states,
} from '../src/index.js';
import {
  BodySchema,
  ChairmanshipSchema,
  CollectiveForceSchema,
  ForceOperationSchema,
  InstrumentSchema,
  MilestoneSchema,
  OpenQuestionSchema,
  PoliticalEventSchema,
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

/** Every citation anywhere in a record (records nest citations in agenda items, periods and conflicts). */
function citationsIn(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'citations' && Array.isArray(v) ? (v as Citation[]) : citationsIn(v),
  );
}

/** Every object anywhere in a value that carries citations: a sourced record or a sourced part of one. */
function sourcedIn(value: unknown, path = ''): [string, { citations?: unknown }][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcedIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const own: [string, { citations?: unknown }][] = 'citations' in value ? [[path, value]] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, v]) => (key === 'citations' ? [] : sourcedIn(v, `${path}.${key}`))),
  ];
}

/** The records of every sourced domain of the manifest (every domain but the sources and open questions). */
const data = dataset();
const allRecords = domainNames
  .filter((name) => name !== 'sources' && name !== 'openQuestions')
  .flatMap((name) => {
    const collection = data[name] as object;
    return domains[name].shape === 'object' ? [collection] : Object.values(collection);
  }) as { readonly citations: readonly Citation[] }[];

/** Every text object anywhere in a value (an object with an `en` or a `ru` key), with its path. */
function textsIn(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || 'ru' in record) return [[path, record]];
  return Object.entries(record).flatMap(([key, v]) => textsIn(v, `${path}.${key}`));
}

/** The chairmanship that ended when `c` began, if any. */
function previous(c: Chairmanship): Chairmanship | undefined {
  return chairmanships[chairmanships.indexOf(c) - 1];
}

const cscSessionDays = new Set(sessions.filter((s) => s.body === 'csc').map((s) => s.date));

describe('data invariants', () => {
  it('parses every record with the zod schemas', () => {
    for (const s of Object.values(states)) StateSchema.parse(s);
    for (const m of Object.values(milestones)) MilestoneSchema.parse(m);
    for (const c of chairmanships) ChairmanshipSchema.parse(c);
    for (const t of secretariesGeneral) SecretaryGeneralTermSchema.parse(t);
    for (const b of Object.values(bodies)) BodySchema.parse(b);
    for (const s of sessions) SessionSchema.parse(s);
    for (const s of Object.values(sources)) SourceSchema.parse(s);
    for (const f of Object.values(forces)) CollectiveForceSchema.parse(f);
    for (const o of operations) ForceOperationSchema.parse(o);
    for (const q of openQuestions) OpenQuestionSchema.parse(q);
    for (const i of Object.values(instruments)) InstrumentSchema.parse(i);
    for (const e of politicalEvents) PoliticalEventSchema.parse(e);
  });

  it('keys every keyed record by its own id or code', () => {
    for (const [key, s] of Object.entries(states)) expect(s.code).toBe(key);
    for (const [key, m] of Object.entries(milestones)) expect(m.id).toBe(key);
    for (const [key, b] of Object.entries(bodies)) expect(b.id).toBe(key);
    for (const [key, s] of Object.entries(sources)) expect(s.id).toBe(key);
    for (const [key, i] of Object.entries(instruments)) expect(i.id).toBe(key);
  });

  it('gives every record of every domain a citation, cites only sources that exist and leaves no source uncited', () => {
    expect(allRecords.length).toBeGreaterThan(100);
    for (const [path, record] of sourcedIn(allRecords))
      expect((record.citations as Citation[]).length, path).toBeGreaterThan(0);
    const cited = new Set(citationsIn(allRecords).map((c) => c.source));
    for (const id of cited) expect(Object.hasOwn(sources, id), `unknown source ${id}`).toBe(true);
    for (const id of Object.keys(sources)) expect(cited.has(id as SourceId), `source ${id} is never cited`).toBe(true);
  });

  it('quotes a passage with every citation, glossed in English where the source is not', () => {
    for (const c of citationsIn(allRecords)) {
      expect(c.passage.trim().length, c.source).toBeGreaterThan(10);
      expect(c.passage.length, c.source).toBeLessThanOrEqual(1000);
      if (c.gloss !== undefined) expect(c.gloss.trim().length, c.source).toBeGreaterThan(10);
    }
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

  it('keeps one source for one address (scheme, trailing slash and host case aside)', () => {
    expect(sharedUrls(sources)).toEqual([]);
    expect(normaliseUrl('https://TASS.com/politics/1806309/')).toBe(normaliseUrl('http://tass.com/politics/1806309'));
    expect(normaliseUrl('https://tass.com/politics/1806309')).not.toBe(normaliseUrl('https://tass.com/politics/18063'));
    expect(
      sharedUrls({ a: { url: 'http://x.org/1' }, b: { url: 'https://x.org/1/' }, c: { url: 'https://x.org/2' } }),
    ).toEqual([['a', 'b']]);
  });

  it('cites a passage of a source once a claim, nested claims included', () => {
    const repeated: string[] = [];
    (function walk(value: unknown): void {
      if (Array.isArray(value)) for (const v of value) walk(v);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
      const { citations } = value as { citations?: readonly Citation[] };
      const keys = citations?.map((c) => `${c.source}: ${c.passage}`) ?? [];
      repeated.push(...keys.filter((k, i) => keys.indexOf(k) !== i));
      for (const v of Object.values(value)) walk(v);
    })(allRecords);
    expect(repeated).toEqual([]);
  });

  it('only has sessions of bodies that exist, chaired by members, in date order with unique ids', () => {
    const ids = sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    sessions.forEach((s, i) => {
      expect(Object.hasOwn(bodies, s.body), s.id).toBe(true);
      // A session known only to its month is on no day: it is joined to nothing by day, and spans no days.
      if (s.chair && isIsoDate(s.date)) expect(isMember(s.chair.state, s.date), s.id).toBe(true);
      if (!isIsoDate(s.date))
        expect([isYearMonth(s.date), s.endDate, s.id.includes(`-${s.date}-`)], s.id).toEqual([true, undefined, true]);
      if (s.endDate) expect(s.endDate > s.date).toBe(true);
      if (s.format === 'online') expect(s.place).toBeUndefined();
      const next = sessions[i + 1];
      if (next) expect(s.date <= next.date, `${s.id} is out of order`).toBe(true);
    });
  });

  it('dates everything between the treaty signature (1992-05-15) and DATA_AS_OF', () => {
    const dates = [
      ...Object.values(states).flatMap((s) => s.membership.flatMap((p) => [p.from, p.to])),
      ...Object.values(milestones).map((m) => m.date),
      ...chairmanships.flatMap((c) =>
        [c.from, c.to, c.fromWindow?.from, c.fromWindow?.to, c.toWindow?.from, c.toWindow?.to].filter(
          (d) => d === undefined || d !== c.to || c.handover !== 'calendar' || d <= DATA_AS_OF,
        ),
      ),
      ...secretariesGeneral.flatMap((t) => [t.from, t.appointed]),
      ...sessions.filter((s) => s.status === 'held').flatMap((s) => [s.date, s.endDate]),
      ...Object.values(forces).flatMap((f) => [f.established, ...f.events.map((e) => e.date)]),
      ...operations.flatMap((o) => [o.requested, o.decided, o.deployed, o.withdrawalBegan, o.withdrawn]),
      ...operations.flatMap((o) => o.events.map((e) => e.date)),
      ...Object.values(instruments).flatMap((i) => [i.signed, i.inForce]),
      ...politicalEvents.map((e) => e.date),
    ].filter((d) => d !== undefined) as string[];
    expect(dates.length).toBeGreaterThan(100);
    for (const d of dates) {
      // A day must not precede the signature; a month or a year must not end before it.
      const lower = d.length === 10 ? '1992-05-15' : '1992-05-15'.slice(0, d.length);
      expect(d >= lower && d <= DATA_AS_OF, d).toBe(true);
    }
    for (const s of Object.values(sources)) if (s.published) expect(s.published <= DATA_AS_OF).toBe(true);
    expect(isIsoDate(DATA_AS_OF)).toBe(true);
  });

  it('schedules only known ends and announced sessions after DATA_AS_OF', () => {
    for (const s of sessions) if (s.date > DATA_AS_OF) expect(s.status, s.id).toBe('planned');
    for (const c of chairmanships)
      if (c.to && c.to > DATA_AS_OF) expect([c.handover, c.to.slice(5)], c.id).toEqual(['calendar', '01-01']);
    for (const t of secretariesGeneral) if (t.to && t.to > DATA_AS_OF) expect(t.note, t.id).toMatch(/three years/);
  });

  it('names every state, body, force, place and person in English and Russian', () => {
    const texts = [
      organization.name,
      organization.abbreviation,
      ...Object.values(states).flatMap((s) => [s.name, s.officialName]),
      ...Object.values(bodies).map((b) => b.name),
      ...Object.values(forces).map((f) => f.name),
      ...Object.values(milestones).flatMap((m) => [m.title, m.place, m.document]),
      ...chairmanships.map((c) => c.chair.name),
      ...secretariesGeneral.map((t) => t.person.name),
      ...sessions.flatMap((s) => [s.place, s.chair?.name]),
      ...Object.values(instruments).map((i) => i.place),
    ].filter((t) => t !== undefined);
    for (const t of texts) {
      expect(t.en).toMatch(/^[\p{Script=Latin}\d\s.,’'()–-]+$/u);
      expect(t.ru).toMatch(/^[\p{Script=Cyrillic}\d\s.,«»()–-]+$/u);
    }
  });

  it('gives every source an absolute web address', () => {
    for (const s of Object.values(sources)) expect(s.url).toMatch(/^https?:\/\//);
  });

  it('writes every text in English and Russian only, English always, Russian in Cyrillic (completeness both ways)', () => {
    const texts = textsIn([allRecords, openQuestions]);
    expect(texts.length).toBeGreaterThan(200);
    for (const [path, text] of texts) {
      expect(
        Object.keys(text).every((k) => k === 'en' || k === 'ru'),
        path,
      ).toBe(true);
      expect(typeof text.en === 'string' && text.en.length > 0, path).toBe(true);
      if (text.ru !== undefined) expect(text.ru, path).toMatch(/\p{Script=Cyrillic}/u);
      expect(text.en, path).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('has every Council session chaired by the chair of the day, or by the outgoing chair on a handover day', () => {
    const chaired = sessions.filter((s) => s.body === 'csc' && s.chair && isIsoDate(s.date));
    expect(chaired.length).toBeGreaterThan(10);
    for (const s of chaired) {
      const day = s.date as IsoDate;
      if (s.conflicts?.some((c) => c.field === 'chair') && chairOn(day)?.state !== s.chair?.state) continue;
      const c = chairOn(day);
      if (c === undefined) continue; // inside an uncertain window or before the recorded chairmanships
      const outgoing = c.from === day && c.handover === 'session' ? previous(c) : undefined;
      const matches = [c, outgoing].some(
        (x) => x !== undefined && x.state === s.chair?.state && x.chair.name.en === s.chair?.name.en,
      );
      expect(matches, s.id).toBe(true);
    }
  });

  it('begins every chairmanship handed over at a session on the day of a Council session in the data', () => {
    for (const c of chairmanships.filter((x) => x.handover === 'session')) {
      expect(cscSessionDays.has(c.from) || c.fromWindow !== undefined, c.id).toBe(true);
    }
  });

  it('appoints every Secretary General on the day of a Council session in the data', () => {
    for (const t of secretariesGeneral) if (t.appointed) expect(cscSessionDays.has(t.appointed), t.id).toBe(true);
  });

  it('keeps a record’s value equal to the chosen value of every conflict it records', () => {
    for (const record of allRecords) {
      for (const conflict of (record as { conflicts?: readonly RecordedConflictLike[] }).conflicts ?? []) {
        expect(
          conflict.values.map((v) => v.value),
          conflict.field,
        ).toContain(conflict.chosen);
        const own = (record as unknown as Record<string, unknown>)[conflict.field];
        if (typeof own === 'string')
          expect(own, `${conflict.field} of ${JSON.stringify(record).slice(0, 60)}`).toBe(conflict.chosen);
        if (conflict.field === 'chair')
          expect((record as { chair?: { name: { en: string } } }).chair?.name.en).toBe(conflict.chosen);
      }
    }
  });

  it('records no two meetings of one body on one day, joint meetings included', () => {
    const seen = new Set<string>();
    for (const s of sessions) {
      for (const body of s.bodies ?? [s.body]) {
        const key = `${body} ${s.date}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('lists every body of a joint meeting once, the presiding body among them', () => {
    for (const s of sessions.filter((x) => x.bodies)) {
      expect(new Set(s.bodies).size).toBe(s.bodies?.length);
      expect(s.bodies).toContain(s.body);
      for (const b of s.bodies ?? []) expect(Object.hasOwn(bodies, b)).toBe(true);
    }
  });

  it('cites each source at most once per list', () => {
    const lists = (value: unknown): string[][] => {
      if (Array.isArray(value)) return value.flatMap(lists);
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([k, v]) =>
        k === 'sources' && Array.isArray(v) ? [v as string[]] : lists(v),
      );
    };
    for (const list of lists(allRecords)) expect(new Set(list).size, list.join(', ')).toBe(list.length);
  });

  it('sends collective forces only to and from member states', () => {
    for (const o of operations) {
      expect(isMember(o.host, o.deployed)).toBe(true);
      for (const code of o.contributors) expect(isMember(code, o.deployed), code).toBe(true);
    }
  });

  it('links milestones only to instruments that exist, on the day the instrument gives', () => {
    for (const m of Object.values(milestones)) {
      if (m.instrument === undefined) continue;
      const instrument = instruments[m.instrument];
      expect(instrument, m.id).toBeDefined();
      if (m.kind === 'signature') expect(m.date, m.id).toBe(instrument.signed);
      if (m.kind === 'entry-into-force' && instrument.inForce) expect(m.date, m.id).toBe(instrument.inForce);
    }
  });

  it('records political events only of states ever party to the treaty, with unique ids', () => {
    const ids = politicalEvents.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of politicalEvents) expect(Object.hasOwn(states, e.state), e.id).toBe(true);
  });

  it('gives every open question a unique id', () => {
    const ids = openQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

type RecordedConflictLike = { field: string; values: readonly { value: string }[]; chosen: string };
