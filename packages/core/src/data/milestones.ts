/** The treaty's and the organisation's milestones, in date order. */
import type { Milestone } from '../milestones.js';

type MilestoneDefinition = Omit<Milestone, 'id'> & { readonly id: string };

const MOSCOW = { en: 'Moscow', ru: 'Москва' } as const;
const CHISINAU = { en: 'Chisinau', ru: 'Кишинёв' } as const;
const TREATY = { en: 'Collective Security Treaty', ru: 'Договор о коллективной безопасности' } as const;
const CHARTER = {
  en: 'Charter of the Collective Security Treaty Organization',
  ru: 'Устав Организации Договора о коллективной безопасности',
} as const;
const LEGAL_STATUS = {
  en: 'Agreement on the legal status of the Collective Security Treaty Organization',
  ru: 'Соглашение о правовом статусе Организации Договора о коллективной безопасности',
} as const;

export const milestoneData = {
  'treaty-signed': {
    id: 'treaty-signed',
    kind: 'signature',
    title: { en: 'Collective Security Treaty signed', ru: 'Подписан Договор о коллективной безопасности' },
    date: '1992-05-15',
    place: { en: 'Tashkent', ru: 'Ташкент' },
    document: TREATY,
    commemorated: true,
    note: 'Signed by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.',
    sources: ['kazinform-2021-04-23', 'ria-2025-11-26-odkb-spravka', 'wikipedia-oldrev-2006-csto'],
  },
  'treaty-in-force': {
    id: 'treaty-in-force',
    kind: 'entry-into-force',
    title: {
      en: 'Collective Security Treaty enters into force',
      ru: 'Договор о коллективной безопасности вступает в силу',
    },
    date: '1994-04-20',
    document: TREATY,
    commemorated: false,
    note: 'Concluded for five years with the possibility of prolongation (Article 11).',
    sources: ['pavlodar-protocol-prolongation-1999', 'ria-2025-11-26-odkb-spravka', 'wikipedia-oldrev-2006-csto'],
  },
  'treaty-registered': {
    id: 'treaty-registered',
    kind: 'registration',
    title: {
      en: 'Collective Security Treaty registered by the UN Secretariat',
      ru: 'Договор о коллективной безопасности зарегистрирован Секретариатом ООН',
    },
    date: '1995-11-01',
    document: TREATY,
    commemorated: false,
    note: 'A secondary source gives the United Nations Treaty Series registration number 32307.',
    sources: ['odkb-gov-basic-facts-en', 'gibler-alliances-cst'],
  },
  'treaty-prolonged': {
    id: 'treaty-prolonged',
    kind: 'prolongation',
    title: { en: 'Protocol on prolongation of the treaty signed', ru: 'Подписан Протокол о продлении Договора' },
    date: '1999-04-02',
    place: MOSCOW,
    document: {
      en: 'Protocol on prolongation of the Collective Security Treaty of 15 May 1992',
      ru: 'Протокол о продлении Договора о коллективной безопасности от 15 мая 1992 года',
    },
    commemorated: false,
    note: 'Signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan (not by Azerbaijan, Georgia or Uzbekistan); it extends the treaty for five years from 21 April 1999 with automatic renewal, and entered into force on 22 March 2000.',
    sources: ['pavlodar-protocol-prolongation-1999', 'parus-protocol-amend-cst-2010-ru', 'odkb-gov-basic-facts-en'],
  },
  'organisation-founded': {
    id: 'organisation-founded',
    kind: 'decision',
    title: {
      en: 'Collective Security Council decides to found the Collective Security Treaty Organization',
      ru: 'Совет коллективной безопасности принимает решение о создании Организации Договора о коллективной безопасности',
    },
    date: '2002-05-14',
    place: MOSCOW,
    commemorated: true,
    note: 'The Council decided to convert the mechanisms and structures of cooperation of the states parties into an international regional organisation; the organisation counts its anniversaries from this decision.',
    sources: ['kremlin-2002-05-14-csto-decision', 'kazinform-2021-04-23'],
  },
  'charter-signed': {
    id: 'charter-signed',
    kind: 'signature',
    title: {
      en: 'Charter and Agreement on the legal status signed',
      ru: 'Подписаны Устав и Соглашение о правовом статусе',
    },
    date: '2002-10-07',
    place: CHISINAU,
    document: CHARTER,
    commemorated: false,
    note: 'The Agreement on the legal status of the organisation was signed the same day.',
    sources: ['kremlin-charter-en', 'odkb-gov-basic-facts-en'],
    conflicts: [
      {
        field: 'date',
        values: [
          { value: '2002-10-07', sources: ['kremlin-charter-en', 'odkb-gov-basic-facts-en'] },
          { value: '2002-10-06', sources: ['kremlin-charter-en'] },
        ],
        chosen: '2002-10-07',
        reason:
          'The Kremlin page carries 6 October 2002 in its header, but its own text and the organisation’s site say the Charter was signed on 7 October 2002.',
      },
    ],
  },
  'charter-in-force': {
    id: 'charter-in-force',
    kind: 'entry-into-force',
    title: { en: 'Charter enters into force', ru: 'Устав вступает в силу' },
    date: '2003-09-18',
    document: CHARTER,
    commemorated: false,
    sources: ['kazinform-2021-04-23', 'odkb-gov-basic-facts-en'],
  },
  'legal-status-in-force': {
    id: 'legal-status-in-force',
    kind: 'entry-into-force',
    title: {
      en: 'Agreement on the legal status enters into force',
      ru: 'Соглашение о правовом статусе вступает в силу',
    },
    date: '2003-09-18',
    document: LEGAL_STATUS,
    commemorated: false,
    sources: ['odkb-gov-basic-facts-en'],
  },
  'un-observer': {
    id: 'un-observer',
    kind: 'status',
    title: {
      en: 'Observer status in the UN General Assembly',
      ru: 'Статус наблюдателя в Генеральной Ассамблее ООН',
    },
    date: '2004-12-02',
    commemorated: false,
    note: 'Granted by a resolution of the General Assembly; its number was not confirmed by the sources read.',
    sources: ['odkb-gov-basic-facts-en'],
  },
  'treaty-amended-2010': {
    id: 'treaty-amended-2010',
    kind: 'signature',
    title: {
      en: 'Protocol on amendments to the Collective Security Treaty signed',
      ru: 'Подписан Протокол о внесении изменений в Договор о коллективной безопасности',
    },
    date: '2010-12-10',
    place: MOSCOW,
    commemorated: false,
    note: 'A Kazakh legal database records its entry into force on 19 December 2012.',
    sources: [
      'kremlin-2011-08-31-cst-protocol-duma',
      'csto-en-treaty-as-amended-2010',
      'zakonpravo-kz-ratif-protocol-cst-2010',
    ],
  },
  'charter-amended-2010': {
    id: 'charter-amended-2010',
    kind: 'signature',
    title: {
      en: 'Protocol on amendments to the Charter signed',
      ru: 'Подписан Протокол о внесении изменений в Устав',
    },
    date: '2010-12-10',
    place: MOSCOW,
    commemorated: false,
    sources: ['kremlin-2012-03-01-ratif-charter-protocol', 'businesspravo-charter-protocol-2010'],
  },
  'charter-amended-2018': {
    id: 'charter-amended-2018',
    kind: 'signature',
    title: {
      en: 'Second Protocol on amendments to the Charter signed',
      ru: 'Подписан Второй протокол о внесении изменений в Устав',
    },
    date: '2018-11-08',
    commemorated: false,
    note: 'A Russian legal database lists the Charter as amended by the international protocol of 8 November 2018 No. 2, in force since 19 January 2021. Russia’s State Duma ratified the Second and Third Protocols in July 2019; the Third Protocol’s date of signature was not found.',
    sources: ['docs-cntd-charter', 'newsam-2019-07-25-duma-charter-protocols'],
  },
  'charter-amended-2018-in-force': {
    id: 'charter-amended-2018-in-force',
    kind: 'entry-into-force',
    title: {
      en: 'Second Protocol on amendments to the Charter enters into force',
      ru: 'Второй протокол о внесении изменений в Устав вступает в силу',
    },
    date: '2021-01-19',
    commemorated: false,
    sources: ['docs-cntd-charter'],
  },
  'charter-amended-2022': {
    id: 'charter-amended-2022',
    kind: 'signature',
    title: {
      en: 'Fourth Protocol on amendments to the Charter signed',
      ru: 'Подписан Четвёртый протокол о внесении изменений в Устав',
    },
    date: '2022-08-26',
    commemorated: false,
    note: 'Adds biological security to Article 8 and allows the early termination of the Secretary General’s powers.',
    sources: ['artsakhpress-2023-02-17-fourth-protocol'],
  },
} as const satisfies Record<string, MilestoneDefinition>;
