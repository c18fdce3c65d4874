import type { Language } from '@csto/core';
import type { APIContext } from 'astro';
import { searchIndex } from '../../lib/search-index';
import { languagePaths } from '../../lib/site';

/** `/en/search-index.json`, `/ru/search-index.json`: the search index, fetched only when a visitor searches. */
export const getStaticPaths = languagePaths;

export function GET({ params }: APIContext): Response {
  return new Response(JSON.stringify(searchIndex(params.lang as Language)), {
    headers: { 'content-type': 'application/json' },
  });
}
