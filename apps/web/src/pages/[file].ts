import type { APIContext } from 'astro';
import { type Download, download, downloadNames } from '../lib/downloads';

/** `/data.json` and `/data.schema.json`: the record and its JSON Schema, as `@csto/core` publishes them. */
export function getStaticPaths() {
  return downloadNames.map((file) => ({ params: { file } }));
}

export function GET({ params }: APIContext): Response {
  const file = download(params.file as Download['name']);
  return new Response(new Uint8Array(file.bytes), { headers: { 'content-type': 'application/json' } });
}
