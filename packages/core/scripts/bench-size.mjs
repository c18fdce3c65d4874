// Prints what @csto/core adds to a browser bundle: the whole package and single helpers, in bytes.
// Run after `build`: `pnpm --filter @csto/core bench`.
import { bundle, ENTRIES } from './bundle.mjs';

const rows = [];
for (const [name, contents] of Object.entries(ENTRIES)) {
  const { min, gzip, brotli } = await bundle(contents);
  rows.push({ import: name, 'min B': min, 'gzip B': gzip, 'brotli B': brotli });
}
const everything = rows[0]['gzip B'];
for (const row of rows) row['gzip vs everything'] = `${((row['gzip B'] / everything) * 100).toFixed(1)} %`;
console.table(rows);
