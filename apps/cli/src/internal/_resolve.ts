import type { Body, Session, StateCode } from '@csto/core';
import { isCstoError } from '@csto/core/dates';
import { bodies, findSessions, getBody, isBodyId } from '@csto/core/sessions';
import { findStates, resolveState, stateCodes, states } from '@csto/core/states';
import { UsageError } from './_errors.js';
import { closest, didYouMean } from './_suggest.js';
import { quote } from './_text.js';

/**
 * Runs a core lookup and turns its `CstoError` into a usage error, keeping the core's message and adding
 * what would work (`hint`, computed only on failure).
 */
function withCoreMessage<T>(lookup: () => T, where: string, hint: () => string): T {
  try {
    return lookup();
  } catch (error) {
    if (isCstoError(error)) throw new UsageError(`${where}: ${error.message}${hint()}`);
    throw error;
  }
}

/**
 * What to try after a state the core's resolver refused: for a typo, the closest name the resolver accepts
 * (`Kyrgistan`: `csto state Kyrgyzstan`); for an ambiguous start, the first state it may be; otherwise the
 * command that lists the states.
 */
function stateHint(input: string, command: string): string {
  const [first, second] = findStates(input);
  if (first !== undefined && second !== undefined) return ` Try \`${command} ${first}\`.`;
  const names = stateCodes.flatMap((code) => [states[code].name.en, states[code].name.ru, ...states[code].aliases]);
  const suggestion = input.length <= 60 ? closest(input, names) : undefined;
  // Offered only when the core resolves it: the suggestion is a name the resolver takes.
  if (suggestion !== undefined && findStates(suggestion).length === 1) {
    return `${didYouMean(suggestion)} Try \`${command} ${suggestion.includes(' ') ? `"${suggestion}"` : suggestion}\`.`;
  }
  return ' Run `csto members --all` for every state ever party to the treaty.';
}

/**
 * Finds a state through the core's resolver: a code (alpha-2, alpha-3, numeric), an English or Russian
 * name, a short or former name, or the start of a name. A failure keeps the core's message and says the
 * command that would work.
 * @example
 * stateArg('арм'); //=> 'AM'
 */
export function stateArg(input: string, command = 'csto state'): StateCode {
  return withCoreMessage(
    () => resolveState(input),
    'STATE',
    () => stateHint(input, command),
  );
}

/**
 * Finds a body by id or by abbreviation (English or Russian), case-insensitively.
 * @example
 * bodyArg('CMFA').id; //=> 'cmfa'
 */
export function bodyArg(input: string): Body {
  const needle = input.toLowerCase();
  for (const body of Object.values(bodies)) {
    const names = [body.id, body.abbreviation?.en, body.abbreviation?.ru];
    if (names.some((name) => name !== undefined && name.toLowerCase() === needle)) return body;
  }
  if (isBodyId(needle)) return getBody(needle);
  const ids = Object.keys(bodies);
  const suggestion = input.length <= 60 ? closest(input, ids) : undefined;
  throw new UsageError(
    `--body: unknown body ${quote(input)}: expected one of ${ids.join(', ')} or an abbreviation (CSC, CMFA, …).${didYouMean(suggestion)}`,
  );
}

/**
 * The sessions a text names through the core's `findSessions` (an id, a day, month or year, the start of
 * an id, or a place), or a usage error saying what would work.
 * @example
 * sessionsArg('2021-04-27').map((s) => s.id); //=> ['cmd-2021-04-27-dushanbe']
 */
export function sessionsArg(input: string): readonly Session[] {
  const found = findSessions(input);
  if (found.length > 0) return found;
  const suggestion =
    input.length <= 60
      ? closest(
          input,
          findSessions(input.slice(0, 4)).map((s) => s.id),
        )
      : undefined;
  throw new UsageError(
    `no session matches ${quote(input)}: give an id, a day (YYYY-MM-DD), a month, a year, the start of an id or a place.${didYouMean(suggestion)} Run \`csto sessions\` for the list.`,
  );
}
