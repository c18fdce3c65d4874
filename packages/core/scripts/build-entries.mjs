// Writes the entries of Node's builds that tsup does not compile: every entry `package.json` exports whose
// `import` or `require` file tsup did not write (`@csto/core/states`, `@csto/core/dates`, …) re-exports its names
// from the whole API's module (`dist/index.js`, `dist/index.cjs`). Node does not tree-shake, so a separate
// compile of each entry only split the code into one chunk file per shared module, and loading 24 files cost
// `require('@csto/core')` about 5 MiB of memory. The names are those of the same entry in the `module` build
// (`dist/module/<entry>.js`), which tsup compiles for bundlers; the build fails where the whole API lacks one.
// Run by `pnpm build`, after tsup.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const whole = await import(new URL('dist/module/index.js', root).href);

const written = [];
for (const [subpath, conditions] of Object.entries(exports)) {
  const esm = conditions?.import?.default;
  const cjs = conditions?.require?.default;
  if (esm === undefined || cjs === undefined || existsSync(new URL(esm, root))) continue;
  const moduleFile = conditions.module.default;
  const names = Object.keys(await import(new URL(moduleFile, root).href)).sort();
  const missing = names.filter((name) => !(name in whole));
  if (missing.length > 0) throw new Error(`${subpath} exports ${missing.join(', ')}, which the whole API does not`);
  writeFileSync(new URL(esm, root), `export { ${names.join(', ')} } from './index.js';\n`);
  writeFileSync(
    new URL(cjs, root),
    `'use strict';\n\nconst core = require('./index.cjs');\n\n${names.map((name) => `exports.${name} = core.${name};`).join('\n')}\n`,
  );
  written.push(subpath);
}
console.log(`wrote ${written.length} entries as re-exports of the whole API: ${written.join(', ')}`);
