/**
 * A copy of the built @csto/core whose record is five times today's: the sessions and sources repeated
 * under new ids. Import cost is measured on it beside the real package, to show that loading the package
 * does not grow with the record (Node's builds read `data.json` only on first use).
 * @module
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the grown copy under `scratch` and returns the folder to resolve it from.
 *
 * @param {string} coreDir the built package's folder
 * @param {string} scratch a folder the bench may overwrite, outside the workspace like the peers' (measured
 *   here: the same package under the workspace's bench folder showed 4 MiB more peak memory at `require`, from
 *   where it lies, not from its data)
 * @param {number} [factor]
 * @returns {{ resolveDir: string, bytes: number }}
 * @example
 * growRecord(coreDir, join(tmpdir(), 'csto-bench-record-x5')).bytes > 1_000_000; //=> true
 */
export function growRecord(coreDir, scratch, factor = 5) {
  rmSync(scratch, { recursive: true, force: true });
  const target = join(scratch, 'node_modules', '@csto', 'core');
  mkdirSync(target, { recursive: true });
  cpSync(join(coreDir, 'package.json'), join(target, 'package.json'));
  cpSync(join(coreDir, 'dist'), join(target, 'dist'), { recursive: true });
  const data = JSON.parse(readFileSync(join(coreDir, 'dist', 'data.json'), 'utf8'));
  const sessions = [...data.sessions];
  const sources = { ...data.sources };
  for (let copy = 1; copy < factor; copy++) {
    for (const s of data.sessions) sessions.push({ ...s, id: `${s.id}-copy-${copy}` });
    for (const [id, s] of Object.entries(data.sources))
      sources[`${id}-copy-${copy}`] = { ...s, id: `${id}-copy-${copy}` };
  }
  const text = JSON.stringify({ ...data, sessions, sources }, null, 2);
  writeFileSync(join(target, 'dist', 'data.json'), text);
  writeFileSync(join(scratch, 'package.json'), '{"private":true}\n');
  return { resolveDir: scratch, bytes: Buffer.byteLength(text) };
}
