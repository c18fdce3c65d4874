import { describe, expect, it } from 'vitest';
import { anniversariesIn, milestones } from '../src/index.js';

describe('anniversariesIn', () => {
  it('finds the organisation’s 20th and the treaty’s 30th anniversaries in 2022, in date order', () => {
    expect(anniversariesIn(2022).map((a) => [a.milestone.id, a.years, a.date])).toEqual([
      ['organisation-founded', 20, '2022-05-14'],
      ['treaty-signed', 30, '2022-05-15'],
    ]);
  });

  it('finds nothing in a year that is not a multiple of five after either date', () => {
    expect(anniversariesIn(2023)).toEqual([]);
  });

  it('does not count the year of the event itself', () => {
    expect(anniversariesIn(1992)).toEqual([]);
  });

  it('only ever counts commemorated milestones', () => {
    for (let year = 1993; year <= 2100; year++) {
      for (const a of anniversariesIn(year)) {
        expect(milestones[a.milestone.id].commemorated).toBe(true);
        expect(a.years % 5).toBe(0);
      }
    }
  });
});
