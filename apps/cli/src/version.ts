declare const __CSTO_VERSION__: string;

/**
 * The CLI's version, written in at build time from its package.json.
 * @example
 * VERSION; //=> '0.1.0' (in that release)
 */
export const VERSION: string = typeof __CSTO_VERSION__ === 'string' ? __CSTO_VERSION__ : '0.0.0-dev';
