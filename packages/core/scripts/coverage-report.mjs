// Writes docs/data-coverage.md from the built package. Run `pnpm --filter @csto/core coverage` after
// changing the data; test/coverage.test.ts fails while the committed report is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as csto from '../dist/index.js';
import { renderCoverage } from './coverage.mjs';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/data-coverage.md', import.meta.url), renderCoverage(csto));
console.log('wrote docs/data-coverage.md');
