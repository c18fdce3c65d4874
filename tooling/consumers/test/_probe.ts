// One probe of the public API, written out in each module system a user may load it from. Every runtime must
// compute the same answers as the workspace build.

const names = [
  'DATA_AS_OF',
  'membersOn',
  'statusOn',
  'chairOn',
  'secretaryGeneralOn',
  'sources',
  'stateCodes',
  'states',
];

const body = `
const chair = chairOn('2021-06-01');
const probe = {
  dataAsOf: DATA_AS_OF,
  membersIn2021: membersOn('2021-04-27'),
  uzbekistanIn2013: statusOn('UZ', '2013-01-01'),
  chairIn2021: chair && chair.state,
  secretaryGeneralIn2020: secretaryGeneralOn('2020-06-01')?.person.name.en,
  sourceCount: Object.keys(sources).length,
  stateCodes: [...stateCodes],
  statesFrozen: Object.isFrozen(states) && Object.isFrozen(states.TJ),
};`;

/** Where each name of the probe lives among the domain entries (`@csto/core/<domain>`). */
const domains: Record<string, string[]> = {
  dates: ['DATA_AS_OF'],
  states: ['membersOn', 'statusOn', 'stateCodes', 'states'],
  chairmanships: ['chairOn'],
  'secretaries-general': ['secretaryGeneralOn'],
  sources: ['sources'],
};

/** The probe as an ES module that imports each name from its domain entry. */
export const esmDomainProbe = `${Object.entries(domains)
  .map(([domain, list]) => `import { ${list.join(', ')} } from '@csto/core/${domain}';`)
  .join('\n')}${body}
console.log(JSON.stringify(probe));
`;

/** The probe as a CommonJS module that requires each name from its domain entry. */
export const cjsDomainProbe = `${Object.entries(domains)
  .map(([domain, list]) => `const { ${list.join(', ')} } = require('@csto/core/${domain}');`)
  .join('\n')}${body}
console.log(JSON.stringify(probe));
`;

/** The probe as an ES module that prints its answers as JSON. */
export const esmProbe = `import { ${names.join(', ')} } from '@csto/core';${body}
console.log(JSON.stringify(probe));
`;

/** The probe as a CommonJS module that prints its answers as JSON. */
export const cjsProbe = `const { ${names.join(', ')} } = require('@csto/core');${body}
console.log(JSON.stringify(probe));
`;

/** The probe as a browser entry: it leaves its answers on the page and on `globalThis`. */
export const browserProbe = `import { ${names.join(', ')} } from '@csto/core';${body}
globalThis.cstoProbe = JSON.stringify(probe);
if (typeof document !== 'undefined') document.body.textContent = 'PROBE:' + globalThis.cstoProbe + ':END';
`;

/** The same answers, computed from an already loaded module (the workspace build). */
export function expectedProbe(core: typeof import('@csto/core')): unknown {
  const chair = core.chairOn('2021-06-01');
  return {
    dataAsOf: core.DATA_AS_OF,
    membersIn2021: core.membersOn('2021-04-27'),
    uzbekistanIn2013: core.statusOn('UZ', '2013-01-01'),
    chairIn2021: chair?.state,
    secretaryGeneralIn2020: core.secretaryGeneralOn('2020-06-01')?.person.name.en,
    sourceCount: Object.keys(core.sources).length,
    stateCodes: [...core.stateCodes],
    statesFrozen: Object.isFrozen(core.states) && Object.isFrozen(core.states.TJ),
  };
}

/**
 * Validates the published data.json with `@csto/core/schema` and says which zod did it, as an ES module or CommonJS.
 * Reads the file through `require.resolve`, which Node, Deno and Bun all provide.
 */
export const schemaProbe = {
  esm: `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DataSchema, IsoDateSchema } from '@csto/core/schema';
const require = createRequire(import.meta.url);
const data = DataSchema.parse(JSON.parse(readFileSync(require.resolve('@csto/core/data.json'), 'utf8')));
console.log(JSON.stringify({ zod: require('zod/package.json').version, states: Object.keys(data.states).length, rejectsFebruary30: !IsoDateSchema.safeParse('2021-02-30').success }));
`,
  cjs: `const { readFileSync } = require('node:fs');
const { DataSchema, IsoDateSchema } = require('@csto/core/schema');
const data = DataSchema.parse(JSON.parse(readFileSync(require.resolve('@csto/core/data.json'), 'utf8')));
console.log(JSON.stringify({ zod: require('zod/package.json').version, states: Object.keys(data.states).length, rejectsFebruary30: !IsoDateSchema.safeParse('2021-02-30').success }));
`,
};

/** What the schema probe prints when `zod` (that version) validated the data. */
export function expectedSchemaProbe(core: typeof import('@csto/core'), zod: string): unknown {
  return { zod, states: core.stateCodes.length, rejectsFebruary30: true };
}

/** What `@csto/core/schema` says, at run time and in its types, when zod is missing. */
export const MISSING_ZOD = '@csto/core/schema needs zod 3.25.50+ or 4: npm install zod';
