import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { archivedCopy, checkAddress, checkLinks, formatReport, main, sourceAddresses } from '../src/check-links.mjs';

/** A site on 127.0.0.1 with one page per kind of answer, and a stand-in for the Wayback Machine's lookup. */
let server: Server;
let base = '';
let flakyCalls = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/ok') return response.writeHead(200).end('<p>here</p>');
    if (url.pathname === '/moved') return response.writeHead(301, { location: '/ok' }).end();
    if (url.pathname === '/gone') return response.writeHead(404).end();
    if (url.pathname === '/refuses') return response.writeHead(403).end();
    if (url.pathname === '/flaky') return response.writeHead(flakyCalls++ === 0 ? 503 : 200).end();
    if (url.pathname === '/broken') return response.writeHead(500).end();
    if (url.pathname === '/slow') return; // never answers
    if (url.pathname === '/wayback/available') {
      const asked = url.searchParams.get('url') ?? '';
      const closest = asked.endsWith('/gone')
        ? { available: true, url: 'http://web.archive.org/web/20210423000000/gone', timestamp: '20210423000000' }
        : undefined;
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ url: asked, archived_snapshots: closest ? { closest } : {} }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((done) => server.close(() => done()));
});

const fast = { timeoutMs: 500, retryDelayMs: 10 };
const source = (id: string, path: string) => ({
  id,
  title: `Page ${id}`,
  publisher: 'Publisher',
  url: `${base}${path}`,
});

describe('the source addresses', () => {
  it('come from the sources of data.json, keyed by id or listed, sorted by id', () => {
    const keyed = { sources: { b: source('b', '/ok'), a: source('a', '/ok') } };
    expect(sourceAddresses(keyed).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(sourceAddresses({ sources: [source('b', '/ok'), source('a', '/ok')] }).map((entry) => entry.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('are every source of the built core data', () => {
    const data = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../packages/core/dist/data.json'), 'utf8'),
    );
    const addresses = sourceAddresses(data);
    expect(addresses.length).toBe(Object.keys(data.sources).length);
    expect(addresses.length).toBeGreaterThan(100);
    for (const { url } of addresses) expect(url).toMatch(/^https?:\/\//);
  });
});

describe('checking an address', () => {
  it('counts a page that answers, after redirects, as alive', async () => {
    expect(await checkAddress(`${base}/ok`, fast)).toEqual({ ok: true, status: 200 });
    expect(await checkAddress(`${base}/moved`, fast)).toEqual({ ok: true, status: 200 });
  });

  it('counts 404 as dead at once, and a site that refuses robots as refused, not dead', async () => {
    expect(await checkAddress(`${base}/gone`, fast)).toMatchObject({
      ok: false,
      refused: false,
      reason: 'answered 404 Not Found',
    });
    expect(await checkAddress(`${base}/refuses`, fast)).toMatchObject({ ok: false, refused: true });
  });

  it('tries a server error once more before calling it dead', async () => {
    flakyCalls = 0;
    expect(await checkAddress(`${base}/flaky`, fast)).toEqual({ ok: true, status: 200 });
    expect(await checkAddress(`${base}/broken`, fast)).toMatchObject({ ok: false, refused: false });
  });

  it('gives up on a page that never answers', async () => {
    expect(await checkAddress(`${base}/slow`, { timeoutMs: 200, retryDelayMs: 10 })).toMatchObject({
      ok: false,
      reason: 'no answer in 0.2 s',
    });
  });

  it('finds the closest archived copy, over https, or none', async () => {
    expect(await archivedCopy(`${base}/gone`, `${base}/wayback/available`)).toBe(
      'https://web.archive.org/web/20210423000000/gone',
    );
    expect(await archivedCopy(`${base}/broken`, `${base}/wayback/available`)).toBeUndefined();
    expect(await archivedCopy(`${base}/gone`, `${base}/no-such-api`)).toBeUndefined();
  });
});

describe('the report', () => {
  it('lists the dead addresses with their archived copies, and the refused ones apart', async () => {
    const report = await checkLinks(
      [source('alive', '/ok'), source('gone', '/gone'), source('refuses', '/refuses'), source('broken', '/broken')],
      { ...fast, archiveApi: `${base}/wayback/available` },
    );
    expect(report.checked).toBe(4);
    expect(report.dead).toEqual([
      { source: source('broken', '/broken'), reason: 'answered 500 Internal Server Error' },
      {
        source: source('gone', '/gone'),
        reason: 'answered 404 Not Found',
        archived: 'https://web.archive.org/web/20210423000000/gone',
      },
    ]);
    expect(report.refused.map((entry) => entry.source.id)).toEqual(['refuses']);

    const text = formatReport(report, '2026-12-07');
    expect(text).toContain('The link check of 2026-12-07 found 2 of 4 source addresses that no longer answer.');
    expect(text).toContain(
      `| \`gone\` (Publisher) | <${base}/gone> | answered 404 Not Found | <https://web.archive.org/web/20210423000000/gone> |`,
    );
    expect(text).toContain(`none found: <https://web.archive.org/web/*/${base}/broken>`);
    expect(text).toContain(`- \`refuses\` <${base}/refuses>: answered 403 Forbidden`);
  });

  it('is written by the command only when an address is dead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csto-links-'));
    try {
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      const archive = ['--archive-api', `${base}/wayback/available`];
      writeFileSync(join(dir, 'alive.json'), JSON.stringify({ sources: { a: source('a', '/ok') } }));
      expect(await main([join(dir, 'alive.json'), '--report', join(dir, 'alive.md'), ...archive])).toBe(0);
      expect(existsSync(join(dir, 'alive.md'))).toBe(false);

      writeFileSync(
        join(dir, 'dead.json'),
        JSON.stringify({ sources: { a: source('a', '/ok'), g: source('g', '/gone') } }),
      );
      expect(await main([join(dir, 'dead.json'), '--report', join(dir, 'dead.md'), ...archive])).toBe(0);
      expect(readFileSync(join(dir, 'dead.md'), 'utf8')).toContain('found 1 of 2 source addresses');
      expect(log.mock.calls.map(([line]) => line)).toContain(
        'Checked 2 source addresses: 1 dead, 0 refused the checker.',
      );
      log.mockRestore();

      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(await main([join(dir, 'missing.json')])).toBe(2);
      expect(await main(['--no-such-option'])).toBe(2);
      error.mockRestore();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
