import { DATA_AS_OF, type IsoDate, type Language, type StateCode, stateCodes, states, todayUtc } from '@csto/core';
import core from '@csto/core/package.json';
import { languages, type MapStatus, t } from './i18n';
import { mapStatusOn } from './status';

/** `getStaticPaths` result for a page that exists once per language. */
export function languagePaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

/** The day the site was built: the "today" of every static page. */
export const BUILT_ON: IsoDate = todayUtc();

/** The day the static pages describe: the build day. */
export const TODAY: IsoDate = BUILT_ON;

export { DATA_AS_OF };

/** Every state's map status on a day. */
export function statusesOn(on: IsoDate): Record<StateCode, MapStatus> {
  return Object.fromEntries(
    stateCodes.map((code) => [code, mapStatusOn(code, states[code].membership[0]?.from ?? '9999', on)]),
  ) as Record<StateCode, MapStatus>;
}

/** A text in a language, falling back to English where the data has no Russian. */
export function localized(text: { en: string; ru?: string }, lang: Language): { text: string; fallback: boolean } {
  const value = text[lang];
  return value === undefined ? { text: text.en, fallback: lang !== 'en' } : { text: value, fallback: false };
}

/** The repository on GitHub, from the core package's `repository` field. */
export const REPOSITORY_URL = core.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The core package's page on npm. */
export const NPM_URL = `https://www.npmjs.com/package/${core.name}`;

/** The licence files the core package ships: code (MIT) and data (CC0 1.0), as pages of the repository. */
export const LICENCE_URLS = {
  code: `${REPOSITORY_URL}/blob/main/${core.repository.directory}/LICENSE`,
  data: `${REPOSITORY_URL}/blob/main/${core.repository.directory}/LICENSE-DATA`,
} as const;

/** Names joined as a reader writes them: "A", "A and B", "A, B and C" (Russian "и"). */
export function joinNames(names: readonly string[], lang: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${t(lang).and} ${names.at(-1)}`;
}
