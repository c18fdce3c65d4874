/** The treaty's and the organisation's milestones, in date order. */
import type { MilestoneId } from '../model/ids.generated.js';
import type { Milestone } from '../model/milestone.js';

const MOSCOW = { en: 'Moscow', ru: 'Москва' } as const;
const ASTANA = { en: 'Astana', ru: 'Астана' } as const;
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
    instrument: 'collective-security-treaty',
    commemorated: true,
    note: 'Signed by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.',
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage:
          'The Collective Security Treaty (CST) was signed on May 15, 1992 for five-year term, with the possibility of further prolongation.',
      },
      {
        source: 'kazinform-2021-04-23',
        passage: 'The Collective Security Treaty was signed in Tashkent, Uzbekistan on 15 May 1992.',
      },
      {
        source: 'pavlodar-protocol-prolongation-1999',
        passage:
          'Государства - участники Договора о коллективной безопасности (далее Договор), подписанного в Ташкенте 15 мая 1992 года и вступившего в силу 20 апреля 1994 года,',
        gloss:
          'The States Parties to the Collective Security Treaty (the Treaty), signed in Tashkent on 15 May 1992 and entered into force on 20 April 1994,',
      },
      {
        source: 'blogen-ru-wiki-translation',
        passage:
          'on May 15, 1992, Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed a collective security treaty (CST) in Tashkent.',
      },
    ],
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
    instrument: 'collective-security-treaty',
    commemorated: false,
    note: 'Concluded for five years with the possibility of prolongation (Article 11).',
    citations: [
      {
        source: 'ria-2025-11-26-odkb-spravka',
        passage:
          'В сентябре 1993 года к нему присоединился Азербайджан, в декабре того же года – Грузия и Белоруссия. Договор вступил в силу 20 апреля 1994 года.',
        gloss:
          'In September 1993 Azerbaijan acceded to it, and in December of the same year Georgia and Belarus. The Treaty entered into force on 20 April 1994.',
      },
      {
        source: 'wikipedia-oldrev-2006-csto',
        passage:
          'Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.',
      },
      {
        source: 'pavlodar-protocol-prolongation-1999',
        passage:
          'Государства - участники Договора о коллективной безопасности (далее Договор), подписанного в Ташкенте 15 мая 1992 года и вступившего в силу 20 апреля 1994 года,',
        gloss:
          'The States Parties to the Collective Security Treaty (the Treaty), signed in Tashkent on 15 May 1992 and entered into force on 20 April 1994,',
      },
    ],
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
    instrument: 'collective-security-treaty',
    commemorated: false,
    note: 'A secondary source gives the United Nations Treaty Series registration number 32307.',
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage: 'The treaty was registered by the UN Secretariat on November 1, 1995.',
      },
    ],
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
    instrument: 'protocol-prolongation-1999',
    commemorated: false,
    note: 'Signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan (not by Azerbaijan, Georgia or Uzbekistan); it extends the treaty for five years from 21 April 1999 with automatic renewal, and entered into force on 22 March 2000.',
    citations: [
      {
        source: 'parus-protocol-amend-cst-2010-ru',
        passage:
          'Протокола о продлении Договора о коллективной безопасности от 15 мая 1992 года, подписанного в Москве 2 апреля 1999 года и вступившего в силу 22 марта 2000 года',
        gloss:
          'of the Protocol on the prolongation of the Collective Security Treaty of 15 May 1992, signed in Moscow on 2 April 1999 and having entered into force on 22 March 2000',
      },
    ],
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
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'At a session in Moscow on 14 May 2002 the Collective Security Council decided to convert mechanisms and structures of cooperation of the states parties to the Collective Security Treaty into an international regional organization – the Collective Security Treaty Organization.',
      },
      {
        source: 'tass-2012-06-28-uz-note',
        passage:
          'May 14, 2002, the Presidents of the signatory countries passed a decision on giving the treaty’s format the status of an international regional organization.',
      },
      {
        source: 'kremlin-2002-05-14-csto-decision',
        passage:
          'The decision was taken by the Presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan at the Moscow session of the Collective Security Council which was chaired by Russian President Vladimir Putin.',
      },
    ],
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
    instrument: 'charter',
    commemorated: false,
    note: 'The Agreement on the legal status of the organisation was signed the same day.',
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage:
          'On October 7, 2002 the Charter of the Collective Security Treaty Organization and the Agreement on legal status of the CSTO were signed by Heads of all Member States in Kishinev.',
      },
      {
        source: 'kremlin-charter-en',
        passage:
          'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan Emomali Rakhmonov on October 7, 2002 in Chisinau',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2002-10-07',
            citations: [
              {
                source: 'kremlin-charter-en',
                passage:
                  'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan',
              },
              {
                source: 'odkb-gov-basic-facts-en',
                passage: 'The treaty was registered by the UN Secretariat on November 1, 1995.',
              },
            ],
          },
          {
            value: '2002-10-06',
            citations: [
              {
                source: 'kremlin-charter-en',
                passage:
                  'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan',
              },
            ],
          },
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
    instrument: 'charter',
    commemorated: false,
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage:
          'On October 7, 2002 the Charter of the Collective Security Treaty Organization and the Agreement on legal status of the CSTO were signed by Heads of all Member States in Kishinev. These documents came into force on September 18, 2003.',
      },
      {
        source: 'kazinform-2021-04-23',
        passage: 'The Collective Security Treaty Organization Charter came into force on 18 September 2003.',
      },
    ],
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
    instrument: 'agreement-legal-status',
    commemorated: false,
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage:
          'On October 7, 2002 the Charter of the Collective Security Treaty Organization and the Agreement on legal status of the CSTO were signed by Heads of all Member States in Kishinev. These documents came into force on September 18, 2003.',
      },
    ],
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
    note: 'Granted by General Assembly resolution 59/50, as the organisation’s page on its cooperation with the United Nations says.',
    citations: [
      {
        source: 'csto-en-un-cooperation',
        passage:
          'In practical terms, this step allowed the Organization in the next, 2004, to obtain observer status in the UN General Assembly - on the basis of General Assembly resolution No. 59/50 of December 2, 2004.',
      },
    ],
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
    instrument: 'protocol-amend-treaty-2010',
    commemorated: false,
    note: 'A Kazakh legal database records its entry into force on 19 December 2012.',
    citations: [
      {
        source: 'kremlin-2011-08-31-cst-protocol-duma',
        passage:
          'Dmitry Medvedev submitted to the State Duma for ratification the Protocol on Amendments to the Collective Security Treaty of May 15, 1992 which was signed in Moscow on December 10, 2010.',
      },
      {
        source: 'csto-en-treaty-as-amended-2010',
        passage:
          '(as amended by the Protocol on amendments to the Collective Security Treaty of May 15, 1992, signed on December 10, 2010)',
      },
      {
        source: 'zakonpravo-kz-ratif-protocol-cst-2010',
        passage:
          '(Entered into force on December 19, 2012 - Bulletin of International Treaties of the Republic of Kazakhstan 2013, No. 1, art. 10)',
      },
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
    instrument: 'protocol-amend-charter-2010',
    commemorated: false,
    citations: [
      {
        source: 'kremlin-2012-03-01-ratif-charter-protocol',
        passage:
          'Dmitry Medvedev signed Federal Law On Ratification of the Protocol on Amending the Charter of the Collective Security Treaty Organisation of October 7, 2002. The Protocol was signed in Moscow on December 10, 2010.',
      },
      {
        source: 'businesspravo-charter-protocol-2010',
        passage:
          'О ВНЕСЕНИИ ИЗМЕНЕНИЙ В УСТАВ ОРГАНИЗАЦИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ ОТ 7 ОКТЯБРЯ 2002 ГОДА ПРОТОКОЛ ОРГАНИЗАЦИЯ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ 10 декабря 2010 года',
        gloss:
          'ON AMENDMENTS TO THE CHARTER OF THE COLLECTIVE SECURITY TREATY ORGANIZATION OF 7 OCTOBER 2002 PROTOCOL COLLECTIVE SECURITY TREATY ORGANIZATION 10 December 2010',
      },
    ],
  },
  'charter-amended-2018': {
    id: 'charter-amended-2018',
    kind: 'signature',
    title: {
      en: 'Second Protocol on amendments to the Charter signed',
      ru: 'Подписан Второй протокол о внесении изменений в Устав',
    },
    date: '2018-11-08',
    place: ASTANA,
    instrument: 'second-protocol-amend-charter-2018',
    commemorated: false,
    note: 'A Russian legal database lists the Charter as amended by the international protocol of 8 November 2018 No. 2, in force since 19 January 2021. Russia’s State Duma ratified the Second and Third Protocols in July 2019.',
    citations: [
      {
        source: 'haydzayn-duma-charter-protocols',
        passage:
          'The second protocol on amending the CSTO charter was signed by the presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan on November 8, 2018 in Astana.',
      },
      {
        source: 'docs-cntd-charter',
        passage:
          'Международным протоколом от 8 ноября 2018 года N 2 (Официальный интернет-портал правовой информации www.pravo.gov.ru, 03.02.2021, N 0001202102030024) (вступил в силу 19 января 2021 года);',
        gloss:
          'By the International Protocol of 8 November 2018 No. 2 (Official Internet Portal of Legal Information www.pravo.gov.ru, 03.02.2021, No. 0001202102030024) (entered into force on 19 January 2021);',
      },
      {
        source: 'newsam-2019-07-25-duma-charter-protocols',
        passage:
          'The State Duma of Russia on Wednesday ratified the Second and Third Protocols, which amend the Charter of the Collective Security Treaty Organization (CSTO), and another protocol that amends the agreement on the legal status of CSTO',
      },
    ],
  },
  'charter-third-protocol-2018': {
    id: 'charter-third-protocol-2018',
    kind: 'signature',
    title: {
      en: 'Third Protocol on amendments to the Charter signed',
      ru: 'Подписан Третий протокол о внесении изменений в Устав',
    },
    date: '2018-11-08',
    place: ASTANA,
    instrument: 'third-protocol-amend-charter-2018',
    commemorated: false,
    note: 'Introduces the observer and partner statuses. A Kazakh legal database records its entry into force on 19 January 2021.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-charter-third-protocol-2018',
        passage:
          'To ratify the Third Protocol on Amendments to the Charter of the Collective Security Treaty Organization dated October 7, 2002, signed in Astana on November 8, 2018.',
      },
      {
        source: 'zakonpravo-kz-ratif-charter-third-protocol-2018',
        passage:
          '(Entered into force on January 19, 2021, Bulletin of International Treaties of the Republic of Kazakhstan 2021, No. 1, art. 4)',
      },
      {
        source: 'newsam-2019-07-25-duma-charter-protocols',
        passage:
          'The Third Protocol makes amendments to the CSTO charter, and which provides for granting the status of “CSTO observer” for countries that are not CSTO members,',
      },
    ],
  },
  'charter-amended-2018-in-force': {
    id: 'charter-amended-2018-in-force',
    kind: 'entry-into-force',
    title: {
      en: 'Second Protocol on amendments to the Charter enters into force',
      ru: 'Второй протокол о внесении изменений в Устав вступает в силу',
    },
    date: '2021-01-19',
    instrument: 'second-protocol-amend-charter-2018',
    commemorated: false,
    citations: [
      {
        source: 'docs-cntd-charter',
        passage:
          'Международным протоколом от 8 ноября 2018 года N 2 (Официальный интернет-портал правовой информации www.pravo.gov.ru, 03.02.2021, N 0001202102030024) (вступил в силу 19 января 2021 года);',
        gloss:
          'By the International Protocol of 8 November 2018 No. 2 (Official Internet Portal of Legal Information www.pravo.gov.ru, 03.02.2021, No. 0001202102030024) (entered into force on 19 January 2021);',
      },
    ],
  },
  'charter-amended-2022': {
    id: 'charter-amended-2022',
    kind: 'signature',
    title: {
      en: 'Fourth Protocol on amendments to the Charter signed',
      ru: 'Подписан Четвёртый протокол о внесении изменений в Устав',
    },
    date: '2022-08-26',
    instrument: 'fourth-protocol-amend-charter-2022',
    commemorated: false,
    note: 'Adds biological security to Article 8 and allows the early termination of the Secretary General’s powers.',
    citations: [
      {
        source: 'artsakhpress-2023-02-17-fourth-protocol',
        passage:
          '"Ratify the Fourth Protocol on Amendments to the Charter of the Collective Security Treaty Organization dated October 7, 2002, signed on August 26, 2022," the statement said.',
      },
    ],
  },
} as const satisfies Record<MilestoneId, Milestone>;
