import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the report script is plain JavaScript without declarations
import { renderCoverage } from '../scripts/coverage.mjs';
import * as csto from '../src/index.js';

describe('docs/data-coverage.md', () => {
  it('is up to date with the data (run `pnpm --filter @csto/core coverage` after changing the data)', () => {
    const committed = readFileSync(new URL('../docs/data-coverage.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCoverage(csto));
  });

  it('counts every session and every open question', () => {
    const report: string = renderCoverage(csto);
    expect(report).toContain(`| Sessions | ${csto.sessions.length} |`);
    expect(report).toContain(`${csto.openQuestions.length} open or declined questions`);
  });
});

describe('DATA.md', () => {
  it('lists every open question with its reason in the “Declined and open data” section', () => {
    const text = readFileSync(new URL('../DATA.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## Declined and open data'));
    for (const q of csto.openQuestions) expect(section).toContain(`- ${q.question} ${q.reason}`);
  });
});
