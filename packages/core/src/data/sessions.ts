/**
 * Sessions of the organisation's bodies, in date order. Agenda items are worded as the cited source
 * words them (English); Russian wording is added only where a Russian source gives it.
 */
import type { Session } from '../model/session.js';

const DUSHANBE = { en: 'Dushanbe', ru: 'Душанбе' } as const;
const MOSCOW = { en: 'Moscow', ru: 'Москва' } as const;
const ASTANA = { en: 'Astana', ru: 'Астана' } as const;
const BISHKEK = { en: 'Bishkek', ru: 'Бишкек' } as const;
const MINSK = { en: 'Minsk', ru: 'Минск' } as const;
const YEREVAN = { en: 'Yerevan', ru: 'Ереван' } as const;
const SOCHI = { en: 'Sochi', ru: 'Сочи' } as const;
const ST_PETERSBURG = { en: 'Saint Petersburg', ru: 'Санкт-Петербург' } as const;
const SARGSYAN = { name: { en: 'Serzh Sargsyan', ru: 'Серж Саргсян' }, state: 'AM' } as const;
const LUKASHENKO = { name: { en: 'Alexander Lukashenko', ru: 'Александр Лукашенко' }, state: 'BY' } as const;
const SULTONOV = { name: { en: 'Hasan Sultonov', ru: 'Хасан Султонов' }, state: 'TJ' } as const;
/** The foreign ministers, defence ministers and security council secretaries meeting together. */
const JOINT = ['cmfa', 'cmd', 'cssc'] as const;
const SESSION_ONLY = 'The sources call it a session of the Council without saying regular or extraordinary.';
const RAHMON = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' }, state: 'TJ' } as const;
const PASHINYAN = { name: { en: 'Nikol Pashinyan', ru: 'Никол Пашинян' }, state: 'AM' } as const;

