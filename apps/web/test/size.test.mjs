/**
 * What each page ships on first load: the JavaScript and CSS its HTML references (scripts, their static
 * imports, stylesheets), gzipped. Fails when a page exceeds its budget, and when a page carries inline
 * script or style that the Content-Security-Policy would refuse.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from './_site.mjs';

const JS_BUDGET = 10 * 1024;
const CSS_BUDGET = 10 * 1024;
/** The search index of one language, fetched only when a visitor searches. */
const SEARCH_INDEX_BUDGET = 80 * 1024;

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (url) => join(DIST, url.replace(/^\//, ''));

/** A script and every chunk it imports statically, as site paths. */
function scriptGraph(src, seen = new Set()) {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(local(src), 'utf8');
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    scriptGraph(new URL(spec, `http://site${src}`).pathname, seen);
  }
  return seen;
}

function weigh(html) {
  const scripts = new Set();
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scriptGraph(src, scripts);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return {
    js: [...scripts].reduce((sum, src) => sum + gzipped(local(src)), 0),
    css: styles.reduce((sum, href) => sum + gzipped(local(href)), 0),
  };
}

const pages = builtPages();

describe('page weight', () => {
  const rows = pages.map((page) => ({ path: page.path, ...weigh(readFileSync(page.file, 'utf8')) }));

  it('reports every page’s JavaScript and CSS, gzipped', () => {
    console.log('\n  page'.padEnd(56), 'JS gz'.padStart(7), 'CSS gz'.padStart(7));
    const seen = new Set();
    for (const row of rows) {
      const template = row.path.replace(/\/(en|ru)\/(sessions|states|bodies)\/[^/]+\//, '/$1/$2/*/');
      if (seen.has(template)) continue;
      seen.add(template);
      console.log(`  ${template}`.padEnd(56), String(row.js).padStart(7), String(row.css).padStart(7));
    }
    assert.ok(rows.length >= 20, `expected the whole site, found ${rows.length} pages`);
  });

  for (const row of rows) {
    it(`${row.path} ships at most 10 KB of JavaScript and 10 KB of CSS (gzip)`, () => {
      assert.ok(row.js <= JS_BUDGET, `${row.path}: ${row.js} bytes of JS (budget ${JS_BUDGET})`);
      assert.ok(row.css <= CSS_BUDGET, `${row.path}: ${row.css} bytes of CSS (budget ${CSS_BUDGET})`);
    });
  }

  const onDateCode = () => {
    const html = readFileSync(pages.find((p) => p.path === '/en/on/').file, 'utf8');
    const [, src] = html.match(/<script\b[^>]*\bsrc="([^"]+)"/) ?? [];
    assert.ok(src, 'the page has a script');
    return [...scriptGraph(src)].map((s) => readFileSync(local(s), 'utf8')).join('\n');
  };

  it('bundles the status helpers for the date control, and leaves records, citations and sources out', () => {
    const code = onDateCode();
    // Booleans, not regex matches: a failure should name what leaked, not print the whole bundle.
    assert.ok(code.includes('1992-05-15'), 'the membership timeline is bundled');
    assert.ok(!code.includes('Bordyuzha'), 'secretaries general are bundled (the page carries them as runs)');
    assert.ok(!code.includes('passage'), 'citations are bundled');
    assert.ok(!/https?:\/\//.test(code), 'a source URL is bundled');
    assert.ok(!code.includes('Kazinform'), 'a source’s publisher is bundled');
  });

  it('carries the chair and the Secretary General of every day in the "on this date" page itself', () => {
    const html = readFileSync(pages.find((p) => p.path === '/en/on/').file, 'utf8');
    assert.match(html, /data-chairs="[^"]*Sooronbay Jeenbekov/);
    assert.match(html, /data-sgs="[^"]*Nikolai Bordyuzha/);
  });

  it('keeps each language’s search index within its budget, loaded by no page on first load', () => {
    for (const lang of ['en', 'ru']) {
      const size = gzipped(join(DIST, lang, 'search-index.json'));
      console.log(`  /${lang}/search-index.json: ${size} bytes gzipped (budget ${SEARCH_INDEX_BUDGET})`);
      assert.ok(size <= SEARCH_INDEX_BUDGET, `${lang}: ${size} bytes (budget ${SEARCH_INDEX_BUDGET})`);
    }
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      assert.doesNotMatch(html, /<link\b[^>]*search-index/, `${page.path} preloads the index`);
      const scripts = new Set();
      for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scriptGraph(src, scripts);
      for (const src of scripts) {
        const code = readFileSync(local(src), 'utf8');
        assert.ok(!code.includes('Kazinform') && !code.includes('passage'), `${src} bundles records`);
      }
    }
  });

  it('leaves session agendas out of the "on this date" page', () => {
    assert.ok(!onDateCode().includes('rapid response forces'), 'a session agenda item is bundled');
  });
});

describe('content security', () => {
  for (const page of pages) {
    it(`${page.path} has a Content-Security-Policy of 'self' and no inline script or style`, () => {
      const html = readFileSync(page.file, 'utf8');
      const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      assert.ok(csp, 'CSP meta tag');
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim() !== '',
      );
      assert.deepEqual(inline, [], 'no inline script');
      assert.doesNotMatch(html, /<style[\s>]/, 'no inline <style>');
      assert.doesNotMatch(html, /\sstyle="/, 'no style attribute');
      // Canonical and alternate links name addresses (absolute, as search engines want) and load nothing.
      const loads = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*>/g)]
        .map(([tag]) => tag)
        .filter((tag) => !/^<link\b[^>]*\brel="(?:canonical|alternate)"/.test(tag));
      const foreign = loads.filter((tag) => /(?:src|href)="(?:https?:)?\/\//.test(tag));
      assert.deepEqual(foreign, [], 'no resource from another host');
    });
  }
});
