import { CstoError } from './errors.js';
import { foldText } from './fold.js';
import { describe } from './internal/_describe.js';
import { once } from './internal/_lazy.js';
import type { StateCode } from './model/ids.generated.js';
import { listStateCodes } from './state-codes.js';
import { states } from './states.js';

/** Folds case, accents, `ё` and spacing, so that `'Kyrgyzstán '`, `'kyrgyzstan'` and `'KYRGYZSTAN'` match. */
function fold(text: string): string {
  return foldText(text)
    .replace(/[\s.’'-]+/g, ' ')
    .trim();
}

/** Every way a state can be typed, folded, with the code it names. */
const lookupKeys = /*#__PURE__*/ once(() => {
  const keys: [string, StateCode][] = [];
  for (const code of listStateCodes()) {
    const state = states[code];
    for (const name of [
      code,
      state.alpha3,
      state.numeric,
      state.name.en,
      state.name.ru,
      state.officialName.en,
      state.officialName.ru,
      ...state.aliases,
    ]) {
      keys.push([fold(name), code]);
    }
  }
  return keys;
});

/**
 * The states a text may name, best matches first: an exact code or name (ISO 3166-1 alpha-2, alpha-3 or
 * numeric; the English or Russian short or official name; a common short, colloquial or former name such
 * as `'Kirghizia'` or `'РФ'`), or else every state with a name that begins with the text (at least two
 * letters). Case, accents and `ё` are ignored.
 *
 * @example
 * findStates('Kyrgyz'); //=> ['KG']
 * findStates('арм'); //=> ['AM']
 * findStates('K'); //=> []
 * findStates('Ka'); //=> ['KZ']
 */
export function findStates(text: string): StateCode[] {
  if (typeof text !== 'string') return [];
  const query = fold(text);
  if (query === '') return [];
  const exact = new Set<StateCode>();
  const prefix = new Set<StateCode>();
  for (const [key, code] of lookupKeys()) {
    if (key === query) exact.add(code);
    else if (query.length >= 2 && key.startsWith(query) && !/^\d/.test(query)) prefix.add(code);
  }
  return exact.size > 0 ? [...exact].sort() : [...prefix].sort();
}

/**
 * Resolves a text as people type it (a code, a name in English or Russian, a former or short name) to
 * the one state it names; see {@link findStates} for what matches.
 *
 * @throws {CstoError} `UNKNOWN_STATE` when nothing matches, `AMBIGUOUS_STATE` when several states do
 *   (the message lists them)
 * @example
 * resolveState('051'); //=> 'AM'
 * resolveState('РФ'); //=> 'RU'
 * resolveState('Byelorussia'); //=> 'BY'
 */
export function resolveState(text: string): StateCode {
  const found = findStates(text);
  if (found.length === 1) return found[0] as StateCode;
  if (found.length > 1) {
    throw new CstoError(
      'AMBIGUOUS_STATE',
      `State ${describe(text)} is ambiguous: it may be ${found.map((code) => `${code} (${states[code].name.en})`).join(', ')}.`,
    );
  }
  throw new CstoError(
    'UNKNOWN_STATE',
    `Unknown state ${describe(text)}: expected a code (${listStateCodes().join(', ')}), an ISO alpha-3 or numeric code, or a name in English or Russian.`,
  );
}
