/**
 * The pages of the whole record — bodies, people, legal texts, forces and operations, political events, open
 * questions — and the search, in Chromium: what each shows equals the library's answer, in both languages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  bodies,
  bodiesOf,
  chairmanships,
  forces,
  instruments,
  openQuestions,
  operations,
  politicalEvents,
  politicalEventsOf,
  secretariesGeneral,
  sessions,
  states,
} from '@csto/core';
import { browserSkipReason, startBrowser, withPage } from './_site.mjs';

const skip = browserSkipReason();
const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the pages of the whole record, and the search, in Chromium', { skip }, () => {
  let site;
  before(async () => {
    site = await startBrowser();
  });
  after(async () => site?.close());

  for (const lang of ['en', 'ru']) {
    it(`lists every body in ${lang}, each linked to its page with its sessions, joint meetings included`, async () => {
      await withPage(site, {}, async (page) => {
        await page.goto(`${site.base}/${lang}/bodies/`);
        const links = await page.locator('main .entry-list a').allTextContents();
        assert.deepEqual(
          links.map(squash).sort(),
          Object.values(bodies)
            .map((b) => b.name[lang])
            .sort(),
        );
        for (const id of ['csc', 'cmd']) {
          if (id === 'cmd') assert.ok(sessions.some((x) => bodiesOf(x).length > 1 && bodiesOf(x).includes(id)));
          await page.goto(`${site.base}/${lang}/bodies/${id}/`);
          const expected = sessions.filter((x) => bodiesOf(x).includes(id));
          const hrefs = await page.locator('main .session-list a').evaluateAll((as) => as.map((a) => a.pathname));
          assert.deepEqual(
            hrefs.sort(),
            expected.map((x) => `/${lang}/sessions/${x.id}/`).sort(),
            `${id}: every session of the body, joint ones included`,
          );
        }
      });
    });
  }

  it('never writes an English body abbreviation on a Russian page, and uses the Russian one the data has', async () => {
    await withPage(site, {}, async (page) => {
      for (const path of ['/ru/bodies/cmd/', '/ru/sessions/cmd-2021-04-27-dushanbe/', '/ru/bodies/']) {
        await page.goto(`${site.base}${path}`);
        const text = await page.locator('main').textContent();
        assert.doesNotMatch(text ?? '', /\bCMD\b|\bCSSC\b/, path);
      }
      await page.goto(`${site.base}/ru/bodies/csc/`);
      assert.match((await page.locator('main .facts').textContent()) ?? '', new RegExp(bodies.csc.abbreviation.ru));
    });
  });

  it('lists every Secretary General and every chair of the Council, each term with its real last day', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/people/`);
      const text = squash(await page.locator('main').textContent());
      for (const term of secretariesGeneral) assert.match(text, new RegExp(term.person.name.en));
      for (const c of chairmanships) assert.match(text, new RegExp(c.chair.name.en));
      const names = new Set([...secretariesGeneral, ...chairmanships].map((x) => (x.person ?? x.chair).name.en));
      assert.equal(await page.locator('main .entry-list > li').count(), names.size, 'each person once');
      // Zas: a term that ended, shown to its last day (the day before the exclusive end).
      const zas = secretariesGeneral.find((x) => x.person.name.en === 'Stanislav Zas');
      const last = new Date(Date.parse(`${zas.to}T12:00:00Z`) - 86_400_000);
      const written = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(last);
      assert.match(squash(await page.locator('#person-stanislav-zas').textContent()), new RegExp(`– ${written}`));
      await page.goto(`${site.base}/ru/people/`);
      assert.match(squash(await page.locator('main').textContent()), new RegExp(zas.person.name.ru));
    });
  });

  it('shows every legal instrument with its kind, signature, entry into force and what it amends', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/instruments/`);
      for (const x of Object.values(instruments)) {
        const entry = page.locator(`[id="${x.id}"]`);
        const text = squash(await entry.textContent());
        assert.match(text, new RegExp(x.title.en.replace(/[()]/g, '.')), x.id);
        if (x.amends) assert.equal(await entry.locator(`a[href$="#${x.amends}"]`).count(), 1, `${x.id} amends`);
      }
      await page.goto(`${site.base}/ru/instruments/`);
      const marked = await page.locator('main h3 .en-only-mark').count();
      assert.equal(marked, Object.values(instruments).filter((x) => x.title.ru === undefined).length);
    });
  });

  it('shows the collective forces and the operations, with contributors and each event', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/forces/`);
      for (const f of Object.values(forces)) {
        const section = page.locator(`section[id="${f.id}"]`);
        assert.match(squash(await section.locator('h2').textContent()), new RegExp(f.name.en));
        assert.equal(await section.locator('.entry-list > li').count(), f.events.length);
      }
      for (const op of operations) {
        const text = squash(await page.locator(`section[id="${op.id}"]`).textContent());
        for (const code of op.contributors) assert.match(text, new RegExp(states[code].name.en));
      }
    });
  });

  it('lists the political events on their page and on each state’s page', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/en/events/`);
      assert.equal(await page.locator('main .entry-list > li').count(), politicalEvents.length);
      for (const code of ['AM', 'BY', 'KZ']) {
        await page.goto(`${site.base}/ru/states/${code}/`);
        assert.equal(await page.locator('h2#events + .entry-list > li').count(), politicalEventsOf(code).length, code);
      }
    });
  });

  it('lists every open question, marked English only on the Russian page', async () => {
    await withPage(site, {}, async (page) => {
      await page.goto(`${site.base}/ru/questions/`);
      assert.equal(await page.locator('main .entry-list > li').count(), openQuestions.length);
      assert.ok((await page.locator('main [lang="en"]').count()) >= openQuestions.length);
      assert.match((await page.locator('main').textContent()) ?? '', /только по-английски/);
    });
  });

  it('searches from any page: the header form leads to results; the index loads only then', async () => {
    await withPage(site, {}, async (page) => {
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.base}/en/states/UZ/`);
      assert.ok(!fetched.some((p) => p.endsWith('search-index.json')), 'no index before a search');
      await page.fill('header input[name="q"]', 'Zas');
      await page.press('header input[name="q"]', 'Enter');
      await page.waitForURL(/\/en\/search\/\?q=Zas/);
      await page.locator('[data-search-results] li').first().waitFor();
      const first = page.locator('[data-search-results] li a').first();
      assert.equal(squash(await first.textContent()), 'Stanislav Zas');
      assert.ok(fetched.includes('/en/search-index.json'));
    });
  });

  const cases = [
    ['en', 'Dushanbe 2021', (x) => x.place?.en === 'Dushanbe' && x.date.startsWith('2021')],
    ['ru', 'Душанбе 2021', (x) => x.place?.ru === 'Душанбе' && x.date.startsWith('2021')],
  ];
  for (const [lang, query, wanted] of cases) {
    it(`finds the sessions of "${query}" in ${lang}, and the other kinds of record`, async () => {
      await withPage(site, {}, async (page) => {
        await page.goto(`${site.base}/${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.locator('[data-search-results] li').first().waitFor();
        const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.pathname));
        for (const x of sessions.filter(wanted)) assert.ok(hrefs.includes(`/${lang}/sessions/${x.id}/`), x.id);
        for (const [q, path] of [
          [instruments.charter.title[lang], `/${lang}/instruments/`],
          [states.KZ.name[lang], `/${lang}/states/KZ/`],
          [bodies.cmd.name[lang], `/${lang}/bodies/cmd/`],
          ['Kazinform', `/${lang}/sources/`],
        ]) {
          await page.fill('main input[name="q"]', q);
          await page.press('main input[name="q"]', 'Enter');
          await page.waitForFunction(
            (p) => [...document.querySelectorAll('[data-search-results] a')].some((a) => a.pathname === p),
            path,
          );
        }
      });
    });
  }
});
