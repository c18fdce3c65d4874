// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every page is plain HTML at build time, scripts are small external modules.
// The origin the site is served from, for canonical and hreflang links (absolute URLs). Set SITE_URL when
// building for a host; the default is the preview server.
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
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
