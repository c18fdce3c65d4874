import { describe, expect, it } from 'vitest';
import { forces, getForce, isCstoError, isForceId, operations, operationsOn, states } from '../src/index.js';

describe('forces', () => {
  it('lists the rapid deployment forces of 2001, the peacekeeping forces of 2007 and the rapid reaction forces of 2009', () => {
    expect(Object.values(forces).map((f) => [f.id, f.established])).toEqual([
      ['crdf-central-asia', '2001-05-25'],
      ['cpf', '2007-10-06'],
      ['crrf', '2009-02-04'],
    ]);
  });

  it('names the rapid reaction forces in English and Russian with their abbreviations', () => {
    expect(getForce('crrf').name).toEqual({
      en: 'Collective Rapid Reaction Forces',
      ru: 'Коллективные силы оперативного реагирования',
    });
    expect(getForce('crrf').abbreviation).toEqual({ en: 'CRRF', ru: 'КСОР' });
  });

  it('keeps every force’s events in date order, starting with its establishment', () => {
    for (const f of Object.values(forces)) {
      expect(f.events[0]?.date).toBe(f.established);
      const dates = f.events.map((e) => e.date);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('refuses an unknown force with UNKNOWN_FORCE', () => {
    expect(isForceId('nato')).toBe(false);
    try {
      getForce('nato' as never);
      expect.unreachable();
    } catch (error) {
      expect(isCstoError(error) && error.code).toBe('UNKNOWN_FORCE');
    }
  });
});

describe('operations', () => {
  it('dates the Kazakhstan operation from request to withdrawal in order', () => {
    const [kz] = operations;
    expect(kz).toMatchObject({ host: 'KZ', force: 'cpf', requested: '2022-01-05', decided: '2022-01-06' });
    const days = [kz?.requested, kz?.decided, kz?.deployed, kz?.withdrawalBegan, kz?.withdrawn];
    expect([...days].sort()).toEqual(days);
  });

  it('had contingents from Armenia, Belarus, Kyrgyzstan, Russia and Tajikistan, all members, none from the host', () => {
    for (const o of operations) {
      expect(o.contributors).not.toContain(o.host);
      for (const code of o.contributors) expect(Object.hasOwn(states, code)).toBe(true);
    }
    expect(operations[0]?.contributors).toEqual(['AM', 'BY', 'KG', 'RU', 'TJ']);
  });

  it('is under way from the day of deployment to the last day of withdrawal, both included', () => {
    expect(operationsOn('2022-01-05')).toEqual([]);
    expect(operationsOn('2022-01-06').map((o) => o.id)).toEqual(['kazakhstan-2022']);
    expect(operationsOn('2022-01-19').map((o) => o.id)).toEqual(['kazakhstan-2022']);
    expect(operationsOn('2022-01-20')).toEqual([]);
  });
});
