/**
 * Every page's footer says where the code is, where the package is, and under which licences code and data
 * are: the same licences as the core package's `license` field, linked to the files that package ships.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { builtPages } from './_site.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const core = JSON.parse(readFileSync(new URL('../../../packages/core/package.json', import.meta.url), 'utf8'));
const repository = 'https://github.com/csto-data/csto';

/** The footer's links as `[text, href]`. */
function footerLinks(html) {
  const footer = html.match(/<footer\b[\s\S]*?<\/footer>/)?.[0] ?? '';
  return [...footer.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, text]) => [
    text.trim(),
    href,
  ]);
}

describe('the site footer', () => {
  it('names the licences of the core package: MIT for code, CC0 1.0 for data', () => {
    assert.equal(core.license, 'MIT AND CC0-1.0');
    assert.equal(core.repository.url, `git+${repository}.git`);
  });

  // Every page but the language choice at `/`, which redirects at once.
  for (const page of builtPages().filter((candidate) => candidate.path !== '/')) {
    it(`${page.path} links to the repository, the npm package and both licence files`, () => {
      const links = footerLinks(readFileSync(page.file, 'utf8'));
      const hrefs = links.map(([, href]) => href);
      assert.ok(hrefs.includes(repository), 'repository');
      assert.ok(hrefs.includes('https://www.npmjs.com/package/@csto/core'), 'npm package page');
      const licences = links.filter(([, href]) => href.startsWith(`${repository}/blob/main/`));
      assert.deepEqual(
        licences.map(([text, href]) => [text, href.slice(`${repository}/blob/main/`.length)]),
        [
          ['MIT', 'packages/core/LICENSE'],
          ['CC0 1.0', 'packages/core/LICENSE-DATA'],
        ],
      );
      for (const [, href] of licences) {
        assert.ok(existsSync(`${repoRoot}${href.slice(`${repository}/blob/main/`.length)}`), `${href}: no such file`);
      }
    });
  }
});
