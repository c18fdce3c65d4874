import { describe, expect, it } from 'vitest';
import { chairmanships, chairOn, presidencyIn } from '../src/index.js';

describe('presidencyIn', () => {
  it('names Tajikistan, chaired by Emomali Rahmon, for 2021', () => {
    const c = presidencyIn(2021);
    expect(c?.state).toBe('TJ');
    expect(c?.chair.name).toEqual({ en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' });
  });

  it('shows that Tajikistan’s chairmanship for 2021 began at the online session of 2 December 2020', () => {
    expect(presidencyIn(2021)?.from).toBe('2020-12-02');
    expect(presidencyIn(2021)?.handover).toBe('session');
  });

  it('shows calendar-year chairmanships from 2024', () => {
    expect(presidencyIn(2024)).toMatchObject({
      state: 'KZ',
      from: '2024-01-01',
      to: '2025-01-01',
      handover: 'calendar',
    });
    expect(presidencyIn(2025)).toMatchObject({ state: 'KG', from: '2025-01-01', handover: 'calendar' });
  });

  it('returns undefined for a year the data does not cover', () => {
    expect(presidencyIn(1995)).toBeUndefined();
  });
});

describe('chairOn', () => {
  it('hands over on the day of the session: Russia until 1 December 2020, Tajikistan from 2 December', () => {
    expect(chairOn('2020-12-01')?.state).toBe('RU');
    expect(chairOn('2020-12-02')?.state).toBe('TJ');
  });

  it('names Armenia after the Dushanbe summit of 16 September 2021', () => {
    expect(chairOn('2021-09-15')?.state).toBe('TJ');
    expect(chairOn('2021-09-16')?.state).toBe('AM');
  });

  it('agrees with presidencyIn: every chairmanship is in office on its first certain day', () => {
    for (const c of chairmanships) {
      expect(chairOn(c.fromWindow?.to ?? c.from)).toBe(c);
      expect(presidencyIn(c.year)).toBe(c);
    }
  });

  it('never answers for a day inside an uncertain boundary window', () => {
    const windows = chairmanships.flatMap((c) => [c.fromWindow, c.toWindow]).filter((w) => w !== undefined);
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) expect(chairOn(w.from)).toBeUndefined();
    expect(chairOn('2010-12-31')).toBeUndefined();
    expect(chairOn('2010-12-09')?.state).toBe('RU');
    expect(chairOn('2011-01-01')?.state).toBe('BY');
  });

  it('dates every window boundary consistently with the record it belongs to', () => {
    for (const c of chairmanships) {
      if (c.fromWindow) expect(c.from).toBe(c.fromWindow.from);
      if (c.toWindow) expect(c.to).toBe(c.toWindow.from);
      for (const w of [c.fromWindow, c.toWindow]) if (w) expect(w.from < w.to).toBe(true);
    }
  });

  it('names Armenia under Serzh Sargsyan for 2009 and Russia under Dmitry Medvedev from 14 June 2009', () => {
    expect(presidencyIn(2009)).toMatchObject({ state: 'AM', from: '2008-09-05', to: '2009-06-14' });
    expect(chairOn('2009-06-13')?.chair.name.en).toBe('Serzh Sargsyan');
    expect(chairOn('2009-06-14')?.chair.name).toEqual({ en: 'Dmitry Medvedev', ru: 'Дмитрий Медведев' });
  });
});
