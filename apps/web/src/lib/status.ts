import { type IsoDate, type StateCode, statusOn } from '@csto/core';
import type { MapStatus } from './i18n';

/**
 * A state's status as the map draws it on a day: the library's status, with `not-member` told apart into
 * `former` (party before that day) and `none` (not yet party). `first` is the state's first day as a party.
 */
export function mapStatusOn(code: StateCode, first: string, on: IsoDate): MapStatus {
  const status = statusOn(code, on);
  if (status !== 'not-member') return status;
  return on >= first ? 'former' : 'none';
}
