/**
 * The "wrong on screen" findings of the site review, each as a Chromium test that fails on the site before
 * the fix: period ends, joint and planned sessions, days after the data date, invalid dates, the date page
 * without JavaScript, citation passages beside their facts, and the spacing of written dates.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getSource, sessions, sources, states } from '@csto/core';
import { browserSkipReason, openPage, startBrowser, withPage } from './_site.mjs';

const skip = browserSkipReason();

/** A `YYYY-MM-DD` day, moved by `shift` days, in English as the site writes it. */
const english = (date, shift = 0) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d + shift, 12)),
  );
};

describe('the findings of the review, in Chromium', { skip }, () => {
  let site;
  before(async () => {
    site = await startBrowser();
  });
  after(async () => site?.close());

  it('shows each of Uzbekistan’s membership periods ending on its real last day', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/states/UZ/`);
      const first = (await page.locator('#period-1 .period').textContent()) ?? '';
      assert.match(first, /15 May 1992 – 20 April 1999/);
      assert.doesNotMatch(first, /21 April 1999/);
      for (const [i, period] of states.UZ.membership.entries()) {
        const text = (await page.locator(`#period-${i + 1} .period`).textContent()) ?? '';
        if (period.to) assert.match(text, new RegExp(english(period.to, -1)), `period ${i + 1}`);
        else assert.match(text, new RegExp(`since ${english(period.from)}`), `period ${i + 1}`);
      }
    });
  });

  it('says in the timeline tips that Armenia was a member until 21 February 2024 and frozen from 22 February', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/timeline/`);
      const member = page.locator('a[aria-label^="Armenia: member, 15 May 1992"]');
      assert.match((await member.getAttribute('aria-label')) ?? '', /– 21 February 2024$/);
      const frozen = page.locator('a[aria-label^="Armenia: member, participation frozen"]');
      assert.match((await frozen.getAttribute('aria-label')) ?? '', /since 22 February 2024$/);
      await member.focus();
      assert.match(
        (await page.locator('.mark', { has: member }).locator('.tip').textContent()) ?? '',
        /21 February 2024/,
      );
    });
  });

  it('marks planned sessions as planned and cancelled ones as cancelled, and only those', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/sessions/`);
      const planned = sessions.filter((x) => x.status === 'planned').length;
      assert.equal(await page.locator('.session-list li[data-status="planned"]').count(), planned);
      assert.equal(await page.locator('.session-list .badge-planned').count(), planned);
      const cancelled = sessions.filter((x) => x.status === 'cancelled').length;
      assert.equal(await page.locator('.session-list li[data-status="cancelled"] .badge-cancelled').count(), cancelled);
    });
  });

  it('shows a notice and no chair on 2099-01-01, a day after the data date', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/on/?date=2099-01-01`);
      assert.equal(await page.locator('#date-input').inputValue(), '2099-01-01');
      assert.equal((await page.locator('[data-chair]').textContent())?.trim(), 'not in the data for this day');
      const notice = page.locator('[data-projection]');
      assert.equal(await notice.isVisible(), true);
      assert.match((await notice.textContent()) ?? '', /1 January 2099 is after .*nothing has changed since/);
      await page.locator('#date-input').fill('2010-01-01');
      assert.equal(await notice.isVisible(), false);
      assert.match((await page.locator('[data-chair]').textContent()) ?? '', /\(Russia\)/);
    });
  });

  for (const bad of ['2021-02-30', 'tomorrow']) {
    it(`says that ?date=${bad} is not a day it can show, and shows today`, async () => {
      await withPage(site, {}, async (page) => {
        await page.goto(`${site.base}/en/on/?date=${bad}`);
        const message = page.locator('[data-invalid]');
        assert.equal(await message.isVisible(), true);
        assert.match((await message.textContent()) ?? '', new RegExp(`“${bad}” is not a day`));
        const today = new Date().toISOString().slice(0, 10);
        assert.equal(await page.locator('#date-input').inputValue(), today);
        await page.locator('#date-input').fill('2013-06-01');
        assert.equal(await message.isVisible(), false);
      });
    });
  }

  it('says, with JavaScript off, that the date page shows the day it was built and why', async () => {
    await withPage(site, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.base}/en/on/?date=2013-06-01`);
      const note = page.locator('[data-no-script]');
      assert.equal(await note.isVisible(), true);
      assert.match((await note.textContent()) ?? '', /JavaScript is off, so this page shows .*, the day it was built/);
    });
  });

  it('puts each citation’s own passage, whole, beside the facts it backs on the sources page', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/sources/`);
      const shown = await page.locator('.citations q').allTextContents();
      assert.ok(shown.length >= Object.keys(sources).length, 'at least one passage a source');
      const data = await import('@csto/core').then((c) => JSON.parse(c.datasetJson()));
      const all = new Set();
      const walk = (value) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          if (typeof value.passage === 'string' && typeof value.source === 'string') all.add(value.passage);
          Object.values(value).forEach(walk);
        }
      };
      walk(data);
      for (const text of shown)
        assert.ok(all.has(text), `a passage on screen is not a whole passage: ${text.slice(0, 80)}`);
      const meta = await page.locator('.source-list > li > .meta').allTextContents();
      for (const text of meta) assert.doesNotMatch(text, /published\S/, 'a space after "published"');
      const uz = page.locator(`#src-${Object.values(sources).find((x) => x.published === '2016-10-14')?.id}`);
      assert.match((await uz.textContent()) ?? '', /published 14 October 2016/);
    });
  });

  it('puts each citation’s passage beside the fact on a session page and a state page', async () => {
    await withPage(site, {}, async (page) => {
      const session = sessions.find((x) => x.id === 'cmd-2021-04-27-dushanbe');
      await page.goto(`${site.base}/en/sessions/${session.id}/`);
      const first = session.agenda[0];
      const item = page.locator('.agenda > li').first();
      assert.match((await item.textContent()) ?? '', new RegExp(getSource(first.citations[0].source).publisher));
      assert.equal((await item.locator('q').first().textContent())?.trim(), first.citations[0].passage.trim());
      await page.goto(`${site.base}/en/states/UZ/`);
      const period = states.UZ.membership[0];
      assert.equal(
        (await page.locator('#period-1 .citations q').first().textContent())?.trim(),
        period.citations[0].passage.trim(),
      );
    });
  });

  it('writes Russian dates with a non-breaking space before "г."', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/ru/states/UZ/`);
      // The site's own dates (the passages quote their sources verbatim).
      const text = (await page.locator('main .period, main dt').allTextContents()).join(' ');
      assert.match(text, /1992\u00a0г\./);
      assert.doesNotMatch(text, /\d{4} г\./);
    });
  });

  it('answers an unknown address with the 404 page, in both languages', async () => {
    const { context, page } = await openPage(site.browser, site.base);
    try {
      const response = await page.goto(`${site.base}/en/no-such-page/`);
      assert.equal(response?.status(), 404);
      assert.match((await page.locator('h1').textContent()) ?? '', /Page not found · Страница не найдена/);
      await page.locator('a[hreflang="ru"]').click();
      await page.waitForURL(/\/ru\/$/);
    } finally {
      await context.close();
    }
  });
});
