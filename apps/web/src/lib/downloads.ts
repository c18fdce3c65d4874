/**
 * The files the Downloads page offers, each made by the project's own packages at build time and served
 * from this site's origin: `data.json` and its JSON Schema byte for byte as `@csto/core` publishes them, the
 * iCalendar feeds as `csto export --format ics` writes them, and the CSV tables with their Data Package
 * descriptor where `@csto/core`'s build makes them (`dist/tables/`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** A downloadable file: its address on the site, its media type and its contents. */
export interface Download {
  /** The site path, without the leading slash: `data.json`, `csto.ics`, `tables/states.csv`. */
  readonly path: string;
  readonly type: string;
  readonly bytes: Buffer;
  readonly gzipped: number;
}

const file = (path: string, type: string, bytes: Buffer): Download => ({
  path,
  type,
  bytes,
  gzipped: gzipSync(bytes, { level: 9 }).length,
});

const cache = new Map<string, Download>();
const once = (path: string, make: () => Download): Download => {
  const known = cache.get(path) ?? make();
  cache.set(path, known);
  return known;
};

/**
 * One of the package's JSON files, read once per build.
 *
 * @example
 * packageJson('data.json').path; //=> 'data.json'
 */
export function packageJson(name: 'data.json' | 'data.schema.json'): Download {
  return once(name, () => file(name, 'application/json', readFileSync(require.resolve(`@csto/core/${name}`))));
}

/** The calendar feeds: one address to subscribe to per language. */
export const calendarNames = { en: 'csto.ics', ru: 'csto.ru.ics' } as const;

/**
 * The iCalendar feed of a language, as the command line writes it (`csto --lang ru export --format ics`):
 * every session as an all-day event, planned ones `TENTATIVE`, and the round anniversaries.
 *
 * @example
 * calendar('en').bytes.toString().startsWith('BEGIN:VCALENDAR'); //=> true
 */
export function calendar(lang: keyof typeof calendarNames): Download {
  return once(calendarNames[lang], () => {
    const bin = join(dirname(require.resolve('@csto/cli/package.json')), 'dist', 'csto.cjs');
    const bytes = execFileSync(process.execPath, [bin, '--lang', lang, 'export', '--format', 'ics']);
    return file(calendarNames[lang], 'text/calendar; charset=utf-8', bytes);
  });
}

/** A resource of the tables' Data Package descriptor, as the Downloads page lists it. */
export interface TableResource {
  readonly name: string;
  /** The descriptor's `description` (English), when it has one. */
  readonly description?: string;
  readonly download: Download;
}

/** Where `@csto/core`'s build writes the CSV tables and their `datapackage.json`. */
const TABLES = join(dirname(require.resolve('@csto/core/package.json')), 'dist', 'tables');

/**
 * The CSV tables, read from the Data Package descriptor `@csto/core`'s build writes beside them (its
 * `resources`: `name`, `path`, `description`), the descriptor first; none when the core's build makes no
 * tables.
 *
 * @example
 * tables().every((t) => t.download.path.startsWith('tables/')); //=> true
 */
export function tables(): TableResource[] {
  const descriptorFile = join(TABLES, 'datapackage.json');
  if (!existsSync(descriptorFile)) return [];
  const descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8')) as {
    resources: { name: string; path: string; description?: string }[];
  };
  const read = (path: string, type: string) =>
    once(`tables/${path}`, () => file(`tables/${path}`, type, readFileSync(join(TABLES, path))));
  return [
    { name: 'datapackage', download: read('datapackage.json', 'application/json') },
    ...descriptor.resources.map((r) => ({
      name: r.name,
      ...(r.description === undefined ? {} : { description: r.description }),
      download: read(r.path, 'text/csv; charset=utf-8'),
    })),
  ];
}

/**
 * Every file the site serves for download, in the order the Downloads page lists them.
 *
 * @example
 * downloads()[0]?.path; //=> 'data.json'
 */
export function downloads(): Download[] {
  return [
    packageJson('data.json'),
    packageJson('data.schema.json'),
    calendar('en'),
    calendar('ru'),
    ...tables().map((t) => t.download),
  ];
}
