/**
 * The organisation's collective forces and the one operation they carried out, in date order. English
 * names as the sources write them; Russian names from Russian-language sources.
 */
import type { CollectiveForce, ForceOperation } from '../model/force.js';
import type { ForceId } from '../model/ids.generated.js';

export const forceData = {
  'crdf-central-asia': {
    id: 'crdf-central-asia',
    name: {
      en: 'Collective Rapid Deployment Forces of the Central Asian region of collective security',
      ru: 'Коллективные силы быстрого развертывания Центральноазиатского региона коллективной безопасности',
    },
    abbreviation: { en: 'CRDF', ru: 'КСБР ЦАР' },
    established: '2001-05-25',
    basis:
      'Agreement of the presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan at the Yerevan summit of the Collective Security Treaty, 25 May 2001',
    events: [
      {
        date: '2001-05-25',
        text: {
          en: 'Leaders agreed in Yerevan to create collective rapid deployment forces in the Central Asian region',
        },
        citations: [
          {
            source: 'elvisti-2001-05-26-yerevan',
            passage:
              '25 мая в Ереване (Армения) прошел саммит 6 стран-участниц Договора о коллективной безопасности СНГ. В ходе работы форума Президенты Армении, Белоруссии, Казахстана, Киргизии, России и Таджикистана достигли договоренности о создании коллективных сил быстрого развертывания.',
            gloss:
              'On 25 May a summit of the 6 participating countries of the CIS Collective Security Treaty took place in Yerevan (Armenia). In the course of the forum the Presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan reached an agreement on the creation of collective rapid deployment forces.',
          },
          {
            source: 'afnfn-yerevan-rdf-protocol',
            passage:
              'Лидеры стран-членов Договора о коллективной безопасности подписали в Ереване протокол о создании коллективных сил быстрого развертывания в Центрально-Азиатском регионе.',
            gloss:
              'The leaders of the member countries of the Collective Security Treaty signed in Yerevan a protocol on the creation of collective rapid deployment forces in the Central Asian region.',
          },
        ],
      },
      {
        date: '2006-05-19',
        text: { en: 'Reported to number 1,500 military personnel deployed in Kazakhstan, Kyrgyzstan and Tajikistan' },
        citations: [
          {
            source: 'asiaplus-2006-05-19-crdf',
            passage:
              'DUSHANBE, May 19, Asia-Plus --Collective Rapid Deployment Force of the Collective Security Treaty Organization (SCTO) will have been formed by 2010, the Itar-Tass news agency cited the CSTO Secretary General Nikolai Bardyuzha as saying.',
          },
          {
            source: 'asiaplus-2006-05-19-crdf',
            passage:
              'improving control of the Collective Rapid Deployment Force of the Central Asian region of collective security, which currently numbers 1,500 military personnel deployed in Kazakhstan, Kyrgyzstan, and Tajikistan.',
          },
        ],
      },
      {
        date: '2006-06-23',
        text: {
          en: 'A document on the action of the forces announced for signature at the Council’s Minsk session',
        },
        citations: [
          {
            source: 'armenianclub-itartass-2006-06-23-minsk',
            passage:
              'MINSK, June 23 (Itar-Tass) – The second summit in a day opened y in the Belarussian capital Minsk on Friday with the participation of Russian President Vladimir Putin.',
          },
          {
            source: 'armenianclub-itartass-2006-06-23-minsk',
            passage:
              'The presidents are to sign later in the day a document on the action of the Collective Rapid Deployment Forces of the Central Asian region.',
          },
        ],
      },
    ],
    note: 'Formed from units of Russia, Kazakhstan, Kyrgyzstan and Tajikistan (a battalion from each at first, according to Lukashenko in Yerevan).',
    citations: [
      {
        source: 'elvisti-2001-05-26-yerevan',
        passage:
          '25 мая в Ереване (Армения) прошел саммит 6 стран-участниц Договора о коллективной безопасности СНГ. В ходе работы форума Президенты Армении, Белоруссии, Казахстана, Киргизии, России и Таджикистана достигли договоренности о создании коллективных сил быстрого развертывания.',
        gloss:
          'On 25 May a summit of the 6 participating countries of the CIS Collective Security Treaty took place in Yerevan (Armenia). In the course of the forum the Presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan reached an agreement on the creation of collective rapid deployment forces.',
      },
      {
        source: 'afnfn-yerevan-rdf-protocol',
        passage:
          'Лидеры стран-членов Договора о коллективной безопасности подписали в Ереване протокол о создании коллективных сил быстрого развертывания в Центрально-Азиатском регионе.',
        gloss:
          'The leaders of the member countries of the Collective Security Treaty signed in Yerevan a protocol on the creation of collective rapid deployment forces in the Central Asian region.',
      },
      {
        source: 'asiaplus-2006-05-19-crdf',
        passage:
          'improving control of the Collective Rapid Deployment Force of the Central Asian region of collective security, which currently numbers 1,500 military personnel deployed in Kazakhstan, Kyrgyzstan, and Tajikistan.',
      },
      {
        source: 'sputnik-kg-2021-09-03-ksbr-car',
        passage:
          'Коллективные силы быстрого развертывания Центральноазиатского региона коллективной безопасности предназначены для выполнения задач по обеспечению военной безопасности стран ОДКБ',
        gloss:
          'The Collective Rapid Deployment Forces of the Central Asian region of collective security are intended to perform tasks of ensuring the military security of the CSTO countries',
      },
    ],
  },
  cpf: {
    id: 'cpf',
    name: { en: 'Collective Peacekeeping Forces', ru: 'Коллективные миротворческие силы' },
    established: '2007-10-06',
    basis: 'Agreement on the peacekeeping activities of the organisation, Dushanbe, 6 October 2007',
    events: [
      {
        date: '2007-10-06',
        text: { en: 'Member states agreed to create a peacekeeping force of the organisation' },
        citations: [
          {
            source: 'asiaplus-2022-01-06-tj-200-peacekeepers',
            passage:
              'On October 6, 2007, CSTO members agreed to a major expansion of the organization to create a CSTO peacekeeping force that could be deployed under a U.N. mandate or without one in its member states.',
          },
        ],
      },
      {
        date: '2022-01',
        text: { en: 'Reported to total about 3,600 people, according to official figures' },
        citations: [
          {
            source: 'frontnews-16969',
            passage:
              'According to official figures, the total number of peacekeeping forces of the Collective Security Treaty Organization is about 3,600 people.',
          },
        ],
      },
      {
        date: '2022-01-06',
        text: { en: 'First deployed, in Kazakhstan (see the operations)' },
        citations: [
          {
            source: 'armradio-2022-01-06-peacekeepers',
            passage:
              'In accordance with the decision of the CSTO Collective Security Council, adopted on January 6, 2022, the Collective Peacekeeping Forces of the Collective Security Treaty Organization were sent to the Republic of Kazakhstan for a limited time',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'asiaplus-2022-01-06-tj-200-peacekeepers',
        passage:
          'On October 6, 2007, CSTO members agreed to a major expansion of the organization to create a CSTO peacekeeping force that could be deployed under a U.N. mandate or without one in its member states.',
      },
      {
        source: 'sb-by-en-2022-01-20-withdrawal',
        passage:
          'the withdrawal of military contingents of the CSTO member states from the territory of the Republic of Kazakhstan has been completed, the units arrived at the places of their permanent deployment in an organised manner and on time.',
      },
      {
        source: 'dixinews-404830',
        passage:
          'Подразделения Коллективных миротворческих сил ОДКБ в Республике Казахстан, выполнившие поставленные задачи, приступают к подготовке техники и материальных средств',
        gloss:
          'The units of the CSTO Collective Peacekeeping Forces in the Republic of Kazakhstan, having fulfilled the tasks assigned to them, are beginning to prepare equipment and materiel',
      },
    ],
  },
  crrf: {
    id: 'crrf',
    name: { en: 'Collective Rapid Reaction Forces', ru: 'Коллективные силы оперативного реагирования' },
    abbreviation: { en: 'CRRF', ru: 'КСОР' },
    established: '2009-02-04',
    basis:
      'Decision of the Collective Security Council at its extraordinary session of 4 February 2009; Agreement on the Establishment of a Collective Rapid Reaction Force, Moscow, 14 June 2009',
    events: [
      {
        date: '2009-02-04',
        text: { en: 'Decision to create the forces at the Council’s extraordinary session in Moscow' },
        citations: [
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              'Кроме того, по его словам, подписан документ о ходе выполнения решения Совета коллективной безопасности ОДКБ от 4 февраля 2009 года о КСОР.',
            gloss:
              'In addition, according to him, a document on the implementation of the decision of the CSTO Collective Security Council of 4 February 2009 on the CRRF was signed.',
          },
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
          },
          {
            source: 'persona-rin-2009-06-14-crrf',
            passage:
              'Напомним, решение о формировании КСОР было принято в ходе внеочередной сессии Совета коллективной безопасности 4 февраля этого года главами стран ОДКБ',
            gloss:
              'Recall that the decision to form the CRRF was adopted by the heads of the CSTO countries during the extraordinary session of the Collective Security Council on 4 February this year',
          },
        ],
      },
      {
        date: '2009-06-14',
        text: {
          en: 'Agreement on the establishment of the forces signed by all leaders except those of Belarus and Uzbekistan',
        },
        citations: [
          {
            source: 'kremlin-en-44970-crrf-agreement',
            passage:
              'The leaders of the CSTO countries, with the exception of Belarus and Uzbekistan, signed an Agreement on the Establishment of a Collective Rapid Reaction Force (CRRF).',
          },
          {
            source: 'cislegislation-2010-12-10-annual-report',
            passage:
              'noting accomplishment of decisions of session of Council of collective security of the Collective Security Treaty Organization which took place on June 14, 2009 in Moscow',
          },
        ],
      },
      {
        date: '2010-02',
        text: { en: 'Armenia’s parliament ratified the agreement, the second member to do so after Kazakhstan' },
        citations: [
          {
            source: 'ng-2010-02-25-crrf-armenia',
            passage:
              'Национальное собрание (парламент) Армении во вторник ратифицировало соглашение о создании Коллективных сил оперативного реагирования (КСОР) ОДКБ',
            gloss:
              'The National Assembly (parliament) of Armenia on Tuesday ratified the agreement on the creation of the CSTO Collective Rapid Reaction Forces (CRRF)',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'armenianclub-panarmenian-2009-02-04',
        passage:
          'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
      },
      {
        source: 'kremlin-en-44970-crrf-agreement',
        passage:
          'The leaders of the CSTO countries, with the exception of Belarus and Uzbekistan, signed an Agreement on the Establishment of a Collective Rapid Reaction Force (CRRF).',
      },
      {
        source: 'ng-2010-02-25-crrf-armenia',
        passage:
          'Национальное собрание (парламент) Армении во вторник ратифицировало соглашение о создании Коллективных сил оперативного реагирования (КСОР) ОДКБ',
        gloss:
          'The National Assembly (parliament) of Armenia on Tuesday ratified the agreement on the creation of the CSTO Collective Rapid Reaction Forces (CRRF)',
      },
    ],
    conflicts: [
      {
        field: 'established',
        values: [
          {
            value: '2009-02-04',
            citations: [
              {
                source: 'armenianclub-panarmenian-2009-02-04',
                passage:
                  'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
              },
              {
                source: 'persona-rin-2009-06-14-crrf',
                passage:
                  'Напомним, решение о формировании КСОР было принято в ходе внеочередной сессии Совета коллективной безопасности 4 февраля этого года главами стран ОДКБ',
                gloss:
                  'Recall that the decision to form the CRRF was adopted by the heads of the CSTO countries during the extraordinary session of the Collective Security Council on 4 February this year',
              },
            ],
          },
          {
            value: '2009-02-24',
            citations: [
              {
                source: 'kremlin-en-48774-cooperation-2009',
                passage:
                  'The CSTO member states decided to establish the CRRF at the organisation’s summit on February 24, 2009, in Moscow',
              },
            ],
          },
        ],
        chosen: '2009-02-04',
        reason:
          'Reports of the day and of June 2009 give 4 February; the Kremlin’s later “February 24” looks like a typo (see the session of 4 February 2009).',
      },
    ],
  },
} as const satisfies Record<ForceId, CollectiveForce>;

export const operationData = [
  {
    id: 'kazakhstan-2022',
    force: 'cpf',
    name: { en: 'Peacekeeping operation in Kazakhstan' },
    host: 'KZ',
    requested: '2022-01-05',
    decided: '2022-01-06',
    deployed: '2022-01-06',
    withdrawalBegan: '2022-01-13',
    withdrawn: '2022-01-19',
    contributors: ['AM', 'BY', 'KG', 'RU', 'TJ'],
    events: [
      {
        date: '2022-01-05',
        text: { en: 'Kazakhstan’s President Kassym-Jomart Tokayev requested assistance from the organisation' },
        citations: [
          {
            source: 'asiaplus-2022-01-06-tj-ready',
            passage:
              'The Russia-led security bloc acceded to a request by Kazakhstan’s President Kassym-Jomart Tokayev on January 5 to send military assistance',
          },
        ],
      },
      {
        date: '2022-01-06',
        text: {
          en: 'The Collective Security Council decided to send the Collective Peacekeeping Forces to Kazakhstan for a limited time',
        },
        citations: [
          {
            source: 'armradio-2022-01-06-peacekeepers',
            passage:
              'In accordance with the decision of the CSTO Collective Security Council, adopted on January 6, 2022, the Collective Peacekeeping Forces of the Collective Security Treaty Organization were sent to the Republic of Kazakhstan for a limited time',
          },
        ],
      },
      {
        date: '2022-01-06',
        text: { en: 'The Secretary General put the contingent at about 2,500 people, according to the decisions made' },
        citations: [
          {
            source: 'sputniknews-2022-01-06-2500',
            passage:
              'The contingent of the collective peacekeeping force may differ in size. Now, according to the decisions that have been made, there are about 2,500 people',
          },
        ],
      },
      {
        date: '2022-01-06',
        text: { en: 'The first units arrived in Almaty' },
        citations: [
          {
            source: 'tvr-by-2022-01-06-peacekeepers',
            passage:
              'The CSTO peacekeeping contingent has already begun to fulfill its tasks in Kazakhstan. It includes the units of the armed forces of Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan. A few hours ago the first plane arrived in Almaty.',
          },
          {
            source: 'tvpworld-57934280',
            passage:
              'At the request of the President of Kazakhstan, Kassym-Jomart Tokayev, over 2,000 troops from Russia, Armenia, Tajikistan, Kyrgyzstan and Belarus arrived in the country on January 6.',
          },
        ],
      },
      {
        date: '2022-01-07',
        text: {
          en: 'Colonel General Andrei Serdyukov, commander of Russia’s Airborne Forces, named commander of the peacekeeping forces, appointed by decision of the Council of Defence Ministers',
        },
        citations: [
          {
            source: 'rbc-ru-2022-01-07-serdyukov',
            passage:
              'Действиями миротворческих сил, направленных в Казахстан странами Организации Договора о коллективной безопасности (ОДКБ), будет руководить командующий ВДВ России, генерал-полковник Андрей Сердюков, сообщил официальный представитель Минобороны Игорь Конашенков.',
            gloss:
              'The actions of the peacekeeping forces sent to Kazakhstan by the CSTO countries will be led by the commander of Russia’s Airborne Forces, Colonel General Andrei Serdyukov, Defence Ministry spokesman Igor Konashenkov said.',
          },
          {
            source: 'today-az-2022-01-09-serdyukov',
            passage:
              'On January 9, 2022, the CSTO Secretary General Stanislav Zas had a telephone conversation with the commander of the CSTO Collective Peacekeeping Forces in the Republic of Kazakhstan, Colonel General Andrei Serdyukov, appointed by the decision of the CSTO Council of Defense Ministers, Trend reports citing CSTO press service.',
          },
        ],
      },
      {
        date: '2022-01-10',
        text: { en: 'Extraordinary session of the Collective Security Council on the situation in Kazakhstan' },
        citations: [
          {
            source: 'odkb-en-session-2022-01-10',
            passage:
              'On January 10, an extraordinary session of the CSTO Collective Security Council was held via videoconferencing. The discussion focused on the situation in the Republic of Kazakhstan and measures to normalize the situation in the country.',
          },
        ],
      },
      {
        date: '2022-01-10',
        text: {
          en: 'Kazakhstan’s President Kassym-Jomart Tokayev told the Council’s extraordinary online session that 2,030 personnel and 250 units of equipment of the peacekeeping forces were deployed in Kazakhstan',
        },
        citations: [
          {
            source: 'rbc-ua-2022-01-10-2030',
            passage:
              '"На сегодняшний день - в соответствии с решением Совета коллективной безопасности - в Республике Казахстан развернуты и приступили к выполнению поставленных задач коллективные миротворческие силы ОДКБ в количестве 2030 человек и 250 единиц техники", - заявил на онлайн-саммите президент Казахстана Касым-Жомарт Токаев.',
            gloss:
              '"As of today, in accordance with the decision of the Collective Security Council, the CSTO collective peacekeeping forces numbering 2,030 people and 250 units of equipment have been deployed in the Republic of Kazakhstan and have begun carrying out their tasks," Kazakh President Kassym-Jomart Tokayev said at the online summit.',
          },
          {
            source: 'dtnext-2022-01-11-xinhua',
            passage:
              'According to President Kassym-Jomart Tokayev, the CSTO has deployed 2,030 peacekeeping troops with 250 pieces of equipment to Kazakhstan to protect key facilities in the country.',
          },
          {
            source: 'asiaplus-2022-01-10-online-summit',
            passage:
              'An extraordinary online meeting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) took place on January 10.',
          },
        ],
      },
      {
        date: '2022-01-13',
        text: {
          en: 'Withdrawal began; about 2,000 military personnel were in the country; the defence ministers signed a joint decision on the units’ return',
        },
        citations: [
          {
            source: 'qazaqtv-16550',
            passage:
              'The CSTO peacekeeping forces will begin to leave Kazakhstan today. The withdrawal of the contingent is expected to take ten days. Currently, there are about 2,000 militaries from Russia, Belarus, Kyrgyzstan, Armenia and Tajikistan in the country.',
          },
          {
            source: 'the-village-kz-20803',
            passage: 'Вывод миротворческих сил из страны начался 13 января. Об этом сообщили на сайте «Акорды».',
            gloss:
              'The withdrawal of the peacekeeping forces from the country began on 13 January. This was reported on the “Akorda” website.',
          },
          {
            source: 'armenpress-2022-01-13-cmd-extraordinary',
            passage:
              'the Defense Ministers signed a joint decision on organizing the return of peacekeeping units from the territory of the Republic of Kazakhstan to permanent bases.',
          },
        ],
      },
      {
        date: '2022-01-19',
        text: { en: 'Withdrawal to be completed by this day inclusive, as announced on 13 January' },
        citations: [
          {
            source: 'armradio-2022-01-13-withdrawal',
            passage:
              'The collective peacekeeping forces of the CSTO will be withdrawn from Kazakhstan until January 19 inclusive, Russian Defense Minister, Army General Sergei Shoigu reported to Russian President Vladimir Putin, TASS reports.',
          },
        ],
      },
      {
        date: '2022-01-20',
        text: { en: 'The Secretary General informed the Council that the withdrawal was completed' },
        citations: [
          {
            source: 'sb-by-en-2022-01-20-withdrawal',
            passage:
              'the withdrawal of military contingents of the CSTO member states from the territory of the Republic of Kazakhstan has been completed, the units arrived at the places of their permanent deployment in an organised manner and on time.',
          },
        ],
      },
    ],
    note: 'The first deployment of the organisation’s collective forces. `withdrawn` is the day announced for the end of the withdrawal; its completion was reported on 20 January 2022.',
    citations: [
      {
        source: 'armradio-2022-01-06-peacekeepers',
        passage:
          'In accordance with the decision of the CSTO Collective Security Council, adopted on January 6, 2022, the Collective Peacekeeping Forces of the Collective Security Treaty Organization were sent to the Republic of Kazakhstan for a limited time',
      },
      {
        source: 'tvr-by-2022-01-06-peacekeepers',
        passage:
          'The CSTO peacekeeping contingent has already begun to fulfill its tasks in Kazakhstan. It includes the units of the armed forces of Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan. A few hours ago the first plane arrived in Almaty.',
      },
      {
        source: 'tvpworld-57934280',
        passage:
          'At the request of the President of Kazakhstan, Kassym-Jomart Tokayev, over 2,000 troops from Russia, Armenia, Tajikistan, Kyrgyzstan and Belarus arrived in the country on January 6.',
      },
      {
        source: 'armradio-2022-01-13-withdrawal',
        passage:
          'The collective peacekeeping forces of the CSTO will be withdrawn from Kazakhstan until January 19 inclusive, Russian Defense Minister, Army General Sergei Shoigu reported to Russian President Vladimir Putin, TASS reports.',
      },
      {
        source: 'sb-by-en-2022-01-20-withdrawal',
        passage:
          'the withdrawal of military contingents of the CSTO member states from the territory of the Republic of Kazakhstan has been completed, the units arrived at the places of their permanent deployment in an organised manner and on time.',
      },
    ],
  },
] as const satisfies readonly ForceOperation[];
