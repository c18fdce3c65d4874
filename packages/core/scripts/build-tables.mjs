// Writes the tabular data package to dist/tables/: one CSV file per table and datapackage.json, its
// Frictionless descriptor, from the table definitions of src/internal/_tables.ts. Run by `pnpm build`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { importSource } from './lib/load-source.mjs';

const { dataPackage, tableCsv } = await importSource('src/internal/_datapackage.ts');
const { TABLES } = await importSource('src/internal/_tables.ts');

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = new URL('../dist/tables/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const table of TABLES) writeFileSync(new URL(`${table.name}.csv`, out), tableCsv(table));
writeFileSync(new URL('datapackage.json', out), `${JSON.stringify(dataPackage(version), null, 2)}\n`);
console.log(`wrote dist/tables/: datapackage.json and ${TABLES.length} tables`);
