import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CstoError,
  citationsOf,
  datasetJson,
  foldText,
  getSession,
  isCstoError,
  searchRecord,
  sources,
} from '../src/index.js';
import { readTable } from './_package-tables.js';

/** The rule `foldText` replaced, written the slow way: decompose everything, drop marks, then lower-case. */
const slowFold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');

/** Every string of the record, ids and passages included. */
const everyText = (): string[] => {
  const texts: string[] = [];
  JSON.parse(datasetJson(), (_key, value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    return value;
  });
  return texts;
};

describe('foldText', () => {
  it('folds case, accents, ё and й as the slow rule does, for every string of the record', () => {
    const texts = everyText();
    expect(texts.length).toBeGreaterThan(10_000);
    for (const text of texts) expect(foldText(text), text).toBe(slowFold(text));
  });

  it('agrees with the slow rule on any Latin, Cyrillic or punctuation text', () => {
    const letter = fc.constantFrom(...'aZéÉçÇñÑüÜåÅıİёЁйЙжЖщЩіІўЎ№0-., ’«»\u00a0\u0301ﬁ²'.split(''));
    fc.assert(
      fc.property(
        fc.array(letter, { maxLength: 20 }),
        (chars) => foldText(chars.join('')) === slowFold(chars.join('')),
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['Dushanbé', 'dushanbe'],
    ['DUSHANBE', 'dushanbe'],
    ['Совёт', 'совет'],
    ['Бишкек', 'бишкек'],
    ['Minsk', 'minsk'],
  ])('folds %s to %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('searchRecord', () => {
  it('finds an agenda item in English and the same session in Russian, whatever the case and accents', () => {
    const hits = (query: string) => new Set(searchRecord(query).map((hit) => hit.record));
    for (const query of ['Dushanbe', 'dushanbé', 'DUSHANBE']) expect(hits(query)).toContain('cmd-2021-04-27-dushanbe');
    expect(hits('Душанбе')).toContain('cmd-2021-04-27-dushanbe');
  });

  it('returns the whole text that matched, where it stands, and frozen hits', () => {
    const [hit] = searchRecord('rapid reaction');
    expect(hit).toBeDefined();
    if (!hit) return;
    expect(foldText(hit.text)).toContain('rapid reaction');
    const record = JSON.parse(datasetJson())[hit.domain];
    const holder = Array.isArray(record) ? record.find((r: { id: string }) => r.id === hit.record) : record[hit.record];
    const value = hit.path.split('.').reduce((v, key) => v?.[key], holder ?? record);
    expect(value).toBe(hit.text);
    expect(Object.isFrozen(hit)).toBe(true);
  });

  it('searches the cited passages and their glosses, not ids, dates or addresses', () => {
    expect(searchRecord('Tajikistan presides').some((hit) => hit.path.endsWith('passage'))).toBe(true);
    expect(searchRecord('kazinform-2021')).toEqual([]);
    expect(searchRecord('https://')).toEqual([]);
    expect(searchRecord('2021-04-27')).toEqual([]);
  });

  it('finds nothing for a text the record does not hold', () => {
    expect(searchRecord('zzzz-not-in-the-record')).toEqual([]);
  });

  it.each(['', ' ', 'a', ' é '])('refuses %j with INVALID_QUERY', (query) => {
    expect(() => searchRecord(query)).toThrow(CstoError);
    try {
      searchRecord(query);
    } catch (error) {
      expect(isCstoError(error) && error.code).toBe('INVALID_QUERY');
    }
  });

  it('refuses a value that is not a string with INVALID_QUERY, not a TypeError', () => {
    expect(() => searchRecord(42 as never)).toThrow(/at least 2 characters/);
  });
});

describe('citationsOf', () => {
  const table = readTable('citations');

  it('gives, for every source, exactly the citations the data package’s citations table lists for it', () => {
    const bySource = new Map<string, number>();
    for (const row of table) bySource.set(String(row.source), (bySource.get(String(row.source)) ?? 0) + 1);
    let total = 0;
    for (const id of Object.keys(sources)) {
      const found = citationsOf(id as never);
      total += found.length;
      expect(found.length, id).toBe(bySource.get(id) ?? 0);
      for (const claim of found) expect(claim.citation.source).toBe(id);
    }
    expect(total).toBe(table.length);
  });

  it('places each citation at the claim it supports', () => {
    const session = getSession('cmd-2021-04-27-dushanbe');
    const claims = citationsOf(session.agenda[0]?.citations[0]?.source as never);
    expect(claims).toContainEqual(
      expect.objectContaining({ domain: 'sessions', record: session.id, path: 'agenda.0' }),
    );
    const [seed] = citationsOf('kazinform-2021-04-23').filter((c) => c.domain === 'organization');
    expect(seed?.path).toBe('');
  });

  it('refuses an unknown source with UNKNOWN_SOURCE', () => {
    expect(() => citationsOf('no-such-source' as never)).toThrow(/Unknown source/);
  });
});
