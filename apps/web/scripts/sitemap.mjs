// An Astro integration that writes `sitemap.xml` after the build: every page built under `/en/` or `/ru/`,
// as an absolute URL on the site's origin (`SITE_URL`), with its other language as an hreflang alternate.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every built page's path (`/en/on/`), in a stable order. */
export function pagePaths(dir) {
  const paths = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html')
        paths.push(`/${relative(dir, at).split(sep).join('/')}/`.replace('//', '/'));
    }
  };
  walk(dir);
  return paths.filter((p) => /^\/(en|ru)\//.test(p)).sort();
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The sitemap of the pages, with the other language of each as `xhtml:link`. */
export function sitemap(paths, origin) {
  const url = (path) => escapeXml(new URL(path, origin).href);
  const entries = paths.map((path) => {
    const alternates = ['en', 'ru']
      .map(
        (lang) =>
          `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(path.replace(/^\/(en|ru)\//, `/${lang}/`))}"/>`,
      )
      .join('\n');
    return `  <url>\n    <loc>${url(path)}</loc>\n${alternates}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export default function sitemapIntegration() {
  let origin;
  return {
    name: 'csto-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, 'sitemap.xml'), sitemap(pagePaths(root), origin));
        writeFileSync(
          join(root, 'robots.txt'),
          `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`,
        );
      },
    },
  };
}
