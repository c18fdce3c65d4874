/**
 * What the published declarations weigh: they name literal unions of the small, closed id sets and the
 * interfaces, never the data, so they do not grow with the record. Run after `build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJson } from '../src/index.js';

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist).filter((f) => f.endsWith('.d.ts') || f.endsWith('.d.cts'));
const text = (f: string) => readFileSync(new URL(f, dist), 'utf8');

/**
 * The declarations' budget per format, in bytes: 74.8 kB since every field carries TSDoc (the JSON Schema's
 * descriptions are taken from it) and states carry their identifiers; 82.8 kB with the search, the citation
 * index, the folding rule and the tables entry (their types and TSDoc, no data), with room to grow a little.
 */
const BUDGET = 88 * 1024;

describe('the published declarations', () => {
  it.each(['.d.ts', '.d.cts'])(`weigh at most 88 KiB in %s files together`, (ending) => {
    const total = files.filter((f) => f.endsWith(ending)).reduce((n, f) => n + statSync(new URL(f, dist)).size, 0);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('carry no passage, agenda item or source id union: only the shapes', () => {
    const all = files.map(text).join('\n');
    const data = JSON.parse(datasetJson());
    const passage: string = data.chairmanships[0].citations[0].passage;
    const agendaItem: string = data.sessions.find((s: { agenda: unknown[] }) => s.agenda.length > 0).agenda[0].text.en;
    expect(all).not.toContain(passage);
    expect(all).not.toContain(agendaItem);
    expect(all).not.toMatch(/\| 'kazinform-2021-04-23'/);
    expect(all).toMatch(/\| 'TJ'/);
  });
});
