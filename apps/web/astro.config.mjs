// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every page is plain HTML at build time, scripts are small external modules.
export default defineConfig({
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
