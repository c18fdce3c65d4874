/**
 * `@csto/core/secretaries-general`: the Secretaries General, acting holders included.
 *
 * @example
 * import { secretaryGeneralOn } from '@csto/core/secretaries-general';
 * secretaryGeneralOn('2021-04-27')?.person.name.en; //=> 'Stanislav Zas'
 *
 * @packageDocumentation
 */
export type { SecretaryGeneralTerm } from '../secretaries-general.js';
export { secretariesGeneral, secretaryGeneralOn } from '../secretaries-general.js';
