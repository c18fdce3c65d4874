import { deepFreeze } from './internal/_freeze.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { organizationRecords } from './internal/_records.js';
import type { Organization } from './model/organization.js';

export type { Organization } from './model/organization.js';

/**
 * The Collective Security Treaty Organization, named as its documents name it. Deeply frozen; loaded on
 * first use.
 *
 * @example
 * organization.name.en; //=> 'Collective Security Treaty Organization'
 * organization.name.ru; //=> 'Организация Договора о коллективной безопасности'
 */
export const organization: Organization = /*#__PURE__*/ lazyRecord(
  /*#__PURE__*/ once(() => deepFreeze(organizationRecords())),
);
