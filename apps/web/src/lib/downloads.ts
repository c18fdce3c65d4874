/**
 * The files the Downloads page offers, read from `@csto/core`'s build: the site serves them from its own
 * origin, byte for byte as the package publishes them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** A downloadable file: its name on the site, the package file it copies, and its contents. */
export interface Download {
  readonly name: 'data.json' | 'data.schema.json';
  readonly bytes: Buffer;
  readonly gzipped: number;
}

/** The files, in the order the Downloads page lists them. */
export const downloadNames = ['data.json', 'data.schema.json'] as const satisfies readonly Download['name'][];

const cache = new Map<Download['name'], Download>();

/** One of the package's JSON files, read once per build. */
export function download(name: Download['name']): Download {
  const cached = cache.get(name);
  if (cached) return cached;
  const bytes = readFileSync(createRequire(import.meta.url).resolve(`@csto/core/${name}`));
  const file = { name, bytes, gzipped: gzipSync(bytes, { level: 9 }).length };
  cache.set(name, file);
  return file;
}
