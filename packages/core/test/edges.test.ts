import { describe, expect, it } from 'vitest';
import {
  chairOn,
  DATA_AS_OF,
  isProjection,
  membersOn,
  presidencyIn,
  secretaryGeneralOn,
  sessions,
  sessionsIn,
  statusOn,
} from '../src/index.js';

describe('answers at the edges of time', () => {
  it('closes a calendar-year chairmanship on 31 December instead of running on', () => {
    expect(chairOn('2026-12-31')?.state).toBe('RU');
    expect(chairOn('2027-01-01')).toBeUndefined();
    expect(chairOn('2027-06-01')).toBeUndefined();
    expect(presidencyIn(2027)).toBeUndefined();
  });

  it('ends a Secretary General’s term when it runs out', () => {
    expect(secretaryGeneralOn('2028-12-31')?.person.name.en).toBe('Taalatbek Masadykov');
    expect(secretaryGeneralOn('2029-01-01')).toBeUndefined();
    expect(secretaryGeneralOn('2035-01-01')).toBeUndefined();
  });

  it('says which answers are projections past DATA_AS_OF', () => {
    expect(isProjection(DATA_AS_OF)).toBe(false);
    expect(isProjection('2021-04-27')).toBe(false);
    expect(isProjection('2150-01-01')).toBe(true);
    expect(() => isProjection('2021-02-30' as never)).toThrow(/Invalid date/);
  });

  it('answers before the treaty with nobody', () => {
    expect(membersOn('1992-05-14')).toEqual([]);
    expect(statusOn('RU', '1991-12-31')).toBe('not-member');
    expect(chairOn('1990-01-01')).toBeUndefined();
  });

  it('marks every session after DATA_AS_OF as planned, and lets callers ask for one status', () => {
    for (const s of sessions) if (s.date > DATA_AS_OF) expect(s.status).toBe('planned');
    const year = 2021;
    const all = sessionsIn(year);
    expect(sessionsIn(year, { status: 'held' }).length + sessionsIn(year, { status: 'planned' }).length).toBe(
      all.length,
    );
  });
});
