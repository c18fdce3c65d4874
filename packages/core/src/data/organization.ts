/** The organisation's own names. */
import type { Organization } from '../model/organization.js';

export const organizationData = {
  name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
  abbreviation: { en: 'CSTO', ru: 'ОДКБ' },
  ids: {
    wikidata: 'Q318693',
    citations: [
      {
        source: 'spocwiki-csto',
        passage:
          "dv_is_same_as:\n- '[[../../../../WikiData/WD~Collective_Security_Treaty_Organization,318693|WD~Collective_Security_Treaty_Organization,318693]]'",
      },
      { source: 'spocwiki-csto', passage: 'has_id_wikidata: Q318693' },
    ],
  },
  citations: [
    {
      source: 'kazinform-2021-04-23',
      passage:
        'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
    },
    {
      source: 'legal-russia-csc-2003-04-28',
      passage:
        '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      gloss:
        '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
    },
    {
      source: 'belta-2012-12-19-uz-suspended',
      passage:
        'Главы государств - членов ОДКБ на встрече в узком составе приняли решение о приостановлении членства Узбекистана в организации.',
      gloss:
        "The heads of state of the CSTO member states, at a meeting in restricted format, took a decision to suspend Uzbekistan's membership in the organization.",
    },
  ],
} as const satisfies Organization;
