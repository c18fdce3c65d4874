import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anniversariesIn,
  CstoError,
  type CstoErrorCode,
  chairOn,
  getBody,
  getSession,
  getSource,
  getState,
  isCstoError,
  isIsoDate,
  isMember,
  membersOn,
  presidencyIn,
  secretaryGeneralOn,
  sessionsIn,
  statusOn,
} from '../src/index.js';

function codeOf(fn: () => unknown): CstoErrorCode | 'no error' | 'other error' {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof CstoError ? error.code : 'other error';
  }
}

// The API is typed, but JavaScript callers and parsed input can pass anything.
const loose = <T extends (...args: never[]) => unknown>(fn: T) => fn as unknown as (...args: unknown[]) => unknown;

describe('bad input', () => {
  it('names the unknown state code and lists the accepted ones', () => {
    expect(() => loose(isMember)('XX', '2021-01-01')).toThrow(
      'Unknown state "XX": expected an ISO 3166-1 alpha-2 code of a state ever party to the treaty (AM, AZ, BY, GE, KG, KZ, RU, TJ, UZ).',
    );
    expect(codeOf(() => loose(getState)('am'))).toBe('UNKNOWN_STATE');
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of ['2021-02-30', '2021-13-01', '2021-4-27', '27.04.2021', '', '2021-04-27T00:00:00Z']) {
      expect(codeOf(() => statusOn('TJ', bad as never))).toBe('INVALID_DATE');
    }
  });

  it('refuses a date that is not a string', () => {
    for (const bad of [20210427, null, new Date(0), {}, []]) {
      expect(codeOf(() => loose(chairOn)(bad))).toBe('INVALID_DATE');
      expect(codeOf(() => loose(secretaryGeneralOn)(bad))).toBe('INVALID_DATE');
    }
  });

  it('refuses years that are not integers in range', () => {
    for (const bad of [2021.5, '2021', 1991, 2101, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => loose(presidencyIn)(bad))).toBe('INVALID_YEAR');
      expect(codeOf(() => loose(sessionsIn)(bad))).toBe('INVALID_YEAR');
      expect(codeOf(() => loose(anniversariesIn)(bad))).toBe('INVALID_YEAR');
    }
    expect(() => loose(presidencyIn)(2021.5)).toThrow('Invalid year 2021.5: expected an integer from 1992 to 2100.');
  });

  it('refuses unknown bodies, sessions and sources', () => {
    expect(codeOf(() => loose(sessionsIn)(2021, { body: 'nato' }))).toBe('UNKNOWN_BODY');
    expect(codeOf(() => loose(getBody)('toString'))).toBe('UNKNOWN_BODY');
    expect(codeOf(() => loose(getSession)('no-such-session'))).toBe('UNKNOWN_SESSION');
    expect(codeOf(() => loose(getSource)('__proto__'))).toBe('UNKNOWN_SOURCE');
  });

  it('makes errors recognisable by name across copies of the library', () => {
    const foreign = Object.assign(new Error('x'), { name: 'CstoError', code: 'INVALID_DATE' });
    expect(isCstoError(foreign)).toBe(true);
    expect(isCstoError(new Error('x'))).toBe(false);
  });
});

describe('properties of the date helpers', () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1992, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('accepts every real calendar day and agrees with Date on it', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(isIsoDate(d)).toBe(true);
        expect(() => membersOn(d as never)).not.toThrow();
      }),
    );
  });

  it('rejects every string that is not a real calendar day, with INVALID_DATE and never another error', () => {
    const notADay = fc.string().filter((s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return true;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.toISOString().slice(0, 10) !== s;
    });
    fc.assert(fc.property(notADay, (s) => codeOf(() => statusOn('RU', s as never)) === 'INVALID_DATE'));
  });

  it('rejects day 29 to 31 exactly when the month is shorter', () => {
    const candidate = fc
      .record({
        y: fc.integer({ min: 1992, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 29, max: 31 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(candidate, (s) => {
        const real = new Date(`${s}T00:00:00Z`);
        const exists = !Number.isNaN(real.getTime()) && real.toISOString().slice(0, 10) === s;
        return isIsoDate(s) === exists;
      }),
    );
  });

  it('gives members that are exactly the states whose status is member or frozen', () => {
    fc.assert(
      fc.property(day, (d) => {
        const members = membersOn(d as never);
        for (const code of ['AM', 'AZ', 'BY', 'GE', 'KG', 'KZ', 'RU', 'TJ', 'UZ'] as const) {
          const status = statusOn(code, d as never);
          expect(members.includes(code)).toBe(status === 'member' || status === 'frozen');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns only a chair and a secretary general whose term covers the day asked', () => {
    fc.assert(
      fc.property(day, (d) => {
        for (const term of [chairOn(d as never), secretaryGeneralOn(d as never)]) {
          if (term === undefined) continue;
          expect(term.from <= d).toBe(true);
          expect(term.to === undefined || d < term.to).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
