import type * as Sessions from '@csto/core/sessions';
import type * as Sources from '@csto/core/sources';

// The parts of @csto/core that only some commands need are loaded on first use. The bundler leaves a module
// that is reached only through `require` unevaluated until that call, so `csto members` never evaluates the
// sessions, the agendas or the sources: start-up is the CLI's whole cost.

/**
 * The bodies and sessions (`@csto/core/sessions`), loaded on first use.
 * @example
 * sessionsDomain().sessionsIn(2021).length > 0; //=> true
 */
export function sessionsDomain(): typeof Sessions {
  return require('@csto/core/sessions');
}

/**
 * The sources and open questions (`@csto/core/sources`), loaded on first use.
 * @example
 * sourcesDomain().getSource('kazinform-2021-04-23').publisher; //=> 'Kazinform'
 */
export function sourcesDomain(): typeof Sources {
  return require('@csto/core/sources');
}
