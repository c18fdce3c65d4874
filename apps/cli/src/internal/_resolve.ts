import type { Body, BodyId, Session, SessionId, StateCode } from '@csto/core';
import { isCstoError } from '@csto/core/dates';
import { stateCodes, states, toStateCode } from '@csto/core/states';
import { sessionsDomain } from './_core.js';
import { UsageError } from './_errors.js';
import { closest, didYouMean } from './_suggest.js';

/**
 * Runs a core lookup and turns its `CstoError` into a usage error, keeping the core's message. The suffix (a
 * suggestion) is computed only on failure: it compares the input with every candidate, work a valid input never
 * needs.
 */
function withCoreMessage<T>(lookup: () => T, where: string, suffix: () => string): T {
  try {
    return lookup();
  } catch (error) {
    if (isCstoError(error)) throw new UsageError(`${where}: ${error.message}${suffix()}`);
    throw error;
  }
}

/** Every spelling of a state the CLI accepts, lower-cased, with the state it names. */
function stateKeys(): Map<string, StateCode> {
  const keys = new Map<string, StateCode>();
  for (const code of stateCodes) {
    const state = states[code];
    for (const key of [
      code,
      state.alpha3,
      state.name.en,
      state.name.ru,
      state.officialName.en,
      state.officialName.ru,
    ]) {
      keys.set(key.toLowerCase(), code);
    }
  }
  return keys;
}

/**
 * Finds a state by alpha-2 or alpha-3 code, or by English or Russian name (short or official),
 * case-insensitively. On failure the message is the core's, plus what else is accepted and the closest
 * match.
 * @example
 * resolveState('Узбекистан'); //=> 'UZ'
 */
export function resolveState(input: string): StateCode {
  const keys = stateKeys();
  const found = keys.get(input.trim().toLowerCase());
  if (found !== undefined) return found;
  const suggestion = closest(input.trim(), [
    ...stateCodes,
    ...stateCodes.flatMap((c) => [states[c].name.en, states[c].name.ru]),
  ]);
  const hint = suggestion === undefined ? '' : `${didYouMean(suggestion)}`;
  return withCoreMessage(
    () => toStateCode(input),
    'CODE',
    () => ` Alpha-3 codes and English or Russian names are accepted too, in any case.${hint}`,
  );
}

/**
 * Finds a body by id or by abbreviation (English or Russian), case-insensitively.
 * @example
 * resolveBody('CMFA').id; //=> 'cmfa'
 */
export function resolveBody(input: string): Body {
  const needle = input.toLowerCase();
  for (const body of Object.values(sessionsDomain().bodies) as Body[]) {
    const names = [body.id, body.abbreviation?.en, body.abbreviation?.ru];
    if (names.some((name) => name !== undefined && name.toLowerCase() === needle)) return body;
  }
  const ids = Object.keys(sessionsDomain().bodies);
  return withCoreMessage(
    () => sessionsDomain().getBody(input as BodyId),
    '--body',
    () => didYouMean(closest(input, ids)),
  );
}

/**
 * Finds a session by id, suggesting the closest id on a typo.
 * @example
 * resolveSession('cmd-2021-04-27-dushanbe').body; //=> 'cmd'
 */
export function resolveSession(input: string): Session {
  return withCoreMessage(
    () => sessionsDomain().getSession(input as SessionId),
    'ID',
    () =>
      didYouMean(
        closest(
          input,
          sessionsDomain().sessions.map((s) => s.id),
        ),
      ),
  );
}
