import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the report script is plain JavaScript without declarations
import { renderCoverage, renderOpenQuestions } from '../scripts/coverage.mjs';
// @ts-expect-error the claim check is plain JavaScript without declarations
import { checkDatedClaims, statesDate } from '../scripts/lib/claims.mjs';
import * as csto from '../src/index.js';

/**
 * How many dated claims a cited passage states the date of, at least. Raise it as passages improve; the
 * target is every dated claim.
 */
const STATED_DATES_FLOOR = 157;

describe('claim-level citations', () => {
  it('finds a date in ISO, English or Russian and nowhere else', () => {
    expect(statesDate('signed in Tashkent on 15 May 1992.', '1992-05-15')).toBe(true);
    expect(statesDate('on May 15, 1992', '1992-05-15')).toBe(true);
    expect(statesDate('подписан 15 мая 1992 года', '1992-05-15')).toBe(true);
    expect(statesDate('signed in May 1992', '1992-05-15')).toBe(false);
    expect(statesDate('15 May 1993', '1992-05-15')).toBe(false);
    expect(statesDate('24 МАЯ В МИНСКЕ', '2000-05-24', 2000)).toBe(true);
    expect(statesDate('held on September 28.', '2007-09-28', 2007)).toBe(true);
    expect(statesDate('held on September 28.', '2007-09-28', 2008)).toBe(false);
    expect(statesDate('19-20 ноября 2003 года', '2003-11-19')).toBe(true);
    expect(statesDate('on 5 May 2012', '2012-05-15')).toBe(false);
  });

  it(`quotes a passage stating the date of at least ${STATED_DATES_FLOOR} dated claims`, () => {
    const { stated, derived, unstated } = checkDatedClaims(csto);
    expect(stated.length).toBeGreaterThanOrEqual(STATED_DATES_FLOOR);
    expect(stated.length + derived.length + unstated.length).toBeGreaterThan(100);
  });
});

describe('docs/data-coverage.md', () => {
  it('is up to date with the data (run `pnpm --filter @csto/core coverage` after changing the data)', () => {
    const committed = readFileSync(new URL('../docs/data-coverage.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCoverage(csto));
  });

  it('counts every session and every open question', () => {
    const report: string = renderCoverage(csto);
    expect(report).toContain(`| sessions | ${csto.sessions.length} |`);
    expect(report).toContain(`${csto.openQuestions.length} open or declined questions`);
  });
});

describe('DATA.md', () => {
  it('lists every open question with its reason in the “Declined and open data” section', () => {
    const text = readFileSync(new URL('../DATA.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## Declined and open data'));
    expect(section).toBe(renderOpenQuestions(csto));
    for (const q of csto.openQuestions) expect(section).toContain(`- ${q.question} ${q.reason}`);
  });
});
