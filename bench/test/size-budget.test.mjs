import * as core from '@csto/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, dataFloor, IS_MEMBER_BUDGET, wholePackageBudget } from '../src/sizes.mjs';

/**
 * Text that only the data's annotations carry: agenda items, source titles, session passages, the basis and note
 * of membership periods, and source ids, cut into sentences. A bundle of `isMember` alone needs none of it.
 */
function annotationTexts() {
  const texts = new Set(['collective rapid response forces', 'Kazinform']);
  for (const session of core.sessions) {
    for (const item of [...session.agenda, ...(session.related ?? [])]) texts.add(item.text.en);
  }
  for (const [id, source] of Object.entries(core.sources)) {
    texts.add(id);
    texts.add(source.title);
  }
  for (const session of core.sessions) for (const citation of session.citations) texts.add(citation.passage);
  for (const state of Object.values(core.states)) {
    for (const period of state.membership) {
      texts.add(period.basis);
      if (period.note) texts.add(period.note);
    }
  }
  // Sentences rather than whole texts: some notes are built from shared sentences (`${NOT_PROLONGED} …`).
  const sentences = [...texts].flatMap((text) => text.split(/(?<=[.;:])\s+/));
  return [...new Set(sentences)].filter((text) => text.length >= 8);
}

describe('the size budgets of @csto/core, built and bundled with esbuild for browsers', () => {
  const floor = dataFloor(core);
  /** @type {Awaited<ReturnType<typeof bundle>>} */
  let whole;
  /** @type {Awaited<ReturnType<typeof bundle>>} */
  let isMemberAlone;
  /** @type {Awaited<ReturnType<typeof bundle>>} */
  let isMemberReadable;

  beforeAll(async () => {
    whole = await bundle("export * from '@csto/core';");
    isMemberAlone = await bundle("export { isMember } from '@csto/core';");
    // The same bundle with non-ASCII characters left as they are, so that text can be searched for.
    isMemberReadable = await bundle("export { isMember } from '@csto/core';", { charset: 'utf8' });
  });

  it('keeps the whole package within 1.15 × the gzip size of its data as minified JSON, plus 1 KB', () => {
    expect(floor.names).toContain('states');
    expect(whole.gzip).toBeLessThanOrEqual(wholePackageBudget(floor.gzip));
  });

  it('keeps isMember imported alone within 1 KB gzip', () => {
    expect(isMemberAlone.gzip).toBeLessThanOrEqual(IS_MEMBER_BUDGET);
  });

  it('leaves every agenda item, source text and membership note out of isMember imported alone', () => {
    const texts = annotationTexts();
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => isMemberReadable.code.includes(text))).toEqual([]);
  });

  it('still answers correctly from the isMember-only bundle', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(isMemberAlone.code).toString('base64')}`;
    const { isMember } = await import(/* @vite-ignore */ url);
    for (const code of core.stateCodes) {
      for (const day of ['1992-05-15', '1999-04-20', '1999-04-21', '2012-06-28', '2024-02-22', '2026-01-20']) {
        expect(isMember(code, day), `${code} on ${day}`).toBe(core.isMember(code, day));
      }
    }
  });
});

describe('the annotation check itself', () => {
  it('would catch annotation text: the whole-package bundle contains it', async () => {
    const readable = await bundle("export * from '@csto/core';", { charset: 'utf8' });
    const texts = annotationTexts();
    expect(texts.filter((text) => !readable.code.includes(text))).toEqual([]);
  });
});
