/**
 * Shared by the tests: the built pages, the static server and Debian's Chromium, driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Every built HTML page as its URL path (`/en/on/`) and file. */
export function builtPages() {
  if (!existsSync(DIST)) throw new Error('No dist/: run `pnpm build` first (turbo runs it before the tests).');
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        pages.push({ file: path, path: `/${rel.replace(/index\.html$/, '')}` });
      }
    }
  };
  walk(DIST);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Debian's Chromium, or `undefined` when it is not installed. */
export function findChromium() {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the browser tests cannot run here, or `undefined` when they can. Under CI a missing browser is a
 * failure, not a skip.
 */
export function browserSkipReason() {
  if (findChromium()) return undefined;
  const reason = 'Debian’s `chromium` is not installed (apt-get install chromium): skipping the browser tests.';
  if (process.env.CI) throw new Error(`${reason.replace(': skipping the browser tests.', '')}; CI must install it.`);
  return reason;
}

/** Starts the static server and the browser. */
export async function startBrowser() {
  const { chromium } = await import('playwright-core');
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return {
    base: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page that records console errors, page errors, failed responses and every request to another
 * host (which is aborted).
 */
export async function openPage(browser, base, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== base) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems, foreign };
}

/**
 * Runs `run(page)` in a fresh page of the started site, then fails on any console error, failed response or
 * request to another host the page made.
 */
export async function withPage(site, options, run) {
  const { context, page, problems, foreign } = await openPage(site.browser, site.base, options);
  try {
    await run(page);
    const { deepEqual } = await import('node:assert/strict');
    deepEqual(problems, []);
    deepEqual(foreign, []);
  } finally {
    await context.close();
  }
}
