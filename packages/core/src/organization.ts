import { deepFreeze } from './internal/_freeze.js';
import type { SourceId } from './sources.js';
import type { LocalizedText } from './types.js';

/**
 * The organisation itself: its name and abbreviation in English and Russian.
 *
 * @example
 * organization.abbreviation.ru; //=> 'ОДКБ'
 */
export interface Organization {
  readonly name: LocalizedText;
  readonly abbreviation: LocalizedText;
  readonly sources: readonly SourceId[];
}

/**
 * The Collective Security Treaty Organization, named as its documents name it. Deeply frozen.
 *
 * @example
 * organization.name.en; //=> 'Collective Security Treaty Organization'
 * organization.name.ru; //=> 'Организация Договора о коллективной безопасности'
 */
export const organization: Organization = /*#__PURE__*/ deepFreeze({
  name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
  abbreviation: { en: 'CSTO', ru: 'ОДКБ' },
  sources: ['kazinform-2021-04-23', 'legal-russia-csc-2003-04-28', 'belta-2012-12-19-uz-suspended'],
} as const satisfies Organization);
