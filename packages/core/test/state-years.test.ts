/**
 * The state-year panel (state_years.csv) at its edges: the year of joining, a period ending on a boundary
 * day, Armenia's freeze, Uzbekistan's two departures, leap years. Each row is what the library says day by
 * day (`statusOn`), and its day counts add up to the year.
 */
import { describe, expect, it } from 'vitest';
import { DATA_AS_OF, states, statusOn } from '../src/index.js';
import { readTable } from './_package-tables.js';

const panel = readTable('state_years');
const row = (state: string, year: number) => panel.find((r) => r.state === state && r.year === String(year));
const days = (state: string, year: number) => {
  const r = row(state, year);
  return (
    r && {
      member: Number(r.days_member),
      frozen: Number(r.days_frozen),
      suspended: Number(r.days_suspended),
      notMember: Number(r.days_not_member),
    }
  );
};

describe('state_years.csv', () => {
  it('has one row per state and year, from the year it first became party to the year of DATA_AS_OF', () => {
    const last = Number(DATA_AS_OF.slice(0, 4));
    for (const state of Object.values(states)) {
      const first = Number(state.membership[0]?.from.slice(0, 4));
      const years = panel.filter((r) => r.state === state.code).map((r) => Number(r.year));
      expect(years, state.code).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    }
    expect(row('KZ', 1991)).toBeUndefined();
    expect(row('BY', 1992)).toBeUndefined();
  });

  it('adds the days of every row up to the length of its year, 366 in leap years', () => {
    for (const r of panel) {
      const sum = ['days_member', 'days_frozen', 'days_suspended', 'days_not_member'].reduce(
        (n, c) => n + Number(r[c]),
        0,
      );
      const year = Number(r.year);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(sum, `${r.state} ${r.year}`).toBe(Number(r.days_in_year));
      expect(Number(r.days_in_year), `${r.state} ${r.year}`).toBe(leap ? 366 : 365);
    }
  });

  it('gives the status on 1 January and 31 December that statusOn gives', () => {
    for (const r of panel) {
      const code = r.state as keyof typeof states;
      expect(r.status_jan1, `${r.state} ${r.year}`).toBe(statusOn(code, `${Number(r.year)}-01-01`));
      expect(r.status_dec31, `${r.state} ${r.year}`).toBe(statusOn(code, `${Number(r.year)}-12-31`));
    }
  });

  it('counts the year of joining from the day of signature: Kazakhstan in 1992 (a leap year)', () => {
    expect(row('KZ', 1992)).toMatchObject({ status_jan1: 'not-member', status_dec31: 'member' });
    // 1 January to 14 May 1992 (31 + 29 + 31 + 30 + 14 days) before the treaty.
    expect(days('KZ', 1992)).toEqual({ member: 231, frozen: 0, suspended: 0, notMember: 135 });
  });

  it('counts one day for Belarus in 1993: it acceded on 31 December', () => {
    expect(row('BY', 1993)).toMatchObject({ status_jan1: 'not-member', status_dec31: 'member' });
    expect(days('BY', 1993)).toEqual({ member: 1, frozen: 0, suspended: 0, notMember: 364 });
  });

  it('ends a period on its exclusive end: Georgia was a member to 20 April 1999, out from 21 April', () => {
    // 1 January to 20 April 1999: 31 + 28 + 31 + 20 days.
    expect(days('GE', 1999)).toEqual({ member: 110, frozen: 0, suspended: 0, notMember: 255 });
    expect(row('GE', 2000)).toMatchObject({
      status_jan1: 'not-member',
      status_dec31: 'not-member',
      days_not_member: '366',
    });
  });

  it('splits 2024 for Armenia at its freeze on 22 February', () => {
    expect(row('AM', 2024)).toMatchObject({ status_jan1: 'member', status_dec31: 'frozen', days_in_year: '366' });
    // 1 January to 21 February 2024: 31 + 21 days as a member.
    expect(days('AM', 2024)).toEqual({ member: 52, frozen: 314, suspended: 0, notMember: 0 });
    expect(days('AM', 2025)).toEqual({ member: 0, frozen: 365, suspended: 0, notMember: 0 });
  });

  it('follows Uzbekistan out in 1999, back in 2006, frozen and suspended in 2012', () => {
    expect(days('UZ', 1999)).toEqual({ member: 110, frozen: 0, suspended: 0, notMember: 255 });
    expect(days('UZ', 2005)).toEqual({ member: 0, frozen: 0, suspended: 0, notMember: 365 });
    // Back on 16 August 2006: 1 January to 15 August is 227 days out.
    expect(days('UZ', 2006)).toEqual({ member: 138, frozen: 0, suspended: 0, notMember: 227 });
    // 2012, a leap year: a member to 27 June, frozen from 28 June, suspended from 19 December.
    expect(row('UZ', 2012)).toMatchObject({ status_jan1: 'member', status_dec31: 'suspended' });
    expect(days('UZ', 2012)).toEqual({ member: 179, frozen: 174, suspended: 13, notMember: 0 });
    expect(days('UZ', 2013)).toEqual({ member: 0, frozen: 0, suspended: 365, notMember: 0 });
  });
});
