import { describe, expect, it } from 'vitest';
import { getSession, sessions, sessionsIn } from '../src/index.js';

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