/** The announcement of 23 April 2021 names one agenda for both Dushanbe sessions without splitting it. */
const DUSHANBE_APRIL_2021_AGENDA = [
  {
    text: { en: 'Military security, counteraction of challenges and threats, measures to neutralize them' },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
  {
    text: {
      en: 'Information by Secretary General Stanislav Zas on the situation in the organization’s responsibility area and on the items on the agenda',
    },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
  {
    text: { en: 'Plans to equip the CSTO collective rapid response forces' },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
  {
    text: { en: 'Plans for the joint training of the collective security system forces and assets' },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
  {
    text: { en: 'A schedule of consultations about foreign policy, defense, and security in H2 2021 – H1 2022' },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
      {
        source: 'odkb-en-2021-04-19-permanent-council',
        passage:
          'On April 19, this year, under the chairmanship of the Permanent Representative of the Republic of Tajikistan Hasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held via videoconferencing.',
      },
    ],
  },
  {
    text: {
      en: 'A plan of events timed to the 30th anniversary since the Collective Security Treaty was signed and the 20th anniversary since the Collective Security Treaty Organization was established',
    },
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
] as const;
const DUSHANBE_APRIL_2021_NOTE =
  'The announcement gives one agenda for the defence ministers’ session and the security council secretaries’ session without saying which item belongs to which; both sessions carry all of it.';

export const sessionData = [
  {
    id: 'csc-2002-05-14-moscow',
    body: 'csc',
    kind: 'jubilee',
    status: 'held',
    format: 'in-person',
    date: '2002-05-14',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: {
          en: 'Decision to transform the mechanisms and structures of cooperation of the states parties into an international regional organisation, the Collective Security Treaty Organization',
        },
        citations: [
          {
            source: 'kremlin-2002-05-14-csto-decision',
            passage:
              'The decision was taken by the Presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan at the Moscow session of the Collective Security Council which was chaired by Russian President Vladimir Putin.',
          },
          {
            source: 'kazinform-2021-04-23',
            passage:
              'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
          },
        ],
      },
    ],
    note: 'The tenth, jubilee session of the Council of the Collective Security Treaty, held before the organisation existed.',
    citations: [
      {
        source: 'pravda-2002-05-csc-jubilee',
        passage:
          "The heads of state of the member-countries of the Collective Security Treaty on Tuesday will hold the tenth, jubilee, session of the Treaty's highest political body - the Collective Security Council.",
      },
      {
        source: 'kremlin-2002-05-14-csto-decision',
        passage:
          'The decision was taken by the Presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan at the Moscow session of the Collective Security Council which was chaired by Russian President Vladimir Putin.',
      },
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
  },
  {
    id: 'csc-2003-04-28-dushanbe',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2003-04-28',
    place: DUSHANBE,
    host: 'TJ',
    agenda: [],
    related: [
      {
        text: { en: 'Nikolai Bordyuzha appointed Secretary General' },
        citations: [
          {
            source: 'irin-2003-04-29-dushanbe',
            passage:
              'The summit named Nikolai Bordiuzha, the 53-year-old former head of the Russian Security Council, secretary-general of the organisation.',
          },
          {
            source: 'fas-fbis-2003-04-29-dushanbe',
            passage:
              'The presidents of the countries in the Collective Security Treaty Organization appointed Nikolai Bordyuzha secretary general of the organization and adopted a political statement on Monday.',
          },
        ],
      },
      {
        text: { en: 'Political statement adopted' },
        citations: [
          {
            source: 'fas-fbis-2003-04-29-dushanbe',
            passage:
              'The presidents of the countries in the Collective Security Treaty Organization appointed Nikolai Bordyuzha secretary general of the organization and adopted a political statement on Monday.',
          },
        ],
      },
      {
        text: { en: 'Package of documents on the military headquarters of the organisation (the Joint Staff)' },
        citations: [
          {
            source: 'irin-2003-04-29-dushanbe',
            passage:
              'The summit named Nikolai Bordiuzha, the 53-year-old former head of the Russian Security Council, secretary-general of the organisation.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Both reports, of 29 April 2003, date it “on Monday”: 28 April 2003.',
    citations: [
      {
        source: 'irin-2003-04-29-dushanbe',
        passage:
          'The summit named Nikolai Bordiuzha, the 53-year-old former head of the Russian Security Council, secretary-general of the organisation.',
      },
      {
        source: 'fas-fbis-2003-04-29-dushanbe',
        passage:
          'The presidents of the countries in the Collective Security Treaty Organization appointed Nikolai Bordyuzha secretary general of the organization and adopted a political statement on Monday.',
      },
    ],
  },
  {
    id: 'csc-2004-06-18-astana',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2004-06-18',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: {
          en: 'Rules of procedure of the bodies of the organisation, regulations on admission, withdrawal, suspension and exclusion of members, and the Council’s Certificate of Honour approved',
        },
        citations: [
          {
            source: 'ealegislation-2004-06-18-astana-decision',
            passage: 'It is made in the city of Astana on June 18, 2004 in one authentic copy in Russian.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Dated by a Council decision “made in the city of Astana on June 18, 2004”.',
    citations: [
      {
        source: 'ealegislation-2004-06-18-astana-decision',
        passage: 'It is made in the city of Astana on June 18, 2004 in one authentic copy in Russian.',
      },
    ],
  },
  {
    id: 'csc-2006-06-23-minsk',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2006-06-23',
    place: MINSK,
    host: 'BY',
    agenda: [
      {
        text: { en: 'Formation of joint rapid reaction forces' },
        citations: [
          {
            source: 'armenianclub-itartass-2006-06-23-minsk',
            passage:
              'The presidents are to sign later in the day a document on the action of the Collective Rapid Deployment Forces of the Central Asian region.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'A document on the action of the Collective Rapid Deployment Forces of the Central Asian region announced for signature',
        },
        citations: [
          {
            source: 'armenianclub-itartass-2006-06-23-minsk',
            passage:
              'The presidents are to sign later in the day a document on the action of the Collective Rapid Deployment Forces of the Central Asian region.',
          },
        ],
      },
      {
        text: { en: 'Uzbekistan announced as having lifted its moratorium on active work in the organisation' },
        citations: [
          {
            source: 'panarmenian-2006-06-24-uz-restored',
            passage:
              'Uzbekistan has cancelled moratorium on active work within the Collective Security Treaty Organization (CSTO) and became a full member of the Organization, it was announced at the CSTO Summit held in Minsk on Friday.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held the same day as a summit of the Eurasian Economic Community; Uzbekistan’s President Islam Karimov attended as a guest.',
    citations: [
      {
        source: 'armenianclub-itartass-2006-06-23-minsk',
        passage:
          'The presidents are to sign later in the day a document on the action of the Collective Rapid Deployment Forces of the Central Asian region.',
      },
      {
        source: 'dataminsk-2006-06-22-minsk-summit',
        passage:
          'Leaders of several former Soviet republics are gathering in Minsk for meetings of the Collective Security Treaty Organization (CSTO) and the Eurasian Economic Community, to be held on June 23.',
      },
    ],
  },
  {
    id: 'csc-2007-10-06-dushanbe',
    body: 'csc',
    kind: 'jubilee',
    status: 'held',
    format: 'in-person',
    date: '2007-10-06',
    place: DUSHANBE,
    host: 'TJ',
    agenda: [
      {
        text: { en: 'Military-technical cooperation' },
        citations: [
          {
            source: 'uzdaily-2007-10-08-dushanbe',
            passage:
              'The presidents of the Collective Security Treaty Organisation (CSTO) discussed about two dozen issues, mainly military-technical cooperation, at their summit on Dushanbe on Saturday.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Agreement on the peacekeeping activities of the organisation signed (dated 6 October 2007)' },
        citations: [
          {
            source: 'asiaplus-2022-01-06-tj-200-peacekeepers',
            passage:
              'On October 6, 2007, CSTO members agreed to a major expansion of the organization to create a CSTO peacekeeping force that could be deployed under a U.N. mandate or without one in its member states.',
          },
        ],
      },
    ],
    note: 'UzDaily calls it the jubilee summit (15 years of the treaty, 5 of the organisation) held “on Saturday” in a report of 8 October 2007: 6 October. Who chaired it is not established.',
    citations: [
      {
        source: 'uzdaily-2007-10-08-dushanbe',
        passage:
          'The presidents of the Collective Security Treaty Organisation (CSTO) discussed about two dozen issues, mainly military-technical cooperation, at their summit on Dushanbe on Saturday.',
      },
      {
        source: 'asiaplus-2022-01-06-tj-200-peacekeepers',
        passage:
          'On October 6, 2007, CSTO members agreed to a major expansion of the organization to create a CSTO peacekeeping force that could be deployed under a U.N. mandate or without one in its member states.',
      },
    ],
  },
  {
    id: 'csc-2008-09-05-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2008-09-05',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Declaration of the Moscow Session of the Collective Security Council adopted' },
        citations: [
          {
            source: 'odkb-gov-2008-09-05-declaration',
            passage:
              'Declaration of the Moscow Session of the Collective Security Council of the Collective Security Treaty Organization, Moscow, September 5, 2008',
          },
        ],
      },
      {
        text: { en: 'Armenia assumed the rotating presidency' },
        citations: [
          {
            source: 'liquisearch-csto-recent',
            passage:
              'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
          },
        ],
      },
    ],
    note: 'Announced by Tajikistan’s foreign ministry as a regular session for 5–6 September; the Declaration is dated 5 September 2008.',
    citations: [
      {
        source: 'odkb-gov-2008-09-05-declaration',
        passage:
          'Declaration of the Moscow Session of the Collective Security Council of the Collective Security Treaty Organization, Moscow, September 5, 2008',
      },
      {
        source: 'asiaplus-2008-09-03-moscow',
        passage:
          'President Emomali Rahmon will attend a regular session of the council of heads of state of the Collective Security Treaty Organization (CSTO) that will be held in Moscow from September 5-6, according to the Tajik MFA.',
      },
      {
        source: 'liquisearch-csto-recent',
        passage:
          'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
      },
    ],
  },
  {
    id: 'csc-2009-02-04-moscow',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'in-person',
    date: '2009-02-04',
    place: MOSCOW,
    host: 'RU',
    chair: SARGSYAN,
    agenda: [],
    related: [
      {
        text: { en: 'Decision to create the Collective Rapid Reaction Forces' },
        citations: [
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
          },
          {
            source: 'kremlin-en-48774-cooperation-2009',
            passage:
              'The CSTO member states decided to establish the CRRF at the organisation’s summit on February 24, 2009, in Moscow',
          },
        ],
      },
      {
        text: { en: 'Nikolai Bordyuzha re-elected Secretary General' },
        citations: [
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
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
        source: 'kremlin-en-48774-cooperation-2009',
        passage:
          'The CSTO member states decided to establish the CRRF at the organisation’s summit on February 24, 2009, in Moscow',
      },
      {
        source: 'persona-rin-2009-06-14-crrf',
        passage:
          'Напомним, решение о формировании КСОР было принято в ходе внеочередной сессии Совета коллективной безопасности 4 февраля этого года главами стран ОДКБ',
      },
    ],
    conflicts: [
      {
        field: 'date',
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
          'The report of 4 February 2009 says the session was held “today”, and a June 2009 report dates the decision to 4 February; the Kremlin’s later mention of “February 24” looks like a typo.',
      },
    ],
  },
  {
    id: 'csc-2009-06-14-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2009-06-14',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: {
          en: 'Agreement on the Establishment of a Collective Rapid Reaction Force signed by all leaders except those of Belarus and Uzbekistan',
        },
        citations: [
          {
            source: 'kremlin-en-44970-crrf-agreement',
            passage:
              'The leaders of the CSTO countries, with the exception of Belarus and Uzbekistan, signed an Agreement on the Establishment of a Collective Rapid Reaction Force (CRRF).',
          },
        ],
      },
      {
        text: { en: 'Temporary chairmanship passed to Russia' },
        citations: [
          {
            source: 'glavnoe-ua-26729',
            passage:
              'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Dated by a Council decision of 10 December 2010 that refers to the session held on 14 June 2009 in Moscow.',
    citations: [
      {
        source: 'cislegislation-2010-12-10-annual-report',
        passage:
          'noting accomplishment of decisions of session of Council of collective security of the Collective Security Treaty Organization which took place on June 14, 2009 in Moscow',
      },
      {
        source: 'kremlin-en-44970-crrf-agreement',
        passage:
          'The leaders of the CSTO countries, with the exception of Belarus and Uzbekistan, signed an Agreement on the Establishment of a Collective Rapid Reaction Force (CRRF).',
      },
      {
        source: 'glavnoe-ua-26729',
        passage:
          'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
      },
    ],
  },
  {
    id: 'csc-2010-08-20-yerevan',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2010-08-20',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    note: 'Described as the fourth informal summit in the organisation’s history. The source is undated; it names Friday 20 August and Roza Otunbayeva as Kyrgyzstan’s president, which fixes the year 2010.',
    citations: [
      {
        source: 'survincity-2010',
        passage:
          'it is expected that the President of Russia, which is now is the chairman of the Collective Security Treaty Organization, proposes to discuss the next date',
      },
    ],
  },
  {
    id: 'csc-2010-12-10-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2010-12-10',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: { en: 'The results of the organisation’s work in 2010' },
        citations: [
          {
            source: 'odkb-en-session-2010',
            passage:
              'CSTO Collective Security Council Meeting December 10, 2010, 16:15 Moscow, the Kremlin The heads of the CSTO member states discussed the results of the organization’s work in 2010.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Protocols on amendments to the Charter and to the Collective Security Treaty signed' },
        citations: [
          {
            source: 'kremlin-2012-03-01-ratif-charter-protocol',
            passage:
              'Dmitry Medvedev signed Federal Law On Ratification of the Protocol on Amending the Charter of the Collective Security Treaty Organisation of October 7, 2002. The Protocol was signed in Moscow on December 10, 2010.',
          },
          {
            source: 'kremlin-2011-08-31-cst-protocol-duma',
            passage:
              'Dmitry Medvedev submitted to the State Duma for ratification the Protocol on Amendments to the Collective Security Treaty of May 15, 1992 which was signed in Moscow on December 10, 2010.',
          },
        ],
      },
      {
        text: { en: 'Decision on the Secretary General’s annual report' },
        citations: [
          {
            source: 'cislegislation-2010-12-10-annual-report',
            passage:
              'noting accomplishment of decisions of session of Council of collective security of the Collective Security Treaty Organization which took place on June 14, 2009 in Moscow',
          },
        ],
      },
      {
        text: { en: 'Belarus agreed to take over the chairmanship' },
        citations: [
          {
            source: 'data-minsk-2010-12',
            passage:
              'In apparently thawing relations, Belarus agreed at a summit in Moscow on Friday to take over chairmanship of the Collective Security Treaty Organization, or CSTO',
          },
        ],
      },
    ],
    note: SESSION_ONLY,
    citations: [
      {
        source: 'odkb-en-session-2010',
        passage:
          'CSTO Collective Security Council Meeting December 10, 2010, 16:15 Moscow, the Kremlin The heads of the CSTO member states discussed the results of the organization’s work in 2010.',
      },
      {
        source: 'cislegislation-2010-12-10-annual-report',
        passage:
          'noting accomplishment of decisions of session of Council of collective security of the Collective Security Treaty Organization which took place on June 14, 2009 in Moscow',
      },
      {
        source: 'data-minsk-2010-12',
        passage:
          'In apparently thawing relations, Belarus agreed at a summit in Moscow on Friday to take over chairmanship of the Collective Security Treaty Organization, or CSTO',
      },
    ],
  },
  {
    id: 'csc-2011-08-12-astana',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2011-08-12',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: { en: 'Preliminary agreement to hold the next summit in Moscow' },
        citations: [
          {
            source: 'asiaplus-2011-10-10',
            passage:
              'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
      },
    ],
  },
  {
    id: 'csc-2011-12-20-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2011-12-20',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: {
          en: 'Decision that no military bases of third countries may be deployed on a member’s territory without the consent of all member states',
        },
        citations: [
          {
            source: 'tass-2011-12-21-moscow',
            passage:
              'The meeting participants also decided not to deploy in their territory military bases of other countries without the consent of all the CSTO member states.',
          },
        ],
      },
      {
        text: { en: 'Chairmanship of all statutory bodies passed from Belarus to Kazakhstan' },
        citations: [
          {
            source: 'moscow-post-49860',
            passage:
              'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
          },
        ],
      },
    ],
    note: 'TASS dates it “on Tuesday” in a review of 21 December 2011: 20 December.',
    citations: [
      {
        source: 'tass-2011-12-21-moscow',
        passage:
          'The meeting participants also decided not to deploy in their territory military bases of other countries without the consent of all the CSTO member states.',
      },
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
      },
      {
        source: 'moscow-post-49860',
        passage: 'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
      },
    ],
    conflicts: [
      {
        field: 'kind',
        values: [
          {
            value: 'informal',
            citations: [
              {
                source: 'asiaplus-2011-10-10',
                passage:
                  'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
              },
            ],
          },
          {
            value: 'regular',
            citations: [
              {
                source: 'moscow-post-49860',
                passage:
                  'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
              },
              {
                source: 'tass-2011-12-21-moscow',
                passage:
                  'The meeting participants also decided not to deploy in their territory military bases of other countries without the consent of all the CSTO member states.',
              },
            ],
          },
        ],
        chosen: 'regular',
        reason:
          'Announced in October as an informal summit, it was reported as a session that took formal decisions and at which the chairmanship passed, which the Charter ties to regular sessions.',
      },
    ],
  },
  {
    id: 'csc-2012-05-15-moscow',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'in-person',
    date: '2012-05-15',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: { en: 'Global and regional security challenges for the member states and countermeasures' },
        citations: [
          {
            source: 'kazinform-2012-05-14-jubilee',
            passage:
              'Global and regional security challenges for the CSTO member states as well as countermeasures will be discussed in a meeting of the Collective Security Treaty Organization in Moscow on 15 May',
          },
        ],
      },
    ],
    note: 'The extraordinary jubilee session for the 20th anniversary of the treaty and the 10th of the organisation.',
    citations: [
      {
        source: 'asiaplus-ru-2012-05-11-jubilee',
        passage:
          'Внеочередная юбилейная сессия Совета коллективной безопасности (СКБ) ОДКБ, приуроченная к 20-летию подписания Договора о коллективной безопасности и 10-летию создания ОДКБ',
      },
      {
        source: 'kazinform-2012-05-14-jubilee',
        passage:
          'Global and regional security challenges for the CSTO member states as well as countermeasures will be discussed in a meeting of the Collective Security Treaty Organization in Moscow on 15 May',
      },
    ],
  },
  {
    id: 'csc-2012-12-19-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2012-12-19',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Secretary General Nikolai Bordyuzha’s powers extended for three years' },
        citations: [
          {
            source: 'knews-2012-12-20',
            passage: 'В течение следующего года Кыргызстан будет председательствовать в Организации.',
          },
        ],
      },
      {
        text: { en: 'Uzbekistan’s membership suspended' },
        citations: [
          {
            source: 'tass-2012-12-19-uz-suspended',
            passage:
              "The Organization's Charter dose not provide for unilateral withdrawal, and suspension of membership is only possible by decision of the CSTO Collective Security Council.",
          },
        ],
      },
      {
        text: { en: 'Kyrgyzstan assumed the presidency from Kazakhstan' },
        citations: [
          {
            source: 'tass-en-archive-685227',
            passage:
              '“In accordance with the CSTO procedures, Kyrgyzstan will assume the presidency in the Organisation from Kazakhstan on December 19,” it said.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Knews dates it “on Wednesday” in a report of 20 December 2012: 19 December, the day announced beforehand.',
    citations: [
      {
        source: 'knews-2012-12-20',
        passage: 'В течение следующего года Кыргызстан будет председательствовать в Организации.',
      },
      {
        source: 'tass-en-archive-685227',
        passage:
          '“In accordance with the CSTO procedures, Kyrgyzstan will assume the presidency in the Organisation from Kazakhstan on December 19,” it said.',
      },
      {
        source: 'tass-2012-12-19-uz-suspended',
        passage:
          "The Organization's Charter dose not provide for unilateral withdrawal, and suspension of membership is only possible by decision of the CSTO Collective Security Council.",
      },
    ],
  },
  {
    id: 'csc-2013-05-28-bishkek',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2013-05-28',
    place: BISHKEK,
    host: 'KG',
    agenda: [
      {
        text: { en: 'Measures to minimise the impact of the withdrawal of international forces from Afghanistan' },
        citations: [
          {
            source: 'rferl-2013-05-28-bishkek-informal',
            passage:
              'The presidents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan attended the one-day summit on May 28.',
          },
        ],
      },
    ],
    note: 'Attended by the presidents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
    citations: [
      {
        source: 'rferl-2013-05-28-bishkek-informal',
        passage:
          'The presidents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan attended the one-day summit on May 28.',
      },
    ],
  },
  {
    id: 'csc-2013-09-23-sochi',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2013-09-23',
    place: SOCHI,
    host: 'RU',
    agenda: [
      {
        text: { en: 'A package of documents on military development for the period up to 2020' },
        citations: [
          {
            source: 'asiaplus-2013-09-19-sochi',
            passage:
              'The meeting participants will consider a package of documents related to the military development for the period up to 2020',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Decision to develop an interstate programme to strengthen the Tajik-Afghan border' },
        citations: [
          {
            source: 'asiaplus-2013-09-24-sochi',
            passage:
              'The decision on this subject was made at a meeting of the CSTO heads of state that took place in Sochi, Russia on September 23.',
          },
        ],
      },
      {
        text: { en: 'Chairmanship passed from Kyrgyzstan to Russia' },
        citations: [
          {
            source: 'livekuban-sochi-2013',
            passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России',
          },
        ],
      },
    ],
    note: 'Reported as a meeting of the heads of state at which the chairmanship passed; Kazakhstan was represented by its prime minister.',
    citations: [
      {
        source: 'asiaplus-2013-09-24-sochi',
        passage:
          'The decision on this subject was made at a meeting of the CSTO heads of state that took place in Sochi, Russia on September 23.',
      },
      {
        source: 'asiaplus-2013-09-19-sochi',
        passage:
          'The meeting participants will consider a package of documents related to the military development for the period up to 2020',
      },
      { source: 'livekuban-sochi-2013', passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России' },
      { source: 'stoletie-sochi-2013', passage: '23.09.2013 В Сочи стартует саммит ОДКБ' },
    ],
  },
  {
    id: 'joint-2014-12-22-moscow',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2014-12-22',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: {
          en: 'Sergei Lavrov noted that the chairmanship passes from one country to another on the eve of the Council’s session',
        },
        citations: [
          {
            source: 'csabusiness-tj-chair',
            passage:
              'Sergei Lavrov noted that in line with the established procedure, the chairmanship is passed from one country to another on the eve of the session of the CSTO Collective Security Council.',
          },
        ],
      },
    ],
    note: 'The source gives 22 December without a year; 2014 follows from the Council’s Moscow session of 23 December 2014 and Tajikistan taking over from Russia.',
    citations: [
      {
        source: 'csabusiness-tj-chair',
        passage:
          'Sergei Lavrov noted that in line with the established procedure, the chairmanship is passed from one country to another on the eve of the session of the CSTO Collective Security Council.',
      },
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
      },
    ],
  },
  {
    id: 'csc-2014-12-23-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2014-12-23',
    place: MOSCOW,
    host: 'RU',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'The state and prospects of development of the crisis response system of the organisation' },
        citations: [
          {
            source: 'odkb-en-session-2014',
            passage:
              '“The priority theme of the session was the issue of the state and prospects of development of the CSTO crisis response system.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held in the Kremlin; the chairmanship passed to Tajikistan that day.',
    citations: [
      {
        source: 'odkb-en-session-2014',
        passage:
          '“The priority theme of the session was the issue of the state and prospects of development of the CSTO crisis response system.',
      },
      {
        source: 'kremlin-en-47286-2014-12-23',
        passage:
          'December 23, 2014, The Kremlin, Moscow President of Russia Vladimir Putin: Colleagues, it gives me great pleasure to welcome you to Moscow, to another CSTO Collective Security Council meeting.',
      },
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
      },
    ],
    conflicts: [
      {
        field: 'chair',
        values: [
          {
            value: 'Emomali Rahmon',
            citations: [
              {
                source: 'khovar-2014-12-23',
                passage:
                  'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
              },
            ],
          },
          {
            value: 'Vladimir Putin',
            citations: [
              {
                source: 'kremlin-en-47286-2014-12-23',
                passage:
                  'December 23, 2014, The Kremlin, Moscow President of Russia Vladimir Putin: Colleagues, it gives me great pleasure to welcome you to Moscow, to another CSTO Collective Security Council meeting.',
              },
            ],
          },
        ],
        chosen: 'Emomali Rahmon',
        reason:
          'The Kremlin transcript shows Putin, the host, welcoming the leaders; NIAT Khovar says the session was held under Rahmon’s chairmanship because the chairmanship passed to Tajikistan that day.',
      },
    ],
  },
  {
    id: 'csc-2015-09-15-dushanbe',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2015-09-15',
    place: DUSHANBE,
    host: 'TJ',
    chair: RAHMON,
    agenda: [],
    related: [
      {
        text: {
          en: 'Documents on the transit of military formations and military products, and on readiness inspections, composition and deployment of the Collective Rapid Reaction Forces signed',
        },
        citations: [
          {
            source: 'thesaker-kremlin-2015-09-15-dushanbe',
            passage:
              'documents were signed concerning cooperation in the transit of military formations and military products; readiness inspections for carrying out the Collective Rapid Reaction Forces’ objectives, their composition and deployment',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held at the Palace of Nations and opened by Rahmon as the presiding party.',
    citations: [
      {
        source: 'khovar-ru-2015-09-15-dushanbe',
        passage:
          'Работу сессии, которая проходит во «Дворце нации», в качестве председательствующей стороны открыл Президент Таджикистана Эмомали Рахмон.',
      },
      {
        source: 'csto-en-session201509',
        passage:
          'The session was opened by the CSC Chairman in the 2014-2015 intersessional period, President of the Republic of Tajikistan Emomali Rahmon.',
      },
      {
        source: 'thesaker-kremlin-2015-09-15-dushanbe',
        passage:
          'documents were signed concerning cooperation in the transit of military formations and military products; readiness inspections for carrying out the Collective Rapid Reaction Forces’ objectives, their composition and deployment',
      },
    ],
  },
  {
    id: 'csc-2015-12-21-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2015-12-21',
    place: MOSCOW,
    host: 'RU',
    chair: SARGSYAN,
    agenda: [],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Belarusian television called it the 29th meeting of the organisation at the presidential level.',
    citations: [
      {
        source: 'anca-armenpress-2015-12-21-moscow',
        passage: 'The session of CSTO that took place in Moscow was chaired by Armenian President Serzh Sargsyan .',
      },
      {
        source: 'ctv-2015-12-21-moscow',
        passage:
          'This is the 29th meeting of the CSTO at the presidential level. For the 17th time the summit has been hosted by Moscow.',
      },
    ],
  },
  {
    id: 'csc-2016-10-14-yerevan',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-10-14',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    related: [
      {
        text: { en: 'Collective Security Strategy of the organisation for the period until 2025 approved' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage: 'The CSTO Council has also approved a strategy of the bloc’s collective security through 2025',
          },
          {
            source: '168am-2016-10-14-yerevan',
            passage:
              'The Russian Foreign Minister particularly pointed out the adoption of CSTO strategy for the period until 2025 that will be approved today by the heads of the CSTO member states.',
          },
        ],
      },
    ],
    note: SESSION_ONLY,
    citations: [
      {
        source: 'tass-2016-10-14-yerevan',
        passage: 'The CSTO Council has also approved a strategy of the bloc’s collective security through 2025',
      },
      {
        source: '168am-2016-10-14-yerevan',
        passage:
          'The Russian Foreign Minister particularly pointed out the adoption of CSTO strategy for the period until 2025 that will be approved today by the heads of the CSTO member states.',
      },
    ],
  },
  {
    id: 'csc-2016-12-26-saint-petersburg',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-12-26',
    place: ST_PETERSBURG,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Appointment of the Secretary General postponed for lack of quorum' },
        citations: [
          {
            source: 'asbarez-2016-12-26-stpetersburg',
            passage:
              'Due to the lack of quorum, appointment of the CSTO Secretary General has been postponed until the next session in April 2017.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Belarus did not attend.',
    citations: [
      {
        source: 'asbarez-2016-12-26-stpetersburg',
        passage:
          'Due to the lack of quorum, appointment of the CSTO Secretary General has been postponed until the next session in April 2017.',
      },
    ],
  },
  {
    id: 'csc-2017-04-14-bishkek',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2017-04-14',
    place: BISHKEK,
    host: 'KG',
    chair: LUKASHENKO,
    agenda: [],
    related: [
      {
        text: { en: 'Yuri Khachaturov appointed Secretary General from 2 May 2017' },
        citations: [
          {
            source: 'vpk-179521',
            passage:
              '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича"',
          },
        ],
      },
    ],
    note: 'Held with restricted attendance beside the Supreme Eurasian Economic Council.',
    citations: [
      {
        source: 'tass-2017-04-13-bishkek-informal',
        passage:
          'an informal meeting of heads of the CSTO member-countries will be also held in Bishkek on April 14, with restricted attendance and floating agenda.',
      },
      {
        source: 'naviny-2017-04-14',
        passage: 'По его словам, встреча проходила под председательством президента Беларуси Александра Лукашенко.',
      },
      {
        source: 'vpk-179521',
        passage:
          '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича"',
      },
    ],
  },
  {
    id: 'joint-2017-11-30-minsk',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2017-11-30',
    place: MINSK,
    host: 'BY',
    agenda: [],
    note: 'The joint meeting before the Council’s session of the same day.',
    citations: [
      {
        source: 'belta-ru-2017-11-30-joint-minsk',
        passage:
          'От белорусской стороны в заседании принияли участие министр иностранных дел Владимир Макей, министр обороны Андрей Равков и государственный секретарь Совета безопасности Станислав Зась.',
      },
    ],
  },
  {
    id: 'csc-2017-11-30-minsk',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2017-11-30',
    place: MINSK,
    host: 'BY',
    chair: LUKASHENKO,
    agenda: [
      {
        text: {
          en: 'A declaration on the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the organisation',
        },
        citations: [
          {
            source: 'tass-2017-11-30-minsk',
            passage:
              'It is planned to sign a number of documents, including a declaration on the occasion of the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the Collective Security Treaty Organization," the Kremlin said.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Chairmanship passed to Kazakhstan' },
        citations: [
          {
            source: 'cerbanet-2017-11-29',
            passage:
              'Belarus currently chairs the six-member CSTO, and will pass the baton to Kazakhstan at an end-of-the-year meeting held in Minsk on November 30.',
          },
        ],
      },
    ],
    note: SESSION_ONLY,
    citations: [
      {
        source: 'asiaplus-2017-11-29',
        passage:
          'CSTO Collective Security Council will sum up the results of Belarus chairmanship and Kazakh President Nursultan Nazarbayev will v',
      },
      {
        source: 'tass-2017-11-30-minsk',
        passage:
          'It is planned to sign a number of documents, including a declaration on the occasion of the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the Collective Security Treaty Organization," the Kremlin said.',
      },
      {
        source: 'cerbanet-2017-11-29',
        passage:
          'Belarus currently chairs the six-member CSTO, and will pass the baton to Kazakhstan at an end-of-the-year meeting held in Minsk on November 30.',
      },
    ],
  },
  {
    id: 'csc-2018-11-08-astana',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-11-08',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: { en: 'Final declaration adopted' },
        citations: [
          {
            source: 'asiaplus-2018-11-09-astana',
            passage:
              'A summit of the Collective Security Treaty Organization (CSTO) that took place in the Kazakh capital of Astana on November 8 has adopted a final declaration',
          },
        ],
      },
      {
        text: { en: 'Decision on the status of observer and partner states of the organisation' },
        citations: [
          {
            source: 'belta-2019-07-04-observer-partner',
            passage:
              'Valery Semerikov recalled that the decision to designate the status for observer or partner nations was adopted by the heads of state at a session of the CSTO Collective Security Council in November 2018.',
          },
        ],
      },
      {
        text: { en: 'Appointment of the Secretary General deferred to a meeting in Saint Petersburg on 6 December' },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Who chaired it is not stated in the sources read.',
    citations: [
      {
        source: 'asiaplus-2018-11-09-astana',
        passage:
          'A summit of the Collective Security Treaty Organization (CSTO) that took place in the Kazakh capital of Astana on November 8 has adopted a final declaration',
      },
      {
        source: 'primeminister-am-2018-11-08',
        passage:
          'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
      },
    ],
  },
  {
    id: 'csc-2018-12-06-saint-petersburg',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2018-12-06',
    place: ST_PETERSBURG,
    host: 'RU',
    agenda: [
      {
        text: { en: 'The appointment of the Secretary General' },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
          },
        ],
      },
    ],
    note: 'Announced as a summit of the organisation beside an informal meeting of the leaders of the Commonwealth of Independent States; its outcome is not established.',
    citations: [
      {
        source: 'tashkenttimes-2018-stpetersburg',
        passage:
          'The CSTO summit, an informal meeting of the leaders of the CIS and, probably, the EurAsEC summit will be held in St. Petersburg on December 6, the press secretary to the Russian President Dmitry Peskov said.',
      },
      {
        source: 'primeminister-am-2018-11-08',
        passage:
          'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
      },
    ],
  },
  {
    id: 'csc-2019-11-28-bishkek',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-11-28',
    place: BISHKEK,
    host: 'KG',
    chair: { name: { en: 'Sooronbay Jeenbekov', ru: 'Сооронбай Жээнбеков' }, state: 'KG' },
    agenda: [
      {
        text: {
          en: 'A statement on improving international cooperation to strengthen global and regional security',
        },
        citations: [
          {
            source: 'kazinform-2019-11-25-bishkek',
            passage:
              'The agenda consists of 21 items. The main political document will be the statement of the Collective Security Council of the CSTO on improving international cooperation and cooperation in order to strengthen global and regional security',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Joint meeting of the foreign ministers, defence ministers and security council secretaries' },
        citations: [
          {
            source: 'kremlin-en-2019-11-28-bishkek',
            passage:
              'The President of Russia took part in a meeting of the Collective Security Council of the Collective Security Treaty Organisation in Bishkek.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Russia’s chairmanship began at this session.',
    citations: [
      {
        source: 'kremlin-en-2019-11-28-bishkek',
        passage:
          'The President of Russia took part in a meeting of the Collective Security Council of the Collective Security Treaty Organisation in Bishkek.',
      },
      {
        source: '24kg-2019-11-28-jeenbekov',
        passage:
          'The session of the Collective Security Council was opened by the head of Kyrgyzstan Sooronbai Jeenbekov.',
      },
      {
        source: '24kg-2019-11-28-bishkek-hosts',
        passage:
          'There are 17 issues on the agenda of the meeting of the Collective Security Council of the Collective Security Treaty Organization. The session will be chaired by the President of Kyrgyzstan Sooronbai Jeenbekov.',
      },
      {
        source: 'kazinform-2019-11-25-bishkek',
        passage:
          'The agenda consists of 21 items. The main political document will be the statement of the Collective Security Council of the CSTO on improving international cooperation and cooperation in order to strengthen global and regional security',
      },
    ],
    conflicts: [
      {
        field: 'number of agenda items',
        values: [
          {
            value: '21',
            citations: [
              {
                source: 'kazinform-2019-11-25-bishkek',
                passage:
                  'The agenda consists of 21 items. The main political document will be the statement of the Collective Security Council of the CSTO on improving international cooperation and cooperation in order to strengthen global and regional security',
              },
            ],
          },
          {
            value: '17',
            citations: [
              {
                source: '24kg-2019-11-28-bishkek-hosts',
                passage:
                  'There are 17 issues on the agenda of the meeting of the Collective Security Council of the Collective Security Treaty Organization. The session will be chaired by the President of Kyrgyzstan Sooronbai Jeenbekov.',
              },
            ],
          },
        ],
        chosen: '21',
        reason:
          'Kazinform cites the Kyrgyz presidential office; the count is not used by any helper and the record lists only the items the sources name.',
      },
    ],
  },
  {
    id: 'cmfa-2020-12-01-online',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'online',
    date: '2020-12-01',
    chair: { name: { en: 'Sergei Lavrov', ru: 'Сергей Лавров' }, state: 'RU' },
    agenda: [],
    note: 'Announced by the organisation’s press service as the regular meeting of the foreign ministers, by videoconference, before the Council’s session of 2 December 2020.',
    citations: [
      {
        source: 'vbkg-2020-11-cmfa-video',
        passage:
          'Очередное заседание Совета министров иностранных дел государств - членов ОДКБ состоится 1 декабря. Оно пройдет в режиме видеоконференции под председательством Сергея Лаврова',
      },
    ],
  },
  {
    id: 'csc-2020-12-02-online',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    format: 'online',
    date: '2020-12-02',
    chair: { name: { en: 'Vladimir Putin', ru: 'Владимир Путин' }, state: 'RU' },
    agenda: [
      {
        text: { en: 'The state of international security and increasing the effectiveness of the organisation' },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
          },
        ],
      },
      {
        text: { en: 'Material, technical and medical support of the Collective Forces' },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
          },
        ],
      },
      {
        text: { en: 'The organisation’s budget for 2021' },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Declaration of the Collective Security Council adopted' },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
          },
        ],
      },
      {
        text: { en: 'Statement on the Formation of a Just and Sustainable World Order adopted' },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
          },
        ],
      },
    ],
    note: 'The Council’s first session held by videoconference.',
    citations: [
      {
        source: 'asiaplus-2020-12-03',
        passage:
          'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
      },
      {
        source: 'asiaplus-2021-01-20',
        passage:
          'In a statement delivered at a virtual session of the CSTO summit, Tajik President Emomali Rahmon on December 2 outlined the priorities of Tajikistan in the next inter-sessional period.',
      },
    ],
  },
  {
    id: 'permanent-council-2021-04-05',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2021-04-05',
    chair: SULTONOV,
    agenda: [
      {
        text: {
          en: 'Plan of consultations on foreign policy, security and defence for the second half of 2021 – the first half of 2022',
        },
        citations: [
          {
            source: 'narodnaya-2021-04-09-permanent-council',
            passage:
              '5 апреля 2021 года под председательством Постоянного представителя Республики Таджикистан Хасана Султонова в очном формате состоялось заседание Постоянного совета Организации Договора о коллективной безопасности',
          },
        ],
      },
      {
        text: {
          en: 'Plan of events for the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the organisation',
        },
        citations: [
          {
            source: 'narodnaya-2021-04-09-permanent-council',
            passage:
              '5 апреля 2021 года под председательством Постоянного представителя Республики Таджикистан Хасана Султонова в очном формате состоялось заседание Постоянного совета Организации Договора о коллективной безопасности',
          },
        ],
      },
    ],
    note: 'Held in person (“в очном формате”); the place is not given.',
    citations: [
      {
        source: 'narodnaya-2021-04-09-permanent-council',
        passage:
          '5 апреля 2021 года под председательством Постоянного представителя Республики Таджикистан Хасана Султонова в очном формате состоялось заседание Постоянного совета Организации Договора о коллективной безопасности',
      },
    ],
  },
  {
    id: 'permanent-council-2021-04-19-online',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    format: 'online',
    date: '2021-04-19',
    chair: { name: { en: 'Hasan Sultonov', ru: 'Хасан Султонов' }, state: 'TJ' },
    agenda: [
      {
        text: {
          en: 'Plan of consultations on foreign policy, security and defense for the second half of 2021 – the first half of 2022',
        },
        citations: [
          {
            source: 'odkb-en-2021-04-19-permanent-council',
            passage:
              'On April 19, this year, under the chairmanship of the Permanent Representative of the Republic of Tajikistan Hasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held via videoconferencing.',
          },
        ],
      },
      {
        text: {
          en: 'Draft decision of the foreign ministers on increasing information work on the organisation’s activities',
        },
        citations: [
          {
            source: 'odkb-en-2021-04-19-permanent-council',
            passage:
              'On April 19, this year, under the chairmanship of the Permanent Representative of the Republic of Tajikistan Hasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held via videoconferencing.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'odkb-en-2021-04-19-permanent-council',
        passage:
          'On April 19, this year, under the chairmanship of the Permanent Representative of the Republic of Tajikistan Hasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held via videoconferencing.',
      },
      {
        source: 'narodnaya-2021-04-09-permanent-council',
        passage:
          '5 апреля 2021 года под председательством Постоянного представителя Республики Таджикистан Хасана Султонова в очном формате состоялось заседание Постоянного совета Организации Договора о коллективной безопасности',
      },
    ],
  },
  {
    id: 'cmd-2021-04-27-dushanbe',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2021-04-27',
    place: DUSHANBE,
    host: 'TJ',
    chair: { name: { en: 'Sherali Mirzo', ru: 'Шерали Мирзо' }, state: 'TJ' },
    agenda: DUSHANBE_APRIL_2021_AGENDA,
    related: [
      {
        text: {
          en: 'Chairman of the Collective Security Council, Tajikistan President Emomali Rahmon, received the heads of delegations before the session',
        },
        citations: [
          {
            source: 'kazinform-2021-04-23',
            passage:
              'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
          },
          {
            source: 'khovar-2021-04-27-rahmon-receives-cmd',
            passage:
              'DUSHANBE, 27.04.2021 (NIAT Khovar) – The Founder of Peace and National Unity, Leader of the Nation, President of Tajikistan Emomali Rahmon received the heads of delegations at the meeting of the Council of Defense Ministers',
          },
        ],
      },
    ],
    note: DUSHANBE_APRIL_2021_NOTE,
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage:
          'Chairman of the CSTO Collective Security Council, Tajikistan President Emomali Rahmon is expected to meet with the defense ministers and the security council secretaries before the sessions.',
      },
      {
        source: 'khovar-2021-04-27-rahmon-receives-cmd',
        passage:
          'DUSHANBE, 27.04.2021 (NIAT Khovar) – The Founder of Peace and National Unity, Leader of the Nation, President of Tajikistan Emomali Rahmon received the heads of delegations at the meeting of the Council of Defense Ministers',
      },
      {
        source: '24kg-2021-04-29-cssc-dushanbe',
        passage:
          'A meeting of the Council of Defense Ministers of the member states of the organization was held on April 27 in the capital of Tajikistan, which was attended by the head of the defense department of Kyrgyzstan Taalaibek Omuraliev.',
      },
      {
        source: 'ru24-2021-04-26-shoigu-dushanbe',
        passage:
          'Сергей Шойгу также посетит заседание Совета министров обороны (СМО) Организации Договора о коллективной безопасности (ОДКБ). Мероприятие состоится 27 апреля в столице Таджикистана — Душанбе.',
      },
    ],
  },
  {
    id: 'cssc-2021-04-29-dushanbe',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2021-04-29',
    place: DUSHANBE,
    host: 'TJ',
    chair: { name: { en: 'Nasrullo Mahmudzoda', ru: 'Насрулло Махмудзода' }, state: 'TJ' },
    agenda: DUSHANBE_APRIL_2021_AGENDA,
    related: [
      {
        text: {
          en: 'Chairman of the Collective Security Council, Tajikistan President Emomali Rahmon, received the secretaries of the security councils before the session',
        },
        citations: [
          {
            source: 'kazinform-2021-04-23',
            passage:
              'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
          },
          {
            source: 'asiaplus-2021-04-29-rahmon-receives-cssc',
            passage:
              'a session of the Committee of Security Council Secretaries of the Collective Security Treaty Organization (CSTO) member nations that is taking place in Dushanbe today will yield fruitful results.',
          },
        ],
      },
    ],
    note: DUSHANBE_APRIL_2021_NOTE,
    citations: [
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage:
          'Chairman of the CSTO Collective Security Council, Tajikistan President Emomali Rahmon is expected to meet with the defense ministers and the security council secretaries before the sessions.',
      },
      {
        source: '24kg-2021-04-29-cssc-dushanbe',
        passage:
          'A meeting of the Council of Defense Ministers of the member states of the organization was held on April 27 in the capital of Tajikistan, which was attended by the head of the defense department of Kyrgyzstan Taalaibek Omuraliev.',
      },
      {
        source: 'eadaily-2021-04-29-patrushev-dushanbe',
        passage:
          'Патрушев и его коллеги из стран ОДКБ прибыли в Душанбе накануне, 28 апреля, для проведения заседания комитета секретарей Совбезов.',
      },
      {
        source: 'newsarmenia-2022-06-17-cssc-yerevan',
        passage: 'Армен Григорян, Александр Вольфович, Гизат Нурдаулетов, Марат Иманкулов, Насрулло Махмудзода.',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2021-04-29',
            citations: [
              {
                source: '24kg-2021-04-29-cssc-dushanbe',
                passage:
                  'A meeting of the Council of Defense Ministers of the member states of the organization was held on April 27 in the capital of Tajikistan, which was attended by the head of the defense department of Kyrgyzstan Taalaibek Omuraliev.',
              },
              {
                source: 'eadaily-2021-04-29-patrushev-dushanbe',
                passage:
                  'Патрушев и его коллеги из стран ОДКБ прибыли в Душанбе накануне, 28 апреля, для проведения заседания комитета секретарей Совбезов.',
              },
            ],
          },
          {
            value: '2021-04-30',
            citations: [
              {
                source: 'asiaplus-2021-04-29-rahmon-receives-cssc',
                passage:
                  'a session of the Committee of Security Council Secretaries of the Collective Security Treaty Organization (CSTO) member nations that is taking place in Dushanbe today will yield fruitful results.',
              },
            ],
          },
        ],
        chosen: '2021-04-29',
        reason:
          'Asia-Plus opens with “On Thursday April 30” in an article dated 29 April that says the session is taking place “today”; 29 April 2021 was the Thursday.',
      },
    ],
  },
  {
    id: 'cmfa-2021-05-19-dushanbe',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2021-05-19',
    place: DUSHANBE,
    host: 'TJ',
    chair: { name: { en: 'Sirojiddin Muhriddin', ru: 'Сироджиддин Мухриддин' }, state: 'TJ' },
    agenda: [
      {
        text: {
          en: 'The state and prospects of the international and regional situation and its impact on the security of the member states',
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
          },
        ],
      },
      {
        text: {
          en: 'Action plan for implementing the decisions of the Collective Security Council and the priorities proposed by Tajikistan',
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
          },
        ],
      },
      {
        text: {
          en: 'Preparations for the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the organisation',
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'Statement on the 75th anniversary of the verdict of the International Military Tribunal in Nuremberg',
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
          },
        ],
      },
      {
        text: { en: 'Statement on the extension of the START-3 Treaty' },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'tajemb-khovar-2021-05-20-cmfa',
        passage:
          'DUSHANBE, 20.05.2021 (NIAT Khovar) – Yesterday, a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO Ministerial Council) was held in Dushanbe.',
      },
      {
        source: 'tass-2021-05-19-lavrov-dushanbe',
        passage:
          'A meeting of the Council of Foreign Ministers of the member states of the Collective Security Treaty Organization (CSTO) is taking place in Dushanbe.',
      },
      {
        source: 'vbkg-2021-05-cmfa-announce',
        passage:
          'Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности пройдет 19 мая в Душанбе. Оно состоится в очном формате',
      },
    ],
  },
  {
    id: 'permanent-council-2021-07-07-online',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'online',
    date: '2021-07-07',
    chair: SULTONOV,
    agenda: [
      {
        text: { en: 'The situation on the Tajik-Afghan border' },
        citations: [
          {
            source: 'odkb-en-2021-07-07-permanent-council',
            passage:
              'On July 7, 2021, under the chairmanship of the Permanent and Plenipotentiary Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held',
          },
        ],
      },
      {
        text: {
          en: 'A draft statement of the permanent representatives to NATO on military activity near the organisation’s area of responsibility',
        },
        citations: [
          {
            source: 'odkb-en-2021-07-07-permanent-council',
            passage:
              'On July 7, 2021, under the chairmanship of the Permanent and Plenipotentiary Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held',
          },
        ],
      },
    ],
    note: 'Held by videoconference; the organisation’s site spells the chair “Khasan Sultonov”.',
    citations: [
      {
        source: 'odkb-en-2021-07-07-permanent-council',
        passage:
          'On July 7, 2021, under the chairmanship of the Permanent and Plenipotentiary Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held',
      },
    ],
  },
  {
    id: 'csc-2021-08-23-online',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'online',
    date: '2021-08-23',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'The situation in Afghanistan and its impact on the security of the member states' },
        citations: [
          {
            source: 'asiaplus-2021-08-24-extraordinary-csc',
            passage:
              'Presided over by Tajik President Emomali Rahmon, an extraordinary session of the Collective Security Treaty Organization (CSTO) Collective Security Council took place yesterday through video conferencing',
          },
          {
            source: 'commonspace-2021-08-24-extraordinary-csc',
            passage:
              'as well as the president of Uzbekistan, Shavkat Mirziyoyev – who was invited as a guest – to discuss the rapidly unfolding developments in Afghanistan and their impact on CSTO member states.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'Agreement to speed up the adoption of the interstate programme to strengthen the Tajik-Afghan border proposed by Tajikistan',
        },
        citations: [
          {
            source: 'urdupoint-2021-08-23-tajik-afghan-program',
            passage:
              'An agreement was reached to speed up the adoption of the Special Interstate Policy to strengthen the parts of the Tajik-Afghan border, proposed by the Republic of Tajikistan within the CSTO framework," the statement read.',
          },
        ],
      },
    ],
    note: 'Uzbekistan’s President Shavkat Mirziyoyev took part as a guest.',
    citations: [
      {
        source: 'asiaplus-2021-08-24-extraordinary-csc',
        passage:
          'Presided over by Tajik President Emomali Rahmon, an extraordinary session of the Collective Security Treaty Organization (CSTO) Collective Security Council took place yesterday through video conferencing',
      },
      {
        source: 'commonspace-2021-08-24-extraordinary-csc',
        passage:
          'as well as the president of Uzbekistan, Shavkat Mirziyoyev – who was invited as a guest – to discuss the rapidly unfolding developments in Afghanistan and their impact on CSTO member states.',
      },
    ],
  },
  {
    id: 'joint-2021-09-15-dushanbe',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2021-09-15',
    place: DUSHANBE,
    host: 'TJ',
    chair: { name: { en: 'Sirojiddin Muhriddin', ru: 'Сироджиддин Мухриддин' }, state: 'TJ' },
    agenda: [
      {
        text: { en: 'The agenda of the Council’s session of 16 September 2021' },
        citations: [
          {
            source: 'frontierpost-2021-09-15-joint-meeting',
            passage:
              'under the chairmanship of the Minister of Foreign Affairs of the Republic of Tajikistan, Sirojiddin Mukhriddin, a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries',
          },
        ],
      },
      {
        text: { en: 'The situation in Afghanistan and on the Tajik-Afghan border' },
        citations: [
          {
            source: 'frontierpost-2021-09-15-joint-meeting',
            passage:
              'under the chairmanship of the Minister of Foreign Affairs of the Republic of Tajikistan, Sirojiddin Mukhriddin, a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries',
          },
        ],
      },
      {
        text: { en: 'Priorities of Armenia’s chairmanship in 2021–2022' },
        citations: [
          {
            source: 'belta-ru-2021-09-14-khrenin-dushanbe',
            passage:
              'Повестками мероприятий предусмотрено обсуждение порядка 40 вопросов в военной, военно-технической и военно-научной сферах.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: '25 documents signed' },
        citations: [
          {
            source: 'mfakg-2021-09-15-joint',
            passage:
              'As part of a joint meeting of the CFM, CMD, CSSS CSTO, 25 documents were signed concerning the further development of the collective security system in the political and military fields',
          },
        ],
      },
      {
        text: {
          en: 'Security council secretaries approved a set of measures to strengthen Tajikistan’s border with Afghanistan',
        },
        citations: [
          {
            source: 'urdupoint-2021-09-15-shoigu-lukashenko',
            passage:
              "According to the Russian Security Council, secretaries of CSTO member states' security councils approved on Wednesday a set of measures to strengthen Tajikistan's border with Afghanistan.",
          },
        ],
      },
      {
        text: {
          en: 'Security council secretaries decided to create a Coordination Council of authorized bodies on biological safety',
        },
        citations: [
          {
            source: 'armradio-2021-09-15-biosafety-council',
            passage:
              'The Secretaries of the Security Councils of the member states of the Collective Security Treaty Organization (CSTO) have decided to create a Coordination Council of authorized bodies on biological safety',
          },
        ],
      },
    ],
    note: 'One joint meeting of the three bodies, chaired by Tajikistan’s foreign minister; see `bodies`.',
    citations: [
      {
        source: 'mfaby-2021-09-15-joint-meeting',
        passage:
          'On September 15, 2021 in Dushanbe (Republic of Tajikistan), the Minister of Foreign Affairs of the Republic of Belarus, Vladimir Makei, participated in the Joint Meeting of the Council of Foreign Ministers, the Council of Ministers of Defense',
      },
      {
        source: 'frontierpost-2021-09-15-joint-meeting',
        passage:
          'under the chairmanship of the Minister of Foreign Affairs of the Republic of Tajikistan, Sirojiddin Mukhriddin, a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries',
      },
      {
        source: 'mfakg-2021-09-15-joint',
        passage:
          'As part of a joint meeting of the CFM, CMD, CSSS CSTO, 25 documents were signed concerning the further development of the collective security system in the political and military fields',
      },
      {
        source: 'belta-ru-2021-09-14-khrenin-dushanbe',
        passage:
          'Повестками мероприятий предусмотрено обсуждение порядка 40 вопросов в военной, военно-технической и военно-научной сферах.',
      },
      {
        source: 'ria24-mir24-2021-09-15-joint-meeting',
        passage: 'Заседание структур ОДКБ прошло в очном формате впервые с начала пандемии',
      },
    ],
    conflicts: [
      {
        field: 'first in-person meeting since the pandemic',
        values: [
          {
            value: 'yes',
            citations: [
              {
                source: 'ria24-mir24-2021-09-15-joint-meeting',
                passage: 'Заседание структур ОДКБ прошло в очном формате впервые с начала пандемии',
              },
            ],
          },
          {
            value: 'no',
            citations: [
              {
                source: 'kazinform-2021-04-23',
                passage:
                  'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
              },
              {
                source: 'vbkg-2021-05-cmfa-announce',
                passage:
                  'Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности пройдет 19 мая в Душанбе. Оно состоится в очном формате',
              },
            ],
          },
        ],
        chosen: 'no',
        reason:
          'The defence ministers, security council secretaries and foreign ministers met in person in Dushanbe in April and May 2021; the headline probably means the first joint in-person meeting.',
      },
    ],
  },
  {
    id: 'csc-2021-09-16-dushanbe',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    format: 'hybrid',
    date: '2021-09-16',
    place: DUSHANBE,
    host: 'TJ',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'International and regional security, and the situation in Afghanistan' },
        citations: [
          {
            source: 'kremlin-en-66701',
            passage:
              'This is the concluding session in a series of events held by the CSTO’s statutory bodies within the framework of Tajikistan’s chairmanship.',
          },
        ],
      },
      {
        text: { en: 'Priorities of Armenia’s chairmanship in 2021–2022' },
        citations: [
          {
            source: 'blognews-am-772350',
            passage:
              '«С учетом перехода председательства в ОДКБ к Республике Армения в 2021-2022 годах премьер-министр Армении Никол Пашинян представит приоритеты страны, которые предстоит реализовать», - отметил пресс-секретарь организации.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Declaration of the Collective Security Council adopted' },
        citations: [
          {
            source: 'kremlin-en-66701',
            passage:
              'This is the concluding session in a series of events held by the CSTO’s statutory bodies within the framework of Tajikistan’s chairmanship.',
          },
        ],
      },
      {
        text: { en: 'Chairmanship passed to Armenia' },
        citations: [
          {
            source: 'asbarez-2021-armenia-assumes',
            passage:
              'During the summit of the Collective Security Treaty Organization in Tajikistan’s capital, Dushanbe, on Thursday, Armenia assumed the chairmanship of the Russia-led security organization.',
          },
          {
            source: 'tass-en-1338563',
            passage: 'The Collective Security Treaty Organization was chaired by Tajikistan in 2020-2021.',
          },
        ],
      },
    ],
    note: 'Held at the Palace of Nations; Vladimir Putin joined by video link from Novo-Ogaryovo.',
    citations: [
      {
        source: 'kremlin-en-66701',
        passage:
          'This is the concluding session in a series of events held by the CSTO’s statutory bodies within the framework of Tajikistan’s chairmanship.',
      },
      {
        source: 'mir24-2021-09-16-summit-ends',
        passage: 'Российский президент Владимир Путин присоединился к коллегам по видеосвязи из Ново-Огарево.',
      },
      {
        source: 'belta-2021-09-16-lukashenko-csc',
        passage:
          'The summit is taking place at the official residence of the president of Tajikistan - the Palace of Nations.',
      },
    ],
  },
  {
    id: 'csc-2022-01-10-online',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'online',
    date: '2022-01-10',
    chair: PASHINYAN,
    agenda: [
      {
        text: { en: 'On the situation in the Republic of Kazakhstan and measures to stabilize it' },
        citations: [
          {
            source: 'president-tj-2022-01-10-csc',
            passage:
              'The meeting participants discussed the issue "On the situation in the Republic of Kazakhstan and measures to stabilize it."',
          },
          {
            source: 'odkb-en-session-2022-01-10',
            passage:
              'On January 10, an extraordinary session of the CSTO Collective Security Council was held via videoconferencing. The discussion focused on the situation in the Republic of Kazakhstan and measures to normalize the situation in the country.',
          },
        ],
      },
    ],
    note: 'Convened at Kazakhstan’s request after the Council’s decision of 6 January 2022 to send the Collective Peacekeeping Forces to Kazakhstan.',
    citations: [
      {
        source: 'primeminister-am-2022-01-10',
        passage:
          'An extraordinary session of the CSTO Collective Security Council chaired by the Chairman of the CSTO Collective Security Council, Prime Minister of the Republic of Armenia Nikol Pashinyan took place',
      },
      {
        source: 'president-tj-2022-01-10-csc',
        passage:
          'The meeting participants discussed the issue "On the situation in the Republic of Kazakhstan and measures to stabilize it."',
      },
      {
        source: 'odkb-en-session-2022-01-10',
        passage:
          'On January 10, an extraordinary session of the CSTO Collective Security Council was held via videoconferencing. The discussion focused on the situation in the Republic of Kazakhstan and measures to normalize the situation in the country.',
      },
      {
        source: 'armradio-2022-01-06-peacekeepers',
        passage:
          'In accordance with the decision of the CSTO Collective Security Council, adopted on January 6, 2022, the Collective Peacekeeping Forces of the Collective Security Treaty Organization were sent to the Republic of Kazakhstan for a limited time',
      },
    ],
  },
  {
    id: 'cmd-2022-01-13-online',
    body: 'cmd',
    kind: 'extraordinary',
    status: 'held',
    format: 'online',
    date: '2022-01-13',
    agenda: [
      {
        text: { en: 'The results of the peacekeeping operation in Kazakhstan' },
        citations: [
          {
            source: 'armenpress-2022-01-13-cmd-extraordinary',
            passage:
              'the Defense Ministers signed a joint decision on organizing the return of peacekeeping units from the territory of the Republic of Kazakhstan to permanent bases.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'Joint decision on organising the return of the peacekeeping units from Kazakhstan to their permanent bases',
        },
        citations: [
          {
            source: 'armenpress-2022-01-13-cmd-extraordinary',
            passage:
              'the Defense Ministers signed a joint decision on organizing the return of peacekeeping units from the territory of the Republic of Kazakhstan to permanent bases.',
          },
        ],
      },
    ],
    note: 'Chaired by Armenia’s defence minister Suren Papikyan; his name is not given as a chair because no Russian spelling was sourced.',
    citations: [
      {
        source: 'armenpress-2022-01-13-cmd-extraordinary',
        passage:
          'the Defense Ministers signed a joint decision on organizing the return of peacekeeping units from the territory of the Republic of Kazakhstan to permanent bases.',
      },
    ],
  },
  {
    id: 'csc-2022-05-16-moscow',
    body: 'csc',
    kind: 'jubilee',
    status: 'held',
    format: 'in-person',
    date: '2022-05-16',
    place: MOSCOW,
    host: 'RU',
    chair: PASHINYAN,
    agenda: [
      {
        text: {
          en: 'The 30th anniversary of the Collective Security Treaty and the 20th anniversary of the organisation',
        },
        citations: [
          {
            source: 'vindobona-2022-05-17-moscow',
            passage:
              'The leaders of the Collective Security Treaty Organization (CSTO) member states met in Moscow on May 16 to mark the 30th anniversary of the signing of the Collective Security Treaty and the 20th anniversary of the establishment of the CSTO.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'Statement of the Collective Security Council on the 30th anniversary of the treaty and the 20th anniversary of the organisation',
        },
        citations: [
          {
            source: 'asiaplus-2022-05-17-moscow-jubilee',
            passage:
              'Among them is a statement of the Collective Security Council in honor of the 30th anniversary of the treaty and the 20th anniversary of the organization.',
          },
        ],
      },
      {
        text: { en: 'Resolution to award the participants of the peacekeeping mission in Kazakhstan' },
        citations: [
          {
            source: 'nobodysword-kremlin-2022-05-16',
            passage:
              'They also signed a resolution of the CSTO CSC to award the participants in the CSTO peacekeeping mission in the Republic of Kazakhstan.',
          },
        ],
      },
    ],
    note: 'The jubilee session, held in the Kremlin; Russia hosted, Armenia chaired.',
    citations: [
      {
        source: 'asiaplus-2022-05-17-moscow-jubilee',
        passage:
          'Among them is a statement of the Collective Security Council in honor of the 30th anniversary of the treaty and the 20th anniversary of the organization.',
      },
      {
        source: 'vindobona-2022-05-17-moscow',
        passage:
          'The leaders of the Collective Security Treaty Organization (CSTO) member states met in Moscow on May 16 to mark the 30th anniversary of the signing of the Collective Security Treaty and the 20th anniversary of the establishment of the CSTO.',
      },
      {
        source: 'nobodysword-kremlin-2022-05-16',
        passage:
          'They also signed a resolution of the CSTO CSC to award the participants in the CSTO peacekeeping mission in the Republic of Kazakhstan.',
      },
    ],
  },
  {
    id: 'cssc-2022-06-17-yerevan',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2022-06-17',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    related: [
      {
        text: {
          en: 'Draft Council decision granting the operation “Mercenary” the status of a regional permanent anti-terrorist operation approved',
        },
        citations: [
          {
            source: 'kazinform-2022-06-17-cssc-yerevan',
            passage:
              'The security chiefs approved the decision of the Collective Security Council to grant the status of a regional permanent anti-terrorist operation to the complex of operational and preventive measures Mercenary',
          },
        ],
      },
      {
        text: { en: 'Six documents signed' },
        citations: [
          {
            source: 'tvrby-2022-06-17-cssc-yerevan',
            passage:
              'Six documents were signed at the meeting that touch upon development and improvement of fight against international terrorism, joint training of forces and means of collective security system',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'azatutyun-2022-06-cssc-yerevan',
        passage:
          'when he met with the secretaries of the security councils of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan who gathered for a regular session in Yerevan.',
      },
      {
        source: 'newsarmenia-2022-06-17-cssc-yerevan',
        passage: 'Армен Григорян, Александр Вольфович, Гизат Нурдаулетов, Марат Иманкулов, Насрулло Махмудзода.',
      },
      {
        source: 'kazinform-2022-06-17-cssc-yerevan',
        passage:
          'The security chiefs approved the decision of the Collective Security Council to grant the status of a regional permanent anti-terrorist operation to the complex of operational and preventive measures Mercenary',
      },
      {
        source: 'tvrby-2022-06-17-cssc-yerevan',
        passage:
          'Six documents were signed at the meeting that touch upon development and improvement of fight against international terrorism, joint training of forces and means of collective security system',
      },
    ],
  },
  {
    id: 'joint-2022-11-23-yerevan',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2022-11-23',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    note: 'The joint meeting before the Council’s session of the same day.',
    citations: [
      {
        source: 'mir24-2022-11-23-joint-yerevan',
        passage:
          'Главы МИД государств ОДКБ совместно с министрами обороны и секретарями Советов безопасности встретились в Ереване, передает «МИР 24».',
      },
    ],
  },
  {
    id: 'csc-2022-11-23-yerevan',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2022-11-23',
    place: YEREVAN,
    host: 'AM',
    chair: PASHINYAN,
    agenda: [],
    related: [
      {
        text: { en: 'Imangali Tasmagambetov appointed Secretary General from 1 January 2023' },
        citations: [
          {
            source: 'tass-en-2058773',
            passage: 'On January 1, Tasmagambetov will be replaced by Kyrgyzstan’s Taalatbek Masadykov.',
          },
          {
            source: 'weeklyblitz-shoigu-tasmagambetov',
            passage:
              'Imangali Tasmagambetov was appointed to the post of CSTO Secretary General from January 1, 2023 for a period of three years.',
          },
        ],
      },
      {
        text: { en: 'Chairmanship passed to Belarus' },
        citations: [
          {
            source: 'belarus-by-2022-11-23',
            passage:
              'The forthcoming summit is special for Belarus, as the country is taking over the CSTO presidency from Armenia.',
          },
        ],
      },
    ],
    note: SESSION_ONLY,
    citations: [
      {
        source: 'csto-en-yerevan-2022',
        passage:
          'On November 23 this year, in Yerevan, a session of the Collective Security Council (CSC) of the Collective Security Treaty Organization was held, chaired by the Prime Minister of the Republic of Armenia Nikol Pashinyan.',
      },
      {
        source: 'pacsto-yerevan-2022',
        passage: 'The CSTO presidency in 2022–2023 will pass from Armenia to the Republic of Belarus.',
      },
    ],
  },
  {
    id: 'joint-2023-11-22-minsk',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2023-11-22',
    place: MINSK,
    host: 'BY',
    agenda: [],
    related: [
      {
        text: {
          en: 'Statement of the foreign ministers on common approaches to ensuring the security of the Eurasian space',
          ru: 'Заявление министров иностранных дел ОДКБ об общих подходах к обеспечению безопасности евразийского пространства',
        },
        citations: [
          {
            source: 'paodkb-2023-11-22-joint-minsk',
            passage:
              'Среди подписанных документов – Заявление министров иностранных дел ОДКБ об общих подходах к обеспечению безопасности евразийского пространства.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'khovar-en-2023-11-23-joint-minsk',
        passage:
          'On November 22, delegation of Tajikistana took part in the joint meeting of the councils of Foreign Ministers, Defense Ministers and the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization (CSTO) in Minsk.',
      },
      {
        source: 'paodkb-2023-11-22-joint-minsk',
        passage:
          'Среди подписанных документов – Заявление министров иностранных дел ОДКБ об общих подходах к обеспечению безопасности евразийского пространства.',
      },
    ],
  },
  {
    id: 'csc-2023-11-23-minsk',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2023-11-23',
    place: MINSK,
    host: 'BY',
    chair: LUKASHENKO,
    agenda: [
      {
        text: { en: 'Urgent problems of international and regional security' },
        citations: [
          {
            source: 'rferl-2023-11-23-minsk',
            passage:
              'Leaders of the Collective Security Treaty Organization (CSTO) discussed "urgent problems of international and regional security" at a summit in Minsk on November 23 that was notable for the absence of a representative from member-state Armenia.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Decision to pass the chairmanship to Kazakhstan from 1 January 2024' },
        citations: [
          {
            source: 'csto-en-minsk-2023',
            passage:
              'It was decided to transfer the Chairmanship of the Organization from the Republic of Belarus to the Republic of Kazakhstan from 1 January 2024.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Armenia did not attend.',
    citations: [
      {
        source: 'sputnik-2023-11-23-minsk',
        passage:
          'A session of the CSTO Collective Security Council will be held in Minsk on Thursday under the chairmanship of Belarusian President Alexander Lukashenko.',
      },
      {
        source: 'rferl-2023-11-23-minsk',
        passage:
          'Leaders of the Collective Security Treaty Organization (CSTO) discussed "urgent problems of international and regional security" at a summit in Minsk on November 23 that was notable for the absence of a representative from member-state Armenia.',
      },
      {
        source: 'csto-en-minsk-2023',
        passage:
          'It was decided to transfer the Chairmanship of the Organization from the Republic of Belarus to the Republic of Kazakhstan from 1 January 2024.',
      },
    ],
  },
  {
    id: 'joint-2024-11-28-astana',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-11-28',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    note: 'Announced by the organisation’s press service for the same day and city as the Council’s session.',
    citations: [
      {
        source: 'sbby-2024-11-astana-joint',
        passage:
          'Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности, а также сессия Совета коллективной безопасности ОДКБ пройдут 28 ноября в Астане.',
      },
    ],
  },
  {
    id: 'csc-2024-11-28-astana',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-11-28',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: { en: 'Targeted interstate programme on strengthening the Tajik-Afghan border endorsed' },
        citations: [
          {
            source: 'asiaplus-2024-11-29-astana',
            passage:
              'A meeting of the Collective Security Treaty Organization (CSTO) Collective Security Council took place in Kazakhstan’s capital, Astana, on November 28.',
          },
        ],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Who chaired it is not stated in the sources read.',
    citations: [
      {
        source: 'asiaplus-2024-11-29-astana',
        passage:
          'A meeting of the Collective Security Treaty Organization (CSTO) Collective Security Council took place in Kazakhstan’s capital, Astana, on November 28.',
      },
      {
        source: 'sbby-2024-11-astana-joint',
        passage:
          'Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности, а также сессия Совета коллективной безопасности ОДКБ пройдут 28 ноября в Астане.',
      },
    ],
  },
  {
    id: 'joint-2025-11-27-bishkek',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2025-11-27',
    place: BISHKEK,
    host: 'KG',
    agenda: [],
    related: [
      {
        text: {
          en: 'Decisions on more than 40 issues of the military component of the organisation',
        },
        citations: [
          {
            source: 'vpk-tsamto-2025-11-27-joint-bishkek',
            passage:
              'Главы уставных органов Организации рассмотрели и приняли положительные решения более чем по 40 вопросам, направленным на развитие военной составляющей Организации.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'vpk-tsamto-2025-11-27-joint-bishkek',
        passage:
          'Главы уставных органов Организации рассмотрели и приняли положительные решения более чем по 40 вопросам, направленным на развитие военной составляющей Организации.',
      },
      {
        source: 'tass-ru-2025-11-27-bishkek',
        passage:
          '12 из которых выносятся на сессию Совета коллективной безопасности (СКБ) ОДКБ в Бишкеке, которая пройдет 27 ноября.',
      },
    ],
  },
  {
    id: 'csc-2025-11-27-bishkek',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2025-11-27',
    place: BISHKEK,
    host: 'KG',
    chair: { name: { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' }, state: 'KG' },
    agenda: [],
    related: [
      {
        text: { en: 'Taalatbek Masadykov appointed Secretary General from 1 January 2026' },
        citations: [
          {
            source: 'eccis-31236',
            passage:
              'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
          },
        ],
      },
      {
        text: { en: 'Chairmanship to pass to Russia from 1 January 2026' },
        citations: [
          {
            source: 'eccis-31236',
            passage:
              'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
          },
        ],
      },
    ],
    citations: [
      {
        source: '24kg-2025-11-27-bishkek-summit',
        passage:
          'The Heads of State of the CSTO member states have arrived in Bishkek to participate in the regular session of the Collective Security Council chaired by President of Kyrgyzstan Sadyr Japarov.',
      },
      {
        source: 'tass-ru-2025-11-27-bishkek',
        passage:
          '12 из которых выносятся на сессию Совета коллективной безопасности (СКБ) ОДКБ в Бишкеке, которая пройдет 27 ноября.',
      },
      {
        source: 'eccis-31236',
        passage:
          'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
      },
    ],
  },
] as const satisfies readonly Session[];
