// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from './scripts/sitemap.mjs';

// Static output only: every page is plain HTML at build time, scripts are small external modules.
// The origin the site is served from, for canonical, hreflang and Open Graph links and the sitemap (absolute
// URLs). SITE_URL must be set when building for a host; the default is the preview server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets and scripts are always external files, so the Content-Security-Policy can stay at 'self'.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  integrations: [sitemap()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
