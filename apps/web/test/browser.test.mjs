/**
 * End-to-end tests in Debian's headless Chromium, against the built site served from 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { sessionsIn } from '@csto/core';
import { browserSkipReason, builtPages, openPage, RESULTS, startBrowser } from './_site.mjs';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = builtPages().filter((p) => p.path !== '/');
/** One page of each kind, in both languages: the pages whose every control is walked with the keyboard. */
const templates = pages.filter(
  (p) =>
    !/\/(sessions|states|bodies)\/[^/]+\/$/.test(p.path) ||
    /cmd-2021-04-27-dushanbe|states\/UZ|bodies\/cmd/.test(p.path),
);
const shotName = (path, suffix) => `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${suffix}.png`;

describe('the built site in Chromium', { skip }, () => {
  let site;
  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    site = await startBrowser();
  });
  after(async () => site?.close());

  /** Runs axe-core in the page and returns its serious and critical violations. */
  async function seriousViolations(page) {
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      globalThis.axe.run(document, {
        resultTypes: ['violations'],
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      }),
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  }

  // Every page in the light theme on a wide screen; one page of each kind in the dark theme on a 360 px phone
  // (the other pages of a kind differ only in their data).
  const passes = [
    { scheme: 'light', viewport: { width: 1280, height: 900 }, list: pages, what: 'every page' },
    { scheme: 'dark', viewport: { width: 360, height: 780 }, list: templates, what: 'every kind of page' },
  ];
  for (const { scheme, viewport, list, what } of passes) {
    it(`renders ${what} in the ${scheme} theme at ${viewport.width}px with no console error, no foreign request, no sideways scroll and no serious axe violation`, async () => {
      const failures = [];
      const foreignAll = [];
      // Two tabs at a time: axe is the slow part and runs in the page.
      const queue = [...list];
      const worker = async () => {
        const { context, page, problems, foreign } = await openPage(site.browser, site.base, {
          colorScheme: scheme,
          viewport,
        });
        try {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const { path } = next;
            problems.length = 0;
            const response = await page.goto(site.base + path);
            if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
            const heading = (await page.locator('h1').first().textContent())?.trim();
            if (!heading) failures.push(`${path}: no <h1>`);
            const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
            if (wide) failures.push(`${path}: scrolls sideways at ${viewport.width}px`);
            for (const v of await seriousViolations(page)) failures.push(`${path}: axe ${v}`);
            for (const p of problems) failures.push(`${path}: ${p}`);
            // Whole pages, except the very long ones (the sources page), which take their first screen.
            const tall = await page.evaluate(() => document.documentElement.scrollHeight > 12_000);
            await page.screenshot({
              path: `${RESULTS}${shotName(path, `${scheme}-${viewport.width}`)}`,
              fullPage: !tall,
            });
          }
        } finally {
          foreignAll.push(...foreign);
          await context.close();
        }
      };
      await Promise.all([worker(), worker()]);
      assert.deepEqual(foreignAll, [], 'requests to other hosts');
      assert.deepEqual(failures, []);
    });
  }

  it('shows Uzbekistan as a member on 2010-01-01 and as suspended on 2013-06-01, with the date input and the slider', async () => {
    const { context, page, problems, foreign } = await openPage(site.browser, site.base);
    try {
      const uz = page.locator('[data-status-list] li[data-code="UZ"] [data-status-text]');
      const uzOnMap = page.locator('.map a[data-code="UZ"]');

      await page.goto(`${site.base}/en/on/?date=2010-01-01`);
      assert.equal((await uz.textContent())?.trim(), 'member');
      assert.match((await uzOnMap.getAttribute('class')) ?? '', /\bs-member\b/);
      assert.equal(await page.locator('#date-input').inputValue(), '2010-01-01');

      await page.locator('#date-input').fill('2013-06-01');
      assert.equal((await uz.textContent())?.trim(), 'membership suspended');
      assert.match((await uzOnMap.getAttribute('class')) ?? '', /\bs-suspended\b/);
      assert.match(page.url(), /\?date=2013-06-01$/);
      assert.match((await page.locator('[data-sg]').textContent()) ?? '', /Nikolai Bordyuzha/);

      // The slider: back to 2010-01-01, then one day on with the keyboard.
      const slider = page.locator('[data-slider]');
      const min = await page.locator('[data-on-date]').getAttribute('data-min');
      const offset = (Date.parse('2010-01-01') - Date.parse(min)) / 86_400_000;
      await slider.evaluate((el, value) => {
        el.value = String(value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, offset);
      assert.equal(await page.locator('#date-input').inputValue(), '2010-01-01');
      assert.equal((await uz.textContent())?.trim(), 'member');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.locator('#date-input').inputValue(), '2010-01-02');
      assert.equal(await slider.getAttribute('aria-valuetext'), '2 January 2010');
      assert.deepEqual(problems, []);
      assert.deepEqual(foreign, []);
    } finally {
      await context.close();
    }
  });

  it('switches to Russian names with the language switch, keeping the date', async () => {
    const { context, page, problems } = await openPage(site.browser, site.base);
    try {
      await page.goto(`${site.base}/en/on/?date=2013-06-01`);
      assert.equal((await page.locator('[data-status-list] li[data-code="UZ"] a').textContent())?.trim(), 'Uzbekistan');
      await page.locator('[data-lang-switch]').click();
      await page.waitForURL(/\/ru\/on\/\?date=2013-06-01$/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
      assert.equal((await page.locator('[data-status-list] li[data-code="UZ"] a').textContent())?.trim(), 'Узбекистан');
      assert.equal(
        (await page.locator('[data-status-list] li[data-code="UZ"] [data-status-text]').textContent())?.trim(),
        'членство приостановлено',
      );
      assert.match((await page.locator('[data-sg]').textContent()) ?? '', /Николай Бордюжа/);
      await page.locator('[data-lang-switch]').click();
      await page.waitForURL(/\/en\/on\/\?date=2013-06-01$/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('filters the sessions by year and body, from the URL and from the controls', async () => {
    const { context, page, problems } = await openPage(site.browser, site.base);
    try {
      await page.goto(`${site.base}/en/sessions/?year=2021&body=cmd`);
      const visible = page.locator('.session-list li:not([hidden])');
      // Joint meetings count for each of their bodies, as in the library.
      const expected = sessionsIn(2021, { body: 'cmd' });
      assert.ok(expected.length >= 2, 'the defence ministers met twice in 2021, once jointly');
      assert.equal(await visible.count(), expected.length);
      const texts = await visible.allTextContents();
      assert.ok(texts.some((text) => /27 April 2021/.test(text)));
      assert.ok(
        texts.some((text) => /Joint session/.test(text)),
        'the joint session is listed under the body',
      );
      await page.locator('select[name="body"]').selectOption('');
      const all2021 = await visible.count();
      assert.ok(all2021 > 1, 'more than one session in 2021');
      for (const text of await visible.allTextContents()) assert.match(text, /2021/);
      assert.match(page.url(), /\?year=2021$/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('shows a Dushanbe session of April 2021 as a news page: headline, dateline, chair, agenda and sources', async () => {
    const { context, page } = await openPage(site.browser, site.base);
    try {
      await page.goto(`${site.base}/en/sessions/cssc-2021-04-29-dushanbe/`);
      assert.match(
        (await page.locator('h1').textContent()) ?? '',
        /Committee of Secretaries of Security Councils meets in Dushanbe/,
      );
      assert.match((await page.locator('.dateline').textContent()) ?? '', /Dushanbe, 29 April 2021/);
      assert.match((await page.locator('.lead').textContent()) ?? '', /chaired by Nasrullo Mahmudzoda \(Tajikistan\)/);
      assert.ok((await page.locator('.agenda li').count()) >= 6);
      assert.ok((await page.locator('.source-list a[href^="http"]').count()) >= 1);
      await page.locator('a', { hasText: 'Council of Ministers of Defense, 27 April 2021' }).first().click();
      await page.waitForURL(/cmd-2021-04-27-dushanbe/);
    } finally {
      await context.close();
    }
  });

  it('keeps the content readable with JavaScript off', async () => {
    const { context, page } = await openPage(site.browser, site.base, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.base}/en/on/`);
      assert.equal(await page.locator('[data-status-list] li').count(), 9);
      assert.ok((await page.locator('.map a[data-code]').count()) === 9);
      await page.goto(`${site.base}/en/timeline/`);
      assert.ok((await page.locator('.mark a').count()) > 20);
    } finally {
      await context.close();
    }
  });

  it('shows the fact and its source when a timeline bar gets keyboard focus', async () => {
    const { context, page } = await openPage(site.browser, site.base);
    try {
      await page.goto(`${site.base}/en/timeline/`);
      const mark = page.locator('.mark', { has: page.locator('a[aria-label^="Uzbekistan: membership suspended"]') });
      assert.equal(await mark.locator('.tip').isVisible(), false);
      await mark.locator('a').first().focus();
      assert.equal(await mark.locator('.tip').isVisible(), true);
      assert.match((await mark.locator('.tip').textContent()) ?? '', /Sources:.*ITAR-TASS/s);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('.tip') !== null);
      assert.ok(focused, 'Tab moves into the tip’s source link');
      await page.screenshot({ path: `${RESULTS}timeline-focus.png` });
    } finally {
      await context.close();
    }
  });

  it('reaches every control of every kind of page with the Tab key alone', async () => {
    const { context, page } = await openPage(site.browser, site.base);
    const missed = [];
    try {
      for (const { path } of templates) {
        await page.goto(site.base + path);
        const total = await page.evaluate(() => {
          const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const controls = [...document.querySelectorAll(selector)].filter(
            (el) =>
              !el.closest('[hidden]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
          );
          for (const [i, el] of controls.entries()) el.setAttribute('data-kb', String(i));
          return controls.length;
        });
        // Tab until every control was reached or focus wraps around to the first one reached.
        const reached = new Set();
        let first;
        for (let i = 0; i < 3000 && reached.size < total; i++) {
          await page.keyboard.press('Tab');
          const index = await page.evaluate(() => document.activeElement?.getAttribute('data-kb'));
          if (index == null) continue;
          if (index === first) break;
          first ??= index;
          reached.add(Number(index));
        }
        if (reached.size < total) {
          const names = await page.evaluate(
            (seen) =>
              [...document.querySelectorAll('[data-kb]')]
                .filter((el) => !seen.includes(Number(el.getAttribute('data-kb'))))
                .map((el) => el.outerHTML.slice(0, 80)),
            [...reached],
          );
          missed.push(`${path}: ${names.join(', ')}`);
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(missed, []);
  });
});
