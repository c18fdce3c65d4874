import { bodyData } from './data/bodies.js';
import { CstoError } from './errors.js';
import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import type { SourceId } from './sources.js';
import type { LocalizedText, PartiallyLocalizedText } from './types.js';

/**
 * The id of a body of the organisation.
 *
 * @example
 * const id: BodyId = 'cmd';
 */
export type BodyId = keyof typeof bodyData;

/**
 * What kind of body: a statutory body of the Charter, or a permanent working body.
 *
 * @example
 * const kind: BodyKind = 'working';
 */
export type BodyKind = 'statutory' | 'working';

/**
 * A body of the organisation.
 *
 * @example
 * bodies.csc.name.en; //=> 'Collective Security Council'
 */
export interface Body {
  readonly id: BodyId;
  readonly kind: BodyKind;
  readonly name: LocalizedText;
  /** The usual abbreviation, where the organisation uses one (Russian only where a source gives it). */
  readonly abbreviation?: PartiallyLocalizedText;
  /** Who sits on it. */
  readonly composition: string;
  readonly sources: readonly SourceId[];
}

/**
 * The organisation's bodies, keyed by id. Deeply frozen.
 *
 * @example
 * bodies.cssc.name.ru; //=> 'Комитет секретарей советов безопасности'
 */
export const bodies: Readonly<Record<BodyId, Body>> = /*#__PURE__*/ deepFreeze(bodyData);

/**
 * Tells whether a value is a {@link BodyId}.
 *
 * @example
 * isBodyId('csc'); //=> true
 */
export function isBodyId(value: unknown): value is BodyId {
  return isKeyOf(bodyData, value);
}

/**
 * Looks up a body by id, or throws {@link CstoError} `UNKNOWN_BODY` listing the accepted ids.
 *
 * @example
 * getBody('cmfa').abbreviation?.en; //=> 'CMFA'
 */
export function getBody(id: BodyId): Body {
  const key = toKeyOf(
    bodyData,
    id,
    'UNKNOWN_BODY',
    (shown) => `Unknown body ${shown}: expected one of ${Object.keys(bodyData).join(', ')}.`,
  );
  return bodies[key];
}
