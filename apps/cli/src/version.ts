declare const __CSTO_VERSION__: string;

/** The CLI's version, written in at build time from its package.json. */
export const VERSION: string = typeof __CSTO_VERSION__ === 'string' ? __CSTO_VERSION__ : '0.0.0-dev';
