import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { bodiesRecords } from './internal/_records.js';
import type { Body } from './model/body.js';
import type { BodyId } from './model/ids.generated.js';

export type { Body, BodyKind } from './model/body.js';
export type { BodyId } from './model/ids.generated.js';

const loadBodies = /*#__PURE__*/ once(() => deepFreeze(bodiesRecords()));

/**
 * The organisation's bodies, keyed by id. Deeply frozen; loaded on first use.
 *
 * @example
 * bodies.csc.name.ru; //=> 'Совет коллективной безопасности'
 */
export const bodies: Readonly<Record<BodyId, Body>> = /*#__PURE__*/ lazyRecord(loadBodies);

/**
 * Tells whether a value is a {@link BodyId}.
 *
 * @example
 * isBodyId('cmfa'); //=> true
 * isBodyId('nato'); //=> false
 */
export function isBodyId(value: unknown): value is BodyId {
  return isKeyOf(loadBodies(), value);
}

/**
 * Looks up a body by id, or throws {@link CstoError} `UNKNOWN_BODY` listing the ids.
 *
 * @example
 * getBody('csc').name.en; //=> 'Collective Security Council'
 */
export function getBody(id: BodyId): Body {
  const all = loadBodies();
  return all[
    toKeyOf(
      all,
      id,
      'UNKNOWN_BODY',
      (shown) => `Unknown body ${shown}: expected one of ${Object.keys(all).join(', ')}.`,
    )
  ];
}
