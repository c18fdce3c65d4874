import { describe, expect, it } from 'vitest';
import { findSessions, getSession, sessions, sessionsIn, sessionsOn } from '../src/index.js';
import { SessionSchema } from '../src/schema.js';

describe('sessionsIn', () => {
  it('lists the 2021 sessions in date order', () => {
    const dates = sessionsIn(2021).map((s) => s.date);
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d.startsWith('2021-')).toBe(true);
  });

  it('filters by body', () => {
    const cmd = sessionsIn(2021, { body: 'cmd' });
    expect(cmd.length).toBeGreaterThan(0);
    for (const s of cmd) expect(s.body === 'cmd' || s.bodies?.includes('cmd')).toBe(true);
    expect(sessionsIn(2021, { body: 'cssc' }).map((s) => s.id)).toContain('cssc-2021-04-29-dushanbe');
  });

  it('finds the joint meeting of 15 September 2021 under each of its three bodies', () => {
    for (const body of ['cmfa', 'cmd', 'cssc'] as const) {
      expect(sessionsIn(2021, { body }).map((s) => s.id)).toContain('joint-2021-09-15-dushanbe');
    }
    expect(sessionsIn(2021, { body: 'csc' }).map((s) => s.id)).not.toContain('joint-2021-09-15-dushanbe');
  });

  it('records the Moscow session of 16 May 2022 as a jubilee session, not an extraordinary one', () => {
    expect(getSession('csc-2022-05-16-moscow').kind).toBe('jubilee');
    expect(getSession('csc-2012-05-15-moscow').kind).toBe('extraordinary');
  });

  it('flags sessions whose kind no source names', () => {
    expect(getSession('csc-2015-12-21-moscow')).toMatchObject({ kind: 'regular', kindInferred: true });
    expect(getSession('csc-2008-09-05-moscow').kindInferred).toBeUndefined();
  });

  it('returns a fresh list each time, so a caller cannot change later answers', () => {
    const first = sessionsIn(2021);
    const count = first.length;
    first.length = 0;
    expect(sessionsIn(2021)).toHaveLength(count);
    expect(sessionsIn(2021)).not.toBe(sessionsIn(2021));
  });

  it('returns an empty list for a year without recorded sessions', () => {
    expect(sessionsIn(1992)).toEqual([]);
  });
});

describe('getSession', () => {
  it('gives the Dushanbe defence session its place, host, chair and agenda', () => {
    const s = getSession('cmd-2021-04-27-dushanbe');
    expect(s).toMatchObject({ body: 'cmd', date: '2021-04-27', host: 'TJ', place: { en: 'Dushanbe', ru: 'Душанбе' } });
    expect(s.chair?.state).toBe('TJ');
    expect(s.agenda.length).toBeGreaterThanOrEqual(5);
  });

  it('finds every listed session by its id', () => {
    for (const s of sessions) expect(getSession(s.id)).toBe(s);
  });
});

