import { describe, expect, it } from 'vitest';
import { CstoError, isMember, membershipOn, membersOn, statusOn, todayUtc } from '../src/index.js';

describe('statusOn', () => {
  it('reports Uzbekistan as a member on 2010-01-01', () => {
    expect(statusOn('UZ', '2010-01-01')).toBe('member');
  });

  it('reports Uzbekistan as suspended on 2013-06-01', () => {
    expect(statusOn('UZ', '2013-06-01')).toBe('suspended');
  });

  it('reports Uzbekistan as not a member between 1999 and its return in 2006', () => {
    expect(statusOn('UZ', '2003-01-01')).toBe('not-member');
  });

  it('reports Georgia and Azerbaijan as members in 1998 and not members after the 1999 prolongation', () => {
    expect(statusOn('GE', '1998-01-01')).toBe('member');
    expect(statusOn('AZ', '1998-01-01')).toBe('member');
    expect(statusOn('GE', '2000-01-01')).toBe('not-member');
    expect(statusOn('AZ', '2000-01-01')).toBe('not-member');
  });

  it('reports Belarus as not yet a party before its 1993 accession', () => {
    expect(statusOn('BY', '1993-01-01')).toBe('not-member');
    expect(statusOn('BY', '1995-01-01')).toBe('member');
  });

  it('reports Armenia as a member in 2021 and as frozen in 2025', () => {
    expect(statusOn('AM', '2021-04-27')).toBe('member');
    expect(statusOn('AM', '2025-01-01')).toBe('frozen');
  });

  it('treats a period end as exclusive and a period start as inclusive', () => {
    const period = membershipOn('UZ', '2010-01-01');
    expect(period?.to).toBeDefined();
    const end = period?.to ?? '2000-01-01';
    expect(membershipOn('UZ', end)).not.toBe(period);
    expect(membershipOn('UZ', period?.from)).toBe(period);
  });

  it('answers for today when no date is given', () => {
    expect(statusOn('RU')).toBe(statusOn('RU', todayUtc()));
  });
});

describe('isMember', () => {
  it('counts a frozen participation as formal membership and a suspension as not', () => {
    expect(isMember('AM', '2025-01-01')).toBe(true);
    expect(isMember('UZ', '2013-06-01')).toBe(false);
    expect(isMember('UZ', '2010-01-01')).toBe(true);
  });
});

describe('membersOn', () => {
  it('lists the six members named by the founding document on the day of the Dushanbe defence session', () => {
    expect(membersOn('2021-04-27')).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']);
  });

  it('lists the seven members of 2010, Uzbekistan included', () => {
    expect(membersOn('2010-01-01')).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ', 'UZ']);
  });

  it('lists the six signatories on the day the treaty was signed', () => {
    expect(membersOn('1992-05-15')).toEqual(['AM', 'KG', 'KZ', 'RU', 'TJ', 'UZ']);
  });

  it('lists nobody before the treaty was signed', () => {
    expect(membersOn('1992-05-14')).toEqual([]);
  });

  it('hands out a frozen list that no caller can change for the next', () => {
    const first = membersOn('2021-04-27');
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).pop()).toThrow(TypeError);
    expect(membersOn('2021-04-27')).toHaveLength(6);
  });

  it('rejects an impossible date with a typed error', () => {
    expect(() => membersOn('2021-02-30')).toThrow(CstoError);
    expect(() => membersOn('2021-02-30')).toThrow(
      /Invalid date "2021-02-30": expected a real calendar day as YYYY-MM-DD/,
    );
  });
});
