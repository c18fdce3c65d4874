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

  it('agrees with presidencyIn: every chairmanship is in office on its own first day', () => {
    for (const c of chairmanships) {
      expect(chairOn(c.from)).toBe(c);
      expect(presidencyIn(c.year)).toBe(c);
    }
  });
});
