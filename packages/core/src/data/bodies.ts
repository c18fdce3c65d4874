/** The organisation's bodies, named as its own documents name them. */
import type { Body } from '../bodies.js';

type BodyDefinition = Omit<Body, 'id'> & { readonly id: string };

export const bodyData = {
  csc: {
    id: 'csc',
    kind: 'statutory',
    name: { en: 'Collective Security Council', ru: 'Совет коллективной безопасности' },
    abbreviation: { en: 'CSC', ru: 'СКБ' },
    composition: 'The heads of the member states; chaired by the head of the chairing state.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28', 'en-csto-csc-page'],
  },
  cmfa: {
    id: 'cmfa',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Foreign Affairs', ru: 'Совет министров иностранных дел' },
    abbreviation: { en: 'CMFA', ru: 'СМИД' },
    composition: 'The foreign ministers of the member states.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28'],
  },
  cmd: {
    id: 'cmd',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Defense', ru: 'Совет министров обороны' },
    abbreviation: { en: 'CMD' },
    composition: 'The defence ministers of the member states.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28'],
  },
  cssc: {
    id: 'cssc',
    kind: 'statutory',
    name: { en: 'Committee of Secretaries of Security Councils', ru: 'Комитет секретарей советов безопасности' },
    abbreviation: { en: 'CSSC' },
    composition: 'The secretaries of the security councils of the member states.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28', 'inform-en-a3589713'],
  },
  'permanent-council': {
    id: 'permanent-council',
    kind: 'statutory',
    name: {
      en: 'Permanent Council',
      ru: 'Постоянный совет при Организации Договора о коллективной безопасности',
    },
    composition:
      'The plenipotentiary representatives of the member states; chaired by the representative of the chairing state.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28', 'tass-ru-26134489'],
  },
  secretariat: {
    id: 'secretariat',
    kind: 'working',
    name: { en: 'Secretariat', ru: 'Секретариат Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body headed by the Secretary General.',
    sources: ['en-csto-structure', 'legal-russia-csc-2003-04-28', 'csto-en-secretariat'],
  },
  'joint-staff': {
    id: 'joint-staff',
    kind: 'working',
    name: { en: 'Joint Staff', ru: 'Объединенный штаб Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body for the military component of the organisation.',
    sources: ['en-csto-structure', 'jscsto-en', 'jscsto-news-16'],
  },
} as const satisfies Record<string, BodyDefinition>;
