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
    for (const s of cmd) expect(s.body).toBe('cmd');
    expect(sessionsIn(2021, { body: 'cssc' }).map((s) => s.id)).toContain('cssc-2021-04-29-dushanbe');
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
