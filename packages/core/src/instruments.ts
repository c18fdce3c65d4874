import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { instrumentsRecords } from './internal/_records.js';
import type { InstrumentId } from './model/ids.generated.js';
import type { Instrument } from './model/instrument.js';

export type { InstrumentId } from './model/ids.generated.js';
export type { Instrument, InstrumentKind } from './model/instrument.js';

const loadInstruments = /*#__PURE__*/ once(() => deepFreeze(instrumentsRecords()));

/**
 * The organisation's legal instruments, keyed by id, in order of signature: the treaty, the Charter, the
 * agreements and the protocols that prolong or amend them. Deeply frozen; loaded on first use.
 *
 * @example
 * instruments['collective-security-treaty'].inForce; //=> '1994-04-20'
 */
export const instruments: Readonly<Record<InstrumentId, Instrument>> = /*#__PURE__*/ lazyRecord(loadInstruments);

/**
 * Tells whether a value is an {@link InstrumentId}.
 *
 * @example
 * isInstrumentId('charter'); //=> true
 */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return isKeyOf(loadInstruments(), value);
}

/**
 * Looks up a legal instrument by id, or throws {@link CstoError} `UNKNOWN_INSTRUMENT` listing the ids.
 *
 * @example
 * getInstrument('protocol-prolongation-1999').amends; //=> 'collective-security-treaty'
 */
export function getInstrument(id: InstrumentId): Instrument {
  const all = loadInstruments();
  const key = toKeyOf(
    all,
    id,
    'UNKNOWN_INSTRUMENT',
    (shown) => `Unknown instrument ${shown}: expected one of ${Object.keys(all).join(', ')}.`,
  );
  return all[key];
}
