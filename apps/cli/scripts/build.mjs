// Bundles the CLI, @csto/core included (from its built package), with no runtime dependencies. Start-up is the
// CLI's whole cost, and Node's cost is mostly reading and compiling code: so the code every command needs is one
// file, `dist/csto.cjs`, and the domains of @csto/core that only some commands show (sessions with their agendas,
// and the sources) are files of their own beside it, which Node reads only when a command first needs them.
import { chmodSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);

/** The @csto/core domains loaded on first use (see src/internal/_core.ts), each shipped as `dist/core-<domain>.cjs`. */
export const LAZY_DOMAINS = ['sessions', 'sources'];

/** Points `require('@csto/core/<domain>')` at the file shipped beside the CLI instead of bundling it in. */
const lazyDomainFiles = {
  name: 'lazy-core-domains',
  setup(build) {
    const filter = new RegExp(`^@csto/core/(${LAZY_DOMAINS.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./core-${args.path.split('/').pop()}.cjs`, external: true }));
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Builds the CLI as CommonJS (`cjs`, what ships) or ESM (`esm`, for the start-up comparison). */
export async function build({ format = 'cjs', outfile = `${root}dist/csto.cjs` } = {}) {
  await Promise.all(
    LAZY_DOMAINS.map((domain) =>
      esbuild.build({
        ...shared,
        entryPoints: [require.resolve(`@csto/core/${domain}`)],
        outfile: join(dirname(outfile), `core-${domain}.cjs`),
        format: 'cjs',
      }),
    ),
  );
  const esmRequire = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
  await esbuild.build({
    ...shared,
    entryPoints: [`${root}src/bin.ts`],
    outfile,
    format,
    plugins: [lazyDomainFiles],
    banner: { js: format === 'esm' ? `#!/usr/bin/env node\n${esmRequire}` : '#!/usr/bin/env node' },
    define: { __CSTO_VERSION__: JSON.stringify(version) },
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
