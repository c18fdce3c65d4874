// Writes docs/data-coverage.md and DATA.md's open questions from the data as authored in src/ (no build
// needed). Run `pnpm --filter @csto/core coverage` after changing the data; test/coverage.test.ts and
// `pnpm check:data` fail while either is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderCoverage, renderOpenQuestions } from './coverage.mjs';
import { importSource } from './lib/load-source.mjs';

const csto = await importSource('src/index.ts');

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/data-coverage.md', import.meta.url), renderCoverage(csto));
console.log('wrote docs/data-coverage.md');

const dataMd = new URL('../DATA.md', import.meta.url);
const text = readFileSync(dataMd, 'utf8');
writeFileSync(dataMd, text.slice(0, text.indexOf('## Declined and open data')) + renderOpenQuestions(csto));
console.log('wrote the open questions of DATA.md');
