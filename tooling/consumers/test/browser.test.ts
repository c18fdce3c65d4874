import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as workspaceCore from '@csto/core';
import { build } from 'esbuild';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserProbe, expectedProbe } from './_probe.js';

const { full } = inject('consumers');
const expected = expectedProbe(workspaceCore);

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {}
  }
  return undefined;
}
const chromium = findChromium();

let bundle = '';

beforeAll(async () => {
  writeFileSync(join(full, 'browser-entry.mjs'), browserProbe);
  const result = await build({
    absWorkingDir: full,
    entryPoints: ['browser-entry.mjs'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  writeFileSync(join(full, 'bundle.js'), bundle);
  writeFileSync(join(full, 'index.html'), '<!doctype html><html><body><script src="bundle.js"></script></body></html>');
});

describe('a browser bundle of the installed @csto/core tarball (esbuild, platform browser)', () => {
  it('needs no Node built-in', () => {
    expect(bundle).not.toMatch(/\brequire\(["']node:|\bprocess\.versions\b/);
  });

  it('runs in a bare JavaScript realm with no Node globals and answers as the workspace build does', () => {
    const context = createContext({ console: { log() {} } });
    runInContext(bundle, context);
    expect(JSON.parse(context.cstoProbe)).toEqual(expected);
  });

  // CI installs Debian's Chromium (see .ci/run); elsewhere the check runs when a Chromium is on PATH.
  it.runIf(chromium !== undefined || process.env.CI === 'true')(
    'runs in headless Chromium and answers as the workspace build does',
    () => {
      expect(chromium, 'CI must provide Chromium (apt-get install chromium)').toBeDefined();
      const dom = execFileSync(
        chromium!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--allow-file-access-from-files',
          '--dump-dom',
          `file://${join(full, 'index.html')}`,
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
      );
      const answers = /PROBE:(.*):END/.exec(dom)?.[1];
      expect(answers, dom).toBeDefined();
      expect(JSON.parse(answers!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual(expected);
    },
  );
});
