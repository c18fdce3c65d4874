/**
 * Node's source of the record: `data.json`, beside the built modules, read on first use. The `import` and
 * `require` builds read the data from here instead of carrying it in their code, so that loading the
 * package costs the same however large the record is. Bundlers take the `module` build, which carries
 * the data in its code instead (see `_records.ts`).
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../model/dataset.js';
import { once } from './_lazy.js';

/** The parsed `data.json`, read once: a private copy, never the object another `require` of it shares. */
export const dataFile: () => Dataset = /*#__PURE__*/ once(
  () => JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8')) as Dataset,
);
