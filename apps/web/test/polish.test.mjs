/**
 * The polish findings of the site review, in Chromium: a phone's timeline and map, the greys of the map, the
 * order of states and the sources filters. Each fails on the site before the fix.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sources, stateCodes, states } from '@csto/core';
import { browserSkipReason, startBrowser, withPage } from './_site.mjs';

const skip = browserSkipReason();
const phone = { viewport: { width: 360, height: 780 } };

/** Relative luminance of a CSS `rgb()` colour (WCAG 2). */
const luminance = (rgb) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('the polish of the site, in Chromium', { skip }, () => {
  let site;
  before(async () => {
    site = await startBrowser();
  });
  after(async () => site?.close());

  for (const lang of ['en', 'ru']) {
    it(`says on a phone that the ${lang} timeline scrolls, and keeps the state names in view`, async () => {
      await withPage(site, phone, async (page) => {
        await page.goto(`${site.base}/${lang}/timeline/`);
        assert.ok(await page.locator('.scroll-cue').isVisible(), 'a scroll cue');
        const box = page.locator('.timeline');
        assert.ok(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the timeline is wider');
        const name = page.locator('.tl-name').first();
        const before = (await name.boundingBox())?.x;
        await box.evaluate((el) => el.scrollBy(300, 0));
        assert.equal((await name.boundingBox())?.x, before, 'the name stays');
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no page scroll');
      });
    });

    it(`shows every label of the ${lang} map at 360 px at a readable size, the Caucasus inset included`, async () => {
      await withPage(site, phone, async (page) => {
        await page.goto(`${site.base}/${lang}/`);
        const labels = await page.locator('.map text').evaluateAll((ts) =>
          ts.map((t) => ({
            text: t.textContent.trim(),
            shown: getComputedStyle(t).display !== 'none',
            h: t.getBoundingClientRect().height,
          })),
        );
        for (const code of ['RU', 'KZ', 'BY', 'UZ', 'KG', 'TJ', 'AM', 'AZ', 'GE']) {
          const label = labels.find((l) => l.text === states[code].name[lang]);
          assert.ok(label?.shown, `${code} labelled`);
          assert.ok(label.h >= 12, `${code}: ${label.h}px high`);
        }
      });
    });
  }

  for (const scheme of ['light', 'dark']) {
    it(`tells "not a party" from "other states" in the ${scheme} theme`, async () => {
      await withPage(site, { colorScheme: scheme }, async (page) => {
        await page.goto(`${site.base}/en/`);
        const fill = (sel) =>
          page
            .locator(sel)
            .first()
            .evaluate((el) => getComputedStyle(el).fill);
        const ratio = contrast(await fill('.legend .swatch.s-none rect'), await fill('.legend .swatch.s-nb rect'));
        assert.ok(ratio >= 1.4, `contrast ${ratio.toFixed(2)}`);
      });
    });
  }

  it('lists the states by their name in the page’s language', async () => {
    await withPage(site, {}, async (page) => {
      for (const lang of ['en', 'ru']) {
        await page.goto(`${site.base}/${lang}/`);
        const names = (await page.locator('[data-status-list] a').allTextContents()).map((n) => n.trim());
        const sorted = stateCodes.map((c) => states[c].name[lang]).sort(new Intl.Collator(lang).compare);
        assert.deepEqual(names, sorted, lang);
      }
    });
  });

  it('filters the sources by language, kind and publisher, from the URL and from the controls', async () => {
    const all = Object.values(sources);
    await withPage(site, {}, async (page) => {
      const shown = () => page.locator('.source-list > li:not([hidden])').count();
      await page.goto(`${site.base}/en/sources/?language=ru&kind=primary`);
      assert.equal(await shown(), all.filter((s) => s.language === 'ru' && s.primary).length);
      await page.selectOption('select[name="kind"]', '');
      assert.equal(await shown(), all.filter((s) => s.language === 'ru').length);
      await page.selectOption('select[name="language"]', '');
      await page.selectOption('select[name="publisher"]', { label: 'Kazinform' });
      assert.equal(await shown(), all.filter((s) => s.publisher === 'Kazinform').length);
      assert.match(page.url(), /publisher=\d+/);
      assert.match((await page.locator('[data-shown-count]').textContent()) ?? '', /^\d+ of \d+ sources shown$/);
      const first = page.locator('.source-list > li:not([hidden])').first();
      assert.match((await first.locator('.cited-by').textContent()) ?? '', /Cited by/);
    });
  });

  it('names each session in the list by its date and bodies, no two links alike', async () => {
    await withPage(site, {}, async (page) => {
      for (const lang of ['en', 'ru']) {
        await page.goto(`${site.base}/${lang}/sessions/`);
        const texts = (await page.locator('.session-list a').allTextContents()).map((x) =>
          x.replace(/\s+/g, ' ').trim(),
        );
        const repeated = texts.filter((x, i) => texts.indexOf(x) !== i);
        assert.deepEqual(repeated, [], lang);
      }
    });
  });

  it('keeps the lines of a state page to a readable length on a wide screen', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/states/UZ/`);
      const widest = await page
        .locator('main p, main .source-list > li')
        .evaluateAll((els) =>
          Math.max(...els.map((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize))),
        );
      assert.ok(widest <= 48, `${widest.toFixed(1)} em wide`);
    });
  });
});
