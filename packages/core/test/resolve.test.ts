import { describe, expect, it } from 'vitest';
import {
  findSessions,
  findStates,
  getSession,
  getSource,
  isSessionId,
  isSourceId,
  resolveState,
  sessions,
  states,
} from '../src/index.js';

describe('resolveState', () => {
  it.each([
    ['KG', 'KG'],
    ['kg', 'KG'],
    ['KGZ', 'KG'],
    ['417', 'KG'],
    ['Kyrgyzstan', 'KG'],
    ['Kyrgyz', 'KG'],
    ['Kirghizia', 'KG'],
    ['Кыргызстан', 'KG'],
    ['Киргизия', 'KG'],
    ['арм', 'AM'],
    ['051', 'AM'],
    ['РФ', 'RU'],
    ['Russian Federation', 'RU'],
    ['Byelorussia', 'BY'],
    ['Белоруссия', 'BY'],
    ['  uzbekistán ', 'UZ'],
  ])('resolves %j to %s', (text, code) => {
    expect(resolveState(text)).toBe(code);
  });

  it('resolves every state by each of its codes and names', () => {
    for (const s of Object.values(states))
      for (const text of [s.code, s.alpha3, s.numeric, s.name.en, s.name.ru, s.officialName.en, s.officialName.ru])
        expect(resolveState(text), text).toBe(s.code);
  });

  it('refuses an ambiguous or unknown text with a typed error that names the candidates', () => {
    expect(findStates('K')).toEqual([]);
    expect(findStates('Kaz')).toEqual(['KZ']);
    expect(() => resolveState('Ky')).not.toThrow();
    expect(() => resolveState('Narnia')).toThrow(expect.objectContaining({ code: 'UNKNOWN_STATE' }));
    expect(findStates('Ta').length).toBe(1);
    expect(findStates('T')).toEqual([]);
  });

  it('cuts a long input in its message', () => {
    try {
      resolveState('x'.repeat(120_000));
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });
});

describe('finding sessions and sources', () => {
  it('finds sessions by id, day, month, id prefix and place in either language', () => {
    expect(findSessions('cmd-2021-04-27-dushanbe').map((s) => s.id)).toEqual(['cmd-2021-04-27-dushanbe']);
    expect(findSessions('2021-04-27').map((s) => s.id)).toEqual(['cmd-2021-04-27-dushanbe']);
    expect(findSessions('2021-04').length).toBeGreaterThanOrEqual(2);
    expect(findSessions('cssc-2021').every((s) => s.id.startsWith('cssc-2021'))).toBe(true);
    const dushanbe = findSessions('Dushanbe');
    expect(dushanbe.length).toBeGreaterThan(2);
    expect(findSessions('душанбе').map((s) => s.id)).toEqual(dushanbe.map((s) => s.id));
    expect(findSessions('')).toEqual([]);
    expect(findSessions('nowhere')).toEqual([]);
  });

  it('guards session and source ids', () => {
    for (const s of sessions) expect(isSessionId(s.id)).toBe(true);
    expect(isSessionId('toString')).toBe(false);
    expect(isSourceId('kazinform-2021-04-23')).toBe(true);
    expect(isSourceId('__proto__')).toBe(false);
    expect(getSession('cmd-2021-04-27-dushanbe').place?.en).toBe('Dushanbe');
    expect(getSource('kazinform-2021-04-23').publisher).toBe('Kazinform');
  });
});
