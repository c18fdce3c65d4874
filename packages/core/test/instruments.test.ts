import { describe, expect, it } from 'vitest';
import {
  getInstrument,
  type InstrumentId,
  instruments,
  isCstoError,
  isInstrumentId,
  milestones,
  politicalEvents,
  politicalEventsOf,
  states,
} from '../src/index.js';

/** Compares two partial dates by what both state: '2021' ≤ '2021-01-19'. */
const notAfter = (a: string, b: string) => a.slice(0, b.length) <= b.slice(0, a.length);

describe('instruments', () => {
  it('holds the treaty, the Charter, the agreements and their protocols', () => {
    expect(Object.keys(instruments)).toHaveLength(14);
    expect(instruments['collective-security-treaty'].signed).toBe('1992-05-15');
    expect(instruments['collective-security-treaty'].inForce).toBe('1994-04-20');
    expect(instruments.charter.kind).toBe('charter');
    expect(getInstrument('protocol-prolongation-1999').amends).toBe('collective-security-treaty');
  });

  it('lists them in order of signature', () => {
    const signed = Object.values(instruments).map((i) => i.signed);
    expect(signed).toEqual([...signed].sort());
  });

  it('tells ids apart from other values', () => {
    expect(isInstrumentId('charter')).toBe(true);
    expect(isInstrumentId('Charter')).toBe(false);
    expect(isInstrumentId('toString')).toBe(false);
    expect(isInstrumentId(undefined)).toBe(false);
  });

  it('refuses an unknown instrument with UNKNOWN_INSTRUMENT', () => {
    try {
      getInstrument('treaty' as InstrumentId);
      expect.unreachable();
    } catch (error) {
      expect(isCstoError(error) && error.code).toBe('UNKNOWN_INSTRUMENT');
      expect((error as Error).message).toContain('collective-security-treaty');
    }
  });

  it('enters into force no earlier than signature, and amends only instruments that exist and came before', () => {
    for (const i of Object.values(instruments)) {
      if (i.inForce !== undefined) expect(notAfter(i.signed, i.inForce), i.id).toBe(true);
      if (i.amends !== undefined) {
        expect(isInstrumentId(i.amends), i.id).toBe(true);
        expect(notAfter(instruments[i.amends].signed, i.signed), i.id).toBe(true);
      }
      for (const code of i.parties ?? []) expect(Object.hasOwn(states, code), `${i.id} ${code}`).toBe(true);
    }
  });

  it('is what the treaty and Charter milestones refer to', () => {
    expect(milestones['treaty-signed'].instrument).toBe('collective-security-treaty');
    expect(milestones['charter-in-force'].instrument).toBe('charter');
    expect(milestones['un-observer'].instrument).toBeUndefined();
  });
});

describe('political events', () => {
  it('holds sixteen events in date order', () => {
    expect(politicalEvents).toHaveLength(16);
    const dates = politicalEvents.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('concern only states ever party to the treaty', () => {
    for (const e of politicalEvents) expect(Object.hasOwn(states, e.state), e.id).toBe(true);
  });

  it('gives one state’s events, oldest first', () => {
    expect(politicalEventsOf('UZ').map((e) => e.date)).toEqual(['2012-06-28']);
    expect(politicalEventsOf('BY').map((e) => e.kind)).toEqual(['boycott', 'other']);
    expect(politicalEventsOf('AM').every((e) => e.state === 'AM')).toBe(true);
    expect(politicalEventsOf('KZ')).toEqual([]);
  });

  it('refuses an unknown state with UNKNOWN_STATE', () => {
    expect(() => politicalEventsOf('XX' as 'AM')).toThrow(/Unknown state/);
  });
});
