/** The organisation's legal instruments (its treaty, Charter, agreements and their protocols), in order of signature. */
import type { InstrumentId } from '../model/ids.generated.js';
import type { Instrument } from '../model/instrument.js';

export const instrumentData = {
  'collective-security-treaty': {
    id: 'collective-security-treaty',
    kind: 'treaty',
    title: {
      en: 'Collective Security Treaty',
      ru: 'Договор о коллективной безопасности',
    },
    signed: '1992-05-15',
    place: {
      en: 'Tashkent',
      ru: 'Ташкент',
    },
    inForce: '1994-04-20',
    parties: ['AM', 'KZ', 'KG', 'RU', 'TJ', 'UZ'],
    note: 'parties = the six original signatories of 15 May 1992; Azerbaijan, Georgia and Belarus signed in 1993.',
    citations: [
      {
        source: 'pavlodar-protocol-prolongation-1999',
        passage:
          'Государства - участники Договора о коллективной безопасности (далее Договор), подписанного в Ташкенте 15 мая 1992 года и вступившего в силу 20 апреля 1994 года,',
        gloss:
          'The States Parties to the Collective Security Treaty (the Treaty), signed in Tashkent on 15 May 1992 and entered into force on 20 April 1994,',
      },
      {
        source: 'zakonpravo-kz-ratif-protocol-cst-2010',
        passage:
          'The Collective Security Treaty (hereinafter referred to as the Treaty), signed in Tashkent on May 15, 1992 and entered into force on April 20, 1994,',
      },
      {
        source: 'blogen-ru-wiki-translation',
        passage:
          'on May 15, 1992, Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed a collective security treaty (CST) in Tashkent.',
      },
      {
        source: 'blogen-ru-wiki-translation',
        passage: 'The treaty entered into force on April 20, 1994.',
      },
    ],
  },
  'protocol-prolongation-1999': {
    id: 'protocol-prolongation-1999',
    kind: 'protocol',
    title: {
      en: 'Protocol on prolongation of the Collective Security Treaty of 15 May 1992',
      ru: 'Протокол о продлении Договора о коллективной безопасности от 15 мая 1992 года',
    },
    signed: '1999-04-02',
    place: {
      en: 'Moscow',
      ru: 'Москва',
    },
    inForce: '2000-03-22',
    parties: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
    amends: 'collective-security-treaty',
    note: 'Extends the Treaty for five years from 21 April 1999, then automatically for further five-year periods.',
    citations: [
      {
        source: 'pavlodar-protocol-prolongation-1999',
        passage:
          'Протокол от 2 апреля 1999 года (г. Москва) "ПРОТОКОЛ О ПРОДЛЕНИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ ОТ 15 МАЯ 1992 ГОДА"',
        gloss:
          'Protocol of 2 April 1999 (Moscow) "Protocol on prolongation of the Collective Security Treaty of 15 May 1992"',
      },
      {
        source: 'pavlodar-protocol-prolongation-1999',
        passage:
          'Настоящий протокол, который является неотъемлемой частью Договора, продлевает действие Договора с 21 апреля 1999 года',
        gloss: 'This Protocol, which is an integral part of the Treaty, extends the Treaty from 21 April 1999',
      },
      {
        source: 'adilet-kz-ratif-prolongation-1999',
        passage:
          'Ратифицировать Протокол о продлении Договора о коллективной безопасности от 15 мая 1992 года, совершенный в Москве 2 апреля 1999 года.',
        gloss:
          'To ratify the Protocol on prolongation of the Collective Security Treaty of 15 May 1992, done in Moscow on 2 April 1999.',
      },
      {
        source: 'parus-protocol-amend-cst-2010-ru',
        passage:
          'Протокола о продлении Договора о коллективной безопасности от 15 мая 1992 года, подписанного в Москве 2 апреля 1999 года и вступившего в силу 22 марта 2000 года,',
        gloss:
          'of the Protocol on prolongation of the Collective Security Treaty of 15 May 1992, signed in Moscow on 2 April 1999 and entered into force on 22 March 2000,',
      },
      {
        source: 'zakonpravo-kz-ratif-protocol-cst-2010',
        passage:
          'the Protocol on the Extension of the Collective Security Treaty of May 15, 1992, signed in Moscow on April 2, 1999 and entered into force on March 22, 2000,',
      },
      {
        source: 'blogen-ru-wiki-translation',
        passage:
          'On April 2, 1999, the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed a protocol to extend the agreement for the next five-year period, but Azerbaijan, Georgia and Uzbekistan refused to extend the agreement;',
      },
    ],
  },
  'protocol-crdf-2001': {
    id: 'protocol-crdf-2001',
    kind: 'protocol',
    title: {
      en: 'Protocol on establishing the Collective Rapid Deployment Forces in the Central Asian region',
      ru: 'протокол о создании коллективных сил быстрого развертывания в Центрально-Азиатском регионе',
    },
    signed: '2001-05-25',
    place: {
      en: 'Yerevan',
      ru: 'Ереван',
    },
    note: 'Signed at the Collective Security Council session in Yerevan; the exact official title was not found (the title is worded after afnfn.com). The date rests on Elvisti’s "25 May" for the summit and News.lt’s 26 May report that the protocol was signed "today" (text taken from allnews.ru).',
    citations: [
      {
        source: 'afnfn-yerevan-rdf-protocol',
        passage:
          'Лидеры стран-членов Договора о коллективной безопасности подписали в Ереване протокол о создании коллективных сил быстрого развертывания в Центрально-Азиатском регионе.',
        gloss:
          'The leaders of the member states of the Collective Security Treaty signed in Yerevan a protocol on establishing collective rapid deployment forces in the Central Asian region.',
      },
      {
        source: 'elvisti-2001-05-26-yerevan',
        passage:
          '25 мая в Ереване (Армения) прошел саммит 6 стран-участниц Договора о коллективной безопасности СНГ. В ходе работы форума Президенты Армении, Белоруссии, Казахстана, Киргизии, России и Таджикистана достигли договоренности о создании коллективных сил быстрого развертывания.',
        gloss:
          'On 25 May a summit of the 6 states parties to the CIS Collective Security Treaty took place in Yerevan (Armenia). During the forum the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan reached agreement on creating collective rapid deployment forces.',
      },
      {
        source: 'newslt-2001-05-26-rdf-protocol',
        passage:
          "Participants in a Collective Security Council session have signed today in Armenia's capital Yerevan a protocol to set up a collective rapid deployment force in the Central Asian region",
      },
    ],
  },
  'agreement-legal-status': {
    id: 'agreement-legal-status',
    kind: 'agreement',
    title: {
      en: 'Agreement on the legal status of the Collective Security Treaty Organization',
      ru: 'Соглашение о правовом статусе Организации Договора о коллективной безопасности',
    },
    signed: '2002-10-07',
    place: {
      en: 'Chisinau',
      ru: 'Кишинёв',
    },
    parties: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
    note: 'Entry into force not stated by any passage found; ITAR-TASS says all member states had ratified the Charter and this Agreement by 18 September 2003 (the Charter’s entry-into-force date), which suggests but does not state the same date.',
    citations: [
      {
        source: 'kremlin-legal-status-en',
        passage:
          'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan Emomali Rakhmonov on October 7, 2002 in Chisinau',
      },
      {
        source: 'tass-2012-06-28-uz-note',
        passage:
          'In October 2002, the Presidents signed the CSTO Charter and an agreement on the legal status of the organization. All the member-states ratified these documents by September 18, 2003.',
      },
      {
        source: 'lawmix-legal-status-agreement',
        passage:
          '"СОГЛАШЕНИЕ О ПРАВОВОМ СТАТУСЕ ОРГАНИЗАЦИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ"(Заключено в г. Кишиневе 07.10.2002)',
        gloss:
          '"Agreement on the legal status of the Collective Security Treaty Organization" (concluded in Chisinau on 07.10.2002)',
      },
    ],
  },
  charter: {
    id: 'charter',
    kind: 'charter',
    title: {
      en: 'Charter of the Collective Security Treaty Organization',
      ru: 'Устав Организации Договора о коллективной безопасности',
    },
    signed: '2002-10-07',
    place: {
      en: 'Chisinau',
      ru: 'Кишинёв',
    },
    inForce: '2003-09-18',
    parties: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
    citations: [
      {
        source: 'kremlin-charter-en',
        passage:
          'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan Emomali Rakhmonov on October 7, 2002 in Chisinau',
      },
      {
        source: 'zakonpravo-kz-ratif-charter-2003',
        passage:
          'To ratify the Charter of the Collective Security Treaty Organization, signed in Kishenev on October 7, 2002.',
      },
      {
        source: 'zakonpravo-kz-ratif-charter-2003',
        passage:
          'Charter of the Collective Security Treaty Organization (Entered into force on September 18, 2003 - Bulletin of International Treaties of the Republic of Kazakhstan, 2004, No. 8, art. 46)',
      },
    ],
    conflicts: [
      {
        field: 'signed',
        values: [
          {
            value: '2002-10-07',
            citations: [
              {
                source: 'kremlin-charter-en',
                passage:
                  'Signed by President of Armenia Robert Kocharian, President of Belarus Aleksander Lukashenko, President of Kazakhstan Nursultan Nazarbaev, President of Kyrgyzstan Askar Akaev, President of Russia Vladimir Putin and President of Tajikistan Emomali Rakhmonov on October 7, 2002 in Chisinau',
              },
              {
                source: 'zakonpravo-kz-ratif-charter-2003',
                passage:
                  'To ratify the Charter of the Collective Security Treaty Organization, signed in Kishenev on October 7, 2002.',
              },
            ],
          },
          {
            value: '2002-10-06',
            citations: [
              {
                source: 'kremlin-charter-en',
                passage: 'Charter of the Collective Security Treaty Organization\n\nOctober 6, 2002',
              },
            ],
          },
        ],
        chosen: '2002-10-07',
        reason:
          'The Kremlin page header carries 6 October 2002, but its own signature line and the Kazakh ratification law say 7 October 2002.',
      },
    ],
  },
  'agreement-peacekeeping-2007': {
    id: 'agreement-peacekeeping-2007',
    kind: 'agreement',
    title: {
      en: 'Agreement on Peacekeeping Activities of the Collective Security Treaty Organization',
    },
    signed: '2007-10-06',
    place: {
      en: 'Dushanbe',
      ru: 'Душанбе',
    },
    note: 'Entry into force not found.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-peacekeeping-2007',
        passage:
          'To ratify the Agreement on Peacekeeping Activities of the Collective Security Treaty Organization, signed in Dushanbe on October 6, 2007.',
      },
      {
        source: 'uzdaily-2008-12-29-duma-peacekeeping',
        passage: 'The agreement was signed in Dushanbe, Tajikistan, on 6 October 2007',
      },
    ],
  },
  'agreement-crrf-2009': {
    id: 'agreement-crrf-2009',
    kind: 'agreement',
    title: {
      en: 'Agreement on the Collective Rapid Reaction Forces of the Collective Security Treaty Organization',
      ru: 'Соглашение о Коллективных силах оперативного реагирования Организации Договора о коллективной безопасности',
    },
    signed: '2009-06-14',
    place: {
      en: 'Moscow',
      ru: 'Москва',
    },
    inForce: '2010-09-10',
    parties: ['AM', 'KZ', 'KG', 'RU', 'TJ'],
    note: 'parties = the five states that signed on 14 June 2009; Belarus boycotted the session and its president signed later (package received by the Secretariat in October 2009); Uzbekistan did not sign. Entry into force as recorded by the Kazakh bulletin. The ru title is worded after korrespondent.net ("Соглашение о КСОР ОДКБ") and lenta.ru.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-crrf-2009',
        passage:
          'To ratify the Agreement on the Collective Rapid Reaction Forces of the Collective Security Treaty Organization, signed in Moscow on June 14, 2009.',
      },
      {
        source: 'zakonpravo-kz-ratif-crrf-2009',
        passage:
          '(Bulletin of International Treaties of the Republic of Kazakhstan, 2010, No. 6, Article 65) (Entered into force on September 10, 2010)',
      },
      {
        source: 'focus-ua-ksor-belarus-2009',
        passage:
          '14 июня лидеры пяти стран Организации договора о коллективной безопасности (ОДКБ) - России, Армении, Киргизии, Казахстана и Таджикистана подписали соглашение о создании КСОР.',
        gloss:
          'On 14 June the leaders of five CSTO countries – Russia, Armenia, Kyrgyzstan, Kazakhstan and Tajikistan – signed the agreement establishing the CRRF.',
      },
      {
        source: 'korrespondent-2009-10-20-lukashenko-ksor',
        passage:
          'Президент Беларуси Александр Лукашенко подписал соглашение о Коллективных силах оперативного реагирования (КСОР) ОДКБ.',
        gloss:
          'The President of Belarus Alexander Lukashenko has signed the agreement on the CSTO Collective Rapid Reaction Forces (CRRF).',
      },
    ],
  },
  'protocol-amend-charter-2010': {
    id: 'protocol-amend-charter-2010',
    kind: 'protocol',
    title: {
      en: 'Protocol on amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002',
      ru: 'Протокол о внесении изменений в Устав Организации Договора о коллективной безопасности от 7 октября 2002 года',
    },
    signed: '2010-12-10',
    place: {
      en: 'Moscow',
      ru: 'Москва',
    },
    inForce: '2012-12-19',
    amends: 'charter',
    note: 'The entry-into-force date is the one recorded by the Kazakh bulletin of international treaties.',
    citations: [
      {
        source: 'kremlin-2012-03-01-ratif-charter-protocol',
        passage: 'The Protocol was signed in Moscow on December 10, 2010.',
      },
      {
        source: 'businesspravo-charter-protocol-2010',
        passage:
          'О ВНЕСЕНИИ ИЗМЕНЕНИЙ В УСТАВ ОРГАНИЗАЦИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ ОТ 7 ОКТЯБРЯ 2002 ГОДА ПРОТОКОЛ ОРГАНИЗАЦИЯ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ 10 декабря 2010 года',
        gloss:
          'On amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002. Protocol. Collective Security Treaty Organization. 10 December 2010',
      },
      {
        source: 'zakonpravo-kz-ratif-charter-protocol-2010',
        passage:
          'To ratify the Protocol on Amendments to The Charter of the Collective Security Treaty Organization dated October 7, 2002, signed in Moscow on December 10, 2010.',
      },
      {
        source: 'zakonpravo-kz-ratif-charter-protocol-2010',
        passage:
          '(Entered into force on December 19, 2012 - Bulletin of International Treaties of the Republic of Kazakhstan 2013, No. 1, art. 10)',
      },
    ],
  },
  'protocol-amend-treaty-2010': {
    id: 'protocol-amend-treaty-2010',
    kind: 'protocol',
    title: {
      en: 'Protocol on amendments to the Collective Security Treaty of 15 May 1992',
      ru: 'Протокол о внесении изменений в Договор о коллективной безопасности от 15 мая 1992 года',
    },
    signed: '2010-12-10',
    place: {
      en: 'Moscow',
      ru: 'Москва',
    },
    inForce: '2012-12-19',
    amends: 'collective-security-treaty',
    note: 'The entry-into-force date is the one recorded by the Kazakh bulletin of international treaties.',
    citations: [
      {
        source: 'parus-protocol-amend-cst-2010-ru',
        passage:
          'Протокол\nо внесении изменений в Договор о коллективной\nбезопасности от 15 мая 1992 года\n(Москва, 10 декабря 2010 года)',
        gloss: 'Protocol on amendments to the Collective Security Treaty of 15 May 1992 (Moscow, 10 December 2010)',
      },
      {
        source: 'kremlin-2011-08-31-cst-protocol-duma',
        passage:
          'Dmitry Medvedev submitted to the State Duma for ratification the Protocol on Amendments to the Collective Security Treaty of May 15, 1992 which was signed in Moscow on December 10, 2010.',
      },
      {
        source: 'zakonpravo-kz-ratif-protocol-cst-2010',
        passage:
          '(Entered into force on December 19, 2012 - Bulletin of International Treaties of the Republic of Kazakhstan 2013, No. 1, art. 10)',
      },
    ],
  },
  'second-protocol-amend-charter-2018': {
    id: 'second-protocol-amend-charter-2018',
    kind: 'protocol',
    title: {
      en: 'Second Protocol on amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002',
    },
    signed: '2018-11-08',
    place: {
      en: 'Astana',
      ru: 'Астана',
    },
    inForce: '2021-01-19',
    parties: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
    amends: 'charter',
    note: 'Lets heads of government sit in the Collective Security Council where their law empowers them. Russia’s State Duma ratified it on 24 July 2019 (news.am, dated 25 July, says "on Wednesday"). Entry into force as recorded by the Kazakh bulletin.',
    citations: [
      {
        source: 'haydzayn-duma-charter-protocols',
        passage:
          'The second protocol on amending the CSTO charter was signed by the presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan on November 8, 2018 in Astana.',
      },
      {
        source: 'newsam-2019-07-25-duma-charter-protocols',
        passage:
          'The State Duma of Russia on Wednesday ratified the Second and Third Protocols, which amend the Charter of the Collective Security Treaty Organization (CSTO), and another protocol that amends the agreement on the legal status of CSTO, Ria Novosti reported.',
      },
    ],
  },
  'second-protocol-amend-legal-status-2018': {
    id: 'second-protocol-amend-legal-status-2018',
    kind: 'protocol',
    title: {
      en: 'Second Protocol on amendments to the Agreement on the legal status of the Collective Security Treaty Organization of 7 October 2002',
    },
    signed: '2018-11-08',
    place: {
      en: 'Astana',
      ru: 'Астана',
    },
    inForce: '2021-01-19',
    amends: 'agreement-legal-status',
    note: 'Entry into force as recorded by the Kazakh bulletin.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-legal-status-second-protocol-2018',
        passage:
          'To ratify the Second Protocol on Amendments to the Agreement on the Legal Status of the Collective Security Treaty Organization dated October 7, 2002, signed in Astana on November 8, 2018.',
      },
      {
        source: 'zakonpravo-kz-ratif-legal-status-second-protocol-2018',
        passage:
          '(Entered into force on January 19, 2021, Bulletin of International Treaties of the Republic of Kazakhstan 2021, No. 1, art. 1)',
      },
    ],
  },
  'third-protocol-amend-charter-2018': {
    id: 'third-protocol-amend-charter-2018',
    kind: 'protocol',
    title: {
      en: 'Third Protocol on amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002',
      ru: 'Третий протокол о внесении изменений в Устав Организации Договора о коллективной безопасности от 7 октября 2002 года',
    },
    signed: '2018-11-08',
    place: {
      en: 'Astana',
      ru: 'Астана',
    },
    inForce: '2021-01-19',
    amends: 'charter',
    note: 'Introduces the observer and partner statuses (Chapter VII). Entry into force as recorded by the Kazakh bulletin; the ru title is from the Kazakh government decree proposing its signature.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-charter-third-protocol-2018',
        passage:
          'To ratify the Third Protocol on Amendments to the Charter of the Collective Security Treaty Organization dated October 7, 2002, signed in Astana on November 8, 2018.',
      },
      {
        source: 'adilet-kz-p1800000715-third-protocol-charter',
        passage:
          'внести на рассмотрение Президента Республики Казахстан предложение о подписании Третьего протокола о внесении изменений в Устав Организации Договора о коллективной безопасности от 7 октября 2002 года.',
        gloss:
          'to submit to the President of the Republic of Kazakhstan the proposal to sign the Third Protocol on amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002.',
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
  'protocol-amend-peacekeeping-2021': {
    id: 'protocol-amend-peacekeeping-2021',
    kind: 'protocol',
    title: {
      en: 'Protocol on amendments to the Agreement on Peacekeeping Activities of the Collective Security Treaty Organization of 6 October 2007',
    },
    signed: '2021-09-16',
    place: {
      en: 'Dushanbe',
      ru: 'Душанбе',
    },
    amends: 'agreement-peacekeeping-2007',
    note: 'Introduces the "coordinating state" for CSTO peacekeeping forces used in UN operations. Entry into force not found.',
    citations: [
      {
        source: 'zakonpravo-kz-ratif-peacekeeping-protocol-2021',
        passage:
          'To ratify the Protocol on Amendments to the Agreement on Peacekeeping Activities of the Collective Security Treaty Organization dated October 6, 2007, signed in Dushanbe on September 16, 2021.',
      },
    ],
  },
  'fourth-protocol-amend-charter-2022': {
    id: 'fourth-protocol-amend-charter-2022',
    kind: 'protocol',
    title: {
      en: 'Fourth Protocol on amendments to the Charter of the Collective Security Treaty Organization of 7 October 2002',
    },
    signed: '2022-08-26',
    amends: 'charter',
    note: 'Adds biological security to the areas of cooperation and allows early termination of the Secretary General’s powers. Place of signature and entry into force not found.',
    citations: [
      {
        source: 'artsakhpress-2023-02-17-fourth-protocol',
        passage:
          '"Ratify the Fourth Protocol on Amendments to the Charter of the Collective Security Treaty Organization dated October 7, 2002, signed on August 26, 2022," the statement said.',
      },
      {
        source: 'newsam-2023-04-28-fourth-protocol',
        passage:
          'The law provides for the ratification of the fourth protocol on amendments to the charter of the CSTO of October 7, 2002, signed on August 26, 2022.',
      },
    ],
  },
} as const satisfies Record<InstrumentId, Instrument>;
