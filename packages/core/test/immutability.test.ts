import { describe, expect, it } from 'vitest';
import * as csto from '../src/index.js';

function everyObjectIn(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.values(value).flatMap((v) => everyObjectIn(v, seen))];
}

const exportedData = {
  states: csto.states,
  stateCodes: csto.stateCodes,
  milestones: csto.milestones,
  chairmanships: csto.chairmanships,
  secretariesGeneral: csto.secretariesGeneral,
  bodies: csto.bodies,
  sessions: csto.sessions,
  organization: csto.organization,
  sources: csto.sources,
};

describe('exported data', () => {
  it.each(Object.entries(exportedData))('freezes %s and everything inside it', (_name, data) => {
    const objects = everyObjectIn(data);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) expect(Object.isFrozen(object)).toBe(true);
  });

  it('throws on mutation in strict mode and keeps answering correctly afterwards', () => {
    const before = csto.membersOn('2021-04-27');
    expect(() => {
      (csto.states.UZ.membership as unknown as unknown[]).push({ status: 'member', from: '1992-05-15' });
    }).toThrow(TypeError);
    expect(() => {
      (csto.states.AM as { membership: unknown }).membership = [];
    }).toThrow(TypeError);
    expect(() => {
      (csto.chairmanships as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(csto.membersOn('2021-04-27')).toEqual(before);
    expect(csto.presidencyIn(2021)?.state).toBe('TJ');
  });

  it('hands out anniversaries that cannot be changed either', () => {
    const [first] = csto.anniversariesIn(2022);
    expect(first && Object.isFrozen(first)).toBe(true);
  });
});
