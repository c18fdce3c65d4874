// Writes docs/data-coverage.md from the built package. Run `pnpm --filter @csto/core coverage` after
// changing the data; test/coverage.test.ts fails while the committed report is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as csto from '../dist/index.js';
import { renderCoverage, renderOpenQuestions } from './coverage.mjs';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/data-coverage.md', import.meta.url), renderCoverage(csto));
console.log('wrote docs/data-coverage.md');

const dataMd = new URL('../DATA.md', import.meta.url);
const text = readFileSync(dataMd, 'utf8');
writeFileSync(dataMd, text.slice(0, text.indexOf('## Declined and open data')) + renderOpenQuestions(csto));
console.log('wrote the open questions of DATA.md');
