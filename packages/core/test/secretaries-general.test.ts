import { describe, expect, it } from 'vitest';
import { secretariesGeneral, secretaryGeneralOn } from '../src/index.js';

describe('secretaryGeneralOn', () => {
  it('names Stanislav Zas in April 2021, appointed rather than acting', () => {
    const term = secretaryGeneralOn('2021-04-27');
    expect(term?.person.name).toEqual({ en: 'Stanislav Zas', ru: 'Станислав Зась' });
    expect(term?.nationality).toBe('BY');
    expect(term?.acting).toBe(false);
  });

  it('names Imangali Tasmagambetov from 1 January 2023', () => {
    expect(secretaryGeneralOn('2022-12-31')?.person.name.en).toBe('Stanislav Zas');
    expect(secretaryGeneralOn('2023-01-01')?.person.name.en).toBe('Imangali Tasmagambetov');
  });

  it('marks acting holders as acting', () => {
    const acting = secretariesGeneral.filter((t) => t.acting);
    expect(acting.length).toBeGreaterThan(0);
    for (const t of acting) expect(t.person.name.en).toBe('Valery Semerikov');
  });
});
