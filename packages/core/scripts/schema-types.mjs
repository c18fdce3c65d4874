// Makes a missing zod a type error in the user's own code. The declarations of `@csto/core/schema` import `z`
// from `zod/v4`; without zod (or with one older than 3.25) TypeScript reports that unresolved import only inside
// our .d.ts, which `skipLibCheck` hides, and every schema silently becomes `any`. This wraps the type of each
// declared schema in `NeedsZod<…>`, which is the schema's own type when `zod/v4` resolves and, when it does
// not, a string naming the fix: `StateSchema.parse(x)` then fails to compile with that string in the error.
// Run by `pnpm build` after tsup; tooling/consumers proves both cases from the packed tarball.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { MISSING_ZOD } from './missing-zod.mjs';

const ZOD_IMPORT = "import { z } from 'zod/v4';";
// An unresolved import's type swallows any conditional type built on it (the result is \`any\` again), but its
// \`keyof\` is \`string | number | symbol\`, while zod's namespace has string keys only.
const NEEDS_ZOD = `
/** A schema's type, or, where \`zod/v4\` does not resolve, the fix: \`any\` here would let a missing zod compile. */
type NeedsZod<T> = symbol extends keyof typeof z ? ${JSON.stringify(MISSING_ZOD)} : T;
`;

for (const file of ['schema.d.ts', 'schema.d.cts']) {
  const url = new URL(`../dist/${file}`, import.meta.url);
  const text = readFileSync(url, 'utf8');
  if (!text.startsWith(`${ZOD_IMPORT}\n`)) throw new Error(`dist/${file} no longer starts with ${ZOD_IMPORT}`);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const types = source.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .map((declaration) => declaration.type)
    .filter((type) => type !== undefined);
  if (types.length === 0) throw new Error(`dist/${file} declares no schema`);
  let out = text;
  for (const type of [...types].reverse()) {
    out = `${out.slice(0, type.getStart(source))}NeedsZod<${type.getText(source)}>${out.slice(type.end)}`;
  }
  writeFileSync(url, `${ZOD_IMPORT}\n${NEEDS_ZOD}${out.slice(ZOD_IMPORT.length + 1)}`);
}
console.log('wrapped the schema declarations in NeedsZod');
