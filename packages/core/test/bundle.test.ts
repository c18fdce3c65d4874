/**
 * What ships: bundles the BUILT package with esbuild, as a user's bundler would, and checks that a
 * helper imported alone leaves the data it does not need behind. Run after `build`.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script shared with the size benchmark, without types.
import { bundle, ENTRIES } from '../scripts/bundle.mjs';

type Bundle = { code: string; min: number; gzip: number; brotli: number };
const build = bundle as (contents: string) => Promise<Bundle>;

/** Strings that only sessions, sources and the prose of the state records contain. */
const DATA_ONLY_IN_SESSIONS_AND_SOURCES = [
  'collective rapid response forces',
  'Kazinform',
  'Dushanbe',
  'Acceded to the Collective Security Treaty',
];

describe('the built package in a bundle', () => {
  it('keeps session, agenda, source and prose text out of a bundle that imports only isMember', async () => {
    const { code } = await build(ENTRIES.isMember);
    for (const text of DATA_ONLY_IN_SESSIONS_AND_SOURCES) expect(code, text).not.toContain(text);
    expect(code).toContain('1992-05-15');
  });

  it('does contain that text when everything is imported, so the check above can fail', async () => {
    const { code } = await build(ENTRIES.everything);
    for (const text of DATA_ONLY_IN_SESSIONS_AND_SOURCES) expect(code, text).toContain(text);
  });

  it('keeps sessions and sources out of the date helpers used by an “on this date” page', async () => {
    // The chairmanships and terms carry their own citations (claim-level passages), but no session and no
    // source record: a source record is the only place a `primary` flag is written.
    const { code } = await build(ENTRIES['date helpers (statusOn, chairOn, secretaryGeneralOn)']);
    expect(code).not.toContain('collective rapid response forces');
    expect(code).not.toMatch(/primary:!?[01]/);
    expect((await build(ENTRIES.everything)).code).toMatch(/primary:!?[01]/);
  });
});
