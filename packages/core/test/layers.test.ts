/**
 * The source layers: `model/` imports only `model/`; `data/` imports only `model/`; nothing imports in a
 * circle (as zod's no-circular-imports test checks its own source).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The modules of src/ a file imports (relative imports, `.js` written for `.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) =>
    normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
  );
}

const graph = new Map(files(src).map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(src, f);

describe('source layers', () => {
  it('has no import cycle in src/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the record types and the data below the helpers', () => {
    for (const [file, imports] of graph) {
      const layer = rel(file).split('/')[0];
      if (layer !== 'model' && layer !== 'data') continue;
      for (const target of imports)
        expect(rel(target).startsWith('model/'), `${rel(file)} imports ${rel(target)}`).toBe(true);
    }
  });

  it('can fail: it sees the imports of a helper', () => {
    expect(graph.get(join(src, 'sessions.ts'))).toContain(join(src, 'bodies.ts'));
  });
});
