import type { APIContext } from 'astro';
import { downloads } from '../lib/downloads';

/**
 * Every download (`/data.json`, `/data.schema.json`, `/csto.ics`, `/csto.ru.ics`, `/tables/*`), byte for
 * byte as the project's packages make it.
 */
export function getStaticPaths() {
  return downloads().map((download) => ({ params: { file: download.path }, props: { download } }));
}

export function GET({ props }: APIContext): Response {
  const { download } = props as { download: ReturnType<typeof downloads>[number] };
  return new Response(new Uint8Array(download.bytes), { headers: { 'content-type': download.type } });
}
