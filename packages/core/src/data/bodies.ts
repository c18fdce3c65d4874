/** The organisation's bodies, named as its own documents name them. */
import type { Body } from '../model/body.js';
import type { BodyId } from '../model/ids.generated.js';

export const bodyData = {
  csc: {
    id: 'csc',
    kind: 'statutory',
    name: { en: 'Collective Security Council', ru: 'Совет коллективной безопасности' },
    abbreviation: { en: 'CSC', ru: 'СКБ' },
    composition: 'The heads of the member states; chaired by the head of the chairing state.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
      {
        source: 'en-csto-csc-page',
        passage:
          'The Chairman of the Council (hereinafter - the Chairman) is the head of state on whose territory the regular session of the Council is held, unless the Council decides otherwise.',
      },
    ],
  },
  cmfa: {
    id: 'cmfa',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Foreign Affairs', ru: 'Совет министров иностранных дел' },
    abbreviation: { en: 'CMFA', ru: 'СМИД' },
    composition: 'The foreign ministers of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
    ],
  },
  cmd: {
    id: 'cmd',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Defense', ru: 'Совет министров обороны' },
    abbreviation: { en: 'CMD' },
    composition: 'The defence ministers of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
    ],
  },
  cssc: {
    id: 'cssc',
    kind: 'statutory',
    name: { en: 'Committee of Secretaries of Security Councils', ru: 'Комитет секретарей советов безопасности' },
    abbreviation: { en: 'CSSC' },
    composition: 'The secretaries of the security councils of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
      {
        source: 'inform-en-a3589713',
        passage:
          'Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
    ],
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
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
      {
        source: 'tass-ru-26134489',
        passage:
          'В соответствии с порядком ротации председателем Постоянного совета на 2026 год стал постпред России при Организации Виктор Васильев',
      },
    ],
  },
  secretariat: {
    id: 'secretariat',
    kind: 'working',
    name: { en: 'Secretariat', ru: 'Секретариат Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body headed by the Secretary General.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
      },
      {
        source: 'csto-en-secretariat',
        passage:
          'The CSTO Secretary General - Tasmagambetov Imangali Nurgalievich (biographical information) - Republic of Kazakhstan',
      },
    ],
  },
  'joint-staff': {
    id: 'joint-staff',
    kind: 'working',
    name: { en: 'Joint Staff', ru: 'Объединенный штаб Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body for the military component of the organisation.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'jscsto-en',
        passage:
          'The CSTO Joint Staff is a permanent working body of the Organization responsible for preparing proposals on the military component of the CSTO',
      },
      {
        source: 'jscsto-news-16',
        passage: 'с участием начальника Объединенного штаба ОДКБ генерал-полковника Анатолия Сидорова',
      },
    ],
  },
} as const satisfies Record<BodyId, Body>;
