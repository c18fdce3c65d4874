/**
 * What every built page says about itself in its head (description, canonical, alternate languages), and
 * the files of the Downloads page.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { datasetJson, isIsoDate, isYearMonth, sessions } from '@csto/core';
import { builtPages, DIST } from './_site.mjs';

const pages = builtPages().filter((p) => /^\/(en|ru)\//.test(p.path));
const head = (page) => readFileSync(page.file, 'utf8').split('</head>')[0];
const attr = (html, pattern) => html.match(pattern)?.[1];
const require = createRequire(import.meta.url);
const sizeOn = (html, path) =>
  Number(attr(html, new RegExp(`href="/${path.replace(/\./g, '\\.')}"[\\s\\S]*?data-bytes="(\\d+)"`)));

describe('the head of every page', () => {
  it('gives every page its own description', () => {
    const seen = new Map();
    for (const page of pages) {
      const description = attr(head(page), /<meta name="description" content="([^"]+)"/);
      assert.ok(description, `${page.path}: a description`);
      assert.equal(seen.get(description), undefined, `${page.path} has the description of ${seen.get(description)}`);
      seen.set(description, page.path);
    }
  });

  it('names its canonical address and both languages with absolute URLs', () => {
    for (const page of pages) {
      const html = head(page);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      assert.ok(canonical && new URL(canonical).pathname === page.path, `${page.path}: canonical ${canonical}`);
      for (const lang of ['en', 'ru']) {
        const alternate = attr(html, new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`));
        assert.match(alternate ?? '', /^https?:\/\//, `${page.path}: absolute hreflang ${lang}`);
        assert.equal(new URL(alternate).pathname, page.path.replace(/^\/(en|ru)\//, `/${lang}/`));
      }
    }
  });
});

describe('the pages of sessions known only to their month', () => {
  const monthOnly = sessions.filter((s) => isYearMonth(s.date));
  const monthIn = (date, locale) => {
    const [y, m] = date.split('-').map(Number);
    const options = { month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(y, m - 1, 15)));
  };

  it('write the month out and never a day, in both languages', () => {
    assert.ok(monthOnly.length > 0);
    for (const session of monthOnly) {
      const en = readFileSync(join(DIST, 'en', 'sessions', session.id, 'index.html'), 'utf8');
      const ru = readFileSync(join(DIST, 'ru', 'sessions', session.id, 'index.html'), 'utf8');
      assert.ok(en.includes(`<time datetime="${session.date}">${monthIn(session.date, 'en-GB')}</time>`), session.id);
      assert.match(
        attr(
          head({ file: join(DIST, 'en', 'sessions', session.id, 'index.html') }),
          /<meta name="description" content="([^"]+)"/,
        ),
        new RegExp(` in ${monthIn(session.date, 'en-GB')}`),
        session.id,
      );
      assert.ok(
        ru.includes(
          `<time datetime="${session.date}">${monthIn(session.date, 'ru-RU').replace(' г.', '\u00a0г.')}</time>`,
        ),
        session.id,
      );
    }
  });
});

describe('the pages of cancelled sessions', () => {
  const page = (lang, id) => readFileSync(join(DIST, lang, 'sessions', id, 'index.html'), 'utf8');
  const description = (lang, id) =>
    attr(head({ file: join(DIST, lang, 'sessions', id, 'index.html') }), /<meta name="description" content="([^"]+)"/);

  it('say cancelled, never held, on the page and in the list, in both languages', () => {
    const cancelled = sessions.filter((s) => s.status === 'cancelled');
    assert.ok(cancelled.some((s) => s.id === 'csc-2018-12-06-saint-petersburg'));
    const enList = readFileSync(join(DIST, 'en', 'sessions', 'index.html'), 'utf8');
    const ruList = readFileSync(join(DIST, 'ru', 'sessions', 'index.html'), 'utf8');
    for (const session of cancelled) {
      assert.ok(page('en', session.id).includes('data-cancelled'), session.id);
      assert.match(
        description('en', session.id),
        /^The .+ of the CSTO (was|were) to hold .+; it was cancelled\.$/,
        session.id,
      );
      assert.doesNotMatch(description('en', session.id), / held /, session.id);
      assert.match(description('ru', session.id), / — отменено заседание, назначенное на /, session.id);
      assert.doesNotMatch(description('ru', session.id), /прошло/, session.id);
      for (const [list, word] of [
        [enList, 'cancelled'],
        [ruList, 'отменено'],
      ]) {
        const item = list.split('<li').find((li) => li.includes(`/sessions/${session.id}/`));
        assert.ok(item?.includes(`data-status="cancelled"`) && item.includes(`>${word}</span>`), session.id);
      }
    }
    for (const session of sessions.filter((s) => s.status !== 'cancelled'))
      assert.ok(!page('en', session.id).includes('data-cancelled'), session.id);
  });
});

describe('the downloads', () => {
  it('serves data.json byte for byte as the library publishes it, and its JSON Schema', () => {
    assert.equal(readFileSync(join(DIST, 'data.json'), 'utf8'), datasetJson());
    const schema = JSON.parse(readFileSync(join(DIST, 'data.schema.json'), 'utf8'));
    assert.match(schema.$schema, /json-schema\.org/);
  });

  it('gives each file’s size and the licence on the Downloads page, in both languages', () => {
    for (const lang of ['en', 'ru']) {
      const html = readFileSync(join(DIST, lang, 'downloads', 'index.html'), 'utf8');
      for (const name of ['data.json', 'data.schema.json']) {
        assert.equal(sizeOn(html, name), readFileSync(join(DIST, name)).length, `${lang}: size of ${name}`);
      }
      assert.match(html, /CC0 1\.0/);
    }
  });

  it('serves each language’s calendar as `csto export --format ics` writes it, planned sessions tentative', () => {
    const bin = join(dirname(require.resolve('@csto/cli/package.json')), 'dist', 'csto.cjs');
    for (const [lang, name] of [
      ['en', 'csto.ics'],
      ['ru', 'csto.ru.ics'],
    ]) {
      const served = readFileSync(join(DIST, name), 'utf8');
      const cli = execFileSync(process.execPath, [bin, '--lang', lang, 'export', '--format', 'ics'], {
        encoding: 'utf8',
      });
      assert.equal(served, cli, name);
      // Sessions known only to their month are on no day: the calendar leaves them out.
      const planned = sessions.filter((x) => x.status === 'planned' && isIsoDate(x.date)).length;
      assert.ok(planned > 0);
      assert.equal(served.match(/STATUS:TENTATIVE/g)?.length, planned, `${name}: planned sessions tentative`);
      for (const page of ['en', 'ru']) {
        const html = readFileSync(join(DIST, page, 'downloads', 'index.html'), 'utf8');
        assert.equal(sizeOn(html, name), Buffer.byteLength(served), `${page}: size of ${name}`);
      }
    }
  });

  it('lists the CSV tables of the core’s Data Package descriptor, each served byte for byte, or none without it', () => {
    const tables = join(dirname(require.resolve('@csto/core/package.json')), 'dist', 'tables');
    const html = readFileSync(join(DIST, 'en', 'downloads', 'index.html'), 'utf8');
    const listed = [...html.matchAll(/data-file="tables\/([^"]+)"/g)].map((m) => m[1]);
    if (!existsSync(join(tables, 'datapackage.json'))) {
      assert.deepEqual(listed, []);
      return;
    }
    const descriptor = JSON.parse(readFileSync(join(tables, 'datapackage.json'), 'utf8'));
    assert.deepEqual(listed, ['datapackage.json', ...descriptor.resources.map((r) => r.path)]);
    for (const path of listed) {
      assert.deepEqual(readFileSync(join(DIST, 'tables', path)), readFileSync(join(tables, path)), path);
      assert.equal(sizeOn(html, `tables/${path}`), readFileSync(join(tables, path)).length);
    }
  });

  it('has a 404 page in both languages', () => {
    const html = readFileSync(join(DIST, '404.html'), 'utf8');
    assert.match(html, /Page not found/);
    assert.match(html, /<span lang="ru">Страница не найдена/);
  });
});

describe('what tells other sites about the pages', () => {
  it('lists every page in sitemap.xml with absolute URLs and its other language', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.deepEqual(locs.sort(), pages.map((p) => p.path).sort());
    assert.equal([...xml.matchAll(/hreflang="ru"/g)].length, pages.length);
    assert.match(readFileSync(join(DIST, 'robots.txt'), 'utf8'), /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  it('gives every page Open Graph tags: title, description, absolute URL, locale', () => {
    for (const page of pages) {
      const html = head(page);
      assert.equal(
        attr(html, /<meta property="og:description" content="([^"]+)"/),
        attr(html, /<meta name="description" content="([^"]+)"/),
        page.path,
      );
      assert.equal(new URL(attr(html, /<meta property="og:url" content="([^"]+)"/)).pathname, page.path);
      assert.ok(attr(html, /<meta property="og:title" content="([^"]+)"/), page.path);
      assert.equal(
        attr(html, /<meta property="og:locale" content="([^"]+)"/),
        page.path.startsWith('/ru/') ? 'ru_RU' : 'en_GB',
      );
    }
  });

  it('links every section from every page’s menu, and has the search form in every header', () => {
    const sections = [
      '',
      'on/',
      'timeline/',
      'sessions/',
      'bodies/',
      'people/',
      'instruments/',
      'forces/',
      'events/',
      'questions/',
      'sources/',
      'downloads/',
    ];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const lang = page.path.slice(1, 3);
      const nav = html.split('<nav')[1]?.split('</nav>')[0] ?? '';
      for (const section of sections)
        assert.match(nav, new RegExp(`href="/${lang}/${section}"`), `${page.path} → ${section}`);
      assert.match(html, new RegExp(`<form class="site-search" role="search" action="/${lang}/search/"`), page.path);
    }
  });
});