describe('sessions known only to their month', () => {
  const monthOnly = sessions.filter((s) => s.date.length === 7);

  it('are recorded with a YYYY-MM date and an id that carries it', () => {
    expect(monthOnly.map((s) => s.id)).toContain('cmd-2011-06-minsk');
    for (const s of monthOnly) {
      expect(s.date, s.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(s.id, s.id).toContain(`-${s.date}-`);
      expect(s.endDate, s.id).toBeUndefined();
    }
  });

  it('count for their year, before the sessions of that month’s days', () => {
    const y2011 = sessionsIn(2011).map((s) => s.id);
    expect(y2011).toContain('cmd-2011-06-minsk');
    expect(y2011.indexOf('cmfa-2011-05-31-minsk')).toBeLessThan(y2011.indexOf('cmd-2011-06-minsk'));
    const y2006 = sessionsIn(2006).map((s) => s.id);
    expect(y2006.indexOf('cmfa-2006-06-minsk')).toBeLessThan(y2006.indexOf('cmd-2006-06-22-minsk'));
    expect(sessionsIn(2026, { body: 'cssc', status: 'planned' }).map((s) => s.id)).toContain(
      'cssc-2026-05-moscow-region',
    );
  });

  it('are found by their month, their year and their id prefix, never by a day', () => {
    expect(findSessions('2011-06').map((s) => s.id)).toContain('cmd-2011-06-minsk');
    expect(findSessions('2011').map((s) => s.id)).toContain('cmd-2011-06-minsk');
    expect(findSessions('cmd-2011-06').map((s) => s.id)).toEqual(['cmd-2011-06-minsk']);
    for (const day of ['2011-06-01', '2011-06-15', '2011-06-30'])
      expect(findSessions(day).map((s) => s.id)).not.toContain('cmd-2011-06-minsk');
  });

  it('are on no day for sessionsOn', () => {
    for (const s of monthOnly)
      for (const day of ['01', '15', '28']) expect(sessionsOn(`${s.date}-${day}`).map((x) => x.id)).not.toContain(s.id);
    expect(sessionsOn('2006-06-22').map((s) => s.id)).toEqual(['cmd-2006-06-22-minsk']);
  });

  it('validate with the zod schema, which still refuses a month 13', () => {
    const s = getSession('cmd-2011-06-minsk');
    expect(SessionSchema.parse(s).date).toBe('2011-06');
    expect(SessionSchema.safeParse({ ...s, date: '2011-13' }).success).toBe(false);
    expect(SessionSchema.safeParse({ ...s, date: '2011' }).success).toBe(false);
  });
});

describe('cancelled sessions', () => {
  it('are kept apart from the held and the planned ones by the status filter', () => {
    const cancelled = sessionsIn(2018, { status: 'cancelled' }).map((s) => s.id);
    expect(cancelled).toEqual(['csc-2018-12-06-saint-petersburg']);
    expect(sessionsIn(2018, { status: 'held' }).map((s) => s.id)).not.toContain('csc-2018-12-06-saint-petersburg');
    expect(sessionsIn(2018, { status: 'planned' }).map((s) => s.id)).not.toContain('csc-2018-12-06-saint-petersburg');
    expect(sessionsIn(2018, { body: 'csc' }).map((s) => s.id)).toContain('csc-2018-12-06-saint-petersburg');
  });

  it('parse with the published schema and record why they count as cancelled', () => {
    const session = getSession('csc-2018-12-06-saint-petersburg');
    expect(SessionSchema.parse(session).status).toBe('cancelled');
    expect(session.conflicts?.find((c) => c.field === 'status')?.chosen).toBe('cancelled');
    expect(() => SessionSchema.parse({ ...session, status: 'postponed' })).toThrow();
  });
});

describe('lookups by year, by day and by id', () => {
  // The lookups read only the year a question names (and the year before it): they must answer as a search
  // of every session would.
  const spans = (s: (typeof sessions)[number], q: string) =>
    s.date.startsWith(q) || (s.endDate !== undefined && s.date <= q && q <= s.endDate);

  it('find every session by its id, the same object as in the whole list', () => {
    for (const s of sessions) {
      expect(getSession(s.id), s.id).toBe(s);
      expect(findSessions(s.id), s.id).toEqual([s]);
    }
  });

  it('answer every day, month and year a session is on as a filter of the whole list does', () => {
    const queries = new Set(
      sessions.flatMap((s) => [s.date, s.date.slice(0, 7), s.date.slice(0, 4), s.endDate ?? s.date]),
    );
    for (const q of [...queries, '2021-12-31', '2022-01-01', '1992']) {
      expect(findSessions(q), q).toEqual(sessions.filter((s) => spans(s, q)));
      if (q.length === 10) {
        const on = sessions.filter((s) => s.date === q || (s.endDate !== undefined && s.date < q && q <= s.endDate));
        expect(sessionsOn(q), q).toEqual(on);
      }
      if (q.length === 4) expect(sessionsIn(Number(q)), q).toEqual(sessions.filter((s) => s.date.startsWith(q)));
    }
  });
});

describe('sessionsOn', () => {
  it('gives the sessions that began on a day or span it', () => {
    expect(sessionsOn('2021-09-16').map((s) => s.id)).toEqual(['csc-2021-09-16-dushanbe']);
    const spanning = sessions.find((s) => s.endDate !== undefined);
    if (spanning?.endDate) expect(sessionsOn(spanning.endDate).map((s) => s.id)).toContain(spanning.id);
    expect(sessionsOn('1992-05-15')).toEqual([]);
  });

  it('refuses a month or a malformed day with INVALID_DATE', () => {
    for (const bad of ['2011-06', '2021-02-30', 'tomorrow'])
      expect(() => sessionsOn(bad)).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
