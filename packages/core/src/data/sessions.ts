/**
 * Sessions of the organisation's bodies, in date order. Agenda items are worded as the cited source
 * words them (English); Russian wording is added only where a Russian source gives it.
 */
import type { AgendaItem, Session } from '../model/session.js';

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
/** The announcement of the Minsk sessions of June 2006 (22–23 June) of all the statutory bodies. */
const MINSK_JUNE_2006_SCHEDULE = {
  source: 'dkb-2006-05-23-consultations',
  passage:
    'На консультациях обсуждены вопросы, предлагаемые для рассмотрения уставными органами ОДКБ - Советом коллективной безопасности, Советом министров иностранных дел, Советом министров обороны, Комитетом секретарей советов безопасности - в ходе их заседаний, запланированных на 22-23 июня 2006 года в г. Минске.',
  gloss:
    'The consultations discussed questions proposed for consideration by the CSTO statutory bodies (the Collective Security Council, the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils) at their meetings planned for 22–23 June 2006 in Minsk.',
} as const;
const SESSION_ONLY = 'The sources call it a session of the Council without saying regular or extraordinary.';
const PETRISHENKO = { name: { en: 'Igor Petrishenko', ru: 'Игорь Петришенко' }, state: 'BY' } as const;
const NEW_YORK = { en: 'New York', ru: 'Нью-Йорк' } as const;
const RAHMON = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' }, state: 'TJ' } as const;
const PASHINYAN = { name: { en: 'Nikol Pashinyan', ru: 'Никол Пашинян' }, state: 'AM' } as const;

const DUSHANBE_APRIL_2021_NOTE =
  'The announcement gives one agenda for the defence ministers’ session and the security council secretaries’ session without saying which item belongs to which; both sessions carry all of it.';

/**
 * The agenda the announcement of 23 April 2021 gives for both Dushanbe sessions (defence ministers on 27 April,
 * security council secretaries on 29 April) without saying which item belongs to which: both sessions carry it.
 * Joined with `concat`, not spread: a spread keeps the whole module in every bundle.
 */
const DUSHANBE_APRIL_2021_AGENDA: readonly AgendaItem[] = [
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
];

export const sessionData = [
  {
    id: 'csc-1995-02-10-almaty',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '1995-02-10',
    place: { en: 'Almaty', ru: 'Алматы' },
    host: 'KZ',
    agenda: [],
    documents: [
      {
        title: {
          en: 'Decision on the Concept of Collective Security of the States Parties to the Collective Security Treaty (approving the Concept)',
          ru: 'Решение о Концепции коллективной безопасности государств-участников Договора о коллективной безопасности',
        },
        citations: [
          {
            source: 'cntd-1995-02-10-concept-decision',
            passage:
              '1. Утвердить Концепцию коллективной безопасности государств-участников Договора о коллективной безопасности (прилагается).',
            gloss:
              '1. To approve the Concept of Collective Security of the States Parties to the Collective Security Treaty (attached).',
          },
        ],
      },
    ],
    note: 'Known from a decision of the Collective Security Council dated Almaty, 10 February 1995; no source found that describes the meeting itself or its chair. The signature block of the decision (docs.cntd.ru) lists Armenia, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan (Ter-Petrosyan, Lukashenko, Shevardnadze, Nazarbayev, Akayev, Yeltsin, Rakhmonov, Karimov).',
    citations: [
      {
        source: 'cntd-1995-02-10-concept-decision',
        passage: 'Совершено в городе Алматы 10 февраля 1995 года в одном подлинном экземпляре на русском языке.',
        gloss: 'Done in the city of Almaty on 10 February 1995 in one original copy in the Russian language.',
      },
      {
        source: 'lawmix-1995-02-10-concept-decision',
        passage:
          'РЕШЕНИЕ Совета коллективной безопасности"О КОНЦЕПЦИИ КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ ГОСУДАРСТВ - УЧАСТНИКОВ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ"(Принято в г. Алма-Ате 10.02.1995)',
        gloss:
          'Decision of the Collective Security Council "On the Concept of Collective Security of the States Parties to the Collective Security Treaty" (adopted in Alma-Ata 10.02.1995)',
      },
    ],
  },
  {
    id: 'csc-1999-04-02-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '1999-04-02',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [],
    documents: [
      {
        title: {
          en: 'Protocol on the prolongation of the Collective Security Treaty of 15 May 1992',
          ru: 'Протокол о продлении Договора о коллективной безопасности от 15 мая 1992 года',
        },
        citations: [
          {
            source: 'odkb-gov-basic-facts-en',
            passage:
              'At the Session of the Council of Collective Security on April 2, 1999 in Moscow the Protocol of prolongation of the Collective Security Treaty was signed.',
          },
          {
            source: 'pavlodar-protocol-prolongation-1999',
            passage:
              'Протокол от 2 апреля 1999 года (г. Москва) "ПРОТОКОЛ О ПРОДЛЕНИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ ОТ 15 МАЯ 1992 ГОДА"',
            gloss:
              'Protocol of 2 April 1999 (Moscow) "Protocol on the prolongation of the Collective Security Treaty of 15 May 1992"',
          },
        ],
      },
    ],
    note: 'Azerbaijan, Georgia and Uzbekistan did not sign the prolongation protocol (stated by secondary sources); not recorded as absences because no source found says they were absent from the session.',
    citations: [
      {
        source: 'odkb-gov-basic-facts-en',
        passage:
          'At the Session of the Council of Collective Security on April 2, 1999 in Moscow the Protocol of prolongation of the Collective Security Treaty was signed.',
      },
      {
        source: 'yokvadro-odkb-basic-facts-ru',
        passage:
          'На Сессии Совета коллективной безопасности 2 апреля 1999 года в Москве был подписан Протокол о продлении Договора о коллективной безопасности.',
        gloss:
          'At the Session of the Collective Security Council on 2 April 1999 in Moscow the Protocol on the prolongation of the Collective Security Treaty was signed.',
      },
    ],
  },
  {
    id: 'cmfa-2000-05-minsk',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2000-05',
    place: MINSK,
    host: 'BY',
    agenda: [],
    dateDerivation:
      "Known only from an announcement (made on 13 May [2000] by Belarus's First Deputy Foreign Minister Valentin Velichko) that CMFA and CMD meetings would precede the CSC session of 24 May 2000 in Minsk; the exact day of the CMFA meeting is not given. The page shows only a 'last updated 23.11.2024' date, not the article date; the year 2000 follows from the CSC session of 24 May 2000 in Minsk.",
    note: 'Collective Security Treaty era. Not confirmed by a post-meeting report; recorded from the announcement, like the existing month-only records for Astana 2004 and Moscow 2011.',
    citations: [
      {
        source: 'afnfn-2000-minsk-csc-announcement',
        passage:
          'По словам В.Величко, заседанию СКБ будут предшествовать заседания Совета министров обороны и Совета министров иностранных дел государств-участников договора.',
        gloss:
          "According to V. Velichko, the CSC meeting will be preceded by meetings of the Council of Defence Ministers and the Council of Foreign Ministers of the Treaty's states.",
      },
      {
        source: 'afnfn-2000-minsk-csc-announcement',
        passage: '24 МАЯ В МИНСКЕ СОСТОИТСЯ ЗАСЕДАНИЕ СОВЕТА КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ',
        gloss: 'ON 24 MAY THE COLLECTIVE SECURITY COUNCIL WILL MEET IN MINSK',
      },
    ],
  },
  {
    id: 'csc-2000-05-24-minsk',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2000-05-24',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    agenda: [
      {
        text: { en: 'Major principles of military-technical cooperation among the CST members' },
        citations: [
          {
            source: 'wps-2000-06-02-military',
            passage:
              'The council discussed issues related to the major principles of the military-technical cooperation among the CST members.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Memorandum on Enhancing the Effectiveness of the Collective Security Treaty of 15 May 1992 and Adapting it to the Current Geopolitical Situation',
          ru: 'Меморандум о повышении эффективности Договора о коллективной безопасности от 15 мая 1992 года и его адаптации к современной геополитической ситуации',
        },
        citations: [
          {
            source: 'jamestown-2000-cst-institutionalization',
            passage:
              'They signed three main documents: a “Memorandum on Enhancing the CST’s Effectiveness and Adapting it to Current Geopolitical Conditions,” a “Procedure for Making and Implementing Collective Decisions on the Use of Force,” and the status and operating rules of the Council of Defense Ministers and the Committee of Security Council Secretaries of CST Countries.',
          },
          {
            source: 'cislegislation-2000-05-24-memorandum',
            passage:
              'The memorandum of increase in efficiency of the Agreement on collective security of May 15, 1992 and its adaptation to modern geopolitical situation\n\nof May 24, 2000',
          },
        ],
      },
      {
        title: {
          en: 'Procedure for Making and Implementing Collective Decisions on the Use of Force (provisions on the procedure of making and implementing collective decisions on the use of forces of the CST members)',
        },
        citations: [
          {
            source: 'wps-2000-06-02-military',
            passage:
              'The council also debated and approved the provisions on the council of defense ministers and committee of security council secretaries of the CST members, and the provisions on the procedure of making and implementing collective decisions related to the use of forces of the CST members.',
          },
        ],
      },
      {
        title: {
          en: 'Provisions (status and operating rules) on the Council of Defence Ministers and the Committee of Security Council Secretaries of the CST states',
        },
        citations: [
          {
            source: 'wps-2000-06-02-military',
            passage:
              'The council also debated and approved the provisions on the council of defense ministers and committee of security council secretaries of the CST members, and the provisions on the procedure of making and implementing collective decisions related to the use of forces of the CST members.',
          },
        ],
      },
      {
        title: {
          en: "Statement on the CST's precedence over military-political measures undertaken by individual CST countries in association with non-CST countries",
        },
        citations: [
          {
            source: 'jamestown-2000-cst-institutionalization',
            passage:
              'In addition, and ostensibly at Nazarbaev’s initiative, the presidents adopted a declaratory statement on the “CST’s precedence over military-political measures undertaken by individual CST countries in association with other [that is, non-CST] countries.”',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'cislegislation-2000-05-24-memorandum',
        passage:
          'The memorandum of increase in efficiency of the Agreement on collective security of May 15, 1992 and its adaptation to modern geopolitical situation of May 24, 2000',
      },
      {
        source: 'jamestown-2000-cst-institutionalization',
        passage:
          'Presidents Vladimir Putin of Russia, Alyaksandr Lukashenka of Belarus, Robert Kocharian of Armenia, Nursultan Nazarbaev of Kazakhstan, Askar Akaev of Kyrgyzstan and Imomali Rahmonov of Tajikistan, with their top foreign policy and defense officials, gathered on May 24 in Minsk in the framework of the CIS Collective Security Treaty (CST).',
      },
      {
        source: 'wps-2000-06-02-military',
        passage:
          'A session of the collective security council of member countries of the Collective Security Treaty (CST), signed in Tashkent on May 15, 1992, was held in Minsk on May 24-25.',
      },
      {
        source: 'afnfn-2000-minsk-csc-announcement',
        passage: '24 МАЯ В МИНСКЕ СОСТОИТСЯ ЗАСЕДАНИЕ СОВЕТА КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ',
        gloss: 'On 24 May a session of the Collective Security Council will take place in Minsk',
      },
      {
        source: 'panarmenian-2001-04-14-nikolayenko',
        passage:
          'Nikolayenko reminded that a memorandum about increasing the efficiency of CSA and its adaptation to new geopolitical situations was adopted last year in Minsk.',
      },
      {
        source: 'jamestown-2000-cis-evolving',
        passage:
          'Leaders of various former Soviet states met in Minsk on May 23-24 to discuss the CIS Customs Union and the organization’s Collective Security Treaty.',
      },
    ],
    conflicts: [
      {
        field: 'endDate',
        values: [
          {
            value: '2000-05-24 (one day)',
            citations: [
              {
                source: 'jamestown-2000-cst-institutionalization',
                passage: 'gathered on May 24 in Minsk in the framework of the CIS Collective Security Treaty (CST).',
              },
            ],
          },
          {
            value: '2000-05-25',
            citations: [{ source: 'wps-2000-06-02-military', passage: 'was held in Minsk on May 24-25.' }],
          },
        ],
        chosen: '2000-05-24 (one day)',
        reason:
          'Jamestown and the pre-session announcement name 24 May; the WPS review alone gives 24-25 May. Jamestown (The CIS evolving) describes the Minsk meetings as 23-24 May with the CIS Customs Union summit the same days, so 25 May is doubtful.',
      },
    ],
  },
  {
    id: 'csc-2000-10-11-bishkek',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2000-10-11',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Current multilateral security cooperation issues, including coordination of joint efforts to combat international terrorism and political and religious extremism',
        },
        citations: [
          {
            source: 'kremlin-39438-cst-presidents-meeting',
            passage:
              'The Presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan discussed current multilateral security cooperation issues, including the coordination of joint efforts to combat international terrorism and political and religious extremism.',
          },
        ],
      },
      {
        text: {
          en: 'Strengthening ties with other international bodies, in particular the OSCE, the Shanghai Five, the United Nations and the Organisation of the Islamic Conference',
        },
        citations: [
          {
            source: 'kremlin-39438-cst-presidents-meeting',
            passage:
              'The meeting also examined the possibilities for strengthening ties with other international bodies, in particular the OSCE, the Shanghai Five, the United Nations and the Organisation of the Islamic Conference.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Agreement on the Status of Formations of Forces and Means of the Collective Security System',
          ru: 'Соглашение о статусе формирований сил и средств системы коллективной безопасности',
        },
        citations: [
          {
            source: 'adilet-2001-05-22-ratification-status-agreement',
            passage:
              'Ратифицировать Соглашение о статусе формирований сил и средств\n\nсистемы коллективной безопасности, совершенное в городе Бишкеке 11 октября\n\n2000 года.',
            gloss:
              'To ratify the Agreement on the Status of Formations of Forces and Means of the Collective Security System, done in the city of Bishkek on 11 October 2000.',
          },
          {
            source: 'lawmix-2000-10-11-status-agreement',
            passage:
              '"СОГЛАШЕНИЕ О СТАТУСЕ ФОРМИРОВАНИЙ СИЛ И СРЕДСТВ СИСТЕМЫ КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ"(Заключено в г. Бишкеке 11.10.2000)',
            gloss:
              '"Agreement on the Status of Formations of Forces and Means of the Collective Security System" (concluded in Bishkek 11.10.2000)',
          },
          {
            source: 'kremlin-39438-cst-presidents-meeting',
            passage:
              'The Presidents concluded the meeting by signing agreements aimed at strengthening peace, stability and security in the member countries.\nUnder the terms of the agreement on the status of the formation of collective security forces and systems, the signatories to the Collective Security Treaty (CST) can “send to the territory of CST signatories, at their request and with their approval, troop formations to jointly counter military aggression, hold joint counter-terrorist operations or command and troop exercises”.',
          },
        ],
      },
      {
        title: { en: 'Declaration on the situation in Central Asia and Afghanistan' },
        citations: [
          {
            source: 'kremlin-39438-cst-presidents-meeting',
            passage:
              'The Presidents of the CST signatory countries also adopted a declaration on the situation in Central Asia and Afghanistan, in which they expressed their readiness to provide the necessary assistance to any CST signatory country in the event of armed attack of its territory by terrorists and extremists.',
          },
        ],
      },
      {
        title: { en: 'Programme for the CST forces for 2001–2005' },
        citations: [
          {
            source: 'kremlin-39438-cst-presidents-meeting',
            passage: 'The meeting approved a programme for the CST forces for 2001–2005.',
          },
        ],
      },
      {
        title: {
          en: 'Decision consolidating the status of the CIS Interparliamentary Assembly as the parliamentary structure of the Collective Security Treaty',
        },
        citations: [
          {
            source: 'rokkit-cstopa-history',
            passage:
              'The status of the CIS Interparliamentary Assembly as a parliamentary structure of the Collective Security Treaty was consolidated in 2000 at the session of the Collective Security Council of the CST (Bishkek, Kyrgyz Republic)',
          },
        ],
      },
    ],
    dateDerivation:
      "No passage found that dates the heads-of-state meeting itself. Date and place taken from the agreement on the status of formations of forces and means of the collective security system, 'done in the city of Bishkek on 11 October 2000'; the Kremlin news item 39438 (its date not shown in the text read) reports that the CST presidents concluded their meeting by signing this agreement. Vremya Novostei confirms a CST summit in Bishkek attended by Putin before 2002.",
    note: "Identification of Kremlin item 39438 with the Bishkek session rests on its content (signing of the agreement on the status of formations, which is dated Bishkek 11 October 2000; mention of the 'Shanghai Five', renamed in June 2001). Chair not found.",
    citations: [
      {
        source: 'adilet-2001-05-22-ratification-status-agreement',
        passage:
          'Ратифицировать Соглашение о статусе формирований сил и средств\n\nсистемы коллективной безопасности, совершенное в городе Бишкеке 11 октября\n\n2000 года.',
        gloss:
          'To ratify the Agreement on the Status of Formations of Forces and Means of the Collective Security System, done in the city of Bishkek on 11 October 2000.',
      },
      {
        source: 'vremya-putin-bishkek-visit',
        passage: 'До сих пор в этом качестве Путин был лишь на саммите Договора о коллективной безопасности СНГ (ДКБ).',
        gloss:
          'Until now Putin had been [in Kyrgyzstan] in this capacity only at the summit of the CIS Collective Security Treaty (CST).',
      },
      {
        source: 'rokkit-cstopa-history',
        passage:
          'The status of the CIS Interparliamentary Assembly as a parliamentary structure of the Collective Security Treaty was consolidated in 2000 at the session of the Collective Security Council of the CST (Bishkek, Kyrgyz Republic)',
      },
    ],
  },
  {
    id: 'csc-2001-05-25-yerevan',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2001-05-25',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Creation of collective rapid deployment forces (for Central Asia, headquartered in Bishkek)',
          ru: 'создании коллективных сил быстрого развертывания',
        },
        citations: [
          {
            source: 'elvisti-2001-05-26-yerevan',
            passage:
              'В ходе работы форума Президенты Армении, Белоруссии, Казахстана, Киргизии, России и Таджикистана достигли договоренности о создании коллективных сил быстрого развертывания.',
            gloss:
              'During the forum the Presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan reached agreement on the creation of collective rapid deployment forces.',
          },
          {
            source: 'asbarez-2001-cst-yerevan-wrap-up',
            passage:
              'The members of the defense grouping gave their final go-ahead to the formation of a Russian-led "rapid reaction force" to be headquartered in the Kyrgyz capital Bishkek.',
          },
        ],
      },
      {
        text: { en: 'Formalising the Russian-Armenian joint military contingent within the CST framework' },
        citations: [
          {
            source: 'azatutyun-2001-leaders-arrive-yerevan',
            passage:
              "Armenia and Russia, which have maintained close military links since the break-up of the Soviet Union, will use the summit to formalize their decision to form a joint military contingent to be deployed near Armenia's border with Turkey within the CST framework.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Protocol on the procedure of formation, functioning and interaction of regional collective security forces (collective rapid deployment forces)',
          ru: 'протокол о порядке формирования, функционирования и взаимодействия региональных сил коллективной безопасности',
        },
        citations: [
          {
            source: 'elvisti-2001-05-26-yerevan',
            passage:
              'Как сообщает "Deutsche Welle", Президенты на форуме подписали протокол о порядке формирования, функционирования и взаимодействия региональных сил коллективной безопасности, своего рода "голубых касок" для СНГ, еще в двух регионах - кавказском и европейском.',
            gloss:
              "As Deutsche Welle reports, the Presidents at the forum signed a protocol on the procedure of formation, functioning and interaction of regional collective security forces, a kind of 'blue helmets' for the CIS, in two more regions – the Caucasian and the European.",
          },
          {
            source: 'newslt-2001-05-26-rdf-protocol',
            passage:
              "Participants in a Collective Security Council session have signed today in Armenia's capital Yerevan a protocol to set up a collective rapid deployment force in the Central Asian region",
          },
        ],
      },
      {
        title: { en: 'Joint statement of the six presidents on the threat of international terrorism and extremism' },
        citations: [
          {
            source: 'azatutyun-2001-yerevan-wrap-up',
            passage:
              '"We express serious concern at...the growing threat from international terrorism and extremism, which is acquiring a clearly defined transnational and coordinated nature," the six president, including Russia\'s Vladimir Putin, declared in a joint statement at the end of the summit.',
          },
        ],
      },
    ],
    note: "RFE/RL (azatutyun) calls it 'a two-day meeting in Yerevan' ending on Friday; the leaders arrived on Thursday and the CST session proper was a one-day session on Friday 25 May 2001. Kocharian opened the summit as host; no source found that names the chair of the Council.",
    citations: [
      {
        source: 'elvisti-2001-05-26-yerevan',
        passage: '25 мая в Ереване (Армения) прошел саммит 6 стран-участниц Договора о коллективной безопасности СНГ.',
        gloss:
          'On 25 May a summit of the 6 states parties to the CIS Collective Security Treaty took place in Yerevan (Armenia).',
      },
      {
        source: 'asbarez-2001-cst-yerevan-wrap-up',
        passage: 'A Collective Security Treaty summit was held in Yerevan on Friday.',
      },
      {
        source: 'asbarez-2001-cst-yerevan-wrap-up',
        passage:
          'Speaking at the opening ceremony of the CST session–President Robert Kocharian said that participation in the treaty is "one of the most important components of the security system of our state."',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2001-05-25',
            citations: [
              {
                source: 'elvisti-2001-05-26-yerevan',
                passage:
                  '25 мая в Ереване (Армения) прошел саммит 6 стран-участниц Договора о коллективной безопасности СНГ.',
                gloss:
                  'On 25 May a summit of the 6 states parties to the CIS Collective Security Treaty took place in Yerevan (Armenia).',
              },
            ],
          },
          {
            value: "2001-05-26 (only if News.lt's 'today' is read against its publication date)",
            citations: [
              {
                source: 'newslt-2001-05-26-rdf-protocol',
                passage:
                  "Participants in a Collective Security Council session have signed today in Armenia's capital Yerevan a protocol to set up a collective rapid deployment force in the Central Asian region",
              },
            ],
          },
        ],
        chosen: '2001-05-25',
        reason:
          "ELVISTI states 25 May explicitly; Asbarez and RFE/RL put the session on a Friday (25 May 2001). News.lt republished an allnews.ru item on 26 May; its 'today' refers to the original item's date.",
      },
    ],
  },
  {
    id: 'cmfa-2001-11-28-moscow',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2001-11-28',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'The situation in Afghanistan and joint approaches to its post-conflict settlement; the fight against international terrorism',
        },
        citations: [
          {
            source: 'pravda-2001-cst-cmfa-announcement',
            passage:
              'According to the Russian diplomat, the conferees "will discuss joint approaches to the problem of the post-conflict setup in Afghanistan which has now entered a practicable sphere."',
          },
        ],
      },
      {
        text: {
          en: "Coordination of the foreign-policy activities of the Treaty's signatories, including joint promotion of security initiatives in international organisations",
        },
        citations: [
          {
            source: 'pravda-2001-cst-cmfa-announcement',
            passage:
              'According to him, the session will also "consider the problem of coordinating foreign political activities of the signatories to the Treaty, including joint promotion in international organisations of security-related initiatives."',
          },
        ],
      },
      {
        text: {
          en: 'Improving the mechanism of cooperation among the Treaty members',
        },
        citations: [
          {
            source: 'rferl-2001-11-29-cst-fm-moscow',
            passage:
              '"All the members of the [Collective Security] Treaty agreed on the necessity of improving the mechanism of our cooperation. We spoke about it today during our meeting as well.',
          },
        ],
      },
    ],
    dateDerivation:
      "RFE/RL, datelined 'Moscow, 29 November 2001', says the ministers met 'yesterday' = 28 November 2001.",
    note: "Collective Security Treaty era (before the CSTO). The Pravda.ru announcement is undated; its mention of Ivanov reporting on Putin's visit to the USA fits November 2001. RFE/RL calls it a meeting of the foreign ministers; Pravda.ru calls it a session of the Council of Foreign Ministers.",
    citations: [
      {
        source: 'rferl-2001-11-29-cst-fm-moscow',
        passage:
          "Moscow, 29 November 2001 (RFE/RL) -- The situation in Afghanistan dominated yesterday's talks in Moscow between foreign ministers from the six member-states of the Collective Security Treaty (CST).",
      },
      {
        source: 'rferl-2001-11-29-cst-fm-moscow',
        passage:
          'The foreign ministers of the six former Soviet member-states of the Collective Security Treaty met yesterday in Moscow. The officials -- from Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan -- discussed possible solutions to the situation in Afghanistan and the fight against international terrorism.',
      },
      {
        source: 'pravda-2001-cst-cmfa-announcement',
        passage:
          'The Afghanistan developments and security in the Central Asian region are the issues which will dominate a session of the Council of Foreign Ministers of the countries on the Collective Security Treaty, said official Russian Foreign Ministry spokesman Alexander Yakovenko.',
      },
    ],
  },
  {
    id: 'joint-2002-05-13-moscow',
    body: 'cmfa',
    bodies: ['cmfa', 'cmd'],
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2002-05-13',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Approval of the agenda of the CSC session; draft documents submitted to the CSC; the role and place of the CST in the changed geopolitical situation',
        },
        citations: [
          {
            source: 'pravda-2002-05-cst-joint-cmfa-cmd',
            passage:
              'at this session its participants will approve the agenda of the CST session, will consider draft documents submitted to the CST, exchange views on the role and the place of the CST, taking into consideration the changes in the geopolitical situation in the area of its operation and will also discuss other questions of mutual interest.',
          },
        ],
      },
      {
        text: {
          en: 'Draft joint Statement of the CST heads of state on transforming the Treaty into an inter-state regional organisation',
        },
        citations: [
          {
            source: 'pravda-2002-05-cst-joint-cmfa-cmd',
            passage:
              'Apart from that, the session participants will have to draft a joint Statement of the CST heads of state in which they will fix the common position of the participants in Treaty on its further perfection and transformation into an inter-state regional organisation.',
          },
        ],
      },
      {
        text: {
          en: "Approve the agenda of the Collective Security Council session, consider draft documents submitted to it, and draft a joint Statement of the heads of state on the Treaty's transformation into an inter-state regional organisation",
        },
        citations: [
          {
            source: 'pravda-2002-05-cst-joint-cmfa-cmd',
            passage:
              'at this session its participants will approve the agenda of the CST session, will consider draft documents submitted to the CST, exchange views on the role and the place of the CST, taking into consideration the changes in the geopolitical situation in the area of its operation and will also discuss other questions of mutual interest.',
          },
        ],
      },
      {
        text: {
          en: 'Submitting to the Presidents the issue of giving the Treaty the status of an international regional organisation and creating a single military-staff body on the basis of the Russian General Staff',
        },
        citations: [
          {
            source: 'pravda-2002-05-csc-jubilee',
            passage:
              "They took a decision to submit for the Presidents' approval the issue of giving the Treaty a status of an international regional organisation and of creating a single military-staff body on the basis of the General Staff of the Russian Armed Forces headed by Chief of the Russian General Staff Anatoly Kvashnin.",
          },
        ],
      },
    ],
    dateDerivation:
      "Pravda.ru announces the joint session 'on Monday', on the eve of the CSC session 'scheduled for May 14' (14 May 2002, Moscow); Monday 13 May 2002. The year is inferred from the 2002 Moscow CSC session that decided to transform the Treaty into an organization.",
    note: "Pre-CSTO: bodies of the Collective Security Treaty before the Organization's Charter (October 2002). Known only from a pre-meeting announcement.",
    citations: [
      {
        source: 'pravda-2002-05-cst-joint-cmfa-cmd',
        passage:
          "The Foreign and Defence Ministers of the member-countries of the Collective Security Treaty (CST) - Armenia, Belarus, Kazakhstan, Kirghizia, Russia and Tajikistan - will have a joint session of the Council of Foreign Ministers and the Council of Defence Ministers in Moscow on Monday. This session will take place on the eve of the session of the Collective Security Council, scheduled for May 14, which will be held at the level of the Presidents of the Treaty's member-countries.",
      },
      {
        source: 'pravda-2002-05-cst-joint-cmfa-cmd',
        passage:
          'The Foreign and Defence Ministers of the member-countries of the Collective Security Treaty (CST) - Armenia, Belarus, Kazakhstan, Kirghizia, Russia and Tajikistan - will have a joint session of the Council of Foreign Ministers and the Council of Defence Ministers in Moscow on Monday. This session will take place on the eve of the session of the Collective Security Council, scheduled for May 14',
      },
      {
        source: 'pravda-2002-05-csc-jubilee',
        passage:
          "This agenda of the session was unanimously supported at a Monday joint session of the Treaty's Foreign and Defence Ministers.",
      },
    ],
  },
  {
    id: 'csc-2002-05-14-moscow',
    body: 'csc',
    kind: 'jubilee',
    status: 'held',
    format: 'in-person',
    date: '2002-05-14',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: { en: 'Transformation of the Collective Security Treaty into an international regional organisation' },
        citations: [
          {
            source: 'pravda-2002-05-csc-jubilee',
            passage:
              'The main attention will be paid to the transformation of the Treaty into an international regional organisation, to the creation of an inter-state military control body, to the expansion of military and technological cooperation and to coordination in the sphere of foreign policy.',
          },
        ],
      },
      {
        text: {
          en: 'Creation of an interstate military control body of the CST',
          ru: 'вопрос о формировании органа военного управления Договора как самостоятельного межгосударственного военно-штабного института',
        },
        citations: [
          {
            source: 'afnfn-2002-moscow-csc-announcement',
            passage:
              'Исходя из необходимости укрепления военной составляющей ДКБ, Совет коллективной безопасности предметно обсудит вопрос о формировании органа военного управления Договора как самостоятельного межгосударственного военно-штабного института.',
            gloss:
              'Proceeding from the need to strengthen the military component of the CST, the Collective Security Council will discuss in substance the formation of a military command body of the Treaty as an independent interstate military-staff institution.',
          },
        ],
      },
      {
        text: { en: 'Deepening military and military-technical cooperation' },
        citations: [
          {
            source: 'kremlin-2002-05-14-transcript-21592',
            passage: 'We have also discussed ways to deepen military and military-technical cooperation.',
          },
        ],
      },
    ],
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
      {
        source: 'kremlin-2002-05-14-transcript-21592',
        passage:
          'Press Statement and Answers to Questions following a Meeting of the Collective Security Council\n\nMay 14, 2002, The Kremlin, Moscow',
      },
      {
        source: 'kremlin-2002-05-14-transcript-21592',
        passage:
          'This session of the Collective Security Council is planned for the 10th anniversary of the Collective Security Treaty.',
      },
      {
        source: 'afnfn-2002-moscow-csc-announcement',
        passage:
          '14 мая 2002 года в Москве состоится сессия Совета коллективной безопасности, приуроченная к 10-й годовщине Договора о коллективной безопасности (ДКБ).',
        gloss:
          'On 14 May 2002 a session of the Collective Security Council timed to the 10th anniversary of the Collective Security Treaty (CST) will take place in Moscow.',
      },
      {
        source: 'mid-2002-05-13-ivanov-press-conference',
        passage:
          'The main task that confronted the just concluded meeting of the foreign and defense ministers of the Collective Security Treaty countries was to prepare a session of the Collective Security Council to be held tomorrow.',
      },
    ],
    documents: [
      {
        title: { en: 'Decision to create the Collective Security Treaty Organisation (CSTO)' },
        citations: [
          {
            source: 'kremlin-2002-05-14-csto-decision',
            passage:
              'The decision was taken by the Presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan at the Moscow session of the Collective Security Council which was chaired by Russian President Vladimir Putin.',
          },
          {
            source: 'asiaplus-2012-05-15',
            passage:
              'On May 14, 2002, the Collective Security Council gathered in Moscow and decided to reorganize mechanisms and structures of cooperation between CST member states into international organization – the Collective Security Treaty Organization.',
          },
        ],
      },
      {
        title: { en: 'Decision to create an interstate CST military control body' },
        citations: [
          {
            source: 'kremlin-2002-05-14-csto-decision',
            passage: 'A decision was taken by the session to create an interstate CST military control body.',
          },
        ],
      },
      {
        title: {
          en: 'Statement on the occasion of the 10th anniversary of the signing of the Collective Security Treaty',
        },
        citations: [
          {
            source: 'kremlin-2002-05-14-csto-decision',
            passage:
              'At the end of the summit the leaders of Russia, Belarus, Kazakhstan, Armenia, Kyrgyzstan and Tajikistan adopted a statement on the occasion of the 10th anniversary of the signing of the Collective Security Treaty',
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2002-05-14',
            citations: [
              { source: 'kremlin-2002-05-14-transcript-21592', passage: 'May 14, 2002, The Kremlin, Moscow' },
            ],
          },
          {
            value: '2002-05-13/14',
            citations: [
              {
                source: 'afnby-2002-csc-13-14-may',
                passage:
                  'Заседание высшего органа Договора о коллективной безопасности (ДКБ) - Совета коллективной безопасности (СКБ) - состоится 13-14 мая в Москве.',
                gloss:
                  'The meeting of the supreme body of the CST, the Collective Security Council, will take place on 13-14 May in Moscow.',
              },
            ],
          },
        ],
        chosen: '2002-05-14',
        reason:
          'The advance announcement of 13-14 May included the joint CMFA/CMD meeting of 13 May (mid.ru); the Kremlin dates the heads-of-state session 14 May 2002.',
      },
    ],
    chair: { name: { en: 'Vladimir Putin', ru: 'Владимир Путин' }, state: 'RU' },
  },
  {
    id: 'cssc-2003-03-19-moscow',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2003-03-19',
    endDate: '2003-03-21',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: { en: 'The Iraqi crisis' },
        citations: [
          {
            source: 'pravda-en-2003-03-kssb-moscow',
            passage: 'The Iraqi crisis will be one of the main issues at the meeting',
          },
        ],
      },
      {
        text: {
          en: 'Preparations for transforming the Collective Security Treaty into a full-scale military-political organisation (CSTO)',
        },
        citations: [
          {
            source: 'pravda-en-2003-03-kssb-moscow',
            passage:
              'The preparations for return of the DKB into a full-scale military-political organisation is another important topic of the meeting of the KSSB of the DKB, Chernov noted.',
          },
        ],
      },
    ],
    dateDerivation:
      "The article gives 'March 19-21' without a year; 2003 is inferred from its references to the '(March 17) statement by U.S. president George Bush' and to the CSC session planned 'in Dushanbe on April 22, 2003'. Known only from this pre-meeting announcement.",
    note: 'Meeting of the Committee under the Collective Security Treaty before the formal launch of the CSTO structures; announced by Russian Deputy Security Council Secretary Oleg Chernov.',
    citations: [
      {
        source: 'pravda-en-2003-03-kssb-moscow',
        passage:
          "The Iraqi crisis will be one of the main issues at the meeting of the Committee of the Security Councils' Secretaries (KSSB) of the countries party to the Collective Security Treaty (DKB), to be held in Moscow on March 19-21.",
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
      { source: 'fas-fbis-2003-04-29-dushanbe', passage: 'Agentstvo Voyennykh Novostey, 29 Apr 03' },
      {
        source: 'fas-fbis-2003-04-29-dushanbe',
        passage:
          'The Dushanbe summit of the Collective Security Treaty member nations made a decision on the main components of the military headquarters on Monday, he said.',
      },
      {
        source: 'rferl-2003-dubnov-dushanbe-summit',
        passage:
          'все президенты во главе с хозяином - президентом Таджикистана Эмомали Рахмоновым - уехали в живописное Варзобское ущелье в часе езды от Душанбе, где в резиденции Рахмонова состоялся сегодня очередной саммит Организации договора о коллективной безопасности СНГ, сокращенно ОДКБ',
        gloss:
          "all the presidents, led by the host, President of Tajikistan Emomali Rakhmonov, went to the picturesque Varzob gorge an hour from Dushanbe, where the regular summit of the CIS Collective Security Treaty Organisation, CSTO for short, was held today at Rakhmonov's residence",
      },
      {
        source: 'courtinfo-2003-04-28-heads-statement',
        passage: 'Принято\nДоговаривающимися сторонами\n28 апреля 2003 года',
        gloss: 'Adopted by the Contracting Parties on 28 April 2003',
      },
    ],
    documents: [
      {
        title: {
          en: 'Package of documents regulating the work of the CSTO military headquarters (structure, functions and establishment)',
        },
        citations: [
          {
            source: 'fas-fbis-2003-04-29-dushanbe',
            passage:
              'The Dushanbe summit of the Collective Security Treaty member nations made a decision on the main components of the military headquarters on Monday, he said. "A package of documents regulating the work of the headquarters was passed, its structure, functions and establishment were determined. The headquarters will consist of 55 officers," he stressed.',
          },
        ],
      },
      {
        title: { en: 'Appointment of Nikolai Bordyuzha as Secretary General of the organisation' },
        citations: [
          {
            source: 'fas-fbis-2003-04-29-dushanbe',
            passage:
              'The presidents of the countries in the Collective Security Treaty Organization appointed Nikolai Bordyuzha secretary general of the organization and adopted a political statement on Monday.',
          },
        ],
      },
      {
        title: {
          en: 'Statement of the heads of state of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan',
          ru: 'Заявление глав государств Республики Армения, Республики Белоруссия, Республики Казахстан, Киргизской Республики, Российской Федерации и Республики Таджикистан',
        },
        citations: [
          {
            source: 'courtinfo-2003-04-28-heads-statement',
            passage:
              'Заявление от 28 апреля 2003 года\n\nЗаявление глав государств Республики Армения, Республики Белоруссия, Республики Казахстан, Киргизской Республики, Российской Федерации и Республики Таджикистан',
            gloss:
              'Statement of 28 April 2003. Statement of the heads of state of the Republic of Armenia, the Republic of Belarus, the Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation and the Republic of Tajikistan',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2003-11-19-bishkek',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2003-11-19',
    endDate: '2003-11-20',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Situation in Afghanistan; strengthening coordination of the foreign-policy activity of CSTO member states',
          ru: 'Обсуждение ситуации в Афганистане, вопросы укрепления координации внешнеполитической деятельности государств-членов ОДКБ',
        },
        citations: [
          {
            source: 'afnby-2003-bishkek-cmfa',
            passage:
              'Запланировано обсуждение ситуации в Афганистане, вопросы укрепления координации внешнеполитической деятельности государств-членов ОДКБ.',
            gloss:
              'Discussion of the situation in Afghanistan and questions of strengthening coordination of the foreign-policy activity of CSTO member states are planned.',
          },
        ],
      },
      {
        text: {
          en: 'Draft budget of the Organization for 2004; draft documents on the procedure for admission to and withdrawal from the CSTO and on suspension or exclusion of a member state',
          ru: 'Проект Бюджета Организации на 2004 год, проекты документов о порядке приема и выхода из ОДКБ и о приостановке участия государства-члена в деятельности органов ОДКБ или его исключении',
        },
        citations: [
          {
            source: 'afnby-2003-bishkek-cmfa',
            passage:
              'Будет также рассмотрен проект Бюджета Организации на 2004 год, проекты документов о порядке приема и выхода из ОДКБ и о приостановке участия государства-члена в деятельности органов ОДКБ или его исключении',
            gloss:
              "The draft budget of the Organization for 2004 and draft documents on the procedure for admission to and withdrawal from the CSTO and on suspension of a member state's participation in CSTO bodies or its exclusion will also be considered.",
          },
        ],
      },
    ],
    citations: [
      {
        source: 'afnby-2003-bishkek-cmfa',
        passage:
          '19-20 ноября 2003 года в Бишкеке состоится заседание Совета Министров иностранных дел Организации Договора о коллективной безопасности (СМИД ОДКБ).',
        gloss:
          'On 19-20 November 2003 a meeting of the Council of Ministers of Foreign Affairs of the CSTO will be held in Bishkek.',
      },
    ],
  },
  {
    id: 'cssc-2003-12-08-dushanbe',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2003-12-08',
    place: { en: 'Dushanbe', ru: 'Душанбе' },
    host: 'TJ',
    agenda: [
      {
        text: {
          en: 'The situation in the CSTO zone of responsibility; progress in implementing the decisions of the Dushanbe session of the Collective Security Council',
          ru: 'о ситуации в зоне ответственности ОДКБ, о ходе выполнения решений Душанбинской сессии Совета коллективной безопасности',
        },
        citations: [
          {
            source: 'dkb-2003-12-dushanbe-cssc7',
            passage:
              'В центре работы заседания стояли вопросы о ситуации в зоне ответственности ОДКБ, о ходе выполнения решений Душанбинской сессии Совета коллективной безопасности.',
            gloss:
              "The meeting's work centred on the situation in the CSTO zone of responsibility and progress in implementing the decisions of the Dushanbe session of the Collective Security Council.",
          },
        ],
      },
      {
        text: {
          en: "Practical measures to strengthen the Organization's role, based on an analysis of the Committee's work against modern challenges and threats in 2000-2003",
        },
        citations: [
          {
            source: 'dkb-2003-12-dushanbe-cssc7',
            passage:
              'На основе анализа работы комитета секретарей советов безопасности по противодействию современным вызовам и угрозам за период 2000-2003 г.г. выработаны практические меры по усилению роли Организаци',
            gloss:
              "On the basis of an analysis of the committee's work countering modern challenges and threats over 2000-2003, practical measures were worked out to strengthen the role of the Organization",
          },
        ],
      },
    ],
    dateDerivation:
      "The CSTO press release says '8 декабря с.г.' (8 December of the current year) without the year; the year 2003 is inferred from the release's reference to the Committee's work 'за период 2000-2003 г.г.' and to the Dushanbe CSC session (April 2003). Year not stated verbatim.",
    note: 'Numbered the seventh meeting of the Committee; representatives of the security councils of Azerbaijan, Georgia, Moldova and Ukraine also took part.',
    citations: [
      {
        source: 'dkb-2003-12-dushanbe-cssc7',
        passage:
          '8 декабря с.г. в г. Душанбе состоялось седьмое заседание Комитета секретарей советов безопасности Организации Договора о коллективной безопасности',
        gloss:
          'On 8 December of this year the seventh meeting of the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization took place in Dushanbe',
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
    agenda: [
      {
        text: {
          en: "Real coordination of foreign policies within international organisations; establishing real functioning of the CSTO's own structures; joint actions of air defence systems",
        },
        citations: [
          {
            source: 'itartass-2004-06-18-astana-summit',
            passage:
              'Prikhodko mentioned the following three most important items on the\nagenda of the CSTO summit: a real coordination of foreign policies\nwithin the framework of international organisations, the establishment\nof real functioning of the structures of the CSTO itself and joint\nactions of air defence systems.',
          },
        ],
      },
      {
        text: {
          en: 'Situation in the Middle East and Afghanistan, interaction in fighting terrorism and combating drug trafficking',
        },
        citations: [
          {
            source: 'itartass-2004-06-18-astana-summit',
            passage:
              "Russian president's aide Sergei Prikhodko said earlier that the leaders\nof the six countries would discuss in greater detail the situation\nin the Middle East, including, possibly, the U.S. Greater Middle\nEast initiative, proposed at the recent Group of Eight (G8) summit,\nthe situation in Afghanistan, interaction in fighting terrorism,\nand in combating drugs trafficking.",
          },
        ],
      },
      {
        text: { en: "Priority areas of the organisation's work for 2004–2005" },
        citations: [
          {
            source: 'kremlin-2005-06-23-transcript-23051',
            passage:
              'As you remember, the summit in Astana confirmed the priority areas for the organisation’s work in 2004–2005.',
          },
        ],
      },
    ],
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
      {
        source: 'itartass-2004-06-18-astana-summit',
        passage:
          'ASTANA, June 18 -- Leaders of the Collective Security Treaty\nOrganisation (CSTO) member states at their summit here on Friday\ndiscussed collective measures of security building and CSTO\nstrengthening.',
      },
      {
        source: 'itartass-2004-06-18-nazarbayev-threat',
        passage:
          'Speaking at an enlarged meeting of the CSTO summit in the Kazakh\ncapital Astana on Friday he urged to "reduce to minimum the doubling\nof functions within the framework of the organisation, concentrate\non the military-political component and intensify cooperation against\nchallenges and threats of today."',
      },
      {
        source: 'kremlin-2005-06-23-transcript-23051',
        passage:
          'Exactly a year has passed since the last summit in Astana. Kazakhstan presided the organisation over this time.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Decision on the documents regulating the activity of the CSTO (Rules of procedure of CSTO bodies; regulations on admission and withdrawal; on suspension or exclusion; on the Certificate of Honour of the Collective Security Council)',
        },
        citations: [
          {
            source: 'ealegislation-2004-06-18-astana-decision',
            passage:
              'Council of collective security of the Collective Security Treaty Organization solved:\napprove:\n- Rules of procedure of bodies of the Collective Security Treaty Organization (appendix No. 1);',
          },
          {
            source: 'ealegislation-2004-06-18-astana-decision',
            passage: 'It is made in the city of Astana on June 18, 2004 in one authentic copy in Russian.',
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'endDate',
        values: [
          {
            value: '2004-06-18 (one day)',
            citations: [
              {
                source: 'itartass-2004-06-18-astana-summit',
                passage:
                  'ASTANA, June 18 -- Leaders of the Collective Security Treaty\nOrganisation (CSTO) member states at their summit here on Friday',
              },
            ],
          },
          {
            value: '2004-06-19 (planned 18-19 June)',
            citations: [
              {
                source: 'interfaxkz-2004-05-12-astana-preparations',
                passage:
                  'The session will be held at the level of the presidents of the CSTO\nmember states in Astana on 18-19 June this year.',
              },
            ],
          },
        ],
        chosen: '2004-06-18 (one day)',
        reason:
          'The 18-19 June dates are an advance announcement; the Council decision is dated 18 June 2004 and ITAR-TASS reports the summit on Friday 18 June.',
      },
    ],
  },
  {
    id: 'cmd-2004-11-25-moscow',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2004-11-25',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    chair: { name: { en: 'Mukhtar Altynbayev', ru: 'Мухтар Алтынбаев' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: "Current and long-term planning of the development of the Organization's military component; improving the legal basis of the Collective Rapid Deployment Forces; training of military personnel",
          ru: 'вопросы текущего и перспективного планирования развития военной компоненты организации, совершенствование правовых основ функционирования Коллективных сил быстрого развертывания, подготовки военных кадров',
        },
        citations: [
          {
            source: 'afn-2004-cmd-moscow-nov25-preview',
            passage:
              'Министры обороны обсудят вопросы текущего и перспективного планирования развития военной компоненты организации, совершенствование правовых основ функционирования Коллективных сил быстрого развертывания, подготовки военных кадров.',
            gloss:
              "The defence ministers will discuss current and long-term planning of the development of the organization's military component, improving the legal basis for the functioning of the Collective Rapid Deployment Forces, and training of military personnel.",
          },
        ],
      },
      {
        text: {
          en: 'Agreement on the conditions of stay of the CSTO Joint Staff on the territory of the Russian Federation and the organization of its work',
          ru: 'соглашение об условиях пребывания Объединенного штаба ОДКБ на территории РФ и организации его работы',
        },
        citations: [
          {
            source: 'afn-2004-cmd-moscow-nov25-preview',
            passage:
              'Министры также обсудят соглашение об условиях пребывания Объединенного штаба ОДКБ на территории РФ и организации его работы',
            gloss:
              'The ministers will also discuss the agreement on the conditions of stay of the CSTO Joint Staff on the territory of the Russian Federation and the organization of its work',
          },
        ],
      },
    ],
    dateDerivation:
      'The page gives day and month (25 November) but no year. Year 2004 inferred: a Kazakh minister chaired the CSTO bodies between the Astana CSC session (June 2004) and the Moscow CSC session (June 2005); the only 25 November in that period is in 2004. The afn.by article id (51652) also precedes the 2005 article (60876) on the same site.',
    citations: [
      {
        source: 'afn-2004-cmd-moscow-nov25-preview',
        passage:
          'Очередное заседание Совета министров обороны Организации Договора о коллективной безопасности (ОДКБ) состоится в Москве 25 ноября под председательством главы оборонного ведомства Казахстана генерала армии Мухтара Алтынбаева.',
        gloss:
          "The regular meeting of the CSTO Council of Defence Ministers will take place in Moscow on 25 November, chaired by the head of Kazakhstan's defence ministry, General of the Army Mukhtar Altynbayev.",
      },
    ],
  },
  {
    id: 'cssc-2004-11-30-yerevan',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2004-11-30',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Plan of action on priority fields of CSTO activity: fighting international terrorism, drug trafficking, illegal migration and extremism',
        },
        citations: [
          {
            source: 'itartass-2004-11-30-yerevan-cssc',
            passage:
              'the meeting participants\ndiscussed the plan of action on priority fields of activity of the\nCSTO – fighting against international terrorism, drug trafficking,\nillegal migration and various types of extremism.',
          },
          {
            source: 'ria-2004-11-30-cssc',
            passage:
              'На заседании был подробно обсужден план деятельности ОДКБ и приоритетные направления его деятельности - борьба с международным терроризмом, незаконным оборотом наркотиков, незаконной миграцией и различными видами экстремизма.',
            gloss:
              'The meeting discussed in detail the CSTO plan of activity and its priority areas: the fight against international terrorism, illegal drug trafficking, illegal migration and various kinds of extremism.',
          },
        ],
      },
    ],
    dateDerivation:
      "ITAR-TASS item dated 'November 30, 2004 Tuesday' says the meeting was held 'on Tuesday' = 2004-11-30.",
    note: 'Numbered the tenth meeting of the Committee by ITAR-TASS. Russia was represented by Security Council Secretary Igor Ivanov.',
    citations: [
      {
        source: 'itartass-2004-11-30-yerevan-cssc',
        passage:
          'The Tenth meeting of the Committee of Security Council secretaries of\nthe Collective Security Treaty Organisation (CSTO) member states was\nheld in the Armenian capital Yerevan on Tuesday.',
      },
    ],
  },
  {
    id: 'cmfa-2005-06-22-moscow',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2005-06-22',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Strengthening allied relations among member states; analysis of the military-political situation in the CSTO zone of responsibility and adjacent regions',
        },
        citations: [
          {
            source: 'panarmenian-2005-06-22-moscow-cmfa',
            passage:
              'the participants will focus on further strengthening of allied relations of\nthe Organization member states, promotion of military integration and that\nin other fields.',
          },
        ],
      },
      {
        text: {
          en: 'Recent developments in Afghanistan; cooperation against new challenges and threats; interaction with the UN, OSCE, NATO and other international organizations',
        },
        citations: [
          {
            source: 'panarmenian-2005-06-22-moscow-cmfa',
            passage:
              'issues of interaction with the UN, OSCE, NATO and some other\ninternational organizations will be also considered.',
          },
        ],
      },
    ],
    dateDerivation: "PanARMENIAN item dated 22.06.2005 says the sitting 'started in Moscow today'.",
    note: "Passage line breaks reproduce the source page's hard-wrapped text.",
    citations: [
      {
        source: 'panarmenian-2005-06-22-moscow-cmfa',
        passage:
          'The sitting of Foreign Ministers of the Collective\nSecurity Treaty Organization (CSTO) started in Moscow today.',
      },
    ],
  },
  {
    id: 'cssc-2005-06-22-moscow',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2005-06-22',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Further development of allied relations of CSTO member states in the integration, military and military-technical spheres',
          ru: 'вопросы дальнейшего развития союзнических отношений государств-членов ОДКБ в интеграционной, военной и военно-технической сферах',
        },
        citations: [
          {
            source: 'ria-2005-06-22-cssc-moscow',
            passage:
              'в повестку дня заседания КССБ также включены вопросы дальнейшего развития союзнических отношений государств-членов ОДКБ в интеграционной, военной и военно-технической сферах.',
            gloss:
              'the agenda of the KSSB meeting also includes the further development of allied relations of CSTO member states in the integration, military and military-technical spheres.',
          },
        ],
      },
      {
        text: {
          en: 'Implementation of earlier decisions and practical measures against terrorism, drug trafficking and cross-border crime; analysis of the military-political situation in the CSTO zone of responsibility',
        },
        citations: [
          {
            source: 'ria-2005-06-22-cssc-moscow',
            passage:
              '"Кроме того, будет рассмотрено выполнение ранее принятых решений и реализация практических мер по борьбе с терроризмом, наркотрафиком, трансграничной преступностью на пространстве ОДКБ. Особое место займет анализ военно-политической ситуации, сложившейся в зоне ответственности ОДКБ"',
            gloss:
              '"In addition, implementation of earlier decisions and of practical measures against terrorism, drug trafficking and cross-border crime in the CSTO space will be considered. A special place will be taken by analysis of the military-political situation in the CSTO zone of responsibility"',
          },
        ],
      },
    ],
    dateDerivation:
      "RIA Novosti item datelined 22 June 2005 announces the meeting 'в среду' (on Wednesday); 22 June 2005 was a Wednesday.",
    note: 'Announced on the day; RIA reported that chairmanship of the KSSB would pass from Kazakhstan to Russia for the coming year.',
    citations: [
      {
        source: 'ria-2005-06-22-cssc-moscow',
        passage:
          'МОСКВА, 22 июн - РИА "Новости". Вопросы укрепления взаимодействия в борьбе с новыми вызовами безопасности будут находиться в центре внимания участников заседания Комитета секретарей Советов безопасности (КССБ) государств-членов ОДКБ, которое пройдет в среду в Москве.',
        gloss:
          'MOSCOW, 22 June - RIA Novosti. Strengthening cooperation against new security challenges will be at the centre of the meeting of the Committee of Secretaries of Security Councils (KSSB) of the CSTO member states, to be held on Wednesday in Moscow.',
      },
    ],
  },
  {
    id: 'csc-2005-06-23-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2005-06-23',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Situation in the CSTO zone of responsibility and neighbouring regions, above all Central Asia and Afghanistan; assistance to Afghanistan',
        },
        citations: [
          {
            source: 'kremlin-2005-06-23-press-23053',
            passage:
              'Taking into account developments in the world, we analysed the situation in the CSTO’s zone of responsibility and in the neighbouring regions, above all in the Central Asian countries and in Afghanistan.',
          },
        ],
      },
      {
        text: {
          en: 'Military, military-technical and political cooperation within the organisation (narrow-format meeting)',
        },
        citations: [
          {
            source: 'kremlin-2005-06-23-transcript-23051',
            passage:
              'as was confirmed by the very substantial discussion we just had in our meeting in narrow format on military, military-technical and political cooperation within the framework of our organisation.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'Political Declaration of the Heads of State' },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'At the end of the meeting the presidents of the six CSTO countries approved 11 documents and the Political Declaration of the Heads of State.',
          },
        ],
      },
      {
        title: {
          en: 'Appointment of Yuri Baluyevsky, Chief of the Russian General Staff, as Chief of the CSTO Joint Staff for the following inter-session period',
        },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'In addition, the Council appointed Yuri Balouyevski, Chief of the General Staff of the Russian Armed Forces, as Chief of the CSTO Joint Staff for the duration of the following inter-session period.',
          },
        ],
      },
      {
        title: { en: 'Top-priority lines of CSTO activities for the second half of 2005 – first half of 2006' },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'The presidents approved top-priority lines of CSTO activities during the second half of 2005 – first half of 2006 and the Plan of Basic Actions for a complex promotion of inter-state cooperation, formation and development of the collective security system within the CSTO framework for 2006-2010.',
          },
        ],
      },
      {
        title: {
          en: 'Plan of Basic Actions for the formation and development of the collective security system within the CSTO framework for 2006-2010',
        },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'The presidents approved top-priority lines of CSTO activities during the second half of 2005 – first half of 2006 and the Plan of Basic Actions for a complex promotion of inter-state cooperation, formation and development of the collective security system within the CSTO framework for 2006-2010.',
          },
        ],
      },
      {
        title: {
          en: 'On the concept of the programme of military-technical cooperation of the CSTO member states for 2006-2010',
        },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'The heads of state also approved the documents "On the concept of the program of military-technical cooperation of the CSTO member states for 2006-2010", "On the inter-state commission for the CSTO military-economic cooperation" and a number of other documents.',
          },
        ],
      },
      {
        title: { en: 'On the Interstate Commission for CSTO military-economic cooperation' },
        citations: [
          {
            source: 'inforos-2005-csto-summit-moscow',
            passage:
              'The heads of state also approved the documents "On the concept of the program of military-technical cooperation of the CSTO member states for 2006-2010", "On the inter-state commission for the CSTO military-economic cooperation" and a number of other documents.',
          },
        ],
      },
    ],
    note: "Putin as host opened the enlarged meeting, thanked Nazarbayev 'for the work he has done as President of the CSTO over the last year' and gave him the floor. No passage found that says in so many words who chaired the session; Russia then held the chairmanship until Minsk 2006 (see chairmanships). Venue: Grand Kremlin Palace.",
    citations: [
      {
        source: 'kremlin-2005-06-23-press-23053',
        passage:
          'Press Conference at the End of a Session of the Collective Security Council of the Collective Security Treaty Organisation\n\nJune 23, 2005, Grand Kremlin Palace, Moscow',
      },
      {
        source: 'kremlin-2005-bordyuzha-report-23018',
        passage:
          'The Collective Security Council will hold a meeting on June 23, 2005, and just before that, we plan to hold a meeting of the charter organs of the Council of Defence Ministers, Foreign Ministers and committees of the secretaries of the Security Councils.',
      },
      {
        source: 'inforos-2005-csto-summit-moscow',
        passage:
          'A session of the Collective Security Council of the CSTO (Collective Security Treaty Organization) was held in the Kremlin.',
      },
      {
        source: 'kremlin-2005-06-23-transcript-23051',
        passage:
          'Once again, now that we are meeting in enlarged format, I would like to welcome all the participants in today’s meeting and I would also like to thank, once again, Nursultan Abishevich Nazarbayev for the work he has done as President of the CSTO over the last year.',
      },
    ],
  },
  {
    id: 'cmfa-2006-06-minsk',
    body: 'cmfa',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2006-06',
    place: MINSK,
    host: 'BY',
    chair: {
      name: {
        en: 'Sergei Martynov',
        ru: 'Сергей Мартынов',
      },
      state: 'BY',
    },
    agenda: [
      {
        text: {
          en: 'Draft documents on further improving and increasing the effectiveness of the Organization (prepared by deputy ministers on 23 May)',
          ru: 'Проекты документов, относящихся к дальнейшему совершенствованию и повышению эффективности Организации',
        },
        citations: [
          {
            source: 'dkb-2006-05-23-consultations',
            passage:
              'Участники консультаций рассмотрели и в основном одобрили проекты документов, относящихся к дальнейшему совершенствованию и повышению эффективности Организации.',
            gloss:
              'The participants considered and basically approved draft documents relating to further improving and increasing the effectiveness of the Organization.',
          },
        ],
      },
    ],
    dateDerivation:
      'Only the window 22-23 June 2006 (all statutory bodies, Minsk) is given; the exact day of the CMFA meeting was not found, so the month is recorded.',
    note: 'Known only from the CSTO Secretariat’s report on the deputies’ consultations of 23 May 2006 in Moscow, which prepared the Minsk sessions. Recorded as planned: only the announcement was found, no report that the meeting was held.',
    citations: [MINSK_JUNE_2006_SCHEDULE],
  },
  {
    id: 'cssc-2006-06-minsk',
    body: 'cssc',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2006-06',
    place: MINSK,
    host: 'BY',
    agenda: [],
    note: "Month only: the CSTO press release of the 23 May 2006 deputies' consultations says the statutory bodies including the Committee of Secretaries of Security Councils were to meet in Minsk on 22-23 June 2006; the Committee's own day and a post-meeting report were not found. Recorded as planned: only the announcement was found, no report that the meeting was held.",
    citations: [MINSK_JUNE_2006_SCHEDULE],
  },
  {
    id: 'cmd-2006-06-22-minsk',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2006-06-22',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    chair: { name: { en: 'Leonid Maltsev', ru: 'Леонид Мальцев' }, state: 'BY' },
    agenda: [
      {
        text: {
          en: 'Military-political situation in the CSTO zone and prospects of military cooperation',
          ru: 'военно-политическую обстановку в зоне действия ОДКБ и перспективы развития военного сотрудничества',
        },
        citations: [
          {
            source: 'afnfn-2006-06-22-minsk-cmd',
            passage:
              'На сегодняшнем заседании министры обороны Беларуси, России, Армении, Казахстана, Таджикистана, Кыргызстана рассмотрят военно-политическую обстановку в зоне действия ОДКБ и перспективы развития военного сотрудничества.',
            gloss:
              "At today's meeting the defence ministers of Belarus, Russia, Armenia, Kazakhstan, Tajikistan and Kyrgyzstan will consider the military-political situation in the CSTO zone and the prospects for military cooperation.",
          },
        ],
      },
      {
        text: {
          en: 'Documents on the Collective Rapid Deployment Forces of the Central Asian region, on operational and combat training of the armed forces, and on the joint exercise Rubezh-2006',
          ru: 'ряд документов о коллективных силах быстрого развертывания Центрально-Азиатского района коллективной безопасности, об организации оперативной и боевой подготовки вооруженных сил государств ОДКБ, о совместном комплексном оперативно-тактическом учении "Рубеж-2006"',
        },
        citations: [
          {
            source: 'afnfn-2006-06-22-minsk-cmd',
            passage:
              'Будет обсужден ряд документов о коллективных силах быстрого развертывания Центрально-Азиатского района коллективной безопасности, об организации оперативной и боевой подготовки вооруженных сил государств ОДКБ, о совместном комплексном оперативно-тактическом учении "Рубеж-2006".',
            gloss:
              "A number of documents will be discussed on the collective rapid deployment forces of the Central Asian collective security region, on organizing operational and combat training of the CSTO states' armed forces, and on the joint comprehensive operational-tactical exercise Rubezh-2006.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Plan of joint operational and combat training of the CSTO armed forces for 2007 (approved)',
          ru: 'план совместной оперативной и боевой подготовки вооруженных сил ОДКБ на 2007 год',
        },
        citations: [
          {
            source: 'afn-2006-06-22-minsk-cmd-results',
            passage:
              'Министры обороны государств-членов ОДКБ утвердили план совместной оперативной и боевой подготовки вооруженных сил ОДКБ на 2007 год. Об этом сообщил 22 июня на пресс-конференции в Минске председатель Совета министров обороны ОДКБ, глава военного ведомства Беларуси генерал-полковник Леонид Мальцев.',
            gloss:
              'The CSTO defence ministers approved the plan of joint operational and combat training of the CSTO armed forces for 2007. This was announced on 22 June at a press conference in Minsk by the chairman of the CSTO Council of Defence Ministers, Belarusian defence minister Colonel General Leonid Maltsev.',
          },
        ],
      },
      {
        title: {
          en: 'Draft agreement on the procedure for operational deployment and use of the Collective Rapid Reaction Forces in the Central Asian region (approved for submission to the CSC)',
          ru: 'проект соглашения о порядке оперативного развертывания и применения Коллективных сил быстрого реагирования в Центральноазиатском регионе',
        },
        citations: [
          {
            source: 'afn-2006-06-22-minsk-cmd-results',
            passage:
              'Министры обороны стран ОДКБ также утвердили проект соглашения о порядке оперативного развертывания и применения Коллективных сил быстрого реагирования в Центральноазиатском регионе.',
            gloss:
              'The CSTO defence ministers also approved the draft agreement on the procedure for operational deployment and use of the Collective Rapid Reaction Forces in the Central Asian region.',
          },
        ],
      },
    ],
    dateDerivation:
      "Year not in the passages: the afnfn page shows only a misleading 'last updated 23.11.2024'. 2006 follows from the agenda item on the exercise 'Rubezh-2006', the training plan 'for 2007', and the CSC session in Minsk on 23 June (2006).",
    note: 'Ivanov (RU) handed the chairmanship to Maltsev (BY) at this session.',
    citations: [
      {
        source: 'afnfn-2006-06-22-minsk-cmd',
        passage:
          'На заседании Совета министров обороны ОДКБ, которое началось 22 июня в Минске, прежний председатель, глава военного ведомства Российской Федерации Сергей Иванов передал полномочия своему белорусскому коллеге.',
        gloss:
          'At the meeting of the CSTO Council of Defence Ministers, which began on 22 June in Minsk, the previous chairman, Russian defence minister Sergei Ivanov, handed over his powers to his Belarusian colleague.',
      },
      {
        source: 'afnfn-2006-06-22-minsk-cmd',
        passage:
          'Председателем Совета министров Организации Договора о коллективной безопасности стал министр обороны Республики Беларусь генерал-полковник Леонид Мальцев.',
        gloss:
          'Belarusian Defence Minister Colonel General Leonid Maltsev became chairman of the Council of Ministers of the CSTO.',
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
      {
        text: {
          en: "Priorities and main directions of the organisation's activity in the coming year; place and role of the CSTO in the architecture of international security; cooperation with other organisations",
        },
        citations: [
          {
            source: 'asiaplus-2006-06-22-rahmonov-minsk',
            passage:
              'The CSTO Collective Security Council meeting in Minsk is expected to consider priorities and main directions of activity of the organization in the coming year, place and role of the CSTO in architecture of international security, prospects of cooperation with other organizations dealing with international security issues.',
          },
        ],
      },
      {
        text: {
          en: 'Mechanism of peacekeeping of the member states; creation of a group of collective security forces in Central Asia',
        },
        citations: [
          {
            source: 'panarmenian-2006-06-24-uz-restored',
            passage:
              'The state leaders discussed the forming of the mechanism of peacekeeping of Organization member states, as well as the creation of a Group of Collective Security Troops in Central Asia.',
          },
        ],
      },
      {
        text: { en: "Uzbekistan's return to full participation in the CSTO" },
        citations: [
          {
            source: 'panarmenian-2006-06-24-uz-restored',
            passage:
              'Uzbekistan has cancelled moratorium on active work within the Collective Security Treaty Organization (CSTO) and became a full member of the Organization, it was announced at the CSTO Summit held in Minsk on Friday.',
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
      {
        source: 'armenianclub-itartass-2006-06-23-minsk',
        passage:
          'MINSK, June 23 (Itar-Tass) – The second summit in a day opened y in\nthe Belarussian capital Minsk on Friday with the participation of\nRussian President Vladimir Putin.',
      },
      {
        source: 'armenianclub-itartass-2006-06-23-minsk',
        passage:
          'He attends the meeting of the Council of the Collective Security\nTreaty Organization (CSTO) together with the presidents of Belarus,\nKazakhstan, Tajikistan, Kyrgyzstan and Armenia – Alexander Lukashenko,\nNursultan Nazarbayev, Emomali Rakhmonov, Kurmanbek Bakiyev and Robert\nKocharyan.',
      },
      {
        source: 'asiaplus-2006-06-26-uzbekistan-full-member',
        passage: 'The CSTO Council made a formal decision on that score at its summit in Minsk on June 23.',
      },
      {
        source: 'wikinews-2006-06-23-putin-minsk',
        passage: 'Владимир Путин передаст полномочия председателя ОДКБ президенту Белоруссии Александру Лукашенко',
        gloss:
          'Vladimir Putin will hand over the powers of CSTO chairman to the President of Belarus Alexander Lukashenko',
      },
      {
        source: 'dataminsk-2006-06-22-minsk-summit',
        passage: 'Uzbek President Islam Karimov is attending as a guest observer.',
      },
    ],
    documents: [
      {
        title: {
          en: "Declaration of the CSTO member states on further improvement and increase of the effectiveness of the Organisation's activity",
          ru: 'Декларация государств-членов Организации Договора о коллективной безопасности о дальнейшем совершенствовании и повышении эффективности деятельности Организации',
        },
        citations: [
          {
            source: 'cislegislation-2006-06-23-declaration',
            passage:
              'Declaration of state members of the Collective Security Treaty Organization on further enhancement and increase in efficiency of organization activity\nof June 23, 2006',
          },
        ],
      },
      {
        title: {
          en: "Decision on Uzbekistan's full membership (lifting of its moratorium on active work in the CSTO)",
        },
        citations: [
          {
            source: 'asiaplus-2006-06-26-uzbekistan-full-member',
            passage: 'The CSTO Council made a formal decision on that score at its summit in Minsk on June 23.',
          },
        ],
      },
      {
        title: {
          en: 'Agreement on the procedure of rapid deployment, use and comprehensive support of the Collective Rapid Deployment Forces of the Central Asian region (planned for signature)',
        },
        citations: [
          {
            source: 'armenianclub-itartass-2006-06-23-minsk',
            passage:
              'The presidents are to sign later in the day a document on the action\nof the Collective Rapid Deployment Forces of the Central Asian region.',
          },
        ],
      },
    ],
  },
  {
    id: 'permanent-council-2006-10-04-moscow',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2006-10-04',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    chair: { name: { en: 'V. Rudenok', ru: 'В. Руденок' }, state: 'BY' },
    agenda: [
      {
        text: { en: 'Information of the Russian Foreign Ministry on the situation in Russian-Georgian relations' },
        citations: [
          {
            source: 'dkb-2006-10-04-permanent-council',
            passage:
              'Заслушана и принята к сведению информация представителя МИД РФ о ситуации в российско-грузинских отношениях.',
            gloss:
              'Information from a representative of the Russian Foreign Ministry on the situation in Russian-Georgian relations was heard and noted.',
          },
        ],
      },
      {
        text: {
          en: "Bordyuzha's report on his participation in the UN Security Council meeting and the 7th high-level meeting",
        },
        citations: [
          {
            source: 'dkb-2006-10-04-permanent-council',
            passage:
              'Полномочные представители приняли к сведению информацию Н. Бордюжи об итогах его участия в заседании Совета Безопасности ООН, 7-ой встрече высокого уровня',
            gloss:
              "The plenipotentiary representatives took note of N. Bordyuzha's information on the results of his participation in the UN Security Council meeting and the 7th high-level meeting",
          },
        ],
      },
      {
        text: {
          en: 'Draft agendas of the forthcoming CMFA, CMD and KSSB meetings; financial documents; conditions of stay of the CSTO Joint Staff in Russia',
        },
        citations: [
          {
            source: 'dkb-2006-10-04-permanent-council',
            passage:
              'Рассмотрены вопросы, связанные с проектами повесток дня предстоящих заседаний Совета министров иностранных дел, Совета министров обороны, Комитета секретарей советов безопасности ОДКБ, документов по финансовым аспектам деятельности Организации, а также по условиям пребывания ОШ ОДКБ на территории РФ.',
            gloss:
              "Questions related to the draft agendas of forthcoming meetings of the CMFA, CMD and KSSB, documents on the Organization's financial aspects and conditions of stay of the CSTO Joint Staff in Russia were considered.",
          },
        ],
      },
    ],
    note: 'Held amid the Russian-Georgian crisis of autumn 2006.',
    citations: [
      {
        source: 'dkb-2006-10-04-permanent-council',
        passage:
          '4 октября 2006 г. в Москве под председательством Полномочного представителя Республики Беларусь при Организации Договора о коллективной безопасности В. Руденка прошло заседание Постоянного Совета при ОДКБ с участием Генерального секретаря ОДКБ Н. Бордюжи.',
        gloss:
          'On 4 October 2006 in Moscow, chaired by the Plenipotentiary Representative of Belarus to the CSTO V. Rudenok, a meeting of the Permanent Council under the CSTO was held with the participation of CSTO Secretary General N. Bordyuzha.',
      },
    ],
  },
  {
    id: 'permanent-council-2007-02-13-moscow',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2007-02-13',
    place: MOSCOW,
    host: 'RU',
    chair: {
      name: {
        en: 'V. A. Rudenok',
        ru: 'В. А. Руденок',
      },
      state: 'BY',
    },
    agenda: [
      {
        text: {
          en: 'Further development of military and military-technical cooperation within the Organization (main focus)',
          ru: 'вопросы дальнейшего развития военного и военно-технического сотрудничества в формате Организации',
        },
        citations: [
          {
            source: 'dkb-gov-2007-02-13-pc',
            passage:
              'Основное внимание на заседании было уделено вопросам дальнейшего развития военного и военно-технического сотрудничества в формате Организации.',
            gloss:
              'The main attention at the meeting was paid to questions of further development of military and military-technical cooperation within the Organization.',
          },
        ],
      },
      {
        text: {
          en: 'Draft Protocol on the mechanism for rendering military-technical assistance to CSTO member states in case of a threat of aggression or an act of aggression, and draft Model Regulation on the Basic Organization of CSTO member states for research into military-technical cooperation (agreed in the main)',
        },
        citations: [
          {
            source: 'dkb-gov-2007-02-13-pc',
            passage:
              'Полномочные представители в основном согласовали проекты Протокола о механизме оказания военно-технической помощи государствам-членам ОДКБ в случае возникновения угрозы агрессии или совершения акта агрессии и Типового положения о Базовой организации государств-членов ОДКБ в области исследования проблем военно-технического сотрудничества.',
            gloss:
              'The plenipotentiary representatives agreed in the main the drafts of the Protocol on the mechanism for rendering military-technical assistance to CSTO member states in case of a threat of aggression or an act of aggression and of the Model Regulation on the Basic Organization of CSTO member states in the field of research into problems of military-technical cooperation.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'dkb-gov-2007-02-13-pc',
        passage:
          '13 февраля 2007 г. в Москве под председательством Полномочного представителя Республики Беларусь при Организации Договора о коллективной безопасности В. А. Руденка прошло очередное заседание Постоянного Совета при ОДКБ.',
        gloss:
          'On 13 February 2007 in Moscow, chaired by the Plenipotentiary Representative of the Republic of Belarus to the CSTO V. A. Rudenok, a regular meeting of the Permanent Council at the CSTO was held.',
      },
    ],
  },
  {
    id: 'cmd-2007-09-28-bishkek',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2007-09-28',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: { en: 'U.S. plans to deploy anti-missile assets in Eastern Europe' },
        citations: [
          {
            source: 'panarmenian-2007-09-28-bishkek-cmd',
            passage: 'The participants discussed the U.S. plans to mount anti-missile assets in Eastern Europe',
          },
        ],
      },
    ],
    note: "Page dated September 28, 2007. Jubilee orders 'CSTO is 15 years old' were handed to the ministers.",
    citations: [
      {
        source: 'panarmenian-2007-09-28-bishkek-cmd',
        passage:
          'A meeting of the Council of Defense Ministers of the Collective Security Treaty Organization (CSTO) was held in Bishkek September 28.',
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
      {
        text: { en: 'About two dozen issues, mainly military-technical cooperation; 21 agenda items' },
        citations: [
          {
            source: 'uzdaily-2007-10-08-dushanbe',
            passage:
              'The presidents of the Collective Security Treaty Organisation (CSTO) discussed about two dozen issues, mainly military-technical cooperation, at their summit on Dushanbe on Saturday.',
          },
          {
            source: 'uzdaily-2007-10-09-high-coordination',
            passage:
              '"All the 21 items on the agenda were coordinated, and no disagreements occurred," said Kyrgyz President Kurmanbek Bakiyev and CSTO Secretary General Nikolai Bordyuzha.',
          },
        ],
      },
      {
        text: {
          en: 'Package of documents on peacekeeping activities within the CSTO; coordination councils on illegal migration and on emergency situations',
        },
        citations: [
          {
            source: 'uzdaily-2007-10-08-dushanbe',
            passage:
              'The heads of state will also consider a package of documents on peacekeeping activities within the CSTO, the creation of a coordination council of the leaders of competent bodies to deal with illegal migration and a coordination council for emergency situations.',
          },
        ],
      },
      {
        text: {
          en: 'Full engagement of Uzbekistan in the work of the organisation; changes to the agreement on the legal status of the CSTO; terms of deployment of the Combined (Joint) Headquarters in Russia; budget and financial issues',
        },
        citations: [
          {
            source: 'uzdaily-2007-10-08-dushanbe',
            passage:
              'The agenda also includes full engagement of Uzbekistan in the work of the organisation, changes to the agreement on the legal status of the CSTO and the terms of deployment of the Combined Headquarters in Russia, as well as budget and financial issues.',
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
      {
        source: 'akorda-2007-10-06-nazarbayev-dushanbe',
        passage:
          '6 October 2007\nKazakhstan’s President Nursultan Nazarbayev Attends the Session of the Collective Security Council of the Collective Security Treaty Organization in Tajikistan',
      },
      {
        source: 'akorda-2007-10-06-nazarbayev-dushanbe',
        passage:
          'This summit of the Presidents of Armenia, Byelorussia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, which are participating states of the treaty, is being held in the year of the 15th anniversary of the Treaty.',
      },
      {
        source: 'uzdaily-2007-10-09-high-coordination',
        passage:
          'The jubilee summit of the Collective Security Treaty Organization (CSTO) displayed a high level of coordination between member states in all spheres, from peacekeeping through the delivery of Russian-made military hardware.',
      },
      {
        source: 'armeniandiaspora-ria-2007-10-06',
        passage:
          'DUSHANBE, October 6 (RIA Novosti) - Next year Armenia will hold a\n    rotating presidency in the Collective Security Treaty Organization\n    (CSTO), the president of Kyrgyzstan, which currently chairs the CSTO,\n    said Saturday.',
      },
      {
        source: 'uzdaily-2007-10-08-dushanbe',
        passage: 'Starting from this session, presidency in the CSTO will pass from Belarus to Kyrgyzstan.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Agreement on the peacekeeping activity of the CSTO (of 6 October 2007)',
          ru: 'соглашение о миротворческой деятельности организации от 6 октября 2007 года',
        },
        citations: [
          {
            source: 'uzdaily-2007-10-09-high-coordination',
            passage:
              'The sides signed a draft agreement on peacekeeping, two military-economic cooperation documents, a draft agreement on the collective security forces’ command, and several documents concerning military-technical cooperation, the joint response to natural and man-made calamities and the containment of illegal migration.',
          },
          {
            source: 'silkway-2015-dushanbe-documents',
            passage:
              'протокол о внесении изменений в соглашение о миротворческой деятельности организации от 6 октября 2007 года',
            gloss: 'protocol amending the agreement on the peacekeeping activity of the organisation of 6 October 2007',
          },
        ],
      },
      {
        title: {
          en: 'Agreement on the command of the collective security forces; two military-economic cooperation documents; documents on military-technical cooperation, joint response to natural and man-made disasters and containment of illegal migration',
        },
        citations: [
          {
            source: 'uzdaily-2007-10-09-high-coordination',
            passage:
              'The sides signed a draft agreement on peacekeeping, two military-economic cooperation documents, a draft agreement on the collective security forces’ command, and several documents concerning military-technical cooperation, the joint response to natural and man-made calamities and the containment of illegal migration.',
          },
        ],
      },
      {
        title: { en: 'Declaration on the 15th anniversary (of the Collective Security Treaty)' },
        citations: [
          {
            source: 'uzdaily-2007-10-09-high-coordination',
            passage:
              'The declaration on the 15th anniversary of the organization was the key political document of the summit.',
          },
        ],
      },
      {
        title: {
          en: 'Documents allowing CSTO states to buy Russian weapons and military equipment at Russian domestic prices',
        },
        citations: [
          {
            source: 'armeniandiaspora-ria-2007-10-06',
            passage:
              '"Significant concrete results were reached [at the CSTO summit], mainly\n    in the sphere of military and technical supplies. We have agreed on\n    and finally adopted a list of documents allowing the CSTO states to\n    buy Russian weapons and military equipment on Russian domestic prices\n    for their armies as well as for special services," Putin said.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmd-2008-07-bishkek',
    body: 'cmd',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2008-07',
    place: BISHKEK,
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Appointment of the First Deputy Chief of the CSTO Joint Staff',
          ru: 'вопрос назначения первого заместителя начальника Объединенного штаба ОДКБ',
        },
        citations: [
          {
            source: 'milam-2008-07-01-bishkek',
            passage:
              'В Бишкеке также состоится заседание Совета министров обороны Организации Договора о коллективной безопасности, на котором будет обсуждаться вопрос назначения первого заместителя начальника Объединенного штаба ОДКБ.',
            gloss:
              'A meeting of the Council of Defence Ministers of the CSTO will also take place in Bishkek, at which the appointment of the first deputy chief of the CSTO Joint Staff will be discussed.',
          },
        ],
      },
    ],
    note: 'Announced beside the CIS Council of Defence Ministers in Bishkek, during a two-day visit from 1 July 2008; the day of the CSTO meeting is not stated. Recorded as planned: only the announcement was found, no report that the meeting was held.',
    citations: [
      {
        source: 'milam-2008-07-01-bishkek',
        passage:
          '1 июля делегация во главе с министром обороны Республики Армения Сейраном Оганяном с двухдневным рабочим визитом отправилась в Бишкек (Республика Кыргызстан) для участия в заседании Совета министров обороны стран-членов СНГ.',
        gloss:
          'On 1 July the delegation headed by Armenian Defence Minister Seyran Ohanyan left for a two-day working visit to Bishkek to take part in the meeting of the CIS Council of Defence Ministers.',
      },
      {
        source: 'milam-2008-07-01-bishkek',
        passage:
          'В Бишкеке также состоится заседание Совета министров обороны Организации Договора о коллективной безопасности',
        gloss: 'A meeting of the CSTO Council of Defence Ministers will also take place in Bishkek',
      },
    ],
  },
  {
    id: 'cmfa-2008-09-04-moscow',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2008-09-04',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Joint work on the Russian initiative for a European security treaty',
          ru: 'Совместная работа над российской инициативой по подготовке и заключению договора о европейской безопасности',
        },
        citations: [
          {
            source: 'newsarmenia-2008-09-04-moscow-cmfa',
            passage:
              '"Мы сегодня условились наладить совместную работу над российской инициативой по подготовке и заключения договора о европейской безопасности", - сказал Лавров',
            gloss:
              '"Today we agreed to establish joint work on the Russian initiative to prepare and conclude a European security treaty," Lavrov said',
          },
        ],
      },
      {
        text: {
          en: "Situation resulting from Georgia's aggression against South Ossetia; preparation of the Collective Security Council session",
        },
        citations: [
          {
            source: 'wps-2008-09-08-cmfa-moscow',
            passage:
              'Foreign ministers of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia,\nTajikistan and Uzbekistan discussed the situation that was a result\nof aggression of Georgia against South Ossetia.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement of the CSTO foreign ministers on the situation in the Caucasus (South Ossetia and Abkhazia)',
          ru: 'Заявление совета глав МИД ОДКБ по ситуации Абхазии и Южной Осетии',
        },
        citations: [
          {
            source: 'afntoday-2008-caucasus-statement',
            passage: 'Россия удовлетворена заявлением совета глав МИД ОДКБ по ситуации Абхазии и Южной Осетии.',
            gloss:
              'Russia is satisfied with the statement of the council of CSTO foreign ministers on the situation of Abkhazia and South Ossetia.',
          },
        ],
      },
      {
        title: { en: 'Plan of consultations on foreign policy, security and defence' },
        citations: [
          {
            source: 'wps-2008-09-08-cmfa-moscow',
            passage:
              'They also approved an important plan of consultations about issues of\nforeign policy, security and defense.',
          },
        ],
      },
      {
        title: {
          en: 'Draft documents on collective participation of CSTO member states in implementing the UN Global Counter-Terrorism Strategy (approved drafts)',
        },
        citations: [
          {
            source: 'wps-2008-09-08-cmfa-moscow',
            passage:
              'They approved draft documents aimed at collective participation of member states of the Collective Security Treaty Organization (CSTO) in implementation of a\nglobal antiterrorist strategy of the UN regarding more active anti-drug\noperations.',
          },
        ],
      },
    ],
    dateDerivation:
      "Novosti-Armenia article dated 04.09.2008 15:51 reports the meeting as just ended ('сегодня' = today) in Moscow.",
    citations: [
      {
        source: 'newsarmenia-2008-09-04-moscow-cmfa',
        passage:
          'Министры иностранных дел стран ОДКБ договорились совместно готовить договор о европейской безопасности, с инициативой которого выступила Россия, заявил глава российского МИД Сергей Лавров по окончании встречи глав МИД ОДКБ в Москве.',
        gloss:
          'CSTO foreign ministers agreed to jointly prepare a European security treaty, initiated by Russia, Russian FM Sergey Lavrov said at the end of the meeting of CSTO foreign ministers in Moscow.',
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
    agenda: [
      {
        text: {
          en: 'Military and political developments in the light of the situation in South Ossetia, and measures to reduce emerging threats to collective security',
        },
        citations: [
          {
            source: 'ria-2008-09-05-council-to-consider-georgia',
            passage:
              'Today\'s meeting plans to "discuss the military and political\n    developments, in the light of the situation in South Ossetia, and\n    measures to reduce emerging threats to our collective security," the\n    source said.',
          },
        ],
      },
      {
        text: { en: 'Plan of joint action to implement the UN Global Counter-Terrorism Strategy for 2008–2012' },
        citations: [
          {
            source: 'vor-2008-csc-meets-moscow',
            passage:
              'The plan specifically to approve the plan of joint action to cary out the United Nations Global antiterrorist strategy for 2008 through 2012 and take up trends in the military and political situation, including in the light of the recent developments in South Ossetia.',
          },
        ],
      },
      {
        text: {
          en: "Results of work to maintain peace and stability in the CSTO zone of responsibility; bolstering the organisation's military component",
        },
        citations: [
          {
            source: 'kremlin-2008-09-05-medvedev-statement-1309',
            passage:
              'We reviewed the results of our work to maintain peace and stability in the CSTO’s zone of responsibility, and we continued work on bolstering the organisation’s military component',
          },
        ],
      },
    ],
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
      {
        source: 'ria-2008-09-05-council-to-consider-georgia',
        passage:
          'MOSCOW, September 5 (RIA Novosti) - Members of the CSTO Security\n    Council will meet in Moscow on Friday to discuss developments in\n    Georgia and South Ossetia and adopt a declaration, a Kremlin source\n    said.',
      },
      {
        source: 'ria-2008-09-05-csto-condemns-georgia',
        passage: 'On Friday, the CSTO rotating presidency went from Kyrgyzstan to Armenia.',
      },
      {
        source: 'inforos-2008-csto-moscow-summit',
        passage:
          'By the way a final press-conference was attended only by the Russian and Armenian leaders and CSTO Secretary General Borduzha.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Declaration of the Moscow Session of the Collective Security Council of the Collective Security Treaty Organization',
        },
        citations: [
          {
            source: 'odkb-gov-2008-09-05-declaration',
            passage:
              'Declaration of the Moscow Session of the Collective Security Council of the Collective Security Treaty Organization, Moscow, September 5, 2008',
          },
          {
            source: 'odkb-gov-2008-09-05-declaration',
            passage:
              'The CSTO member states are deeply concerned by the attempt Georgia undertook to solve the conflict in South Ossetia by force, resulting in numerous casualties among civilians and peacekeepers and also entailing grave humanitarian consequences.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmd-2008-11-28-yerevan',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2008-11-28',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Strengthening and developing the military component of the collective security system in light of the decisions of the Moscow CSC session',
          ru: 'укрепления и развития военной составляющей системы коллективной безопасности в свете решений, принятых на Московской сессии Совета коллективной безопасности',
        },
        citations: [
          {
            source: 'kt-2008-11-28-yerevan-cmd',
            passage:
              'стороны обсудили вопросы "укрепления и развития военной составляющей системы коллективной безопасности в свете решений, принятых на Московской сессии Совета коллективной безопасности".',
            gloss:
              "the sides discussed 'strengthening and developing the military component of the collective security system in light of the decisions of the Moscow session of the Collective Security Council'.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Decision on operational and combat training of the forces and means of the collective security system (incl. holding the 'Rubezh' exercise every two years)",
          ru: 'решение об оперативной боевой подготовке сил и средств системы коллективной безопасности',
        },
        citations: [
          {
            source: 'kt-2008-11-28-yerevan-cmd',
            passage: 'Министр обороны России сообщил, что принято решение проводить раз в два года учения "Рубеж".',
            gloss:
              "Russia's defence minister said a decision was taken to hold the 'Rubezh' exercises once every two years.",
          },
        ],
      },
    ],
    dateDerivation:
      "kt.kz item dated 28.11.2008 says 'В Ереване сегодня состоялось'; Interfax (Yerevan, Nov 28 2008) says 'on Friday' (28 November 2008 was a Friday).",
    note: 'Armenian President Serzh Sargsian attended. Uzbekistan represented by a deputy defence minister.',
    citations: [
      {
        source: 'kt-2008-11-28-yerevan-cmd',
        passage:
          'Алматы. 28 ноября. "Казахстан Сегодня" - В Ереване сегодня состоялось очередное заседание Совета министров обороны (СМО) Организации Договора о коллективной безопасности (ОДКБ), на котором принято решение об оперативной боевой подготовке сил и средств системы коллективной безопасности, передает агентство со ссылкой на ИА Regnum.',
        gloss:
          'Almaty, 28 November. Kazakhstan Today – The regular meeting of the CSTO Council of Defence Ministers took place today in Yerevan, at which a decision was adopted on operational and combat training of the forces and means of the collective security system.',
      },
      { source: 'interfax-2008-11-28-yerevan-cmd', passage: 'YEREVAN Nov 28' },
      {
        source: 'interfax-2008-11-28-yerevan-cmd',
        passage:
          'Sargsian attended a session of the CSTO Defense Ministers’ Council on Friday, which involved Russian Defense Minister Anatoly Serdyukov, CSTO General Secretary Nikolai Bordyuzha, the defense ministers of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, and a deputy defense minister from Uzbekistan.',
      },
    ],
  },
  {
    id: 'csc-2008-12-borovoye',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2008-12',
    place: {
      en: 'Borovoye',
      ru: 'Боровое',
    },
    host: 'KZ',
    agenda: [
      {
        text: {
          en: 'Prospects for the development of the Collective Security Treaty Organization; joint action to overcome the effects of the global economic crisis',
          ru: 'Перспективы развития Организации Договора о коллективной безопасности, совместные действия по преодолению последствий глобального экономического кризиса',
        },
        citations: [
          {
            source: 'kremlin-2008-borovoye-informal',
            passage:
              'В ходе переговоров обсуждались перспективы развития Организации Договора о коллективной безопасности, совместные действия по преодолению последствий глобального экономического кризиса.',
            gloss:
              'The talks discussed the prospects for the development of the Collective Security Treaty Organization and joint action to overcome the consequences of the global economic crisis.',
          },
        ],
      },
      {
        text: {
          en: 'The idea of the Collective Rapid Reaction Force (as recalled by President Sargsyan in August 2010)',
        },
        citations: [
          {
            source: 'vestnikkavkaza-2010-informal-yerevan',
            passage:
              'He recalled that the idea of collective forces of operative reaction was proposed 1.5 years ago at the informal summit in the city of Borovoy in Kazakhstan in 2008.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'UZ',
        citations: [
          {
            source: 'iwpr-2008-12-19-borovoye',
            passage:
              'Uzbekistan’s president Islam Karimov has ignored the invitation to attend, as part of a new strategy of staying at arm’s length from regional groupings.',
          },
        ],
      },
    ],
    note: "Informal meeting of heads of state at the invitation of President Nazarbayev; the sources treat it both as a CSTO meeting (Kremlin, Inforos, Sargsyan's 2010 recollection) and as an informal CIS/EurAsEC gathering (IWPR headline 'CIS Summit'). Inforos names the presidents of Russia, Kazakhstan, Tajikistan, Kyrgyzstan and Armenia as participants; IWPR expected Belarus too. A Kazakh-language Azattyq report (not citable here) gives 19–21 December.",
    dateDerivation:
      "IWPR (dated Friday 19 December 2008) announces the gathering for 20–21 December; Inforos reports the meeting took place 'on Friday' (19 December 2008 was a Friday) but its page shows no date. Only the month is certain.",
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2008-12-20',
            citations: [
              {
                source: 'iwpr-2008-12-19-borovoye',
                passage:
                  'On December, 20-21, the presidents of Russia, Kazakstan, Kyrgyzstan, Tajikistan, Armenia and Belarus will gather for an informal summit at Borovoye, a resort in eastern Kazakstan.',
              },
            ],
          },
          {
            value: "a Friday (Inforos; the article's own date is not shown)",
            citations: [
              {
                source: 'inforos-2008-borovoye-medvedev',
                passage:
                  'On Friday, Presidents of Russia, Kazakhstan, Tajikistan, Kirgizia and Armenia had an informal meeting in Borovoye initiated by President of Kazakhstan Nursultan Nazarbayev.',
              },
            ],
          },

          {
            value: '2008-12',
            citations: [
              {
                source: 'iwpr-2008-12-19-borovoye',
                passage:
                  'On December, 20-21, the presidents of Russia, Kazakstan, Kyrgyzstan, Tajikistan, Armenia and Belarus will gather for an informal summit at Borovoye, a resort in eastern Kazakstan.',
              },
              {
                source: 'inforos-2008-borovoye-medvedev',
                passage:
                  'On Friday, Presidents of Russia, Kazakhstan, Tajikistan, Kirgizia and Armenia had an informal meeting in Borovoye initiated by President of Kazakhstan Nursultan Nazarbayev.',
              },
            ],
          },
        ],
        chosen: '2008-12',
        reason:
          "IWPR (dated Friday 19 December 2008) announces the gathering for 20–21 December; Inforos reports the meeting took place 'on Friday' (19 December 2008 was a Friday) but its page shows no date. Only the month is certain.",
      },
    ],
    citations: [
      {
        source: 'inforos-2008-borovoye-medvedev',
        passage:
          'On Friday, Presidents of Russia, Kazakhstan, Tajikistan, Kirgizia and Armenia had an informal meeting in Borovoye initiated by President of Kazakhstan Nursultan Nazarbayev.',
      },
      {
        source: 'vestnikkavkaza-2010-informal-yerevan',
        passage:
          'He recalled that the idea of collective forces of operative reaction was proposed 1.5 years ago at the informal summit in the city of Borovoy in Kazakhstan in 2008.',
      },
      {
        source: 'iwpr-2008-12-19-borovoye',
        passage:
          'On December, 20-21, the presidents of Russia, Kazakstan, Kyrgyzstan, Tajikistan, Armenia and Belarus will gather for an informal summit at Borovoye, a resort in eastern Kazakstan.',
      },
      {
        source: 'kremlin-2010-08-20-yerevan-informal',
        passage:
          'Informal CSTO summits have turned out to be quite useful. By discussing a variety of issues, which are generally not limited to a specific agenda, we are achieving some pretty good results. Remember that just a year and a half ago, in Borovoye, the idea of creating the Collective Rapid Reaction Force was first proposed; today, the force is formed and ready to carry out the tasks on a collective basis.',
      },
      {
        source: 'kremlin-2008-borovoye-informal',
        passage: 'Действительно, уходящий год оказался совсем непростым',
        gloss:
          "Indeed, the outgoing year has turned out to be far from easy (Medvedev's opening remark, placing the meeting at the end of the year)",
      },
    ],
  },
  {
    id: 'cssc-2008-12-09-yerevan',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2008-12-09',
    endDate: '2008-12-10',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    chair: { name: { en: 'Artur Baghdasaryan', ru: 'Артур Багдасарян' }, state: 'AM' },
    agenda: [
      {
        text: { en: 'Annual report of the CSTO Secretary General Nikolay Bordyuzha' },
        citations: [
          {
            source: 'hayotsashkharh-2008-12-11-cssc',
            passage:
              'during the sessions we were familiarized with CSTO\nSecretary General Nikolay Brodyuzha’s report on the activities carried\nout over the past year.',
          },
        ],
      },
      {
        text: {
          en: 'Establishing a centre to counter new challenges and threats; fight against terrorism, extremism and drug trafficking; information security',
        },
        citations: [
          {
            source: 'hayotsashkharh-2008-12-11-cssc',
            passage:
              'We also discussed the issue of establishing a center directing its\nactivities towards the elimination of the new challenges and threats\nand coordinating the counterbalances.',
          },
        ],
      },
      {
        text: {
          en: "Giving operation 'Kanal' the status of a permanent operation; illegal migration; emergency response capacity (announced agenda)",
        },
        citations: [
          {
            source: 'regnum-2008-yerevan-cssc',
            passage:
              '"Секретари советов безопасности, в том числе, обсудят проблематику совместных усилий в борьбе с терроризмом и экстремизмом, усиления антинаркотической деятельности в рамках придания оперативно-профилактической операции "Канал" статуса операции постоянного действия, противодействия незаконной миграции',
            gloss:
              "\"The security council secretaries will, among other things, discuss joint efforts against terrorism and extremism, strengthening anti-drug activity by giving the operational-preventive operation 'Kanal' the status of a permanent operation, countering illegal migration",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Joint statement of the secretaries of the security councils (in support of Russia's initiative for a European Security Treaty)",
        },
        citations: [
          {
            source: 'panarmenian-2008-12-10-cssc',
            passage:
              'The statement says that CSTO member countries support Russia’s\ninitiative on the European Security Treaty.',
          },
        ],
      },
      {
        title: { en: 'Event plan for 2009' },
        citations: [
          {
            source: 'panarmenian-2008-12-10-cssc',
            passage: 'Secretaries of Security Councils also signed an event plan for 2009.',
          },
        ],
      },
    ],
    note: "Two-day session (9-10 December 2008). Uzbekistan's secretary Shukurlo Muhammadkulov attended per Armenpress.",
    citations: [
      {
        source: 'panarmenian-2008-12-10-cssc',
        passage:
          'Secretaries of the CSTO Security Councils adopted\na joint statement upon the outcomes of their December 9 meeting\nin Yerevan.',
      },
      {
        source: 'regnum-2008-yerevan-cssc',
        passage:
          '9-10 декабря в Армении пройдет заседание Комитета секретарей советов безопасности Организации Договора о коллективной безопасности (КССБ ОДКБ).',
        gloss:
          'On 9-10 December a meeting of the Committee of Secretaries of Security Councils of the CSTO (KSSB CSTO) will be held in Armenia.',
      },
      {
        source: 'regnum-2008-yerevan-cssc',
        passage:
          'Заседание КССБ ОДКБ пройдет под председательством секретаря Совета Национальной Безопасности Армении Артура Багдасаряна.',
        gloss:
          'The KSSB CSTO meeting will be chaired by the Secretary of the National Security Council of Armenia Artur Baghdasaryan.',
      },
      {
        source: 'hayotsashkharh-2008-12-11-cssc',
        passage:
          'The secretaries of the security councils of the member states of the\nCollective Security Treaty Organization convened the regular session\nof their committee on December 9-10.',
      },
    ],
    conflicts: [
      {
        field: 'place',
        values: [
          {
            value: 'Yerevan',
            citations: [{ source: 'panarmenian-2008-12-10-cssc', passage: 'their December 9 meeting\nin Yerevan.' }],
          },
          {
            value: 'Gegharkunik province (Armenia)',
            citations: [
              {
                source: 'armenpress-2008-12-10-cssc',
                passage:
                  'The session of secretaries general\nof security councils of member countries of CSTO took place today in\nGegharkunik province',
              },
            ],
          },
        ],
        chosen: 'Yerevan',
        reason:
          "PanARMENIAN names Yerevan; Armenpress (10 Dec) places the day's session in Gegharkunik province (Lake Sevan area). The two-day session may have been split between the capital and Gegharkunik; host state Armenia is certain.",
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
    agenda: [
      {
        text: {
          en: 'Decision on the creation of the Collective Rapid Reaction Force (quick reaction coalition forces)',
        },
        citations: [
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'In compliance with the agreements reached during the non-official\nsummit in Kazakhstan in December 2008, the Heads of State discussed\nand signed the decision of creating quick reaction coalition\nforces.',
          },
        ],
      },
      {
        text: { en: 'Place and time of the next session (Moscow, June 2009); budget for 2009' },
        citations: [
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'Participants of the extraordinary sitting also discussed the place\nand time of the next sitting and decided to hold it in Moscow in June\n2009. The budget for 2009 was also determined.',
          },
        ],
      },
      {
        text: { en: 'Re-election of Nikolay Bordyuzha as CSTO Secretary General' },
        citations: [
          {
            source: 'armenianclub-panarmenian-2009-02-04',
            passage:
              'During the sitting of the Collective Security Council Nikolay Bordyuzha\nwas reelected to the post of CSTO Secretary General.',
          },
        ],
      },
    ],
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
        gloss:
          'Recall that the decision to form the CRRF was adopted by the heads of the CSTO countries during the extraordinary session of the Collective Security Council on 4 February this year',
      },
      {
        source: 'armenianclub-panarmenian-2009-02-04',
        passage:
          'The extraordinary sitting of the Collective Security Council of the\nCollective Security Treaty Organization (CSTO) was held in Moscow today\nchaired by the President of the Republic of Armenia, Serzh Sargsyan.',
      },
      {
        source: 'warandpeace-2009-csrr-moscow-summit',
        passage: '4 февраля 2009 года может стать исторической датой: в Москве состоялся внеочередной саммит ОДКБ',
        gloss: '4 February 2009 may become a historic date: an extraordinary CSTO summit was held in Moscow',
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
          'The report of 4 February 2009 says the session was held “today”, and a June 2009 report dates the decision to 4 February; the Kremlin’s later mention of “February 24” looks like a typo.',
      },
      {
        field: 'date',
        values: [
          {
            value: '2009-02-04',
            citations: [
              {
                source: 'warandpeace-2009-csrr-moscow-summit',
                passage:
                  '4 февраля 2009 года может стать исторической датой: в Москве состоялся внеочередной саммит ОДКБ',
                gloss: '4 February 2009 may become a historic date: an extraordinary CSTO summit was held in Moscow',
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
          "Contemporary report dated 04.02.2009 says 'today'; the Kremlin's later 'February 24' is an isolated slip",
      },
    ],
    documents: [
      {
        title: {
          en: 'Decision on the creation of the Collective Rapid Reaction Force',
          ru: 'решение о создании Коллективных сил оперативного реагирования',
        },
        citations: [
          {
            source: 'warandpeace-2009-csrr-moscow-summit',
            passage:
              '4 февраля 2009 года может стать исторической датой: в Москве состоялся внеочередной саммит ОДКБ с участием лидеров России, Белоруссии, Армении, Казахстана, Узбекистана, Таджикистана и Киргизии, на котором решили создать Коллективные силы оперативного реагирования (КСОР) с единым командованием.',
            gloss:
              '4 February 2009 may become a historic date: an extraordinary CSTO summit was held in Moscow with the leaders of Russia, Belarus, Armenia, Kazakhstan, Uzbekistan, Tajikistan and Kyrgyzstan, at which they decided to create the Collective Rapid Reaction Force (CRRF) with a single command.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2009-04-16-yerevan',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2009-04-16',
    endDate: '2009-04-17',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Memorandum of cooperation between the CSTO and UN secretariats; time and place of the next CMFA meeting',
          ru: 'Одобрение меморандума о сотрудничестве между секретариатами ОДКБ и ООН, согласование времени и места очередного заседания СМИД',
        },
        citations: [
          {
            source: 'regnum-2009-04-13-yerevan-cmfa',
            passage:
              'стороны также планируют одобрить меморандум о сотрудничестве между секретариатами ОДКБ и ООН, согласовать время и место очередного заседания СМИД',
            gloss:
              'the parties also plan to approve a memorandum of cooperation between the CSTO and UN secretariats and to agree the time and place of the next CMFA meeting',
          },
        ],
      },
      {
        text: {
          en: 'Joint activity to help stabilize Afghanistan and counter the drug threat from its territory',
          ru: 'Совместная деятельность государств - членов ОДКБ по содействию стабилизации обстановки в Афганистане и противодействию наркоугрозе',
        },
        citations: [
          {
            source: 'regnum-2009-04-13-yerevan-cmfa',
            passage:
              'обсудить совместную деятельность государств - членов ОДКБ "по содействию стабилизации обстановки в Афганистане и противодействию наркоугрозе, исходящей с территории этой страны',
            gloss:
              "to discuss the joint activity of CSTO member states 'to help stabilize the situation in Afghanistan and counter the drug threat coming from that country's territory",
          },
        ],
      },
      {
        text: {
          en: 'Interim results of implementing the decision of the extraordinary CSC session of 4 February 2009 on creating the Collective Rapid Reaction Force (CRRF)',
          ru: 'Промежуточные итоги работы по выполнению решения внеочередной сессии СКБ ОДКБ 4 февраля 2009 года о создании КСОР',
        },
        citations: [
          {
            source: 'regnum-2009-04-13-yerevan-cmfa',
            passage:
              'Также будет обсужден вопрос о промежуточных итогах работы по выполнению решения внеочередной сессии СКБ ОДКБ 4 февраля 2009 года о создании Коллективных сил оперативного реагирования (КСОР) ОДКБ.',
            gloss:
              'The interim results of implementing the decision of the extraordinary CSC session of 4 February 2009 on creating the CSTO Collective Rapid Reaction Force (CRRF) will also be discussed.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'UZ',
        citations: [
          {
            source: 'uzdaily-2009-04-16-uz-absent',
            passage:
              'Uzbekistan’s representatives will not take part in a session of the Council of CSTO Foreign Ministers to be held in Yerevan on 16-17 April, the CSTO Secretariat press service told Itar-Tass on Wednesday.',
          },
        ],
      },
    ],
    note: 'Date from a pre-meeting announcement citing the Russian MFA.',
    citations: [
      {
        source: 'regnum-2009-04-13-yerevan-cmfa',
        passage:
          'Совет министров иностранных дел (СМИД) ОДКБ в Ереване 16-17 апреля обсудит актуальные проблемы международной безопасности.',
        gloss:
          'The CSTO Council of Foreign Ministers will discuss topical problems of international security in Yerevan on 16-17 April.',
      },
      {
        source: 'uzdaily-2009-04-16-uz-absent',
        passage:
          'Uzbekistan’s representatives will not take part in a session of the Council of CSTO Foreign Ministers to be held in Yerevan on 16-17 April, the CSTO Secretariat press service told Itar-Tass on Wednesday.',
      },
    ],
  },
  {
    id: 'cmfa-2009-06-corfu',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2009-06',
    place: {
      en: 'Corfu',
      ru: 'Корфу',
    },
    agenda: [],
    dateDerivation:
      "REGNUM (30 November 2009) says similar informal meetings of the CSTO foreign ministers were held in 2009 'on Corfu and in New York'; the only ministerial gathering on Corfu that year was the informal meeting of OSCE foreign ministers of 27–28 June 2009 (OSCE page), so the CSTO meeting is placed in June 2009. The day is not stated.",
    note: "Kind 'informal' by analogy: REGNUM calls the Athens meeting of December 2009 informal and the Corfu and New York meetings 'similar' (аналогичных). The New York meeting of 2009 (UN General Assembly) is mentioned in the same passage but no month or day was found, so it is not recorded.",
    citations: [
      {
        source: 'regnum-2009-11-30-athens-corfu-ny',
        passage:
          'Как сообщает 30 ноября пресс-служба стран ОДКБ, неформальная встреча глав внешнеполитических ведомств государств Организации договора о коллективной безопасности пройдёт в соответствии с Планом консультаций представителей государств-членов ОДКБ по вопросам внешней политики, безопасности и обороны на второе полугодие 2009 года - первое полугодие 2010 года и договоренностями, достигнутыми в ходе аналогичных встреч глав внешнеполитических ведомств, прошедших в течение текущего года на Корфу и в Нью-Йорке.',
        gloss:
          'As the CSTO press service reported on 30 November, the informal meeting of the heads of the foreign ministries of the CSTO states will be held in accordance with the Plan of consultations for the second half of 2009 – first half of 2010 and with the agreements reached at similar meetings of the heads of the foreign ministries held this year on Corfu and in New York.',
      },
      {
        source: 'osce-2009-corfu-informal',
        passage:
          'The Greek Chairmanship of the OSCE hosted an informal meeting of OSCE foreign ministers on 27-28 June on the Greek island of Corfu.',
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
    agenda: [
      {
        text: {
          en: 'Agreement on the Collective Rapid Reaction Force and its appendices (command provisions, rules of engagement); composition of CRRF units',
        },
        citations: [
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              '"Подписан документ, который включает в себя соглашение о Коллективных силах, решение Совета коллективной безопасности о составе КСОР", - сказал Медведев на заседании Совета глав государств ОДКБ в Москве.',
            gloss:
              '"A document has been signed that includes the agreement on the Collective Forces and the Collective Security Council\'s decision on the composition of the CRRF," Medvedev said at the meeting of the CSTO Council of Heads of State in Moscow.',
          },
        ],
      },
      {
        text: { en: "Temporary chairmanship transferred to Russia owing to Belarus's absence" },
        citations: [
          {
            source: 'odkb-csto-session-2009',
            passage:
              'Taking into account the fact that, by agreement between the CSTO members, due to the absence of our Belarusian partners, we have decided to transfer the temporary chairmanship of the Russian Federation',
          },
        ],
      },
    ],
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
            gloss:
              'The temporary chairmanship of the Collective Security Treaty Organization has been handed over to the Russian Federation, Echo of Moscow reports.',
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
        gloss:
          'The temporary chairmanship of the Collective Security Treaty Organization has been handed over to the Russian Federation, Echo of Moscow reports.',
      },
      {
        source: 'odkb-csto-session-2009',
        passage:
          'Opening Remarks at the Session of the Collective Security Council of the Collective Security Treaty Organization in expanded membership\n\nJune 14, 2009\n\nMoscow Kremlin',
      },
      {
        source: 'jamestown-2009-06-15-belarus-boycott',
        passage:
          'Belarus was scheduled to take over the chairmanship of CSTO’s Council of Heads of State from Armenia at this summit, in accordance with the annual rotation in Russian alphabetical order. With Belarus boycotting the summit, however, Russia took over the CSTO’s chairmanship "for the period of Belarus’ absence."',
      },
    ],
    documents: [
      {
        title: {
          en: 'Agreement on the Collective Rapid Reaction Force of the CSTO',
          ru: 'соглашение о создании Коллективных сил оперативного реагирования (КСОР)',
        },
        citations: [
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              'Лидеры ОДКБ в отсутствии президента Белоруссии Александра Лукашенко подписали соглашение о создании Коллективных сил оперативного реагирования (КСОР), сообщил президент РФ Дмитрий Медведев',
            gloss:
              'CSTO leaders, in the absence of Belarusian President Alexander Lukashenko, signed the agreement on establishing the Collective Rapid Reaction Force (CRRF), Russian President Dmitry Medvedev said',
          },
          {
            source: 'kremlin-2010-12-27-crrf-ratification',
            passage: 'The agreement was signed in Moscow on June 14, 2009.',
          },
        ],
      },
      {
        title: {
          en: 'Decision of the Collective Security Council on the composition of the CRRF',
          ru: 'решение Совета коллективной безопасности о составе КСОР',
        },
        citations: [
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              '"Подписан документ, который включает в себя соглашение о Коллективных силах, решение Совета коллективной безопасности о составе КСОР"',
            gloss:
              '"A document has been signed that includes the agreement on the Collective Forces and the Collective Security Council\'s decision on the composition of the CRRF"',
          },
        ],
      },
      {
        title: {
          en: 'Document on the implementation of the CSC decision of 4 February 2009 on the CRRF',
          ru: 'документ о ходе выполнения решения Совета коллективной безопасности ОДКБ от 4 февраля 2009 года о КСОР',
        },
        citations: [
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              'Кроме того, по его словам, подписан документ о ходе выполнения решения Совета коллективной безопасности ОДКБ от 4 февраля 2009 года о КСОР.',
            gloss:
              'In addition, according to him, a document was signed on the implementation of the CSTO Collective Security Council decision of 4 February 2009 on the CRRF.',
          },
        ],
      },
      {
        title: { en: 'Statement (declaration) of the heads of CSTO member states and joint work documents until 2012' },
        citations: [
          {
            source: 'odkb-csto-session-2009',
            passage:
              'Following the meeting, a statement was also signed by the heads of the CSTO member states and a number of joint work documents until 2012.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'BY',
        citations: [
          {
            source: 'jamestown-2009-06-15-belarus-boycott',
            passage:
              'Belarus refused to attend the Collective Security Treaty Organization (CSTO) summit in Moscow on June 14.',
          },
          {
            source: 'newsarmenia-2009-06-14-crrf-signed',
            passage:
              'В воскресенье белорусская делегация не приехала на саммит ОДКБ, объяснив свой шаг "экономической дискриминацией" со стороны одной из стран-участниц.',
            gloss:
              "On Sunday the Belarusian delegation did not come to the CSTO summit, explaining its step by 'economic discrimination' by one of the member states.",
          },
          {
            source: 'rferl-2009-belarus-snubs-summit',
            passage:
              "Belarus had been slated to take over the CSTO's rotating leadership at the June 14 summit. But the meeting went ahead despite the absence of the Belarusian delegation.",
          },
        ],
      },
    ],
    chair: { name: { en: 'Dmitry Medvedev', ru: 'Дмитрий Медведев' }, state: 'RU' },
  },
  {
    id: 'cmfa-2009-06-14-moscow',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2009-06-14',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Fulfilment of the instructions of the February 2009 CSTO summit on creating the Collective Rapid Reaction Force: package of documents (agreement on the force, documents on its deployment and strength)',
        },
        citations: [
          {
            source: 'rian-2009-06-14-summit-opens',
            passage:
              '"The main result of today\'s session of the CSTO Council of Foreign\nMinisters was the fulfillment of instructions from the February CSTO\nsummit on the creation of a rapid-reaction force. The package of\ndocuments is ready. They include an agreement on the rapid-reaction\nforce, and documents regulating the deployment and the strength of the\ncollective forces," he said.',
          },
          {
            source: 'peoples-2009-06-15-lavrov-csto',
            passage:
              'Говоря о документах, которые планируется подписать на саммите, Лавров сообщил, что министры иностранных дел стран - членов ОДКБ подготовили соглашение о создании собственных вооруженных сил',
            gloss:
              "Speaking of the documents to be signed at the summit, Lavrov said that the foreign ministers of the CSTO member states had prepared an agreement on creating the organization's own armed forces",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement on interaction with the Organization for Security and Co-operation in Europe (OSCE) (approved by the CMFA)',
          ru: 'заявление о взаимодействии с Организацией по безопасности и сотрудничеству в Европе (ОБСЕ)',
        },
        citations: [
          {
            source: 'flot3000-2009-lavrov-belarus-absence',
            passage:
              'Так, Сергей Лавров заявил, что совет министров иностранных дел (СМИД) ОДКБ одобрил заявление о взаимодействии с Организацией по безопасности и сотрудничеству в Европе (ОБСЕ), передает РИА «Новости».',
            gloss:
              'Sergei Lavrov said that the CSTO Council of Foreign Ministers (CMFA) approved a statement on interaction with the Organization for Security and Co-operation in Europe (OSCE), RIA Novosti reports.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'BY',
        citations: [
          {
            source: 'flot3000-2009-lavrov-belarus-absence',
            passage:
              '«Сегодня белорусская сторона уведомила официально о том, что не сможет принять участие в мероприятиях ОДКБ, и мы, конечно, эту ситуацию рассмотрели, с точки зрения правовой прежде всего, и пришли к выводу, что это не служит препятствием для разработки и подписания тех документов, которые были запланированы к рассмотрению на сегодняшнем заседании и которые выносятся на одобрение глав государств», - отметил глава МИД РФ.',
            gloss:
              "'Today the Belarusian side officially notified that it could not take part in the CSTO events, and we examined this situation, above all from the legal point of view, and concluded that it is no obstacle to drafting and signing the documents planned for consideration at today's meeting and submitted for approval by the heads of state,' the Russian foreign minister said.",
          },
          {
            source: 'panarmenian-2009-06-15-belarus-uzbekistan',
            passage:
              'The Belarusian Foreign Ministry said in a note handed to the CSTO\'s\nsecretariat that the country\'s non-participation "means the lack of\napproval from the Republic of Belarus of decisions being considered" at\nthe summit, along with the foreign and defense ministers\' meetings, and\n"consequently a lack of consensus for the taking of these decisions."',
          },
        ],
      },
    ],
    dateDerivation:
      "RIA Novosti (dateline 'MOSCOW, June 14') says Lavrov spoke 'earlier on Sunday' about 'today's session of the CSTO Council of Foreign Ministers', held before the summit of Sunday 14 June 2009; so the CMFA met on 14 June 2009, the day of the CSC session.",
    note: "Second CMFA meeting of 2009 (after Yerevan, 16 April). Lavrov's press conference followed the meeting; peoples.ru (Interfax, 15.06.2009) also reports that the foreign ministers prepared the agreement on the collective forces.",
    citations: [
      {
        source: 'rian-2009-06-14-summit-opens',
        passage:
          "MOSCOW, June 14 (RIA Novosti) - A summit of the post-Soviet CSTO\nsecurity bloc leaders opened in Moscow on Sunday in the absence of the\nBelarusian president, who pulled out of the meeting in protest against\nRussia's trade restrictions.",
      },
      {
        source: 'rian-2009-06-14-summit-opens',
        passage:
          'Russian Foreign Minister Sergei Lavrov said earlier on Sunday that\nforeign ministers of the CSTO member states had prepared at their\nmeeting, held before that summit, all necessary documents for creating\na joint rapid-reaction force.',
      },
      {
        source: 'flot3000-2009-lavrov-belarus-absence',
        passage:
          '«Сейчас завершился глав Совет глав МИД ОДКБ. Собрались мы не в полном составе», - сказал Лавров на пресс-конференции по итогам СМИД ОДКБ, передает «Интерфакс».',
        gloss:
          "'The Council of CSTO foreign ministers has just ended. We did not meet in full composition,' Lavrov said at a press conference on the results of the CSTO CMFA, Interfax reports.",
      },
    ],
  },
  {
    id: 'csc-2009-07-31-cholpon-ata',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2009-07-31',
    place: { en: 'Cholpon-Ata', ru: 'Чолпон-Ата' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Problems of regional security and coordinated information policy',
          ru: 'проблемы региональной безопасности и скоординированной информационной политики',
        },
        citations: [
          {
            source: 'ca-news-2009-07-31-informal-summit',
            passage:
              'В ходе неформального саммита глав государств - членов ОДКБ, который открывается сегодня в Чолпон-Ате, президенты обсудят проблемы региональной безопасности и скоординированной информационной политики, сообщил журналистам генеральный секретарь ОДКБ Николай Бордюжа.',
            gloss:
              'During the informal summit of the heads of CSTO member states, which opens today in Cholpon-Ata, the presidents will discuss problems of regional security and coordinated information policy, CSTO Secretary General Nikolai Bordyuzha told journalists.',
          },
        ],
      },
      {
        text: {
          en: 'Exchange of views on the CSTO area of responsibility and international security; information policy',
          ru: 'вопросы, касающиеся зоны ответственности ОДКБ и оперативные проблемы международной безопасности, вопросы информационной политики',
        },
        citations: [
          {
            source: 'analitika-2009-08-04-summit-csto',
            passage:
              'Они обменялись мнениями по вопросам, касающимся зоны ответственности ОДКБ и оперативным проблемам международной безопасности, обсудили вопросы информационной политики.',
            gloss:
              'They exchanged views on issues concerning the CSTO area of responsibility and current problems of international security, and discussed questions of information policy.',
          },
        ],
      },
    ],
    dateDerivation:
      "ca-news item dated 31 July 2009 (from NG, '2009-07-31') says the informal summit 'opens today' in Cholpon-Ata; it adds that on the next day, 1 August, participants would congratulate Bakiyev on his 60th birthday, so the gathering may have extended to 1 August.",
    note: 'All seven presidents attended (analitika.at.ua 2009-08-04); per that source Minsk again declined the chairmanship.',
    citations: [
      {
        source: 'ca-news-2009-07-31-informal-summit',
        passage: 'В ходе неформального саммита глав государств - членов ОДКБ, который открывается сегодня в Чолпон-Ате',
        gloss: 'During the informal summit of the heads of CSTO member states, which opens today in Cholpon-Ata',
      },
      {
        source: 'analitika-2009-08-04-summit-csto',
        passage:
          'Как уже сообщалось, в киргизском городе Чолпон-Ата на берегу озера Иссык-Куль состоялся неформальный саммит лидеров государств — членов Организации Договора о коллективной безопасности.',
        gloss:
          'As already reported, an informal summit of the leaders of CSTO member states took place in the Kyrgyz town of Cholpon-Ata on the shore of Lake Issyk-Kul.',
      },
      {
        source: 'rferl-2009-csto-leaders-informal-summit',
        passage:
          'Presidents of the Collective Security Treaty Organization (CSTO) have gathered in the Kyrgyz lakeside resort of Cholpon-Ata for what is being billed as an informal summit.',
      },
    ],
  },
  {
    id: 'cmfa-2009-12-01-athens',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2009-12-01',
    place: { en: 'Athens', ru: 'Афины' },
    agenda: [
      {
        text: {
          en: "Coordination of CSTO states' positions on the OSCE Ministerial Council agenda; topical problems of CSTO activity",
        },
        citations: [
          {
            source: 'asiaplus-2009-12-01-athens',
            passage:
              'The CSTO foreign ministers are discussing issues related to coordination of the CSTO states’ positions on the OSCE Ministerial Council meeting’s agenda and exchanging views on the topical problems related to the CSTO activity.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'asiaplus-2009-12-01-athens',
        passage:
          'DUSHANBE, December 1, 2009, Asia-Plus — An informal meeting of foreign ministers of member nations of the Collective Security Treaty Organization (CSTO) is taking place in Athens, Greece on sidelines of the 17th OSCE Ministerial Council that is opening there today, according to the CSTO Secretariat.',
      },
    ],
  },
  {
    id: 'csc-2010-05-08-moscow',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2010-05-08',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Situation in Kyrgyzstan; consolidated statement of the Organization',
          ru: 'ситуация в Киргизии; консолидированное заявление Организации',
        },
        citations: [
          {
            source: 'vesti-2010-csto-kyrgyzstan',
            passage:
              '"Мы этот вопрос безусловно, обсудим и примем консолидированное заявление Организации, в котором наметим возможные перспективы взаимодействия с учетом того, что происходит в Киргизии", – сказал президент России Дмитрий Медведев, открывая саммит.',
            gloss:
              '"We will certainly discuss this issue and adopt a consolidated statement of the Organization outlining possible prospects for interaction taking into account what is happening in Kyrgyzstan," Russian President Dmitry Medvedev said, opening the summit.',
          },
        ],
      },
      {
        text: { en: '65th anniversary of Victory in the Great Patriotic War', ru: '65-летие Победы' },
        citations: [
          {
            source: 'vesti-2010-csto-kyrgyzstan',
            passage:
              'Он отметил, что саммит "не случайно проходит в это время и связан с великим юбилеем, который отмечается во всех наших странах, – 65-летием Победы".',
            gloss:
              "He noted that the summit 'is not held at this time by chance and is linked to the great anniversary celebrated in all our countries – the 65th anniversary of Victory'.",
          },
        ],
      },
    ],
    dateDerivation:
      "Announced for 8 May (Kazakhstan Today, 6 May 2010, citing the Kremlin press service); Argumenty Nedeli (URL 2010/05) reports Medvedev opening the informal summit 'today' in Moscow; no seen passage states 8 May after the event.",
    citations: [
      {
        source: 'gazetakz-2010-05-06-informal-summits-may-8',
        passage:
          'Informal meetings of the heads of the member states of the Collective Security Treaty Organization (CSTO) and the Commonwealth of Independent States (CIS) dated for to the 65th anniversary of victory in the Great Patriotic War will be held on May 8 in Moscow, the agency reports citing the press service of the president of the Russian Federation.',
      },
      {
        source: 'argumentiru-2010-05-informal-summit-moscow',
        passage: 'Президент РФ Дмитрий Медведев, открывая неформальный саммит ОДКБ сегодня в Москве',
        gloss: 'Russian President Dmitry Medvedev, opening the informal CSTO summit in Moscow today',
      },
      {
        source: 'kremlin-2010-08-20-yerevan-informal',
        passage:
          'This is the second informal meeting of CSTO heads of state this year, and the first (though, I hope, not the last) in Armenia.',
      },
    ],
  },
  {
    id: 'cssc-2010-06-14-moscow',
    body: 'cssc',
    kind: 'extraordinary',
    status: 'held',
    format: 'in-person',
    date: '2010-06-14',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'The situation in Kyrgyzstan (inter-ethnic clashes in the south) and measures of response, including possible use of CSTO procedures and mechanisms',
        },
        citations: [
          {
            source: 'kremlin-en-2010-06-14-patrushev-bordyuzha',
            passage:
              'a meeting was held between the Security Council secretaries of CSTO member states to address the situation in Kyrgyzstan.',
          },
          {
            source: 'ria-2010-06-12-medvedev-consultations',
            passage:
              'Президент РФ Дмитрий Медведев поручил провести в понедельник консультации секретарей СБ стран ОДКБ (Организация договора по коллективной безопасности) для выработки мер реагирования на ситуацию в Киргизии',
            gloss:
              "Russian President Dmitry Medvedev instructed that consultations of the CSTO countries' Security Council secretaries be held on Monday to work out measures of response to the situation in Kyrgyzstan",
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'Statement of the secretaries of the security councils on the situation in Kyrgyzstan' },
        citations: [
          {
            source: 'chinaorg-2010-06-15-cssc-kyrgyzstan',
            passage: 'Об этом говорится в заявлении, принятом по итогам консультаций в Москве.',
            gloss: 'This is stated in the statement adopted following the consultations in Moscow.',
          },
        ],
      },
      {
        title: { en: 'Draft package of measures to stabilise the situation, to be sent to the CSTO presidents' },
        citations: [
          {
            source: 'kremlin-en-2010-06-14-patrushev-bordyuzha',
            passage: 'This is a draft package of measures that will be sent to the CSTO presidents',
          },
        ],
      },
    ],
    note: "Held as emergency consultations at Medvedev's instruction (as CSC chairman); Kyrgyzstan was represented by its plenipotentiary representative to the CSTO. Nikolai Patrushev opened the meeting (afnfn.com citing Russian media); RIA Novosti foreign-language services call him chairman of the Committee, but no en/ru passage stating that he chaired was found, so chair is left empty.",
    citations: [
      {
        source: 'kremlin-en-2010-06-14-patrushev-bordyuzha',
        passage:
          'President of Russia Dmitry Medvedev: Today, following my suggestion, a meeting was held between the Security Council secretaries of CSTO member states to address the situation in Kyrgyzstan.',
      },
      { source: 'kremlin-en-2010-06-14-patrushev-bordyuzha', passage: 'June 14, 2010, Moscow' },
      {
        source: '21by-2010-06-16-bordyuzha-orozov',
        passage:
          'Соответствующая договоренность была достигнута 14 июня в ходе экстренных консультации секретарей совбезов стран ОДКБ.',
        gloss:
          'The corresponding agreement was reached on 14 June during the emergency consultations of the security council secretaries of the CSTO countries.',
      },
      {
        source: 'afnfn-2010-06-14-patrushev-opening',
        passage:
          'заявил секретарь Совбеза РФ Николай Патрушев, открывая экстренное заседание секретарей совбезов государств ОДКБ в Москве.',
        gloss:
          'said the Secretary of the Russian Security Council Nikolai Patrushev, opening the emergency meeting of the security council secretaries of the CSTO states in Moscow.',
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
    agenda: [
      {
        text: {
          en: 'CSTO measures to support stabilizing the situation in Kyrgyzstan; an effective system to respond quickly to crisis situations; organizational issues of the official CSTO Council meeting in Moscow',
        },
        citations: [
          {
            source: 'epress-2010-08-21-yerevan-informal',
            passage:
              'On the meeting agenda are events to be planned and undertaken by CSTO to support stabilizing the situation in Kyrgyzstan, developing an effective system to quickly respond to crisis situations, and organizational issues related to the official CSTO Council meeting in Moscow.',
          },
        ],
      },
    ],
    note: 'Described as the fourth informal summit in the organisation’s history. The source is undated; it names Friday 20 August and Roza Otunbayeva as Kyrgyzstan’s president, which fixes the year 2010.',
    citations: [
      {
        source: 'survincity-2010',
        passage:
          'it is expected that the President of Russia, which is now is the chairman of the Collective Security Treaty Organization, proposes to discuss the next date',
      },
      {
        source: 'epress-2010-08-21-yerevan-informal',
        passage:
          'The unofficial summit of Collective Security Treaty Organisation (CSTO) member countries kicked off in Armenia on August 20.',
      },
      {
        source: 'epress-2010-08-21-yerevan-informal',
        passage: 'Russian President Dmitry Medvedev, presiding over the CSTO summit',
      },
      {
        source: 'kremlin-2010-08-20-yerevan-informal',
        passage:
          'In this regard, I would like to express my hopes that our work will be fruitful and to pass the floor to the Collective Security Council Chairman, President of Russia Dmitry Medvedev.',
      },
    ],
    absent: [
      {
        state: 'UZ',
        citations: [
          {
            source: 'vestnikkavkaza-2010-informal-yerevan',
            passage:
              'Medvedev noted that the heads of CSTO countries are only exchanging views on topical issues and there will be no official document signed, especially while Uzbek president Islam Karimov is absent.',
          },
        ],
      },
    ],
    chair: { name: { en: 'Dmitry Medvedev', ru: 'Дмитрий Медведев' }, state: 'RU' },
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
      {
        text: {
          en: "Results of the organization's work in 2010; measures to improve the effectiveness of crisis response mechanisms",
        },
        citations: [
          {
            source: 'odkb-en-session-2010',
            passage:
              'The heads of the CSTO member states discussed the results of the organization’s work in 2010. The focus is on measures to improve the effectiveness of crisis response mechanisms, to strengthen the security of the participating countries and the region as a whole.',
          },
        ],
      },
      {
        text: {
          en: "Regulation of the organization's activity in military and military-technical cooperation, information security and other areas; report of the Secretary General; more than 30 items on the agenda",
          ru: 'регламент деятельности организации в сфере военного и военно-технического сотрудничества, информационной безопасности и других направлений; доклад генерального секретаря; всего в повестке дня более 30 вопросов',
        },
        citations: [
          {
            source: 'rbc-2010-12-10-csc-moscow',
            passage:
              'Кроме того, на сессии будет обсуждаться регламент деятельности организации в сфере военного и военно-технического сотрудничества, информационной безопасности и других направлений. С докладом выступит генеральный секретарь ОДКБ Николай Бордюжа. Всего в повестке дня более 30 вопросов.',
            gloss:
              "In addition, the session will discuss the regulation of the organization's activity in military and military-technical cooperation, information security and other areas. CSTO Secretary General Nikolai Bordyuzha will deliver a report. In all there are more than 30 items on the agenda.",
          },
        ],
      },
      {
        text: {
          en: 'Chairmanship passes from Russia to Belarus; priorities of the Belarusian chairmanship',
          ru: 'Председательство в ОДКБ переходит от России к Белоруссии',
        },
        citations: [
          {
            source: 'rbc-2010-12-10-csc-moscow',
            passage:
              'Председательство в ОДКБ в соответствии с ранее достигнутыми договоренностями переходит от России к Белоруссии. Будут объявлены приоритетные направления, которые планируется реализовать за время председательства Белоруссии в ОДКБ.',
            gloss:
              "In accordance with earlier agreements, the chairmanship of the CSTO passes from Russia to Belarus. Priority areas to be implemented during Belarus's chairmanship will be announced.",
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
      {
        source: 'odkb-en-session-2010',
        passage: 'CSTO Collective Security Council Meeting\n\nDecember 10, 2010, 16:15 Moscow, the Kremlin',
      },
      {
        source: 'rbc-2010-12-10-csc-moscow',
        passage: 'В Москве сегодня пройдет сессия Совета коллективной безопасности ОДКБ',
        gloss: 'A session of the CSTO Collective Security Council will be held in Moscow today',
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement on CSTO peacekeeping forces (planned for signing)',
          ru: 'заявление о миротворческих силах ОДКБ',
        },
        citations: [
          {
            source: 'rbc-2010-12-10-csc-moscow',
            passage:
              'Будет подписано заявление о миротворческих силах ОДКБ, принята Декларация глав государств - членов ОДКБ.',
            gloss:
              'A statement on CSTO peacekeeping forces will be signed and a Declaration of the heads of CSTO member states adopted.',
          },
        ],
      },
      {
        title: {
          en: 'Declaration of the heads of CSTO member states (planned for adoption)',
          ru: 'Декларация глав государств - членов ОДКБ',
        },
        citations: [
          {
            source: 'rbc-2010-12-10-csc-moscow',
            passage:
              'Будет подписано заявление о миротворческих силах ОДКБ, принята Декларация глав государств - членов ОДКБ.',
            gloss:
              'A statement on CSTO peacekeeping forces will be signed and a Declaration of the heads of CSTO member states adopted.',
          },
        ],
      },
      {
        title: {
          en: 'Regulation on the procedure for responding to crisis situations (presented for signing)',
          ru: 'положение о порядке реагирования на кризисные ситуации',
        },
        citations: [
          {
            source: 'rbc-2010-12-10-csc-moscow',
            passage:
              'Также будет представлен к подписанию совершенно новый документ - положение о порядке реагирования на кризисные ситуации.',
            gloss:
              'A completely new document will also be presented for signing - a regulation on the procedure for responding to crisis situations.',
          },
        ],
      },
      {
        title: { en: 'Decision on the Annual report of the Secretary General of the CSTO' },
        citations: [
          {
            source: 'cislegislation-2010-12-10-annual-report',
            passage: 'It is made in the city of Moscow on December 10, 2010 in one authentic copy in Russian.',
          },
        ],
      },
      {
        title: {
          en: 'Agreement on the CSTO collective security system (forces and resources), signed by all members except Uzbekistan',
        },
        citations: [
          {
            source: 'kremlin-15667-collective-security-system-agreement',
            passage:
              'The Agreement was signed in Moscow on December 10, 2010 by all CSTO member states, except Uzbekistan.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2011-05-31-minsk',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2011-05-31',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    chair: { name: { en: 'Sergei Martynov', ru: 'Сергей Мартынов' }, state: 'BY' },
    agenda: [
      {
        text: {
          en: 'International situation and its impact on the security of member states; Belarusian proposals to create an institution of partnership; prospects of joint CSTO-UN peacekeeping',
          ru: 'Состояние и перспективы развития международной обстановки и ее влияние на обеспечение безопасности государств-членов ОДКБ, предложения по созданию института партнерства (вносятся Республикой Беларусь), перспективы организации миротворческой деятельности в совместном формате ОДКБ - ООН',
        },
        citations: [
          {
            source: 'regnum-2011-minsk-cmfa',
            passage:
              'На заседаниях СМИД и КССБ будут рассмотрены вопросы, касающиеся состояния и перспектив развития международной обстановки и ее влияния на обеспечение безопасности государств-членов ОДКБ, предложения по созданию института партнерства (вносятся Республикой Беларусь), перспективы организации миротворческой деятельности в совместном формате ОДКБ - ООН',
            gloss:
              'At the CMFA and CSSC meetings questions of the state and prospects of the international situation and its effect on the security of member states, proposals to create an institution of partnership (submitted by Belarus), and prospects of organizing peacekeeping in a joint CSTO-UN format will be considered',
          },
        ],
      },
      {
        text: {
          en: "Cooperation of foreign ministries; CSTO links with the UN, OSCE, EurAsEC, CIS and SCO; Secretary General's report on implementing the December 2010 Moscow CSC decisions",
        },
        citations: [
          {
            source: 'kazworld-2011-minsk-cmfa',
            passage:
              'During the meeting, the participants discussed a number of relevant issues, including on the strengthening of cooperation between the Foreign Ministries of the member-states, as well as on enhancing the CSTO’s links with other international organisations, including the UN, OSCE, EurAsEC, CIS, and the SCO.',
          },
        ],
      },
    ],
    dateDerivation:
      'Asia-Plus (dated May 30, 2011) places the Minsk CMFA meeting on May 31 [2011]; REGNUM gives 31 May-1 June without a year.',
    note: 'A CSSC meeting chaired by Leonid Maltsev was announced in Minsk for the same dates. Tajikistan was represented by Principal Deputy FM Mahmoudjon Sobirov (Asia-Plus).',
    citations: [
      {
        source: 'regnum-2011-minsk-cmfa',
        passage:
          'В столице Белоруссии с 31 мая по 1 июня планируется провести заседание Совета министров иностранных дел (СМИД) Организации Договора о коллективной безопасности (ОДКБ) под председательством министра иностранных дел Белоруссии Сергея Мартынова',
        gloss:
          'In the Belarusian capital from 31 May to 1 June a meeting of the CSTO Council of Foreign Ministers is planned, chaired by Belarusian Foreign Minister Sergei Martynov',
      },
      {
        source: 'kazworld-2011-minsk-cmfa',
        passage:
          'the country’s Minister of Foreign Affairs Yerzhan Kazykhanov said at the meeting of Foreign Ministers of the member-states of the Collective Security Treaty Organisation (CSTO) in Minsk, Belarus on May 31.',
      },
      {
        source: 'asiaplus-2011-05-30-minsk',
        passage:
          'DUSHANBE, May 30, 2011, Asia-Plus -- Principal Deputy Foreign Minister Mahmoudjon Sobirov today morning departed for Minsk, Belarus to attend a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO) that will be held there on May 31, the Tajik MFA information department reports.',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2011-05-31/2011-06-01',
            citations: [
              {
                source: 'regnum-2011-minsk-cmfa',
                passage:
                  'В столице Белоруссии с 31 мая по 1 июня планируется провести заседание Совета министров иностранных дел (СМИД) Организации Договора о коллективной безопасности (ОДКБ)',
                gloss: 'In the Belarusian capital from 31 May to 1 June a CMFA meeting is planned',
              },
            ],
          },
          {
            value: '2011-05-31',
            citations: [
              {
                source: 'asiaplus-2011-05-30-minsk',
                passage:
                  'to attend a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO) that will be held there on May 31',
              },
            ],
          },
        ],
        chosen: '2011-05-31',
        reason:
          'The 31 May-1 June window announced by the CSTO Secretariat covers both the CMFA and CSSC meetings; Tajik and Kazakh MFA reports place the ministerial meeting on 31 May.',
      },
    ],
  },
  {
    id: 'cmd-2011-06-minsk',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2011-06',
    place: MINSK,
    host: 'BY',
    chair: {
      name: {
        en: 'Yuri Zhadobin',
        ru: 'Юрий Жадобин',
      },
      state: 'BY',
    },
    agenda: [
      {
        text: {
          en: 'Improving the effectiveness of interaction of the general staffs and the work of the CSTO Joint Staff; equipping the Collective Rapid Reaction Forces with modern compatible weapons and equipment',
          ru: 'вопросы повышения эффективности взаимодействия начальников генеральных (главных, Комитета начальников штабов, Объединенного) штабов вооруженных сил государств-членов ОДКБ и совершенствовании деятельности Объединенного штаба',
        },
        citations: [
          {
            source: 'ria-2011-06-07-minsk-cmd-preview',
            passage:
              '"В ходе заседания СМО главы оборонных ведомств государств - членов ОДКБ обсудят вопросы повышения эффективности взаимодействия начальников генеральных (главных, Комитета начальников штабов, Объединенного) штабов вооруженных сил государств-членов ОДКБ и совершенствовании деятельности Объединенного штаба Организации Договора о коллективной безопасности. Должное внимание будет уделено проблеме оснащения Коллективных сил оперативного реагирования современными и совместимыми образцами вооружения, военной и специальной техникой", - сказал он.',
            gloss:
              "'At the CMD meeting the heads of the defence ministries will discuss improving the effectiveness of interaction of the chiefs of the general staffs ... and improving the work of the CSTO Joint Staff. Due attention will be paid to equipping the Collective Rapid Reaction Forces with modern and compatible weapons, military and special equipment,' he said.",
          },
        ],
      },
      {
        text: {
          en: 'Amendments to the 2011 Plan of joint operational and combat training measures (moving the CRRF exercise planned in Armenia to 2012 and testing the CRRF during Tsentr-2011)',
          ru: 'вопрос внесения изменений в План совместных мероприятий оперативной и боевой подготовки органов управления и формирований сил и средств системы коллективной безопасности ОДКБ на 2011 год',
        },
        citations: [
          {
            source: 'hayinfo-2011-cmd-minsk-may7',
            passage:
              'вопрос внесения изменений в План совместных мероприятий оперативной и боевой подготовки органов управления и формирований сил и средств системы коллективной безопасности ОДКБ на 2011 год в связи с инициативой Минобороны России будет обсужден 7 мая на заседании Совета министров обороны Организации в Минске.',
            gloss:
              "the question of amending the Plan of joint operational and combat training measures for 2011, in connection with the Russian MoD's initiative, will be discussed on 7 May at the meeting of the Organization's Council of Defence Ministers in Minsk.",
          },
        ],
      },
      {
        text: {
          en: "Implementation of decisions of the previous December's CSTO session; equipping the CRRF with the latest weaponry",
        },
        citations: [
          {
            source: 'sb-2011-minsk-cmd',
            passage: 'The realisation of decisions adopted at the CSTO session last December was high on the agenda.',
          },
        ],
      },
    ],
    dateDerivation:
      "RIA item dated 2011-06-07 announces the Minsk meeting in future tense; SB (undated excerpt) reports the sitting chaired by Zhadobin and mentions 'the CSTO session last December' and a joint business game 'this May', consistent with mid-2011.",
    note: 'Belarus chaired the CSTO in 2011. The day of the session is not known.',
    citations: [
      {
        source: 'ria-2011-06-07-minsk-cmd-preview',
        passage:
          'МОСКВА, 7 июн - РИА Новости. Эффективность взаимодействия штабов и вопросы оснащения Коллективных сил оперативного реагирования станут главными темами заседания Совета министров обороны (СМО) Организации Договора о коллективной безопасности (ОДКБ), которое пройдет в Минске под председательством министра обороны Белоруссии Юрия Жадобина',
        gloss:
          'MOSCOW, 7 June – RIA Novosti. The effectiveness of staff interaction and equipping the CRRF will be the main topics of the meeting of the CSTO Council of Defence Ministers, which will be held in Minsk chaired by Belarusian Defence Minister Yuri Zhadobin',
      },
      {
        source: 'sb-2011-minsk-cmd',
        passage:
          'The sitting was chaired by Belarus’ Defence Minister, Lieutenant General Yuri Zhadobin, with the participation of CSTO General Secretary Nikolai Bordyuzha.',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2011-05-07',
            citations: [
              {
                source: 'hayinfo-2011-cmd-minsk-may7',
                passage: 'будет обсужден 7 мая на заседании Совета министров обороны Организации в Минске',
                gloss:
                  "will be discussed on 7 May at the meeting of the Organization's Council of Defence Ministers in Minsk",
              },
            ],
          },
          {
            value: '2011-06',
            citations: [
              {
                source: 'ria-2011-06-07-minsk-cmd-preview',
                passage: 'МОСКВА, 7 июн - РИА Новости.',
                gloss: 'MOSCOW, 7 June – RIA Novosti.',
              },
            ],
          },
        ],
        chosen: '2011-06',
        reason:
          'A RIA Novosti preview dated 7 June 2011 (URL 20110607) still describes the Minsk CMD meeting as upcoming, so the 7 May date announced earlier (hayinfo, undated preview) was apparently not kept. The exact June day was not found; only the month is given.',
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
    agenda: [
      {
        text: {
          en: "Current problems of the international situation, including the Middle East and North Africa and the CSTO area of responsibility; aspects of the organization's activity and its effectiveness",
          ru: 'актуальные проблемы современной международной обстановки, включая ситуацию на Ближнем Востоке и в Северной Африке, а также в зоне ответственности ОДКБ; вопросы повышения ее эффективности',
        },
        citations: [
          {
            source: 'singlenews-2011-medvedev-astana-informal',
            passage:
              'планируется, что главы государств в ходе встречи обменяются мнениями по актуальным проблемам современной международной обстановки, включая ситуацию на Ближнем Востоке и в Северной Африке, а также в зоне ответственности ОДКБ, рассмотрят ряд аспектов деятельности организации, вопросы повышения ее эффективности в целом.',
            gloss:
              "it is planned that during the meeting the heads of state will exchange views on current problems of the international situation, including the situation in the Middle East and North Africa and in the CSTO area of responsibility, and consider a number of aspects of the organization's activity and ways to raise its effectiveness as a whole.",
          },
        ],
      },
      {
        text: {
          en: 'Possible use of the CRRF at the request of a legitimately elected head of state to protect constitutional order',
          ru: 'возможность использования КСОР по обращению законно избранного главы государства',
        },
        citations: [
          {
            source: 'vybory-29516',
            passage:
              'В частности, он сказал, что руководители стран договорились о возможности использования КСОР по обращению законно избранного главы государства в случае необходимости защиты конституционного строя в этой стране.',
            gloss:
              'In particular, he said the leaders agreed on the possibility of using the CRRF at the request of a legitimately elected head of state if it is necessary to protect the constitutional order in that country.',
          },
        ],
      },
    ],
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
        source: 'georgiatimes-2011-csto-december-moscow',
        passage:
          'Пресс-секретарь напомнил, что предыдущая встреча глав государств-членов ОДКБ прошла 12 августа 2011 года в Астане (Казахстан)',
        gloss:
          'The press secretary recalled that the previous meeting of the heads of CSTO member states took place on 12 August 2011 in Astana (Kazakhstan)',
      },
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'a preliminary agreement on holding the next informal summit of the Organization in Moscow was reached at the previous informal summit that took place in the Kazakh capital Astana on August 12, 2011.',
      },
      {
        source: 'singlenews-2011-medvedev-astana-informal',
        passage:
          'Ожидается, что в пятом неформальном саммите примут участие все главы государства, за исключением президента Узбекистана Ислама Каримова.',
        gloss:
          'It is expected that all heads of state except the President of Uzbekistan Islam Karimov will take part in the fifth informal summit.',
      },
    ],
    absent: [
      {
        state: 'UZ',
        citations: [
          {
            source: 'ca-news-2011-08-15-astana-informal',
            passage: 'Не прибыл только узбекский лидер Ислам Каримов.',
            gloss: 'Only the Uzbek leader Islam Karimov did not come.',
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'endDate',
        values: [
          {
            value: '2011-08-12 (one day)',
            citations: [
              {
                source: 'georgiatimes-2011-csto-december-moscow',
                passage:
                  'Пресс-секретарь напомнил, что предыдущая встреча глав государств-членов ОДКБ прошла 12 августа 2011 года в Астане (Казахстан)',
                gloss:
                  'The press secretary recalled that the previous meeting of the heads of CSTO member states took place on 12 August 2011 in Astana (Kazakhstan)',
              },
            ],
          },
          {
            value: '2011-08-12/13',
            citations: [
              {
                source: 'zakonkz-2011-12-20-csc-moscow',
                passage:
                  'в том числе в свете договоренностей, достигнутых на неформальной встрече глав государств-членов Организации 12-13 августа 2011 года в Астане',
                gloss:
                  'including in light of the agreements reached at the informal meeting of the heads of member states of the Organization on 12-13 August 2011 in Astana',
              },
            ],
          },
        ],
        chosen: '2011-08-12 (one day)',
        reason:
          "CSTO spokesman gives 12 August; the Kazakh president's site (via Zakon.kz) gives 12-13 August (the meeting continued in Borovoe)",
      },
    ],
  },
  {
    id: 'permanent-council-2011-11-17',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2011-11-17',
    chair: {
      name: {
        en: 'Sergei Ivanov',
        ru: 'Сергей Иванов',
      },
      state: 'BY',
    },
    agenda: [
      {
        text: {
          en: 'Draft CSC decision "On the Regulation on the procedure for the CSTO member states\' response to emergency situations"',
          ru: 'проект Решения Совета коллективной безопасности ОДКБ "О Положении о порядке реагирования государств-членов Организации Договора о коллективной безопасности на чрезвычайные ситуации"',
        },
        citations: [
          {
            source: 'souzveche-2011-11-17-pc',
            passage:
              'Рассмотрен проект Решения Совета коллективной безопасности ОДКБ "О Положении\nо порядке реагирования государств-членов Организации Договора о коллективной\nбезопасности на чрезвычайные ситуации"',
            gloss:
              'The draft Decision of the CSTO Collective Security Council "On the Regulation on the procedure for the response of the CSTO member states to emergency situations" was considered',
          },
        ],
      },
      {
        text: {
          en: 'Draft CSTO Plan of measures to counter challenges and threats emanating from Afghanistan (agreed as a whole; to be submitted to the statutory bodies)',
          ru: 'проект Плана мероприятий Организации Договора о коллективной безопасности по противодействию вызовам и угрозам, исходящим с территории Афганистана',
        },
        citations: [
          {
            source: 'souzveche-2011-11-17-pc',
            passage:
              'Был в целом согласован проект Плана мероприятий Организации Договора о\nколлективной безопасности по противодействию вызовам и угрозам, исходящим с\nтерритории Афганистана. Принято решение внести проект документа на\nрассмотрение уставных органов ОДКБ.',
            gloss:
              'The draft Plan of measures of the CSTO to counter challenges and threats emanating from the territory of Afghanistan was agreed as a whole. It was decided to submit the draft to the CSTO statutory bodies.',
          },
        ],
      },
    ],
    note: 'Place not stated in the passage. Format (in-person) not stated by the sources; assumed.',
    citations: [
      {
        source: 'souzveche-2011-11-17-pc',
        passage:
          '17 ноября 2011 года состоялось заседание Постоянного Совета при ОДКБ под\nпредседательством Полномочного представителя Республики Беларусь Сергея\nИванова.',
        gloss:
          'On 17 November 2011 a meeting of the Permanent Council at the CSTO was held under the chairmanship of the Plenipotentiary Representative of the Republic of Belarus Sergei Ivanov.',
      },
    ],
  },
  {
    id: 'joint-2011-12-19-moscow',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2011-12-19',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'Agenda of the regular CSC session; draft documents on developing the crisis response system, increasing the effectiveness of military cooperation, implementing the agreements of the informal summit in Astana on 12 August',
        },
        citations: [
          {
            source: '21by-2011-12-13-moscow-joint',
            passage:
              '"На нем (на заседании) будет рассмотрена повестка дня очередной сессии Совета коллективной безопасности (СКБ) ОДКБ, а также проекты документов по развитию системы кризисного реагирования, повышения эффективности военного сотрудничества, а также реализации договоренностей, достигнутых на неформальной встрече глав государств-членов ОДКБ в Астане 12 августа"',
            gloss:
              '"It will consider the agenda of the regular CSC session, as well as draft documents on developing the crisis response system, increasing the effectiveness of military cooperation and implementing the agreements reached at the informal meeting of heads of state in Astana on 12 August"',
          },
        ],
      },
      {
        text: {
          en: 'Plan of events for the 20th anniversary of the Collective Security Treaty and 10th anniversary of the CSTO',
        },
        citations: [
          {
            source: '21by-2011-12-13-moscow-joint',
            passage:
              'Кроме того, по его словам, будет рассмотрен план мероприятий, посвященных 20-летию подписания Договора о коллективной безопасности и десятилетию создания ОДКБ.',
            gloss:
              'In addition, he said, a plan of events for the 20th anniversary of the signing of the Collective Security Treaty and the 10th anniversary of the CSTO will be considered.',
          },
        ],
      },
    ],
    note: 'Known from a pre-event announcement (13 Dec 2011) of a joint CMFA/CMD/KSSB meeting ahead of the 20 December 2011 CSC session in Moscow; no post-event report found.',
    citations: [
      {
        source: '21by-2011-12-13-moscow-joint',
        passage:
          'Совет министров иностранных дел, совет министров обороны и комитет секретарей советов безопасности государств-членов Организации Договора о коллективной безопасности (ОДКБ) соберутся в Москве на заседание 19 декабря, передает РИА новости со ссылкой на пресс-секретаря организации Владимира Зайнетдинова.',
        gloss:
          "The council of foreign ministers, council of defence ministers and committee of security council secretaries of the CSTO member states will meet in Moscow on 19 December, RIA Novosti reports citing the organization's spokesman Vladimir Zainetdinov.",
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
    agenda: [
      {
        text: {
          en: "More than three dozen items on systematising the organisation's activities and increasing its international weight",
        },
        citations: [
          {
            source: 'tass-2011-12-21-moscow',
            passage:
              'More than three dozen items on the agenda were devoted to a greater degree of systematisation of activities within the organisation and increasing its weight in the international arena, Rossiiskaya Gazeta writes.',
          },
        ],
      },
      {
        text: {
          en: 'Deployment of military infrastructure of non-CSTO states only with the consent of all members',
          ru: 'размещение на территории наших стран объектов военной инфраструктуры государств, не входящих в ОДКБ, только при согласовании со всеми союзниками',
        },
        citations: [
          {
            source: 'rferl-2011-csto-mutual-consent-bases',
            passage:
              '"I think we made an important decision today by reaching a consensus among all [CSTO] country leaders that from now on the deployment of military infrastructure facilities on the territory of our countries by non-CSTO countries will be possible only with the agreement of all CSTO allies," Nazarbaev said.',
          },
        ],
      },
    ],
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
            gloss:
              'At the current session, the chairmanship of all the statutory bodies of the CSTO passed from Belarus to Kazakhstan.',
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
        gloss:
          'At the current session, the chairmanship of all the statutory bodies of the CSTO passed from Belarus to Kazakhstan.',
      },
      {
        source: 'asiaplus-2011-12-21-csto-bases',
        passage:
          'On Tuesday December 20, the Collective Security Treaty Organization (CSTO) announced that no-one will be able to deploy military bases on the territory of a CSTO member nation without the express agreement of all other member states.',
      },
      {
        source: 'rferl-2011-csto-mutual-consent-bases',
        passage:
          'Kazakh President Nursultan Nazarbaev announced the deal at a meeting of heads of state of CSTO countries on December 20 in Moscow.',
      },
      {
        source: 'zakonkz-2011-12-20-csc-moscow',
        passage: 'Председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
        gloss: 'The chairmanship of all CSTO statutory bodies passed from Belarus to Kazakhstan.',
      },
      {
        source: 'aze-2011-kremlin-4-summits',
        passage:
          '20 декабря пройдет сессия Совета коллективной безопасности ОДКБ ОДКБ (Армения, Белоруссия, Казахстан, Киргизия, Россия, Таджикистан, Узбекистан)',
        gloss:
          'On 20 December there will be a session of the CSTO Collective Security Council (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan)',
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
                gloss:
                  'At the current session, the chairmanship of all the statutory bodies of the CSTO passed from Belarus to Kazakhstan.',
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
    documents: [
      {
        title: {
          en: 'Protocol on the deployment of military infrastructure of third countries (signed as a protocol, per The Hindu)',
        },
        citations: [
          {
            source: 'thehindu-2011-csto-foreign-base-norms',
            passage:
              'Experts point out, however, that the agreement is still tentative as it was signed in the form of a protocol and does not offer a definition of a foreign military.',
          },
        ],
      },
      {
        title: { en: 'Statement of the CSTO (on strategic missile defence and military intervention)' },
        citations: [
          {
            source: 'upi-2011-12-22-russia-led-alliance-limits-bases',
            passage:
              'The CSTO, comprised of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, issued a strong statement laying out the new rule.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2012-04-06-astana',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2012-04-06',
    place: { en: 'Astana', ru: 'Астана' },
    host: 'KZ',
    chair: { name: { en: 'Yerzhan Kazykhanov', ru: 'Ержан Казыханов' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: 'Draft agenda of the CSC jubilee session for the 20th anniversary of the Collective Security Treaty and the 10th anniversary of the CSTO',
        },
        citations: [
          {
            source: 'kazinform-2012-astana-cmfa',
            passage:
              "The foreign ministers will discuss the draft agenda of the Collective Security Council's jubilee session devoted to the 20th anniversary of the Collective Security Agreement and 10th anniversary of the CSTO establishment.",
          },
        ],
      },
      {
        text: {
          en: "Member states' positions on global and regional security and additional collective measures; strengthening allied solidarity against external threats",
        },
        citations: [
          {
            source: 'kazinform-2012-astana-cmfa',
            passage:
              'Besides, the Council will consider the issues concerning the fundamental positions of CSTO member states on topical global and regional security issues and additional measures for collective cooperation  in resolving them, strengthening allied solidarity in the presence of external threats.',
          },
        ],
      },
      {
        text: {
          en: "Threats from Afghanistan after the transfer of security responsibility to Afghan forces: strengthening Tajikistan's borders and ISAF cargo transit",
        },
        citations: [
          {
            source: 'kazinform-2012-astana-cmfa',
            passage:
              'Among them is the problem of strengthening the borders of Tajikistan, and the organization of the cargo transit of the International Security Assistance Force.',
          },
        ],
      },
    ],
    dateDerivation:
      "Kazinform dateline 'April 6' without year; 2012 follows from the agenda (draft agenda of the jubilee CSC session for the 20th anniversary of the Collective Security Treaty and 10th anniversary of the CSTO, i.e. May 2012) and Kazakhstan's 2012 chairmanship.",
    citations: [
      {
        source: 'kazinform-2012-astana-cmfa',
        passage:
          'ASTANA. April 6. KAZINFORM Astana hosts a session of the CSTO Council of Foreign Ministers chaired by Kazakh Minister of Foreign Affairs Yerzhan Kazykhanov.',
      },
    ],
  },
  {
    id: 'cmd-2012-05-03-astana',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2012-05-03',
    place: { en: 'Astana', ru: 'Астана' },
    host: 'KZ',
    chair: { name: { en: 'Adilbek Dzhaksybekov', ru: 'Адильбек Джаксыбеков' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: 'Joint measures to develop and improve military cooperation and strengthen allied solidarity of the CSTO member states',
          ru: 'совместные меры по развитию и совершенствованию военного сотрудничества и необходимость усиления союзнической солидарности государств-членов ОДКБ',
        },
        citations: [
          {
            source: 'camto-2012-05-03-astana-cmd',
            passage:
              'главы оборонных ведомств обсудили совместные меры по развитию и совершенствованию военного сотрудничества и необходимость усиления союзнической солидарности государств-членов ОДКБ.',
            gloss:
              'the heads of the defence ministries discussed joint measures to develop and improve military cooperation and the need to strengthen the allied solidarity of the CSTO member states.',
          },
        ],
      },
      {
        text: {
          en: 'Equipping the Collective Rapid Reaction Forces with modern weapons, military and special equipment; their further development',
          ru: 'вопросы оснащения Коллективных сил оперативного реагирования ОДКБ современным вооружением, военной и специальной техникой, их дальнейшее развитие и совершенствование',
        },
        citations: [
          {
            source: 'camto-2012-05-03-astana-cmd',
            passage:
              'Рассмотрены также вопросы оснащения Коллективных сил оперативного реагирования ОДКБ современным вооружением, военной и специальной техникой, их дальнейшее развитие и совершенствование, а также военно-техническое и военно-экономическое сотрудничество',
            gloss:
              'Also considered were equipping the CSTO Collective Rapid Reaction Forces with modern weapons, military and special equipment, their further development and improvement, and military-technical and military-economic cooperation',
          },
        ],
      },
      {
        text: {
          en: "Information by Armenia's defence minister on the joint exercise Interaction-2012 (Baghramyan range, 3-8 September)",
          ru: 'Министр обороны Армении Сейран Оганян проинформирует СМО ОДКБ о проведении совместных учений "Взаимодействие-2012"',
        },
        citations: [
          {
            source: 'commonspace-2012-cmd-astana-preview-ru',
            passage:
              'Министр обороны Армении Сейран Оганян проинформирует СМО ОДКБ о проведении совместных учений "Взаимодействие-2012", которые пройдут на территории Армении с 3 по 8 сентября на полигоне "Баграмян".',
            gloss:
              'Armenian Defence Minister Seyran Ohanyan will inform the CSTO CMD about the joint exercise Interaction-2012, to be held in Armenia on 3-8 September at the Baghramyan range.',
          },
        ],
      },
    ],
    dateDerivation:
      "Passages give '3 May' without year; 2012 follows from the preview (exercise 'Interactions 2012', KADEX 2012, 'In May 2012 CSTO will celebrate the 20th anniversary').",
    note: 'Delegations of Armenia, Belarus, Kyrgyzstan, Russia, Tajikistan and Uzbekistan took part (CAMTO).',
    citations: [
      {
        source: 'camto-2012-05-03-astana-cmd',
        passage:
          'ЦАМТО, 3 мая. Под председательством министра обороны Республики Казахстан Адильбека Джаксыбекова в Астане состоялось заседание Совета министров обороны (СМО) государств-членов Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'CAMTO, 3 May. A meeting of the Council of Defence Ministers of the CSTO member states took place in Astana under the chairmanship of Kazakh Defence Minister Adilbek Dzhaksybekov.',
      },
      {
        source: 'commonspace-2012-cmd-astana-preview-en',
        passage:
          'The Defense Ministers Council of the Collective Security Treaty Organization (CSTO) will convene in Astana on 3 May, CSTO Press Secretary Vladimir Zainetdinov told ArmInfo.',
      },
      {
        source: 'commonspace-2012-cmd-astana-preview-ru',
        passage:
          '3 мая в Астане состоится заседание Совета министров обороны (СМО) государств - членов Организации Договора о коллективной безопасности.',
        gloss:
          'On 3 May a meeting of the Council of Defence Ministers of the CSTO member states will take place in Astana.',
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
      {
        text: {
          en: 'Global and regional security challenges for CSTO member states and collective countermeasures; results of CSTO activity 2002-2012 and priority areas of further development; report of the Secretary General',
          ru: 'глобальные и региональные вызовы безопасности для государств-членов ОДКБ и меры по коллективному противодействию им; итоги деятельности ОДКБ за период 2002-2012 гг.; приоритетные направления дальнейшего развития',
        },
        citations: [
          {
            source: 'asiaplus-ru-2012-05-11-jubilee',
            passage:
              'Как сообщает пресс-служба ОДКБ, ожидается, основной темой обсуждения на заседании СКБ станут глобальные и региональные вызовы безопасности для государств-членов ОДКБ и меры по коллективному противодействию им.',
            gloss:
              'According to the CSTO press service, the main topic of discussion at the CSC meeting is expected to be global and regional security challenges for CSTO member states and measures to counter them collectively.',
          },
          {
            source: 'kazinform-2012-05-14-jubilee',
            passage:
              'The heads of state will take stock of the CSTO activity from 2002 to 2012 and consider priority areas for further development. CSTO Secretary General Nikolai Bordyuzha is expected to deliver a speech, BelTA reports.',
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
        gloss:
          'The extraordinary jubilee session of the Collective Security Council (CSC) of the CSTO, timed to coincide with the 20th anniversary of the signing of the Collective Security Treaty and the 10th anniversary of the creation of the CSTO',
      },
      {
        source: 'kazinform-2012-05-14-jubilee',
        passage:
          'Global and regional security challenges for the CSTO member states as well as countermeasures will be discussed in a meeting of the Collective Security Treaty Organization in Moscow on 15 May',
      },
      {
        source: 'uzembassy-italy-2012-05-16-karimov-csto',
        passage:
          'President of the Republic of Uzbekistan Islam Karimov partook in the jubilee session of the Collective Security Treaty Organization (CSTO) and informal meeting of the Commonwealth of Independent States (CIS) in Moscow on May 15.',
      },
      {
        source: 'asiaplus-ru-2012-05-11-jubilee',
        passage:
          'Внеочередная юбилейная сессия Совета коллективной безопасности (СКБ) ОДКБ, приуроченная к 20-летию подписания Договора о коллективной безопасности и 10-летию создания ОДКБ и неформальное заседание Совета глав государств СНГ пройдут 15 мая в Москве.',
        gloss:
          'An extraordinary jubilee session of the CSTO Collective Security Council (CSC), timed to the 20th anniversary of the signing of the Collective Security Treaty and the 10th anniversary of the CSTO, and an informal meeting of the CIS Council of Heads of State will take place on 15 May in Moscow.',
      },
      {
        source: 'kazinform-2012-05-14-jubilee',
        passage:
          'Global and regional security challenges for the CSTO member states as well as countermeasures will be discussed in a meeting of the Collective Security Treaty Organization in Moscow on 15 May, BelTA learnt from CSTO spokesman Vladimir Zainetdinov.',
      },
      {
        source: 'belsat-2012-cis-csto-moscow',
        passage:
          'The CSTO summit is devoted to the 20-year anniversary of the signing of the treaty and the 10-year anniversary of the creation of the organization.',
      },
    ],
    documents: [
      {
        title: { en: 'Declaration and a number of other documents' },
        citations: [
          {
            source: 'uzembassy-italy-2012-05-16-karimov-csto',
            passage: 'Following the session, the heads of state adopted a Declaration and a number of other documents.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2012-09-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'planned',
    format: 'in-person',
    date: '2012-09',
    place: NEW_YORK,
    agenda: [
      {
        text: {
          en: 'Nuclear Non-Proliferation Treaty issues; situation in Afghanistan and its impact on Central Asian security after the 2014 ISAF withdrawal',
          ru: 'Вопросы по проблематике Договора о нераспространении ядерного оружия, положение дел в Афганистане и тенденции развития ситуации с учетом ее влияния на безопасность в Центральной Азии после вывода МССБ в 2014 году',
        },
        citations: [
          {
            source: 'interfax-2012-09-24-ny-announce',
            passage:
              '«Будут обсуждаться, в частности, вопросы по проблематике Договора о нераспространении ядерного оружия, положению дел в Афганистане и тенденции развития ситуации этой стране с учетом ее влияния на обеспечение безопасности в Центральной Азии после вывода Международных сил содействия безопасности в 2014 году»',
            gloss:
              "'In particular, issues of the Nuclear Non-Proliferation Treaty, the situation in Afghanistan and trends there, considering their impact on security in Central Asia after the withdrawal of ISAF in 2014, will be discussed'",
          },
        ],
      },
    ],
    dateDerivation:
      'Month only: the 67th UNGA session (September 2012); the announcement (24 September) gives no exact day.',
    note: 'Known only from a pre-meeting announcement by CSTO spokesman Vladimir Zainetdinov (Interfax); exact day and outcome not found. Recorded as planned: only the announcement was found, no report that the meeting was held.',
    citations: [
      {
        source: 'interfax-2012-09-24-ny-announce',
        passage:
          'КАБУЛ, 24 сентября. Главы МИД государств-участников ОДКБ проведут неформальную встречу на 67-й сессии Генеральной Ассамблеи ООН в Нью-Йорке.',
        gloss:
          'KABUL, 24 September. The foreign ministers of CSTO member states will hold an informal meeting at the 67th session of the UN General Assembly in New York.',
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
    agenda: [
      {
        text: {
          en: 'Practical measures to counter threats emanating from Afghanistan; improving military cooperation within the CSTO; the issue of Uzbekistan',
        },
        citations: [
          {
            source: 'khaama-2012-12-19-putin-csto-afghanistan',
            passage:
              'The presidents of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan on Wednesday gathered to focus on practical measures to counter threats emanating from Afghanistan, ways of improving military cooperation within the CSTO framework, and the issue of Uzbekistan.',
          },
        ],
      },
      {
        text: { en: 'Kyrgyzstan assumes the presidency from Kazakhstan' },
        citations: [
          {
            source: 'tass-en-archive-685227',
            passage:
              '“In accordance with the CSTO procedures, Kyrgyzstan will assume the presidency in the Organisation from Kazakhstan on December 19,” it said.',
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Secretary General Nikolai Bordyuzha’s powers extended for three years' },
        citations: [
          {
            source: 'knews-2012-12-20',
            passage: 'В течение следующего года Кыргызстан будет председательствовать в Организации.',
            gloss: 'Over the next year Kyrgyzstan will chair the Organization.',
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
        gloss: 'Over the next year Kyrgyzstan will chair the Organization.',
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
      {
        source: 'tass-en-archive-685227',
        passage:
          '“During the meeting Bordyuzha informed the president about the upcoming session of the CSTO Collective Security Council to be held in Moscow on December 19,” the press service said.',
      },
      { source: 'khaama-2012-12-19-putin-csto-afghanistan', passage: 'By Sayed Jawad - Wed Dec 19 2012, 8:43 pm' },
    ],
  },
  {
    id: 'joint-2013-05-27-bishkek',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2013-05-27',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Further consolidation of collective security and development of peacekeeping mechanisms (joint meeting)',
        },
        citations: [
          {
            source: 'tass-2013-05-27-bishkek',
            passage:
              '“The joint meeting of the foreign ministers, defense ministers and secretaries of the security councils [of the CSTO] considered the tasks of further consolidation of collective security and development of peacekeeping mechanisms along the lines of collective rapid reaction forces,” the minister noted.',
          },
        ],
      },
      {
        text: {
          en: "Improvement of the Organization's foreign-policy coordination mechanisms; state and structure of the CSTO collective security system",
          ru: 'Совершенствование координационных внешнеполитических механизмов Организации; состояние и структура системы коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'asiaplus-2013-bishkek-zarifi',
            passage:
              'участники заседаний обсудили вопросы, касающиеся совершенствования координационных внешнеполитических механизмов Организации, а также затронули аспекты состояния и структуры системы коллективной безопасности ОДКБ',
            gloss:
              "participants discussed issues of improving the Organization's foreign-policy coordination mechanisms and touched on the state and structure of the CSTO collective security system",
          },
        ],
      },
      {
        text: {
          en: 'Security council secretaries: Central Asian stability after the coalition pullout from Afghanistan in 2014; scenarios after the withdrawal',
        },
        citations: [
          {
            source: 'interfax-en-2013-05-27-bishkek',
            passage:
              'The meeting participants "made a detailed analysis of the situation and considered scenarios that may occur after the forces\' pullout from Afghanistan," he said.',
          },
        ],
      },
      {
        text: {
          en: 'Security council secretaries: proposals for a centre for fighting information crimes (FSB) and a CSTO drug control centre on the basis of Operation Canal (FSKN)',
        },
        citations: [
          {
            source: 'interfax-en-2013-05-27-bishkek',
            passage:
              'He added that the Federal Drug Control Service had proposed to create a CSTO "drug control center on the basis of Operation Canal."',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Statement of the CSTO foreign ministers on topical international issues (Syria, Iran's nuclear programme, Afghanistan, Nagorno-Karabakh)",
          ru: 'Заявление министров иностранных дел государств-членов ОДКБ по актуальным международным вопросам',
        },
        citations: [
          {
            source: 'asiaplus-2013-bishkek-zarifi',
            passage:
              'в ходе заседаний было принято Заявление министров иностранных дел государств-членов ОДКБ по актуальным международным вопросам',
            gloss:
              'during the meetings the Statement of the foreign ministers of CSTO member states on topical international issues was adopted',
          },
          {
            source: 'tass-2013-05-27-bishkek',
            passage:
              '“The heads of the foreign ministries signed the statement on international affairs of key importance, reflecting the approaches to the Syrian crisis, the state of things with Iran’s nuclear program, the situation regarding Afghanistan, Nagorno-Karabakh settlement and other topical matters,” he said.',
          },
        ],
      },
      {
        title: { en: 'Plan of consultations in the areas of foreign policy, security and defence' },
        citations: [
          {
            source: 'tass-2013-05-27-bishkek',
            passage:
              'The joint meeting signed another important document - the plan of consultations in the areas of foreign policy, security and defense',
          },
        ],
      },
    ],
    dateDerivation:
      "NEWS.am item dated May 27, 2013 reports the signing 'on Monday' (27 May 2013 was a Monday); TASS dateline 'BISHKEK, May 27' agrees.",
    note: 'A separate CMFA meeting, a meeting of the security council secretaries and a joint CMFA/CMD/CSSC meeting were held the same day in Bishkek; recorded here as one joint record. The secretaries’ results were summarised by Kyrgyz Defence Council Chairman Busurmankul Tabaldiev; border services and Russia’s FSKN and FSB attended for the first time.',
    citations: [
      {
        source: 'tass-2013-05-27-bishkek',
        passage:
          'BISHKEK, May 27 (Itar-Tass) - The foreign ministers of the countries participating in the Collective Security Treaty Organization (CSTO) signed a statement reflecting the approaches to the Syrian settlement and the situation regarding Iran’s nuclear program, Russian Foreign Minister Sergei Lavrov stated on Monday after the meeting in Bishkek.',
      },
      {
        source: 'asiaplus-2013-bishkek-zarifi',
        passage:
          'Министр иностранных дел Таджикистана Хамрохон Зарифи сегодня в Бишкеке принял участие в заседании Совета министров иностранных дел государств-членов Организации Договора о коллективной безопасности и в совместном заседании Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности государств-участников Организации.',
        gloss:
          'Tajik FM Khamrokhon Zarifi today in Bishkek took part in the meeting of the CSTO CMFA and in the joint meeting of the CMFA, the CMD and the CSSC.',
      },
      {
        source: 'newsam-2013-05-27-syria-statement',
        passage:
          'May 27, 2013 | 12:33\n\n    Foreign Ministers of CSTO states on Monday signed a Russian-American\n    initiative on conveying a conference on Syria, Russian FM Sergey\n    Lavrov said.',
      },
      {
        source: 'interfax-en-2013-05-27-bishkek',
        passage:
          'BISHKEK. May 27 (Interfax) - Secretaries of the Security Councils of the Collective Security Treaty Organization (CSTO) member countries have discussed Central Asian stability after the coalition pullout from Afghanistan in 2014.',
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
      {
        text: {
          en: 'Further development of the collective security system; joint training of CSTO collective forces; measures against threats from Afghanistan in view of the 2014 withdrawal; strengthening the Tajik-Afghan border; drug trafficking and extremism',
        },
        citations: [
          {
            source: 'kremlin-18208-bishkek-informal',
            passage:
              'The key issues discussed at the summit included further development of the collective security system and improving joint operational and combat training of CSTO collective forces. Particular attention was paid to measures aimed at combating threats emanating from Afghanistan, in view of the upcoming withdrawal of international forces in 2014. The summit participants also talked about strengthening the Tajik-Afghan border, and measures to combat drug trafficking and extremism.',
          },
        ],
      },
      {
        text: {
          en: 'Construction of a Russia-Kazakhstan-Kyrgyzstan-Tajikistan railway (Kyrgyz initiative)',
          ru: 'вопрос строительства железной дороги Россия-Казахстан-Киргизия-Таджикистан',
        },
        citations: [
          {
            source: 'udf-2013-05-28-informal-without-lukashenko',
            passage:
              'Помимо этого Нурсултан Назарбаев, Алмазбек Атамбаев, Владимир Путин и Эмомали Рахмон обсудят вопрос строительства железной дороги Россия-Казахстан-Киргизия-Таджикистан.',
            gloss:
              'In addition, Nursultan Nazarbayev, Almazbek Atambayev, Vladimir Putin and Emomali Rahmon will discuss the construction of a Russia-Kazakhstan-Kyrgyzstan-Tajikistan railway.',
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
      {
        source: 'udf-2013-05-28-informal-without-lukashenko',
        passage:
          '28 мая 2013, 13:49\nПрезиденты Казахстана, Киргизии, России и Таджикистана собрались в Бишкеке во вторник на неформальную встречу.',
        gloss:
          '28 May 2013, 13:49. The presidents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan gathered in Bishkek on Tuesday for an informal meeting.',
      },
    ],
    absent: [
      {
        state: 'BY',
        citations: [
          {
            source: 'udf-2013-05-28-informal-without-lukashenko',
            passage: 'Неформальный саммит ОДКБ открылся без Лукашенко',
            gloss: 'The informal CSTO summit opened without Lukashenko',
          },
        ],
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
      {
        text: {
          en: 'Strengthening interaction within the CSTO to counter threats from Afghanistan, including in view of the ISAF withdrawal in 2014',
        },
        citations: [
          {
            source: 'tass-2013-09-23-putin-sochi-summit',
            passage:
              'First, "efforts to strengthen interaction within the CSTO framework with a view to counteracting challenges and threats emanating from Afghanistan, including those from the viewpoint of the forthcoming withdrawal of the International Security Assistance Force from that country in 2014".',
          },
        ],
      },
      {
        text: { en: 'Assistance to Tajikistan in strengthening the Tajik-Afghan border' },
        citations: [
          {
            source: 'tass-2013-09-23-putin-sochi-summit',
            passage:
              'The second item on the agenda deals with the rendering of assistance to Tajikistan in strengthening Tajik-Afghan border.',
          },
        ],
      },
      {
        text: { en: 'Situation in Syria' },
        citations: [
          {
            source: 'tass-2013-09-23-putin-sochi-summit',
            passage:
              '"These include, naturally, a discussion by the leaders of the situation in Syria and around it," Ushakov said.',
          },
        ],
      },
      {
        text: { en: 'Organisational, administrative and financial decisions; CSTO budget for 2014' },
        citations: [
          {
            source: 'kremlin-19271-sochi-press',
            passage:
              'Today’s meeting made decisions on organisational, administrative and financial aspects of the CSTO’s work and approved its budget for 2014.',
          },
        ],
      },
      {
        text: {
          en: 'Decisions on creating CSTO aviation forces, improving the command system of collective forces, changes to the Joint Staff structure, CSTO budget for 2014 (expected)',
          ru: 'решения о создании авиационных сил ОДКБ, совершенствовании системы управления коллективными силами, внесении изменений в структуру Объединенного штаба и утверждении бюджета ОДКБ на 2014 год',
        },
        citations: [
          {
            source: 'stoletie-sochi-2013',
            passage:
              'В частности, ожидается, что будут приняты решения о создании авиационных сил ОДКБ, совершенствовании системы управления коллективными силами, внесении изменений в структуру Объединенного штаба и утверждении бюджета ОДКБ на 2014 год.',
            gloss:
              'In particular, decisions are expected on creating CSTO aviation forces, improving the command system of the collective forces, amending the structure of the Joint Staff and approving the CSTO budget for 2014.',
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
            gloss: 'at the session the chairmanship of the CSTO will pass from Kyrgyzstan to Russia',
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
      {
        source: 'livekuban-sochi-2013',
        passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России',
        gloss: 'at the session the chairmanship of the CSTO will pass from Kyrgyzstan to Russia',
      },
      {
        source: 'stoletie-sochi-2013',
        passage: '23.09.2013 В Сочи стартует саммит ОДКБ',
        gloss: '23.09.2013 The CSTO summit starts in Sochi',
      },
      {
        source: 'kremlin-19268-sochi-narrow',
        passage:
          'Speech at a CSTO Collective Security Council summit meeting in narrow format\n\nSeptember 23, 2013, Sochi',
      },
      {
        source: 'kremlin-19268-sochi-narrow',
        passage:
          'It is my pleasure now to give the floor to the current chairman of the CSTO, the President of Kyrgyzstan. Mr Atambayev, you have the floor.',
      },
      {
        source: 'stoletie-sochi-2013',
        passage: '23.09.2013\nВ Сочи стартует саммит ОДКБ\n\nВ Сочи открывается саммит ОДКБ.',
        gloss: '23.09.2013. The CSTO summit starts in Sochi. The CSTO summit opens in Sochi.',
      },
    ],
    documents: [
      {
        title: { en: 'Communiqué of the session' },
        citations: [
          { source: 'kremlin-19271-sochi-press', passage: 'We have adopted a communiqué following our meeting.' },
        ],
      },
      {
        title: { en: "Activity plan for carrying out the CSTO's main military cooperation priorities through to 2020" },
        citations: [
          {
            source: 'kremlin-19271-sochi-press',
            passage:
              'We place great importance on the Activity plan we approved today for carrying out The CSTO’s main military cooperation priorities through to 2020.',
          },
        ],
      },
      {
        title: { en: 'Statement of the CSTO member states on Syria' },
        citations: [
          {
            source: 'alayham-2013-09-23-csto-syria',
            passage:
              '“This is a consolidated position and it is reflected in the statement adopted by the CSTO countries,” he said.',
          },
        ],
      },
    ],
    chair: { name: { en: 'Almazbek Atambayev', ru: 'Алмазбек Атамбаев' }, state: 'KG' },
  },
  {
    id: 'cmfa-2013-12-kyiv',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2013-12',
    place: {
      en: 'Kyiv',
      ru: 'Киев',
    },
    agenda: [
      {
        text: {
          en: 'Rules for preparing joint statements of the CSTO member states (revised draft to go to the next regular CMFA meeting); cooperation on international platforms and mutual support of candidacies to the governing bodies of international organizations',
          ru: 'Регламент подготовки совместных заявлений государств - членов ОДКБ; взаимодействие на международных площадках и взаимная поддержка кандидатур в руководящие органы международных организаций',
        },
        citations: [
          {
            source: '21by-belta-2013-12-06-kyiv',
            passage:
              'Участники переговоров обсудили регламент подготовки совместных заявлений государств - членов ОДКБ, доработанный проект которого должен быть представлен на ближайшее очередное заседание СМИД ОДКБ, а также взаимодействие на международных площадках и взаимную поддержку кандидатур в руководящие органы международных организаций.',
            gloss:
              'The participants discussed the rules for preparing joint statements of the CSTO member states, a revised draft of which is to be submitted to the next regular meeting of the CSTO CMFA, as well as cooperation on international platforms and mutual support for candidacies to the governing bodies of international organizations.',
          },
        ],
      },
      {
        text: {
          en: 'Dialogue with the OSCE and coordination of approaches to developing cooperation with it',
          ru: 'Выстраивание диалога с ОБСЕ, координация подходов к развитию сотрудничества с этой организацией',
        },
        citations: [
          {
            source: '21by-belta-2013-12-06-kyiv',
            passage:
              'Главы МИД государств - членов ОДКБ обменялись мнениями об отношении своих стран к выстраиванию диалога с ОБСЕ, обсудили координацию подходов к развитию сотрудничества с этой организацией.',
            gloss:
              "The foreign ministers of the CSTO member states exchanged views on their countries' attitude to building a dialogue with the OSCE and discussed coordinating approaches to developing cooperation with this organization.",
          },
        ],
      },
    ],
    dateDerivation:
      'The BelTA report is dated 6 December 2013 (10:36) and says the meeting took place in Kyiv on the sidelines of the OSCE ministerial meeting then under way (the OSCE Ministerial Council in Kyiv, 5–6 December 2013); the day (5 or 6 December) is not stated, so only the month is given.',
    note: 'Sideline meeting at the 20th OSCE Ministerial Council in Kyiv.',
    citations: [
      {
        source: '21by-belta-2013-12-06-kyiv',
        passage:
          '6 декабря, Москва /Эдуард Пивовар - БЕЛТА/. Главы МИД стран ОДКБ обсудили координацию подходов к сотрудничеству с ОБСЕ. Неформальная встреча глав внешнеполитических ведомств ОДКБ состоялась в Киеве на полях проходящей в столице Украины министерской встречи ОБСЕ, сообщил БЕЛТА пресс-секретарь ОДКБ Владимир Зайнетдинов.',
        gloss:
          '6 December, Moscow /Eduard Pivovar – BelTA/. The CSTO foreign ministers discussed coordinating their approaches to cooperation with the OSCE. An informal meeting of the heads of the CSTO foreign ministries took place in Kyiv on the sidelines of the OSCE ministerial meeting under way in the Ukrainian capital, CSTO press secretary Vladimir Zainetdinov told BelTA.',
      },
    ],
  },
  {
    id: 'cmfa-2014-04-03-moscow',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2014-04-03',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    chair: { name: { en: 'Sergey Lavrov', ru: 'Сергей Лавров' }, state: 'RU' },
    agenda: [
      {
        text: {
          en: 'Improvement of foreign-policy coordination within the CSTO; cooperation in the information sphere and with civil society institutions and youth',
          ru: 'Вопросы совершенствования внешнеполитической координации в рамках ОДКБ и деятельность ОДКБ по вопросам развития сотрудничества в информационной сфере, с институтами гражданского общества, молодежью',
        },
        citations: [
          {
            source: 'rusinkg-2014-moscow-cmfa',
            passage:
              'Главы внешнеполитических ведомств также обсудят вопросы совершенствования внешнеполитической координации в рамках ОДКБ и деятельность ОДКБ по вопросам развития сотрудничества в информационной сфере, с институтами гражданского общества, молодежью.',
            gloss:
              'The foreign ministers will also discuss improving foreign-policy coordination within the CSTO and CSTO activity on cooperation in the information sphere, with civil-society institutions and youth.',
          },
        ],
      },
      {
        text: {
          en: "Secretary General's report on the situation in the CSTO area of responsibility and adjacent regions",
          ru: 'Доклад генерального секретаря о ситуации в зоне ответственности ОДКБ и сопредельных регионах',
        },
        citations: [
          {
            source: 'rusinkg-2014-moscow-cmfa',
            passage:
              'В заседании СМИД примет участие и выступит с докладом о ситуации в зоне ответственности Организации Договора о коллективной безопасности и сопредельных регионах генеральный секретарь ОДКБ Николай Бордюжа.',
            gloss:
              'CSTO Secretary General Nikolai Bordyuzha will take part and report on the situation in the CSTO area of responsibility and adjacent regions.',
          },
        ],
      },
      {
        text: {
          en: 'Regional and international security; foreign-policy coordination; implementation of the priorities of the Russian chairmanship',
          ru: 'Актуальные проблемы региональной и международной безопасности, вопросы внешнеполитической координации государств - членов ОДКБ и реализации приоритетов российского председательства',
        },
        citations: [
          {
            source: 'interfax-2014-moscow-cmfa',
            passage:
              'В повестку дня пленарного заседания включены актуальные проблемы региональной и международной безопасности, вопросы внешнеполитической координации государств - членов ОДКБ и реализации приоритетов российского председательства в этой организации',
            gloss:
              'The plenary agenda includes topical problems of regional and international security, foreign-policy coordination of CSTO member states and implementation of the priorities of the Russian chairmanship',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement in connection with Afghanistan and with the events in the Syrian town of Kessab (Armenian initiative)',
          ru: 'Заявление в связи с Афганистаном и событиями, произошедшими в сирийском Кесабе',
        },
        citations: [
          {
            source: 'vakinfo-2014-moscow-cmfa',
            passage:
              'В ходе заседания принято заявление в связи с Афганистаном и событиями, произошедшими в сирийском Кесабе.',
            gloss:
              'At the meeting a statement was adopted in connection with Afghanistan and the events in the Syrian town of Kessab.',
          },
        ],
      },
      {
        title: {
          en: 'Plan of consultations of representatives of CSTO member states on foreign policy, security and defence (expected to be signed)',
          ru: 'План консультаций представителей государств-членов ОДКБ по вопросам внешней политики, безопасности и обороны',
        },
        citations: [
          {
            source: 'rusinkg-2014-moscow-cmfa',
            passage: 'а также подписан план консультаций представителей государств-членов ОДКБ',
            gloss: 'and a plan of consultations of representatives of CSTO member states [is expected] to be signed',
          },
        ],
      },
    ],
    dateDerivation:
      "The announcement gives '3 April' without a year; 2014 follows from the expected statement on Afghanistan 'in connection with the upcoming presidential elections' (held 5 April 2014), Russia's 2014 chairmanship (Lavrov chairing) and the statement on the March 2014 events in Kessab (Syria) reported as adopted by VAKinfo. Interfax (2 April, 'on Thursday') is consistent: 3 April 2014 was a Thursday.",
    note: 'The plan of consultations is known only from the pre-meeting announcement (expected signing).',
    citations: [
      {
        source: 'rusinkg-2014-moscow-cmfa',
        passage:
          'В Москве 3 апреля под председательством министра иностранных дел России Сергея Лаврова состоится заседание совета министров иностранных дел государств-членов Организации Договора о коллективной безопасности.',
        gloss: 'In Moscow on 3 April a meeting of the CSTO CMFA will be held chaired by Russian FM Sergey Lavrov.',
      },
      {
        source: 'vakinfo-2014-moscow-cmfa',
        passage:
          'В столице России прошло заседание Совета министров иностранных дел Организации договора о коллективной безопасности (СМИД ОДКБ). Как сообщает московский корреспондент VAKinfo, на заседании, прошедшем под председательством главы МИД РФ Сергея Лаврова, генсек организации Николай Бордюжа выступил с докладом о ситуации в зоне ответственности ОДКБ.',
        gloss:
          "A meeting of the CSTO CMFA took place in the Russian capital. According to VAKinfo's Moscow correspondent, at the meeting chaired by Russian FM Sergey Lavrov, Secretary General Nikolai Bordyuzha reported on the situation in the CSTO area of responsibility.",
      },
      {
        source: 'interfax-2014-moscow-cmfa',
        passage:
          'Москва. 2 апреля. INTERFAX.RU - Вопросы региональной и международной безопасности включены в повестку дня заседания Совета министров иностранных дел Организации договора о коллективной безопасности (СМИД ОДКБ), которое пройдет в четверг в Москве.',
        gloss:
          'Moscow, 2 April (Interfax). Regional and international security issues are on the agenda of the CSTO CMFA meeting to be held on Thursday in Moscow.',
      },
      {
        source: 'interfax-2014-moscow-cmfa',
        passage:
          'очередное заседание СМИД ОДКБ состоится под председательством министра иностранных дел РФ Сергея Лаврова.',
        gloss: 'the regular CMFA meeting will be chaired by Russian FM Sergey Lavrov.',
      },
    ],
  },
  {
    id: 'csc-2014-05-08-moscow',
    body: 'csc',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2014-05-08',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: 'General exchange of views; collective security issues; the situation in Ukraine; leaders attend a Russian Armed Forces command training',
          ru: 'общий обмен мнениями; вопросы коллективной безопасности; украинская тематика',
        },
        citations: [
          {
            source: 'ntv-2014-05-07-putin-cis-leaders-ukraine',
            passage:
              '«Состоится общий обмен мнениями и отдельные двусторонние встречи, на которых, в первую очередь, будут обсуждаться вопросы двусторонних отношений с этими странами и вопросы коллективной безопасности. Однако можно с уверенностью говорить, что и украинскую тематику лидеры, безусловно, обсудят».',
            gloss:
              "'There will be a general exchange of views and separate bilateral meetings, at which first of all bilateral relations with these countries and collective security issues will be discussed. But one can say with confidence that the leaders will certainly also discuss the Ukrainian topic.'",
          },
          {
            source: 'ntv-2014-05-07-putin-cis-leaders-ukraine',
            passage:
              'Кроме того, как сообщила пресс-служба Кремля, в рамках мероприятия запланировано присутствие лидеров на тренировке по управлению Вооруженными силами Российской Федерации.',
            gloss:
              'In addition, the Kremlin press service said the leaders are scheduled to attend a training exercise in command of the Russian Armed Forces.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'ntv-2014-05-07-putin-cis-leaders-ukraine',
        passage:
          'Неформальная встреча Путина с президентами Армении, Белоруссии, Киргизии и Таджикистана состоится 8 мая.',
        gloss:
          "Putin's informal meeting with the presidents of Armenia, Belarus, Kyrgyzstan and Tajikistan will take place on 8 May.",
      },
      {
        source: 'embedy-2014-csto-informal-moscow',
        passage:
          'Сегодня, 8 мая, в Москве прошла неформальная встреча глав государств, входящих в Организацию договора о коллективной безопасности.',
        gloss:
          'Today, 8 May, an informal meeting of the heads of state of the Collective Security Treaty Organization took place in Moscow.',
      },
      {
        source: 'dipkor-2014-05-csto-informal',
        passage: 'На официальном сайте президента РФ встречу осветили крайне скупо.',
        gloss: 'The official site of the Russian president covered the meeting very sparingly.',
      },
    ],
  },
  {
    id: 'cmd-2014-06-10-moscow',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2014-06-10',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [
      {
        text: {
          en: "Exchange of views on the military-strategic situation in the CSTO area of responsibility; military cooperation and directions of further development of the Organization's military component",
          ru: 'обменялись мнениями о военно-стратегической обстановке и ситуации, складывающейся в зоне ответственности ОДКБ',
        },
        citations: [
          {
            source: '21by-2014-06-10-moscow-cmd',
            passage:
              'Шойгу заявил, что министры обменялись мнениями о военно-стратегической обстановке и ситуации, складывающейся в зоне ответственности ОДКБ, в том числе под влиянием развития общих международных тенденций, а также событий последних месяцев в сопредельных регионах».',
            gloss:
              'Shoigu said the ministers exchanged views on the military-strategic situation in the CSTO area of responsibility, including under the influence of general international trends and of events of recent months in neighbouring regions.',
          },
        ],
      },
    ],
    dateDerivation:
      "Reports datelined 'Москва, 10 июня' / 'MOSCOW, June 10' say the meeting took place 'во вторник'/'on Tuesday'; 21.by URL and page date are 2014-06-10, a Tuesday.",
    citations: [
      {
        source: '21by-2014-06-10-moscow-cmd',
        passage:
          'СМО стран Организации Договора о коллективной безопасности состоялся во вторник в Москве в рамках ежегодной Московской конференции по международной безопасности.',
        gloss:
          'The CMD of the CSTO countries took place on Tuesday in Moscow within the annual Moscow Conference on International Security.',
      },
      {
        source: '21by-2014-06-10-moscow-cmd',
        passage:
          'Москва, 10 июня. Министр обороны России Сергей Шойгу рассказал, что участники заседания Совета министров обороны (СМО) стран ОДКБ договорились о развитии военной составляющей организации',
        gloss:
          "Moscow, 10 June. Russian Defence Minister Sergei Shoigu said the participants of the meeting of the CSTO Council of Defence Ministers agreed to develop the organization's military component",
      },
      {
        source: 'tass-2014-06-10-moscow-cmd',
        passage:
          'MOSCOW, June 10. /ITAR-TASS/. Participants in the session of the Council of Defense Ministers of the Collective Security Treaty Organisation (CSTO) on Tuesday have agreed to develop the military element of the organisation, Russian Defense Minister Sergei Shoigu said.',
      },
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
    dateDerivation:
      "Press TV item dated 'Tue Dec 23, 2014' says the meeting was held in Moscow 'on Monday' = 22 December 2014 (the day before the CSC session of 23 December 2014).",
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: { en: 'Creation of the CSTO Collective Air Forces' },
        citations: [
          {
            source: 'presstv-2014-12-23-csto-moscow',
            passage:
              '"Participants\nin the meeting will consider creation of CSTO collective air force. A plan of\njoint events in operational and combat training for 2015 is expected to be\napproved," the Russian Defense Ministry said',
          },
        ],
      },
      {
        text: { en: 'Plan of joint events in operational and combat training for 2015' },
        citations: [
          {
            source: 'airforcemag-2014-12-csto-collective-air-force',
            passage:
              '“A plan of joint events in operational and combat training for 2015 is expected to be approved,” stated the Russian defense ministry.',
          },
        ],
      },
      {
        text: { en: 'Issues of ensuring collective security in the current difficult international situation' },
        citations: [
          {
            source: 'odkb-en-session-2014',
            passage:
              'important issues of ensuring collective security in the current difficult international situation were considered.',
          },
        ],
      },
    ],
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
        gloss:
          'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
      },
      {
        source: 'presstv-2014-12-23-csto-moscow',
        passage:
          'The\nissue was discussed at a meeting of the CSTO member states, including Armenia,\nBelarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, in the Russian capital,\nMoscow, on Monday.',
      },
      {
        source: 'airforcemag-2014-12-csto-collective-air-force',
        passage:
          'Discussions on this topic were expected to take place during the gathering of CSTO foreign and defense ministers and secretaries of the organization’s security councils in Moscow this week.',
      },
      {
        source: 'odkb-en-session-2014',
        passage:
          "During the session and the preceding joint meeting of the Councils of Ministers of Foreign Affairs, Defense and the Committee of Secretaries of Security Councils of the Organization's member states, important issues of ensuring collective security in the current difficult international situation were considered.",
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
      {
        text: {
          en: 'State of the CSTO crisis response system amid global and regional security challenges; progress of the decision to assist Tajikistan in reinforcing the Tajik-Afghan border; check of CRRF readiness (narrow format)',
        },
        citations: [
          {
            source: 'oananews-2014-12-23-csto-kremlin',
            passage:
              'Among issues which are planned to discuss in the narrow format Ushakov named “the condition of a CSTO crisis response system in global and regional challenges to security; progress of the CSTO Council’s decision to assist Tajikistan to reinforce Tajik-Afghan border and a check of readiness of CSTO collective rapid response forces to fulfil their mission tasks.”',
          },
        ],
      },
      {
        text: {
          en: "Situation in the CSTO area of responsibility and improvement of the collective security system; CSTO guidelines during Tajikistan's presidency in 2015 (plenary)",
        },
        citations: [
          {
            source: 'oananews-2014-12-23-csto-kremlin',
            passage:
              'Another two issues are put on a plenary meeting of the summit, including the situation in the CSTO responsibility zone and improvement of collective security system as well as CSTO guidelines during Tajikistan’s CSTO presidency in 2015,” the Russian presidential leader said.',
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
        gloss:
          'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
      },
      {
        source: 'oananews-2014-12-23-csto-kremlin',
        passage:
          'MOSCOW, December 23. /TASS/. The Collective Security Treaty Organisation CSTO Council opened its session in the Russian capital on Tuesday.',
      },
      {
        source: 'odkb-en-session-2014',
        passage:
          'Session of the CSTO Collective Security Council December 23, 2014, Moscow\n23.12.2014The December 2014 session of the CSTO Collective Security Council completed its work.',
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
                gloss:
                  'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
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
    documents: [
      {
        title: { en: 'Twenty-two documents prepared for signing, including a statement by the heads of state' },
        citations: [
          {
            source: 'oananews-2014-12-23-csto-kremlin',
            passage:
              'Twenty-two documents are being prepared for signing upon results of talks, Russian presidential aide Yuri Ushakov said.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2015-04-02-dushanbe',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2015-04-02',
    place: { en: 'Dushanbe', ru: 'Душанбе' },
    host: 'TJ',
    chair: { name: { en: 'Sirodjidin Aslov', ru: 'Сироджиддин Аслов' }, state: 'TJ' },
    agenda: [
      {
        text: {
          en: 'Measures to prevent challenges and threats to the collective security region',
          ru: 'Меры по предотвращению вызовов и угроз для региона коллективной безопасности',
        },
        citations: [
          {
            source: 'komitet-2015-03-27-dushanbe-cmfa',
            passage:
              'В Душанбе 2 апреля Совет министров иностранных дел ОДКБ обсудит меры по предотвращению вызовов и угроз для региона коллективной безопасности',
            gloss:
              'On 2 April in Dushanbe the CSTO CMFA will discuss measures to prevent challenges and threats to the collective security region',
          },
        ],
      },
      {
        text: {
          en: 'Draft Statement of CSTO Foreign Ministers on the 70th anniversary of the Victory in the Great Patriotic War of 1941-1945',
        },
        citations: [
          {
            source: 'asiaplus-2015-03-30-dushanbe-cmfa',
            passage:
              'The meeting will also discuss a draft Statement of CSTO Foreign Ministers on the 70th anniversary of the Victory in the Great Patriotic War of 1941-1945.',
          },
        ],
      },
    ],
    note: "OSCE Chairman-in-Office, Serbian FM Ivica Dacic, joined the meeting at Tajikistan's invitation (TASS).",
    citations: [
      {
        source: 'komitet-2015-03-27-dushanbe-cmfa',
        passage:
          '2 апреля с.г. в Душанбе под председательством Министра иностранных дел Республики Таджикистан Сироджиддина Аслова состоится заседание Совета министров иностранных дел государств-членов Организации Договора о коллективной безопасности.',
        gloss:
          'On 2 April of this year a meeting of the CSTO Council of Foreign Ministers will be held in Dushanbe chaired by the Minister of Foreign Affairs of Tajikistan Sirodjidin Aslov.',
      },
      {
        source: 'tass-2015-04-02-dushanbe-blog',
        passage:
          'DUSHANBE, April 2. /TASS/. Foreign ministers from the Collective Security Treaty Organization (CSTO) on Thursday gathered for a meeting in Dushanbe, capital of the former Soviet republic of Tajikistan in Central Asia.',
      },
      {
        source: 'asiaplus-2015-03-30-dushanbe-cmfa',
        passage:
          'As Dushanbe chairs the organization in 2015, the meeting of the Council will be chaired by Tajik Foreign Minister Sirojiddin Aslov.',
      },
    ],
  },
  {
    id: 'cmd-2015-06-dushanbe',
    body: 'cmd',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2015-06',
    place: DUSHANBE,
    host: 'TJ',
    chair: {
      name: {
        en: 'Sherali Mirzo',
        ru: 'Шерали Мирзо',
      },
      state: 'TJ',
    },
    agenda: [
      {
        text: {
          en: "Security on the CSTO's southern borders in view of the worsening military-political situation in Afghanistan and several Middle Eastern countries",
          ru: 'вопросы, связанные с обеспечением безопасности на южных рубежах ОДКБ, в связи с обострением военно-политической обстановки в Афганистане и ряда стран Ближнего Востока',
        },
        citations: [
          {
            source: 'sputniktj-2015-06-01-dushanbe-cmd',
            passage:
              'Главы оборонных ведомств рассмотрят вопросы, связанные с обеспечением безопасности на южных рубежах ОДКБ, в связи с обострением военно-политической обстановки в Афганистане и ряда стран Ближнего Востока.',
            gloss:
              'The heads of the defence ministries will consider issues of ensuring security on the southern borders of the CSTO in connection with the worsening military-political situation in Afghanistan and a number of Middle Eastern countries.',
          },
        ],
      },
    ],
    dateDerivation:
      "Sputnik item dated 1 June 2015 (URL 20150601) announces the visit for 2-4 June 'текущего года'; the exact day of the sitting within 2-4 June is not stated, so only the month is given.",
    note: 'Sources are previews; the visit window is 2-4 June 2015. Recorded as planned: only the announcements were found, no report that the meeting was held.',
    citations: [
      {
        source: 'sputniktj-2015-06-01-dushanbe-cmd',
        passage:
          'ДУШАНБЕ, 1 июн — Sputnik. С 2 по 4 июня текущего года Душанбе посетят министры обороны стран ОДКБ и главы МВД, пишет Авеста со ссылкой на МИД страны.\n\nОни прибудут в Таджикистан для участия в заседании Совета министров обороны государств членов ОДКБ.',
        gloss:
          'DUSHANBE, 1 June — Sputnik. From 2 to 4 June this year the defence ministers of the CSTO countries and interior ministers will visit Dushanbe... They will come to Tajikistan to take part in the meeting of the CSTO Council of Defence Ministers.',
      },
      {
        source: 'asiaplus-2015-dushanbe-cmd-preview-belvpo',
        passage:
          '“Presided over by Tajik Defense Minister Sherali Mirzo, the meeting will take place here from June 2-4,” Faridoun Mahmadaliyev, a spokesman for the Ministry of Defense of Tajikistan (MoD), told Asia-Plus in an interview.',
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
    agenda: [
      {
        text: {
          en: 'Unannounced inspection of the CSTO rapid reaction forces held in Tajikistan; further development of the CSTO military component',
          ru: 'внезапная проверка КСОР, дальнейшее развитие военной составляющей организации',
        },
        citations: [
          {
            source: 'xinhua-chinagate-2015-09-15-dushanbe',
            passage:
              'The heads of state of the six members discussed a number of topical issues, particularly, the unannounced inspections of the CSTO Rapid Reaction Forces held in Tajikistan this year, and the further development of the CSTO military component.',
          },
          {
            source: 'sputnik-kg-2015-09-14-atambayev-dushanbe',
            passage:
              'На сессии Совета коллективной безопасности (СКБ) обсудят внезапную проверку КСОР, дальнейшее развитие военной составляющей организации.',
            gloss:
              "The Collective Security Council session will discuss the snap inspection of the CRRF and further development of the organization's military component.",
          },
        ],
      },
      {
        text: {
          en: 'Response to increased activity of terrorist and extremist groups and destabilisation near CSTO borders; results of exercises and joint law-enforcement events',
        },
        citations: [
          {
            source: 'kremlin-50253-dushanbe-announcement',
            passage:
              'Special attention will be given to ensuring an effective response to the most pressing military and political challenges, including the increased activity of terrorist and extremist groups and destabilisation of the situation near CSTO borders.',
          },
        ],
      },
      {
        text: { en: 'Armenia takes over the CSTO chairmanship from Tajikistan' },
        citations: [
          {
            source: 'hhk-2015-09-15-sargsyan-dushanbe',
            passage:
              'Just now we finished the regular session of the CSTO Collective Security Council, during which we discussed the status of decisions adopted at the December session and outlined programs for the upcoming year. Armenia took over the CSTO chairmanship from the Republic of Tajikistan.',
          },
        ],
      },
    ],
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
        gloss:
          'The work of the session, which is being held in the “Palace of the Nation”, was opened by the President of Tajikistan, Emomali Rahmon, as the presiding party.',
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
      {
        source: 'oana-tass-2015-09-15-dushanbe',
        passage:
          'DUSHANBE, September 15. /TASS/. The official program of the summit of the Collective Security Treaty Organization (CSTO), the Russia-led military alliance of former Soviet states, began in Tajikistan’s capital Dushanbe on Tuesday.',
      },
      {
        source: 'xinhua-chinagate-2015-09-15-dushanbe',
        passage:
          "Ahead of the summit, Tajik President Emomali Rahmon, whose country holds the bloc's rotating presidency, met Russian President Vladimir Putin",
      },
      {
        source: 'sputnik-kg-2015-09-14-atambayev-dushanbe',
        passage:
          'Как сообщила пресс-служба президента Кыргызстана, кроме очередной сессии совета ОДКБ, Атамбаев проведет двусторонние встречи',
        gloss:
          "According to the Kyrgyz president's press service, besides the regular session of the CSTO council, Atambayev will hold bilateral meetings",
      },
      {
        source: 'hhk-2015-09-15-sargsyan-dushanbe',
        passage: 'Just now we finished the regular session of the CSTO Collective Security Council',
      },
    ],
    documents: [
      {
        title: {
          en: "More than ten joint documents, including the leaders' statement on key approaches to the current international agenda (new challenges and threats)",
        },
        citations: [
          {
            source: 'oana-tass-2015-09-15-dushanbe',
            passage:
              'More than ten joint documents are due to be signed at the event, including the leaders’ statement on key approaches to the current international agenda.',
          },
        ],
      },
      {
        title: { en: 'Statement by the heads of the CSTO member states' },
        citations: [
          {
            source: 'hhk-2015-09-15-sargsyan-dushanbe',
            passage:
              'During the plenary session of the CSTO Collective Security Council, a number of documents were concluded, including the statement by the heads of the CSTO member states.',
          },
        ],
      },
    ],
  },
  {
    id: 'joint-2015-09-15-dushanbe',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2015-09-15',
    place: { en: 'Dushanbe', ru: 'Душанбе' },
    host: 'TJ',
    agenda: [
      {
        text: {
          en: '24 issues: improving the collective security system, strengthening military cooperation and peacekeeping potential, optimizing command of the CSTO military component, emergency response',
          ru: '24 вопроса, касающихся совершенствования системы коллективной безопасности, укрепления военного сотрудничества и миротворческого потенциала, оптимизации системы управления военной составляющей ОДКБ, реагирования на чрезвычайные ситуации',
        },
        citations: [
          {
            source: 'uaru-2015-09-15-dushanbe-joint',
            passage:
              'На повестке дня — 24 вопроса, касающихся совершенствования системы коллективной безопасности, укрепления военного сотрудничества и миротворческого потенциала, оптимизации системы управления военной составляющей ОДКБ, реагирования на чрезвычайные ситуации.',
            gloss:
              'On the agenda: 24 issues concerning improving the collective security system, strengthening military cooperation and peacekeeping potential, optimizing the command system of the CSTO military component, and emergency response.',
          },
        ],
      },
      {
        text: { en: 'Ensuring security in Central Asia; the situation in the Middle East' },
        citations: [
          {
            source: 'kazinform-2015-09-15-dushanbe-joint',
            passage:
              'The issues regarding ensuring security in Central Asia, situation in the Middle East were considered at the summit in Dushanbe.',
          },
        ],
      },
      {
        text: {
          en: '24 questions on improving the collective security system, strengthening military cooperation and peacekeeping potential, optimising the command system of the CSTO military component, emergency response',
        },
        citations: [
          {
            source: 'uaru-2015-09-15-dushanbe-joint',
            passage:
              'На повестке дня — 24 вопроса, касающихся совершенствования системы коллективной безопасности, укрепления военного сотрудничества и миротворческого потенциала, оптимизации системы управления военной составляющей ОДКБ, реагирования на чрезвычайные ситуации.',
            gloss:
              'On the agenda were 24 questions concerning improvement of the collective security system, strengthening of military cooperation and peacekeeping potential, optimisation of the command system of the CSTO military component, and emergency response.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'Package of documents on command and control of the CSTO troops' },
        citations: [
          {
            source: 'kazinform-2015-09-15-dushanbe-joint',
            passage:
              'Upon completion of the sitting a package of documents on control of the troops of the CSTO was signed.',
          },
        ],
      },
    ],
    dateDerivation:
      "Kazinform says 'Today, on September 15' without year; the TASS report dated 15 September 2015 places the joint session in Dushanbe before the presidents' meeting that day; Kazinform also says presidency passed from Tajikistan to Armenia at that summit (2015).",
    note: "Kazinform says 'the agenda included 7 issues of military nature'. TASS misnames the third body ('Committee of the secretaries of the CSTO Defence Council'). Other agreements mentioned by Kazinform may have been signed at the summit rather than the ministers' sitting. The meeting was opened by Tajik FM Sirojiddin Aslov, two hours before the CSC session (ua-ru.info).",
    citations: [
      {
        source: 'uaru-2015-09-15-dushanbe-joint',
        passage:
          'Глава МИД РФ Сергей Лавров, министр обороны Сергей Шойгу и секретарь Совета безопасности Николай Патрушев приняли сегодня участие в Душанбе в совместном заседании Совета министров иностранных дел (СМИД), Совета министров обороны (СМО) и Комитета секретарей Советов безопасности (КССБ) Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'Russian FM Sergei Lavrov, Defence Minister Sergei Shoigu and Security Council Secretary Nikolai Patrushev took part today in Dushanbe in the joint meeting of the CFM, CMD and CSSC of the CSTO.',
      },
      {
        source: 'kazinform-2015-09-15-dushanbe-joint',
        passage:
          'Today, on September 15, Minister of Defense of Kazakhstan Imangali Tasmagambetov took part in the joint sitting of the CSTO Defense Ministers Council in Tajikistan, Dushanbe.',
      },
      {
        source: 'oana-tass-2015-09-15-dushanbe',
        passage:
          'Prior to the meeting of presidents in Dushanbe, a joint session of the Councils of Foreign Ministers and of the Defence Ministers and the Committee of the secretaries of the CSTO Defence Council took place.',
      },
      {
        source: 'uaru-2015-09-15-dushanbe-joint',
        passage:
          '«Мы встречаемся не накануне, а буквально за два часа до сессии Совета коллективной безопасности (СКБ)».',
        gloss:
          "'We are meeting not on the eve but literally two hours before the session of the Collective Security Council.'",
      },
      {
        source: 'uaru-2015-09-15-dushanbe-joint',
        passage:
          '«Наше сегодняшнее заседание немного отличается от сложившейся практики, — сказал, открывая встречу, глава МИД Таджикистана Сироджидин Аслов. — Мы встречаемся не накануне, а буквально за два часа до сессии Совета коллективной безопасности (СКБ)».',
        gloss:
          "'Today's meeting differs slightly from established practice,' said Tajik Foreign Minister Sirodjidin Aslov, opening the meeting. 'We are meeting not on the eve but literally two hours before the session of the Collective Security Council.'",
      },
      {
        source: 'oana-tass-2015-09-15-dushanbe',
        passage:
          'DUSHANBE, September 15. /TASS/. The official program of the summit of the Collective Security Treaty Organization (CSTO), the Russia-led military alliance of former Soviet states, began in Tajikistan’s capital Dushanbe on Tuesday.',
      },
    ],
  },
  {
    id: 'cmfa-2015-12-03-belgrade',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2015-12-03',
    place: { en: 'Belgrade', ru: 'Белград' },
    agenda: [
      {
        text: {
          en: 'Implementation of decisions of the September 2015 CSC session; coordination of foreign policy of CSTO member states',
        },
        citations: [
          {
            source: 'armradio-2015-12-03-belgrade',
            passage:
              'The ministers discussed the process of implementation of decisions made at the session of the Collective Security Council on September 2015, as well as issues of coordination of foreign policy of the CSTO member states.',
          },
        ],
      },
      {
        text: { en: 'Issues on the agenda of the 22nd OSCE Ministerial Council' },
        citations: [
          {
            source: 'armradio-2015-12-03-belgrade',
            passage:
              'The members of the CSTO Foreign Ministers’ Council discussed issues on the agenda of the 22nd Ministerial Council of the OSCE member states.',
          },
        ],
      },
      {
        text: { en: 'Approval of the agenda of the Collective Security Council session in Moscow in December 2015' },
        citations: [
          {
            source: 'armradio-2015-12-03-belgrade',
            passage:
              'The CSTO Foreign Ministers approved the agenda of the Collective Security Council, which will be held in Moscow in December, as well as exchanged views on the activities of the CSTO statutory bodies.',
          },
        ],
      },
    ],
    note: "Meeting on the sidelines of the 22nd OSCE Ministerial Council in Belgrade; 'informal' is inferred from the OSCE-sidelines format, the source calls it a 'Foreign Ministers’ meeting'.",
    citations: [
      {
        source: 'armradio-2015-12-03-belgrade',
        passage:
          'On December 3, the Foreign Ministers’ meeting of the Collective Security Treaty Organization (CSTO) member states was held in Belgrade under the chairmanship of Edward Nalbandian, Foreign Minister of Armenia, the Chairman of the CSTO Council of Foreign Ministers.',
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
    agenda: [
      {
        text: { en: 'Procedure for rotating the Secretary General and other officials (key issue)' },
        citations: [
          {
            source: 'tass-2015-12-21-putin-csto-eaeu',
            passage:
              'Russian presidential aide Yury Ushakov told journalists that the key issue on the CSTO summit agenda will be the procedure to rotate the organization’s secretary general and other officials.',
          },
        ],
      },
      {
        text: { en: "Extension of Secretary General Nikolay Bordyuzha's term by one year" },
        citations: [
          {
            source: 'presidentam-2015-12-21-sargsyan-moscow',
            passage:
              'The Council decided to extend the term in office of the Secretary General of the Organization Nikolay Bordyuzha for one year.',
          },
        ],
      },
      {
        text: { en: 'Exchange of views on the global situation and future activities of the Organization' },
        citations: [
          {
            source: 'presidentam-2015-12-21-sargsyan-moscow',
            passage:
              'At the session, the leaders of the CSTO member states exchanged views on the current global situation and future activities of the Organization.',
          },
        ],
      },
    ],
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
      {
        source: 'presidentam-2015-12-21-sargsyan-moscow',
        passage:
          'On December 21, in Moscow there took place a session of the Collective Security Council of the Collective Security Treaty Organization (CSTO). The session was presided over by Serzh Sargsyan, President of Armenia which assumed the chairmanship of the Organization.',
      },
      {
        source: 'tass-2015-12-21-putin-csto-eaeu',
        passage:
          'MOSCOW, December 21. /TASS/. Russian President Vladimir Putin will on Monday take part in a meeting of the Collective Security Treaty Organization’s (CSTO) Collective Security Council and a meeting of the Supreme Eurasian Economic Council to be held in Moscow.',
      },
    ],
    documents: [
      {
        title: { en: 'Declaration of the Heads of the CSTO on fighting international terrorism' },
        citations: [
          {
            source: 'presidentam-2015-12-21-sargsyan-moscow',
            passage:
              'At the plenary session of the CSTO Collective Security Council signed were documents, including the Declaration of the Heads of the CSTO on fighting international terrorism, resolutions of the Collective Security Council “On the Secretary General of the CSTO” and “On the rotation of the officials - members of the permanent bodies of the CSTO.”',
          },
        ],
      },
      {
        title: { en: 'Decision of the Collective Security Council “On the Secretary General of the CSTO”' },
        citations: [
          {
            source: 'presidentam-2015-12-21-sargsyan-moscow',
            passage:
              'resolutions of the Collective Security Council “On the Secretary General of the CSTO” and “On the rotation of the officials - members of the permanent bodies of the CSTO.”',
          },
        ],
      },
      {
        title: {
          en: 'Decision of the Collective Security Council “On the rotation of the officials - members of the permanent bodies of the CSTO”',
        },
        citations: [
          {
            source: 'presidentam-2015-12-21-sargsyan-moscow',
            passage:
              'resolutions of the Collective Security Council “On the Secretary General of the CSTO” and “On the rotation of the officials - members of the permanent bodies of the CSTO.”',
          },
        ],
      },
    ],
  },
  {
    id: 'cssc-2016-06-08-yerevan',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-06-08',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Cooperation in countering international terrorism and extremism; agreement of the draft CSTO collective security strategy up to 2025',
        },
        citations: [
          {
            source: 'seco-2016-06-08-yerevan-cssc',
            passage:
              'First, a narrow format meeting was held, during which there was a discussion related to the issues of cooperation in countering international terrorism and extremism, as well as the conciliation process up to 2025 of the draft of the CSTO collective security strategy.',
          },
        ],
      },
      {
        text: {
          en: 'Report of Secretary-General Nikolai Bordyuzha on additional measures to develop the collective security system against international terrorism and extremism',
        },
        citations: [
          {
            source: 'seco-2016-06-08-yerevan-cssc',
            passage:
              'CSTO Secretary-General Nikolai Bordyuzha delivered a report on additional measures for the development of the collective security systems of the CSTO member states in the area of combating against international terrorism and extremism.',
          },
        ],
      },
      {
        text: { en: 'Implementation of the decision on rotation of officials of the CSTO permanent bodies' },
        citations: [
          {
            source: 'seco-2016-06-08-yerevan-cssc',
            passage:
              'Also, an information was presented about the execution process of the decision on the officials’ rotation of the CSTO bodies acting on a permanent basis.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'List of terrorist and extremist organizations recognized in the CSTO member states' },
        citations: [
          {
            source: 'seco-2016-06-08-yerevan-cssc',
            passage:
              '“the list of the terrorist and extremist organizations recognized in the CSTO member-states”, “the CSTO member-states representatives’ consultations plan related to foreign policy, security and defense issues for the second half of 2016 and the first half of 2017”, as well as a number of other security-related documents were discussed and signed.',
          },
        ],
      },
      {
        title: {
          en: 'Plan of consultations of CSTO member-state representatives on foreign policy, security and defence for H2 2016 - H1 2017',
        },
        citations: [
          {
            source: 'seco-2016-06-08-yerevan-cssc',
            passage:
              '“the CSTO member-states representatives’ consultations plan related to foreign policy, security and defense issues for the second half of 2016 and the first half of 2017”',
          },
        ],
      },
    ],
    dateDerivation: "Page dated '08 / 06 / 2016' says the session took place 'Today'.",
    note: 'The next session was set for October 2016 in Yerevan.',
    citations: [
      {
        source: 'seco-2016-06-08-yerevan-cssc',
        passage:
          'Today Security Councils Secretaries Committee Session of the Collective Security Treaty Organization (CSTO) was took place in Yerevan, which was conducted by Armen Gevorgyan, National Security Council Secretary of the chairing country, Republic of Armenia.',
      },
    ],
  },
  {
    id: 'cmfa-2016-07-04-yerevan',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-07-04',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Preparations for the CSC session in October 2016 and draft documents, first of all the CSTO Collective Security Strategy until 2025',
        },
        citations: [
          {
            source: 'mfaam-2016-07-04-yerevan-cmfa',
            passage:
              'Hence during today’s meeting we discussed the preparatory works of the Summit of the Heads of the State and the draft documents to be submitted for their approval. And first of all, we focused on the CSTO Collective Security Strategy for the period until 2025, which will be presented at the upcoming Collective Security Council session for the adoption.',
          },
        ],
      },
      {
        text: {
          en: 'Implementation of decisions of the September and October 2015 CSC sessions and of the Armenian chairmanship priorities',
        },
        citations: [
          {
            source: 'mfaam-2016-07-04-yerevan-cmfa',
            passage:
              'Today’s session of Ministerial Council created an opportunity to discuss the process of implementation of the arrangements reached on the level of the Heads of State, realization of the decisions made at the Collective Security Council sessions which were held in September and October of 2015, as well as the implementation of the priorities of the Armenian Chairmanship.',
          },
        ],
      },
      {
        text: { en: 'Situation in Syria and Afghanistan; a Russian-proposed statement on the Syrian conflict' },
        citations: [
          {
            source: 'geopolitica-2016-07-04-yerevan',
            passage:
              'The ministers also discussed the situation in Syria, Afghanistan and security issues that are common to the former Soviet Union.',
          },
        ],
      },
    ],
    dateDerivation:
      "The Armenian MFA press statement is filed under 2016/07/04 and speaks of 'today’s meeting'; Geopolitica's item dated Monday, 4 July 2016 reports the meeting in the present tense.",
    note: "Armenia held the CSTO chairmanship ('since last September Armenia has assumed the CSTO Chairmanship'). Chair not stated explicitly; Edward Nalbandian opened/hosted the meeting as foreign minister of the chairing state.",
    citations: [
      {
        source: 'mfaam-2016-07-04-yerevan-cmfa',
        passage:
          'It is an honour for us to host the session of the Council of Ministers of Foreign Affairs of the Collective Security Treaty Organization in Yerevan, with participation of the Foreign Ministers of the Organization’s member-states.',
      },
      {
        source: 'geopolitica-2016-07-04-yerevan',
        passage:
          'At a meeting of the board of member countries of the Collective Security Treaty  ministers of Russia, Belarus, Armenia, Kazakhstan, Tajikistan and Kyrgyzstan discuss the collective security of CSTO draft strategy until 2025.',
      },
    ],
  },
  {
    id: 'cmd-2016-08-16-yerevan',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-08-16',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Functioning and development of the collective security system; improving the work of the CSTO Joint Staff; long-term planning of military cooperation',
          ru: 'вопросы функционирования и развития системы коллективной безопасности, меры по совершенствованию деятельности Объединенного штаба ОДКБ, перспективного планирования военного сотрудничества',
        },
        citations: [
          {
            source: 'eadaily-2016-08-16-yerevan-cmd',
            passage:
              '16 августа руководители оборонных ведомств Армении, Белоруссии, Казахстана, Киргизии, России и Таджикистана обсудят в Ереване вопросы функционирования и развития системы коллективной безопасности, меры по совершенствованию деятельности Объединенного штаба ОДКБ, перспективного планирования военного сотрудничества государств — членов Организации.',
            gloss:
              'On 16 August the heads of the defence ministries of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan will discuss in Yerevan the functioning and development of the collective security system, measures to improve the work of the CSTO Joint Staff, and long-term planning of military cooperation of the member states.',
          },
        ],
      },
      {
        text: {
          en: "Decisions on improving the Council's work, on organizing secure communications and on supply of the armed forces",
          ru: 'решения по вопросам совершенствования деятельности Совета министров обороны, порядка организации скрытой связи и снабжения вооруженных сил государств — членов ОДКБ',
        },
        citations: [
          {
            source: 'eadaily-2016-08-16-yerevan-cmd',
            passage:
              'по итогам заседания будут приняты решения по вопросам совершенствования деятельности Совета министров обороны, порядка организации скрытой связи и снабжения вооруженных сил государств — членов ОДКБ.',
            gloss:
              "following the meeting, decisions will be adopted on improving the work of the Council of Defence Ministers, the procedure for organizing secure communications and supply of the CSTO member states' armed forces.",
          },
        ],
      },
    ],
    dateDerivation: 'Passages give 16 August; the year 2016 is from the EADaily URL/dateline (2016/08/16).',
    citations: [
      {
        source: 'eadaily-2016-08-16-yerevan-cmd',
        passage:
          'Глава военного ведомства России генерал армии Сергей Шойгу прибыл в Ереван для участия в заседании Совета министров обороны Организации Договора о коллективной безопасности 16 августа.',
        gloss:
          "Russia's defence minister General of the Army Sergei Shoigu arrived in Yerevan to take part in the meeting of the CSTO Council of Defence Ministers on 16 August.",
      },
      {
        source: 'souzveche-2016-08-yerevan-cmd',
        passage:
          'Министры обороны России и Беларуси Сергей Шойгу и Андрей Равков 16 августа в Ереване участвовали в заседании Совета Министров стран ОДКБ.',
        gloss:
          'The defence ministers of Russia and Belarus, Sergei Shoigu and Andrei Ravkov, took part on 16 August in Yerevan in the meeting of the Council of Ministers of the CSTO countries.',
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
    agenda: [
      {
        text: { en: 'More than 20 items on the session agenda', ru: 'На повестке сессии СКБ стоит более 20 вопросов' },
        citations: [
          {
            source: '24kg-2016-yerevan-narrow-closed',
            passage: 'На повестке сессии СКБ стоит более 20 вопросов.',
            gloss: 'More than 20 items are on the CSC session agenda.',
          },
        ],
      },
      {
        text: {
          en: 'Implementation of decisions of previous summits; priorities proposed by Armenia during its chairmanship; decision on the Secretary General',
          ru: 'ход реализации решений предыдущих саммитов ОДКБ, приоритеты, предложенные Арменией; решение о генеральном секретаре',
        },
        citations: [
          {
            source: 'sputnik-tj-2016-10-14',
            passage:
              'На сессии будет обсуждаться ход реализации решений предыдущих саммитов ОДКБ, а также приоритеты, предложенные Арменией в период своего председательства в Организации. Главы государств-членов ОДКБ также примут решение о генеральном секретаре Организации.',
            gloss:
              'The session will discuss the implementation of decisions of previous CSTO summits and the priorities proposed by Armenia during its chairmanship. The heads of CSTO member states will also decide on the Secretary General of the Organization.',
          },
        ],
      },
    ],
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
      {
        source: 'sputnik-tj-2016-10-14',
        passage:
          'В Ереване 14 октября проходит сессия Совета коллективной безопасности (СКБ) Организации Договора о коллективной безопасности (ОДКБ).',
        gloss: 'On 14 October a session of the CSTO Collective Security Council (CSC) is taking place in Yerevan.',
      },
      {
        source: 'massispost-2016-10-csto-crisis-center',
        passage:
          'Armenian President Serzh Sarkisian, who is hosting a meeting of the CSTO summit on October 14 in Yerevan',
      },
    ],
    documents: [
      {
        title: { en: 'CSTO Collective Security Strategy through 2025' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'The CSTO Council has also approved a strategy of the bloc’s collective security through 2025, the provisions on compiling a single list of organizations recognized as terrorist groupings and the statements by the heads of the CSTO member states on the Nagorno-Karabakh conflict between Armenia and Azerbaijan.',
          },
        ],
      },
      {
        title: { en: 'List of additional measures to counter international terrorism and extremism' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'The Collective Security Treaty Organization (CSTO) has agreed a list of additional measures to counter international terrorism and extremism, according to the documents signed after a session of the post-Soviet security bloc’s Collective Security Council on Friday.',
          },
        ],
      },
      {
        title: { en: 'Provisions on compiling a single list of organizations recognized as terrorist' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage: 'the provisions on compiling a single list of organizations recognized as terrorist groupings',
          },
        ],
      },
      {
        title: { en: 'Statements by the heads of CSTO member states on the Nagorno-Karabakh conflict' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'the statements by the heads of the CSTO member states on the Nagorno-Karabakh conflict between Armenia and Azerbaijan.',
          },
        ],
      },
      {
        title: {
          en: 'Statement on the impact of unilateral deployment of a global missile shield on international security and stability',
        },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'The heads of the CSTO member states adopted a statement on the impact of unilateral measures for deploying a global missile shield system on international security and stability, a statement on ensuring the security of state borders within the area of the CSTO responsibility, heard a report by the CSTO Secretary-General and made a decision on the Center of the post-Soviet security bloc’s crisis response.',
          },
        ],
      },
      {
        title: { en: 'Statement on ensuring the security of state borders within the CSTO area of responsibility' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage: 'a statement on ensuring the security of state borders within the area of the CSTO responsibility',
          },
        ],
      },
      {
        title: { en: 'Decision on the CSTO Crisis Response Center' },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage: 'made a decision on the Center of the post-Soviet security bloc’s crisis response.',
          },
        ],
      },
      {
        title: {
          en: 'Decisions on the concept of standardizing CSTO armaments and military hardware and on the concept of the military personnel training system through 2020',
        },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'Also, the CSTO Collective Security Council made a decision on the concept of standardizing CSTO armaments and military hardware and the concept of developing the system of training military personnel for the armed forces of the Organization’s member states through 2020.',
          },
        ],
      },
      {
        title: {
          en: 'Protocols on CRRF military contingents and on their structure and stationing; decision on emergency response; CSTO budget for 2017; protocol decision on time and place of the next session',
        },
        citations: [
          {
            source: 'tass-2016-10-14-yerevan',
            passage:
              'The other decisions made by the CSTO Council include a protocol on establishing military contingents of the CSTO Rapid Reaction Collective Forces and a protocol on their structure and stationing, as well as a decision on the CSTO member states’ response to emergency situations, a decision on the Organization’s budget for 2017 and a protocol decision on the time and the place of holding the Council’s next session.',
          },
        ],
      },
    ],
    chair: { name: { en: 'Serzh Sargsyan', ru: 'Серж Саргсян' }, state: 'AM' },
  },
  {
    id: 'joint-2016-10-14-yerevan',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-10-14',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Situation after the April 2016 Azerbaijani offensive in Nagorno-Karabakh; crisis in Syria; situation in Afghanistan',
        },
        citations: [
          {
            source: 'mfaam-2016-10-14-yerevan-joint',
            passage:
              'Edward Nalbandian touched upon the crisis in Syria and the necessity to implement urgent steps towards the stabilisation of situation, the fight against international terrorism and migration crisis.',
          },
        ],
      },
      {
        text: { en: 'Work of the statutory bodies of the Organization' },
        citations: [
          {
            source: 'mfaam-2016-10-14-yerevan-joint',
            passage: 'The joint session focused on the work of statutory bodies of the Organization',
          },
        ],
      },
    ],
    dateDerivation: 'Passage gives 14 October; year 2016 from the Sputnik URL (20161014).',
    note: 'Same day as the CSC session in Yerevan (csc-2016-10-14-yerevan).',
    citations: [
      {
        source: 'mfaam-2016-10-14-yerevan-joint',
        passage:
          'On October 14, Ministry of Foreign Affairs of Armenia hosted the joint session of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Security Council Secretaries of the Collective Security Treaty Organization (CSTO) member-states, chaired by Edward Nalbandian, the Chairman of the CSTO Council of Foreign Ministers and Foreign Minister of Armenia.',
      },
      {
        source: 'sputnik-tj-2016-10-14',
        passage:
          'В Ереване 14 октября проходит сессия Совета коллективной безопасности (СКБ) Организации Договора о коллективной безопасности (ОДКБ). В рамках сессии состоялось совместное заседание Cовета министров иностранных дел, Совета министров обороны и Комитета секретарей стран ОДКБ.',
        gloss:
          'On 14 October a session of the CSTO Collective Security Council is taking place in Yerevan. Within the session a joint meeting of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of the CSTO countries took place.',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2016-10-14',
            citations: [
              {
                source: 'sputnik-tj-2016-10-14',
                passage:
                  'В Ереване 14 октября проходит сессия Совета коллективной безопасности (СКБ) Организации Договора о коллективной безопасности (ОДКБ). В рамках сессии состоялось совместное заседание Cовета министров иностранных дел, Совета министров обороны и Комитета секретарей стран ОДКБ.',
                gloss:
                  'On 14 October a session of the CSTO CSC is under way in Yerevan. Within the session a joint meeting of the CMFA, CMD and Committee of Secretaries took place.',
              },
            ],
          },
          {
            value: '2016-10-13/14 (announced window)',
            citations: [
              {
                source: 'kazinform-2016-09-28-qahhorov-bordyuzha',
                passage:
                  'preparations for the CSTO Collective Security Council session and joint meetings of the CSTO defense and foreign ministries as well as Security Council secretaries that will take place in the Armenian capital Yerevan from October 13-14.',
              },
            ],
          },
        ],
        chosen: '2016-10-14',
        reason:
          'Sputnik (same-day report) places the joint meeting within the 14 October session day; the pre-event announcement gave a 13-14 October window for all meetings.',
      },
    ],
  },
  {
    id: 'cmfa-2016-12-08-hamburg',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2016-12-08',
    place: {
      en: 'Hamburg',
      ru: 'Гамбург',
    },
    agenda: [
      {
        text: {
          en: 'The crisis of the pan-European security system, aggravated by international terrorism, organized crime and the migration crisis',
          ru: 'Кризис системы общеевропейской безопасности, который усугубляется угрозами международного терроризма и организованной преступностью, а также миграционным кризисом',
        },
        citations: [
          {
            source: 'sputniktj-2016-12-09-hamburg',
            passage:
              'Государства-члены ОДКБ выразили обеспокоенность кризисом системы общеевропейской безопасности, который усугубляется угрозами международного терроризма и организованной преступностью, а также миграционным кризисом.',
            gloss:
              'The CSTO member states expressed concern at the crisis of the pan-European security system, aggravated by the threats of international terrorism and organized crime and by the migration crisis.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Statement 'On increasing the effectiveness of the OSCE in the system of pan-European security'",
          ru: 'Заявление «О повышении эффективности ОБСЕ в системе общеевропейской безопасности»',
        },
        citations: [
          {
            source: 'sputniktj-2016-12-09-hamburg',
            passage:
              'Документ был утвержден министрами иностранных дел Армении, Беларуси, Казахстана, Кыргызстана, России и Таджикистана.',
            gloss:
              'The document was approved by the foreign ministers of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
          },
        ],
      },
    ],
    note: "Meeting of the CSTO foreign ministers on the sidelines of the 23rd OSCE Ministerial Council (Hamburg, 8–9 December 2016). The source does not call it informal; 'informal' follows the records of the Athens 2009 and Belgrade 2015 sideline meetings.",
    citations: [
      {
        source: 'sputniktj-2016-12-09-hamburg',
        passage:
          'В ходе 23-го заседания совета министров иностранных дел ОБСЕ, проходящего в Гамбурге 8 декабря 2016 года, главы внешнеполитических ведомств приняли заявление "О повышении эффективности ОБСЕ в системе общеевропейской безопасности", сообщается на сайте ОДКБ.',
        gloss:
          "During the 23rd meeting of the OSCE Council of Ministers of Foreign Affairs, held in Hamburg on 8 December 2016, the heads of the foreign ministries adopted the statement 'On increasing the effectiveness of the OSCE in the system of pan-European security', the CSTO website reports.",
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
    agenda: [
      {
        text: {
          en: 'Current international issues and challenges, ongoing activities of the Organization and forthcoming programs',
        },
        citations: [
          {
            source: 'asbarez-2016-12-26-stpetersburg',
            passage:
              'The statement read that the member states discussed “the current international issues and challenges, the ongoing activities of the Organization, and forthcoming programs.”',
          },
        ],
      },
      {
        text: { en: 'Appointment of the Secretary General postponed to the April 2017 session for lack of quorum' },
        citations: [
          {
            source: 'asbarez-2016-12-26-stpetersburg',
            passage:
              'Due to the lack of quorum, appointment of the CSTO Secretary General has been postponed until the next session in April 2017.',
          },
        ],
      },
    ],
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
      {
        source: 'asbarez-2016-12-26-stpetersburg',
        passage:
          'ST. PETERSBURG, Russia—Armenian President Serzh Sarkisian on December 26 participated in a session of the Collective Security Council of the Collective Security Treaty Organization (CSTO), together with the Presidents of Kazakhstan, Kyrgyzstan, Russia, and Tajikistan',
      },
      {
        source: 'newsam-2016-12-26-lukashenko-not-attend',
        passage: 'But he earlier had informed that both summits will be informal and pre-New Year talks.',
      },
    ],
    absent: [
      {
        state: 'BY',
        citations: [
          { source: 'asbarez-2016-12-26-stpetersburg', passage: 'Belarus was not present during the meeting.' },
          {
            source: 'newsam-2016-12-26-sg-april',
            passage:
              'Note, that Belarusian President did not participate in the summit, which was held in St. Petersburg on December 26.',
          },
        ],
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
    agenda: [
      {
        text: {
          en: 'Appointment of Yuri Khachaturov as Secretary General from 2 May 2017',
          ru: 'назначение Хачатурова Юрия Григорьевича генеральным секретарем со 2 мая',
        },
        citations: [
          {
            source: 'vpk-179521',
            passage:
              '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича", - заявил журналистам по итогам неформального саммита ОДКБ Семериков.',
            gloss:
              '"When considering the appointment of the CSTO Secretary General, a unanimous decision was taken to appoint Yuri Grigoryevich Khachaturov from 2 May," Semerikov told journalists after the informal CSTO summit.',
          },
        ],
      },
      {
        text: {
          en: 'Award of the CSC badge of distinction, 1st class, to former Secretary General Nikolai Bordyuzha',
          ru: 'награждение Николая Бордюжи знаком отличия I степени Совета коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'vpk-179521',
            passage:
              'Он также сообщил, что главы государств приняли решение о награждении бывшего генерального секретаря ОДКБ Николая Бордюжи знаком отличия I степени Cовета коллективной безопасности ОДКБ.',
            gloss:
              'He also said the heads of state decided to award former CSTO Secretary General Nikolai Bordyuzha the 1st-class badge of distinction of the CSTO Collective Security Council.',
          },
        ],
      },
      {
        text: {
          en: 'Military-political and military-strategic situation in the CSTO area of responsibility',
          ru: 'вопросы военно-политической и военно-стратегической обстановки в зоне ответственности ОДКБ',
        },
        citations: [
          {
            source: 'vpk-179521',
            passage:
              'Также, по его словам, в ходе неформального саммита президенты стран ОДКБ рассмотрели "вопросы военно-политической и военно-стратегической обстановки в зоне ответственности ОДКБ и приняли ряд дополнительных указаний по нашей работе по противодействию угрозам безопасности".',
            gloss:
              "Also, according to him, at the informal summit the CSTO presidents considered 'issues of the military-political and military-strategic situation in the CSTO area of responsibility and gave a number of additional instructions for our work to counter security threats'.",
          },
        ],
      },
    ],
    related: [
      {
        text: { en: 'Yuri Khachaturov appointed Secretary General from 2 May 2017' },
        citations: [
          {
            source: 'vpk-179521',
            passage:
              '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича"',
            gloss:
              '“In considering the question of the appointment of the Secretary General of the Collective Security Treaty Organization, a decision was unanimously adopted to appoint Yuri Grigoryevich Khachaturov from 2 May”',
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
        gloss:
          'According to him, the meeting was held under the chairmanship of the President of Belarus, Alexander Lukashenko.',
      },
      {
        source: 'vpk-179521',
        passage:
          '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича"',
        gloss:
          '“In considering the question of the appointment of the Secretary General of the Collective Security Treaty Organization, a decision was unanimously adopted to appoint Yuri Grigoryevich Khachaturov from 2 May”',
      },
      {
        source: 'vpk-179521',
        passage:
          'БИШКЕК, 14 апр - РИА Новости. Генеральным секретарем ОДКБ со 2 мая 2017 года назначен Юрий Хачатуров, заявил и.о. генсека организации Валерий Семериков.',
        gloss:
          'BISHKEK, 14 Apr - RIA Novosti. Yuri Khachaturov has been appointed CSTO Secretary General from 2 May 2017, acting Secretary General Valery Semerikov said.',
      },
    ],
  },
  {
    id: 'permanent-council-2017-05-02-moscow',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2017-05-02',
    endDate: '2017-05-03',
    place: MOSCOW,
    host: 'RU',
    chair: PETRISHENKO,
    agenda: [
      {
        text: {
          en: 'Draft agendas of the meetings of the Council of Ministers of Foreign Affairs and of the Committee of Secretaries of Security Councils',
        },
        citations: [
          {
            source: 'kazinform-2017-05-pc',
            passage:
              'The Permanent Council of the Collective Security Treaty Organization (CSTO) reviewed the draft agendas of the meetings of the Council of Ministers for Foreign Affairs and the Committee of Secretaries of the Security Councils and decided to submit them to the CSTO member states in the prescribed manner',
          },
        ],
      },
      {
        text: {
          en: 'Plan of action to implement the decisions of the October 2016 session of the Collective Security Council',
        },
        citations: [
          {
            source: 'kazinform-2017-05-pc',
            passage:
              'The Permanent Council also agreed on the plan of action to implement the decisions of the October (2016) session of the CSTO Collective Security Council and recommended submitting it for approval to the Chairman of the CSTO Collective Security Council, Belarus President Alexander Lukashenko.',
          },
        ],
      },
      {
        text: {
          en: 'Draft CSC decision on the plan of action to implement the CSTO Collective Security Strategy up to 2025',
        },
        citations: [
          {
            source: 'kazinform-2017-05-pc',
            passage:
              'The Permanent Council continued consideration and finalization of the draft decision of the CSTO Collective Security Council “Regarding the plan of action to implement the CSTO Collective Security Strategy for the period up to 2025”.',
          },
        ],
      },
    ],
    dateDerivation:
      "The passage gives '2-3 May' without a year; the year 2017 follows from the mention of the 'October (2016) session' whose decisions were being implemented and of the 'new CSTO Secretary General Yuri Khachaturov' (in office from 2017).",
    citations: [
      {
        source: 'kazinform-2017-05-pc',
        passage:
          'The meeting of the CSTO Permanent Council was held in the CSTO secretariat on 2-3 May and was chaired by the Plenipotentiary Representative of the Republic of Belarus in the CSTO, Ambassador Extraordinary and Plenipotentiary of Belarus to Russia Igor Petrishenko. The meeting was attended by new CSTO Secretary General Yuri Khachaturov.',
      },
    ],
  },
  {
    id: 'permanent-council-2017-05-10-moscow',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2017-05-10',
    place: MOSCOW,
    host: 'RU',
    chair: PETRISHENKO,
    agenda: [
      {
        text: {
          en: 'Draft CMFA decision on amendments to the Regulation on the Working Group on Afghanistan under the CSTO CMFA (agreed; to be put on the draft agenda of the forthcoming CMFA meeting)',
          ru: 'проект решения Совета министров иностранных дел о внесении изменений в положение о рабочей группе по Афганистану при СМИД ОДКБ',
        },
        citations: [
          {
            source: 'belta-2017-05-10-pc',
            passage:
              '"Рассмотренный на заседании проект решения Совета министров иностранных дел о внесении изменений в положение о рабочей группе по Афганистану при СМИД ОДКБ был согласован, и его решено внести в проект повестки дня предстоящего заседания СМИД ОДКБ", - отметил пресс-секретарь.',
            gloss:
              '"The draft decision of the Council of Foreign Ministers on amendments to the regulation on the working group on Afghanistan under the CSTO CMFA considered at the meeting was agreed, and it was decided to put it on the draft agenda of the forthcoming CSTO CMFA meeting," the press secretary noted.',
          },
        ],
      },
      {
        text: {
          en: "Draft list of topics of joint statements in 2017 and draft plan of consultations of CSTO member states' representatives on foreign policy, security and defence for the second half of 2017 – first half of 2018 (consideration continued)",
        },
        citations: [
          {
            source: 'belta-2017-05-10-pc',
            passage:
              'Постоянный совет продолжил рассмотрение и доработку проекта перечня тем совместных заявлений в 2017 году и проект плана консультаций представителей государств - членов ОДКБ по вопросам внешней политики, безопасности и обороны на второе полугодие 2017 года - первое полугодие 2018 года.',
            gloss:
              'The Permanent Council continued consideration and finalisation of the draft list of topics of joint statements in 2017 and the draft plan of consultations of representatives of CSTO member states on foreign policy, security and defence for the second half of 2017 – first half of 2018.',
          },
        ],
      },
    ],
    dateDerivation:
      "BelTA dateline '10 мая, Москва' (article URL and site dated 2017) with 'сегодня' (today) = 2017-05-10.",
    note: 'Distinct from the meeting of 2–3 May 2017.',
    citations: [
      {
        source: 'belta-2017-05-10-pc',
        passage:
          '10 мая, Москва /Эдуард Пивовар - БЕЛТА/. В Москве под председательством полномочного представителя Беларуси в ОДКБ, Чрезвычайного и Полномочного Посла Беларуси в России Игоря Петришенко сегодня состоялось заседание Постоянного совета Организации Договора о коллективной безопасности (ОДКБ)',
        gloss:
          "10 May, Moscow /BelTA/. In Moscow, chaired by Belarus's plenipotentiary representative to the CSTO, Belarus's Ambassador Extraordinary and Plenipotentiary to Russia Igor Petrishenko, a meeting of the Permanent Council of the CSTO was held today",
      },
    ],
  },
  {
    id: 'cmfa-2017-07-17-minsk',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2017-07-17',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    chair: { name: { en: 'Vladimir Makei', ru: 'Владимир Макей' }, state: 'BY' },
    agenda: [
      {
        text: {
          en: "Current international and regional security issues; cooperation of CSTO member states in today's international environment, with attention to fighting international terrorism and extremism",
        },
        citations: [
          {
            source: 'midru-2017-minsk-cmfa-comment',
            passage:
              'The meeting’s agenda covers current international and regional security issues and cooperation between CSTO member states in today’s international environment.',
          },
        ],
      },
      {
        text: {
          en: 'Draft decision amending the regulations of the CMFA Working Group on Afghanistan; plan of consultations for the second half of 2017 and first half of 2018; list of joint statements for 2017; protocol amending the Agreement on Basic Principles of Military and Technical Cooperation; emblem for the collective security forces',
        },
        citations: [
          {
            source: 'midru-2017-minsk-cmfa-comment',
            passage:
              'The foreign ministers will review a draft decision to amend the regulations of the CSTO Council of Foreign Ministers Working Group on Afghanistan, a plan of consultations between CSTO member states on foreign policy, security and defence issues for the second half of 2017 and the first half of 2018, a list of joint statements for 2017, and a protocol amending the Agreement on Basic Principles of Military and Technical Cooperation, as well as a decision to adopt an emblem for the collective security forces and systems.',
          },
        ],
      },
      {
        text: {
          en: 'Draft statement supporting UNGA Resolution 71/179 on combating glorification of Nazism (Russian initiative); draft statement on preventing conflicts in information technology (Kyrgyz proposal)',
        },
        citations: [
          {
            source: 'midru-2017-minsk-cmfa-comment',
            passage:
              'At Russia’s initiative, the meeting will review a draft statement by foreign ministers supporting Resolution 71/179 of the 71st Session of the UN General Assembly “Combating glorification of Nazism, neo-Nazism and other practices that contribute to fuelling contemporary forms of racism, racial discrimination, xenophobia and related intolerance,” which was co-sponsored by all CSTO member states.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'Statement on the dismantling of memorials to Red Army soldiers' },
        citations: [
          {
            source: 'ctv-2017-07-17-minsk-cmfa',
            passage:
              'As a result of the meeting a document on the ongoing dismantling of memorials in the memory of the Red Army soldiers was signed.',
          },
        ],
      },
      {
        title: { en: 'Statement on measures of information security' },
        citations: [
          {
            source: 'ctv-2017-07-17-minsk-cmfa',
            passage:
              'The second statement of Minsk CSTO Foreign Ministerial Council is dedicated to the measures of information security.',
          },
        ],
      },
    ],
    note: 'Russian MFA pre-meeting comment; ministers also to meet informally on the eve.',
    citations: [
      {
        source: 'midru-2017-minsk-cmfa-comment',
        passage:
          'On July 17, Minsk will host a regular meeting of the Collective Security Treaty Organisation (CSTO) Council of Foreign Ministers.',
      },
      {
        source: 'ctv-2017-07-17-minsk-cmfa',
        passage:
          'On July 17, 2017 Alexander Lukashenko met with the foreign ministers of the CSTO. After THE meeting with the President the participants of the dialogue headed for the Foreign Ministerial meeting.',
      },
      {
        source: 'belnovosti-2017-minsk-cmfa',
        passage:
          'Как рассказали в пресс-службе ОДКБ, председательствовать на мероприятии будет глава МИД Беларуси Владимира Макея.',
        gloss: 'According to the CSTO press service, the event will be chaired by Belarusian FM Vladimir Makei.',
      },
    ],
  },
  {
    id: 'cmfa-2017-09-20-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2017-09-20',
    place: NEW_YORK,
    agenda: [
      {
        text: {
          en: 'Current issues of international and regional security; cooperation during the 72nd session of the UN General Assembly',
          ru: 'Актуальные вопросы в сфере международной и региональной безопасности; вопросы взаимодействия в рамках 72-й сессии Генеральной Ассамблеи ООН',
        },
        citations: [
          {
            source: 'mfakg-2017-09-20-ny-informal',
            passage:
              'В ходе рабочей встречи Главы внешнеполитических ведомств государств-членов Организации обменялись мнениями по актуальным вопросам в сфере международной и региональной безопасности.',
            gloss:
              "During the working meeting the heads of the foreign ministries of the Organization's member states exchanged views on current issues of international and regional security.",
          },
        ],
      },
      {
        text: {
          en: 'Preparation of the upcoming jubilee session of the CSTO Collective Security Council in Minsk',
          ru: 'Подготовка к предстоящей юбилейной сессии Совета коллективной безопасности ОДКБ, запланированной к проведению в г.Минске',
        },
        citations: [
          {
            source: 'mfakg-2017-09-20-ny-informal',
            passage:
              'Предметом обсуждения также стала подготовка к предстоящей юбилейной сессии Совета коллективной безопасности ОДКБ, запланированной к проведению',
            gloss:
              'The preparation of the upcoming jubilee session of the CSTO Collective Security Council, planned to be held in Minsk, was also discussed.',
          },
        ],
      },
      {
        text: {
          en: 'Implementation of the decisions of the Yerevan session of the CSTO Collective Security Council',
          ru: 'Ход выполнения решений ереванского заседания Совета коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'analitikaua-2017-nalbandyan-ny',
            passage:
              'Как передает пресс-служба армянского внешнеполитического ведомства, министры коснулись хода выполнения решений ереванского заседания Совета коллективной безопасности ОДКБ.',
            gloss:
              'As the press service of the Armenian foreign ministry reports, the ministers touched on the implementation of the decisions of the Yerevan meeting of the CSTO Collective Security Council.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Joint statements of the CSTO foreign ministers on the situation in Afghanistan and the threat of international terrorist and extremist organizations strengthening in the country's northern provinces, and on countering international terrorism and ensuring comprehensive stability in the world",
          ru: 'Совместные заявления министров иностранных дел государств-членов ОДКБ о положении в Афганистане и угрозе усиления позиций международных террористических и экстремистских организаций в северных провинциях страны, противодействии международному терроризму и обеспечении всеобъемлющей стабильности в мире',
        },
        citations: [
          {
            source: 'mfakg-2017-09-20-ny-informal',
            passage:
              'Также обсуждены вопросы взаимодействия в рамках 72-й сессии Генеральной Ассамблеи ООН и приняты Совместные заявления министров иностранных дел государств-членов ОДКБ о положении в Афганистане и угрозе усиления позиций международных террористических и экстремистских организаций в северных провинциях страны, противодействии международному терроризму и обеспечении всеобъемлющей стабильности в мире.',
            gloss:
              'Issues of cooperation at the 72nd session of the UN General Assembly were also discussed, and joint statements of the foreign ministers of the CSTO member states were adopted on the situation in Afghanistan and the threat of international terrorist and extremist organizations strengthening in the northern provinces of the country, on countering international terrorism and on ensuring comprehensive stability in the world.',
          },
        ],
      },
    ],
    dateDerivation:
      "Both passages give '20 September' without the year; the year 2017 follows from the 72nd session of the UN General Assembly (2017) named in both pages and from the Kyrgyz passage's reference to the upcoming jubilee CSC session in Minsk (held 30 November 2017).",
    note: 'The Kyrgyz MFA calls it both an informal meeting and a working meeting of the foreign ministers.',
    citations: [
      {
        source: 'mfakg-2017-09-20-ny-informal',
        passage:
          '20 сентября т.г. в Нью-Йорке Министр иностранных дел Кыргызской Республики Эрлан Абдылдаев принял участие в неформальной встрече  министров иностранных дел государств-членов ОДКБ.',
        gloss:
          'On 20 September this year in New York, the Minister of Foreign Affairs of the Kyrgyz Republic Erlan Abdyldaev took part in an informal meeting of the foreign ministers of the CSTO member states.',
      },
      {
        source: 'analitikaua-2017-nalbandyan-ny',
        passage:
          'Находящийся в Нью-Йорке с целью участия в работе 72-й сессии Генеральной Ассамблеи ООН министр иностранных дел Армении Эдвард Налбандян 20 сентября участвовал во встрече глав МИД стран ОДКБ.',
        gloss:
          'The Foreign Minister of Armenia Edward Nalbandian, in New York for the 72nd session of the UN General Assembly, took part on 20 September in a meeting of the foreign ministers of the CSTO countries.',
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
    agenda: [
      {
        text: {
          en: 'Documents submitted to the session of the Collective Security Council',
          ru: 'Выносимые на сессию Совета коллективной безопасности ОДКБ документы',
        },
        citations: [
          {
            source: 'belta-ru-2017-11-30-joint-minsk',
            passage:
              'на заседании, в частности, обсудили выносимые на сессию Совета коллективной безопасности ОДКБ документы.',
            gloss: 'at the meeting, in particular, the documents to be submitted to the CSC session were discussed.',
          },
        ],
      },
      {
        text: {
          en: 'Implementation of decisions of previous CSC sessions; practical aspects of interaction',
          ru: 'Выполнение решений предыдущих сессий Совета коллективной безопасности ОДКБ; практические аспекты взаимодействия',
        },
        citations: [
          {
            source: 'belta-ru-2017-11-30-joint-minsk',
            passage:
              'Участники обменялись мнениями о выполнении решений предыдущих сессий Совета коллективной безопасности ОДКБ, а также обсудили практические аспекты взаимодействия.',
            gloss:
              'Participants exchanged views on the implementation of decisions of previous CSC sessions and discussed practical aspects of interaction.',
          },
        ],
      },
      {
        text: {
          en: 'Documents to be submitted to the CSC session; practical aspects of interaction; implementation of decisions of previous CSC sessions',
          ru: 'обсуждение выносимых на сессию Совета коллективной безопасности ОДКБ документов, практических аспектов взаимодействия',
        },
        citations: [
          {
            source: 'belnovosti-2017-11-30-minsk-joint',
            passage:
              'В ходе заседания прошло обсуждение выносимых на сессию Совета коллективной безопасности ОДКБ документов, практических аспектов взаимодействия, состоялся обмен мнениями касаемо выполнения решений предыдущих сессий Совета коллективной безопасности ОДКБ.',
            gloss:
              'The meeting discussed documents to be submitted to the CSC session and practical aspects of interaction, and exchanged views on implementing decisions of previous CSC sessions.',
          },
        ],
      },
      {
        text: {
          en: 'Draft declarations on the 25th anniversary of the Treaty and 15th of the Organization; partnership institution; statements on Syria, Nagorno-Karabakh mediation and strengthening defence potential; information security; 2018 budget',
        },
        citations: [
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'Also agreed on were draft declarations of the chiefs of state on the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the organization, a decision on formalizing the institution of partnership in the CSTO format',
          },
        ],
      },
      {
        text: {
          en: "Implementation of the decisions of the October 2016 CSC session and priority tasks for Kazakhstan's chairmanship; draft documents for the heads of state",
        },
        citations: [
          {
            source: 'tass-2017-11-30-minsk',
            passage:
              'The meeting is expected to discuss the implementation of resolutions of the October 2016 session of the CSTO Collective Security Council and priority tasks for the period of Kazakhstan’s presidency of the CSTO. Apart from that, participants will discuss draft documents to be referred to the heads of state of the Collective Security Council member countries.',
          },
        ],
      },
      {
        text: {
          en: 'Documents to be submitted to the CSC session; implementation of decisions of previous CSC sessions; practical aspects of interaction',
        },
        citations: [
          {
            source: 'belta-ru-2017-11-30-joint-minsk',
            passage:
              'По информации пресс-секретаря ОДКБ Владимира Зайнетдинова, на заседании, в частности, обсудили выносимые на сессию Совета коллективной безопасности ОДКБ документы.\nУчастники обменялись мнениями о выполнении решений предыдущих сессий Совета коллективной безопасности ОДКБ, а также обсудили практические аспекты взаимодействия.',
            gloss:
              'According to CSTO spokesman Vladimir Zainetdinov, the meeting discussed in particular documents to be submitted to the CSC session. Participants exchanged views on the implementation of decisions of previous CSC sessions and discussed practical aspects of interaction.',
          },
        ],
      },
    ],
    note: 'The joint meeting before the Council’s session of the same day.',
    citations: [
      {
        source: 'belta-ru-2017-11-30-joint-minsk',
        passage:
          'От белорусской стороны в заседании принияли участие министр иностранных дел Владимир Макей, министр обороны Андрей Равков и государственный секретарь Совета безопасности Станислав Зась.',
        gloss:
          'On the Belarusian side, the meeting was attended by Minister of Foreign Affairs Vladimir Makei, Minister of Defence Andrei Ravkov and State Secretary of the Security Council Stanislav Zas.',
      },
      {
        source: 'belta-ru-2017-11-30-joint-minsk',
        passage:
          '30 ноября, Минск /Корр. БЕЛТА/. Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности государств - членов Организации Договора о коллективной безопасности прошло в Минске',
        gloss:
          '30 November, Minsk (BelTA). A joint meeting of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils of CSTO member states took place in Minsk',
      },
      {
        source: 'newstj-2017-11-30-minsk-joint',
        passage:
          'A joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Security Council Secretaries of member nations of the Collective Security Treaty Organization (CSTO) took place in the Belarusian capital, Minsk, on November 30.',
      },
      {
        source: 'belnovosti-2017-11-30-minsk-joint',
        passage:
          '30.11.2017 в Минске состоялось совместное заседание Совета министров иностранных дел (СМИД), Совета министров обороны (СМО) и Комитета секретарей советов безопасности государств-членов Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'On 30.11.2017 a joint meeting of the CFM, the CMD and the Committee of Security Council Secretaries of the CSTO member states took place in Minsk.',
      },
      {
        source: 'interfax-2017-11-30-documents-agreed',
        passage:
          "MINSK. Nov 30 (Interfax) - The defense and foreign ministers and the security council secretaries of the Collective Security Treaty Organization (CSTO)'s member states have finalized a package of documents for the CSTO summit which opens in Minsk on Thursday.",
      },
      {
        source: 'tass-2017-11-30-minsk',
        passage:
          'The summit of CSTO nations’ leaders will be preceded by a joint session of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Security Council Secretaries.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Documents on operational preparation and combat training of CSTO forces and hardware (signed at the joint meeting)',
        },
        citations: [
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'Some of the documents signed address the operational preparation and combat training of CSTO forces and hardware.',
          },
        ],
      },
      {
        title: {
          en: 'Drafts submitted to the presidents: Plan for implementing the Collective Security Strategy to 2025; Declaration on the 25th anniversary of the Collective Security Treaty and 15th anniversary of the CSTO; documents on information security and countering illegal migration',
        },
        citations: [
          {
            source: 'materik-2017-11-30-minsk-joint',
            passage:
              '«Предусмотрено рассмотреть и представить на утверждение президентов государств-членов ОДКБ проект Плана реализации Стратегии коллективной безопасности на период до 2025 года, Декларации глав государств в связи с 25-летием Договора о коллективной безопасности и 15-летием ОДКБ, а также ряд других документов по направлениям деятельности ОДКБ, в том числе в сфере информационной безопасности, противодействия незаконной миграции»',
            gloss:
              "'It is planned to consider and submit for approval by the presidents the draft Plan for implementing the Collective Security Strategy to 2025, the Declaration of heads of state on the 25th anniversary of the Collective Security Treaty and 15th anniversary of the CSTO, and a number of other documents, including on information security and countering illegal migration'",
          },
        ],
      },
      {
        title: {
          en: "More than 20 draft documents for the heads of state agreed (incl. draft declarations on the 25th/15th anniversaries, partnership institution, statements on Syria, on the OSCE Minsk Group co-chairs' mediation, on strengthening defence potential; draft agreement on information security; CSTO emblem and flag; 2018 budget); other documents signed, incl. on operational and combat training",
        },
        citations: [
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'More than 20 draft documents to be submitted to the CSTO heads of state have been prepared, and other documents were signed at a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers, and the Committee of Security Council Secretaries of the CSTO in Minsk.',
          },
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'Some of the documents signed address the operational preparation and combat training of CSTO forces and hardware.',
          },
        ],
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
      {
        text: {
          en: 'More than twenty issues; development trends of the international situation and measures to strengthen collective security',
        },
        citations: [
          {
            source: 'newstj-2017-11-28-minsk-20-issues',
            passage:
              'The next session of the Collective Security Council of the Collective Security Treaty Organization (CSTO) that will take place in the Belarusian capital, Minsk, on November 30 will discuss more than twenty issues.',
          },
          {
            source: 'asiaplus-2017-11-29',
            passage:
              'The session will discuss the development trends of the international situation and the measures taken to strengthen the collective security of the Organization.',
          },
        ],
      },
      {
        text: {
          en: 'Improving the military component; structure of the Secretariat and Joint Staff; quotas for Joint Staff posts; CSTO budget for 2018',
        },
        citations: [
          {
            source: 'asiaplus-2017-11-29',
            passage:
              'The session will discuss the ways of improving the military component of the Organization, the structure of the CSTO Secretariat and the Joint Staff, distribution of quotas for the posts in the Joint Staff and the CSTO budget for 2018.',
          },
        ],
      },
      {
        text: {
          en: "Results of the Belarusian chairmanship; Kazakhstan's priorities",
          ru: 'итоги белорусского председательства в ОДКБ в 2017 году',
        },
        citations: [
          {
            source: 'rusteam-minsk-2017',
            passage: 'На саммите подвели итоги белорусского председательства в ОДКБ в 2017 году.',
            gloss: 'The summit summed up the results of the Belarusian chairmanship of the CSTO in 2017.',
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
      {
        source: 'rusteam-minsk-2017',
        passage:
          'В Минском Дворце Независимости, 30 ноября 2017 года прошла встреча Совета организации Договора о коллективной безопасности.',
        gloss:
          'On 30 November 2017 a meeting of the Council of the Collective Security Treaty Organization took place at the Minsk Palace of Independence.',
      },
      {
        source: 'asiaplus-2017-11-29',
        passage:
          'CSTO Secretary-General Yuri Khachaturov will participate in the session that will be chaired by the Belarusian President Alexander Lukashenko.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Declaration on the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the CSTO (planned)',
        },
        citations: [
          {
            source: 'tass-2017-11-30-minsk',
            passage:
              '"It is planned to sign a number of documents, including a declaration on the occasion of the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the Collective Security Treaty Organization," the Kremlin said.',
          },
        ],
      },
      {
        title: {
          en: 'Statements by the heads of state “On the Situation in and around Syria”, “On the Support for the Mediating Efforts of the Co-chairs of the OSCE Minsk Group on Nagorno-Karabakh”, “On Joint Measures for Strengthening the Defense Potential of CSTO Member States” (drafts agreed for the summit)',
        },
        citations: [
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'Also agreed on were draft declarations of the chiefs of state on the 25th anniversary of the Collective Security Treaty and the 15th anniversary of the organization, a decision on formalizing the institution of partnership in the CSTO format, and statements by the heads of state "On the Situation in and around Syria," "On the Support for the Mediating Efforts of the Co-chairs of the OSCE Minsk Group on Nagorno-Karabakh," and "On Joint Measures for Strengthening the Defense Potential of CSTO Member States."',
          },
        ],
      },
      {
        title: {
          en: 'Agreement on cooperation in information security; decision on improving measures against illegal immigration; plan for implementing the Collective Security Strategy through 2025; CSTO emblem and flag; budget for 2018 (drafts agreed for the summit)',
        },
        citations: [
          {
            source: 'interfax-2017-11-30-documents-agreed',
            passage:
              'A draft agreement on cooperation in the provision of information security and a draft decision on the improvement of measures against illegal immigration were also agreed on.',
          },
        ],
      },
      {
        title: { en: '21 documents signed in total', ru: '21 документ' },
        citations: [
          {
            source: 'vpoanalytics-2018-01-09-csto-2017',
            passage:
              'Только на последней сессии Совета коллективной безопасности главы государств-членов ОДКБ подписали 21 документ[4]',
            gloss:
              'At the last session of the Collective Security Council alone the heads of CSTO member states signed 21 documents',
          },
        ],
      },
    ],
  },
  {
    id: 'permanent-council-2018-01-18',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-01-18',
    agenda: [
      {
        text: {
          en: 'Plan of action for implementation of the concept of the development of a system of joint training of military personnel for the period to 2020 (endorsed)',
        },
        citations: [
          {
            source: 'newstj-2018-01-18-pc',
            passage:
              'The Collective Security Treaty Organization (CSTO) Permanent Council has endorsed the plan of action for implementation of the concept of the development of a system of joint training of military personnel for the period to 2020.',
          },
        ],
      },
      {
        text: {
          en: "Draft plan of actions for implementation of decisions of the November session of the CSC and priorities of the Organization's activities for this year",
        },
        citations: [
          {
            source: 'newstj-2018-01-18-pc',
            passage:
              'They discussed a draft plan of actions for implementation of decisions adopted at the November session of the CSTO Collective Security Council and priorities of the Organization activities for this year.',
          },
        ],
      },
      {
        text: {
          en: "Draft roadmap 'Formation of Conditions for the Use of the CSTO Peacekeeping Potential in the Interest of the UN Global Peacekeeping Activity for the period from 2018 to 2020' (finalised)",
        },
        citations: [
          {
            source: 'newstj-2018-01-18-pc',
            passage:
              'The meeting participants reportedly also finalized the draft roadmap “Formation of Conditions for fro Use of the CSTO Peacekeeping Potential in the Interest of the UN Global Peacekeeping Activity for the period from 2018 to 2020.”',
          },
        ],
      },
    ],
    dateDerivation:
      "Passage gives 'January 18' without the year; the stored page carries the date 2018-01-19 and refers to the November (2017) CSC session, so 2018-01-18.",
    note: 'Chair not named in the passage; CSTO Deputy Secretary General Valery Semerikov attended. Format (in-person) not stated by the sources; assumed.',
    citations: [
      {
        source: 'newstj-2018-01-18-pc',
        passage: 'A meeting of the CSTO Permanent Council was held on January 18, according to the CSTO Secretariat.',
      },
    ],
  },
  {
    id: 'cmd-2018-05-astana',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-05',
    place: ASTANA,
    host: 'KZ',
    agenda: [
      {
        text: {
          en: 'Development of multilateral military cooperation, countering international terrorism, illicit drug trafficking and illegal migration, coordinated information policy (as listed by President Nazarbayev for the statutory bodies meeting)',
          ru: 'развитие многостороннего сотрудничества в военной сфере, противодействие международному терроризму, незаконному обороту наркотиков, нелегальной миграции, а также выработку подходов к скоординированной информационной политике',
        },
        citations: [
          {
            source: 'tengri-2018-05-23-nazarbayev-cmd-cssc',
            passage:
              '"Уставные органы ОДКБ, которые вы представляете, рассмотрят широкий спектр вопросов, включая развитие многостороннего сотрудничества в военной сфере, противодействие международному терроризму, незаконному обороту наркотиков, нелегальной миграции, а также выработку подходов к скоординированной информационной политике"',
            gloss:
              '"The CSTO statutory bodies you represent will consider a wide range of issues, including development of multilateral cooperation in the military sphere, countering international terrorism, illicit drug trafficking and illegal migration, as well as working out approaches to a coordinated information policy"',
          },
        ],
      },
    ],
    dateDerivation:
      'Only the month is established: on 23 May 2018 (Sputnik dateline) President Nazarbayev received in Astana the participants of the intersessional meetings of the CMD and the CSSC (Tengrinews, undated page). The exact day of the CMD meeting itself is not stated (23 May, or possibly the next day).',
    note: "Tengrinews names 'intersessional meetings of the Council of Defence Ministers and the Committee of Secretaries of Security Councils'.",
    citations: [
      {
        source: 'tengri-2018-05-23-nazarbayev-cmd-cssc',
        passage:
          'Глава государства поприветствовал всех участников межсессионных заседаний Совета министров обороны и Комитета секретарей советов безопасности, которые проходят в период председательства Казахстана в ОДКБ.',
        gloss:
          "The Head of State greeted all participants of the intersessional meetings of the Council of Defence Ministers and the Committee of Secretaries of Security Councils, which are being held during Kazakhstan's chairmanship of the CSTO.",
      },
      {
        source: 'sputnik-kz-2018-05-23-nazarbayev-ministers',
        passage:
          'АСТАНА, 23 мая — Sputnik. Президент Казахстана Нурсултан Назарбаев провел в Астане встречу с секретарями Советов безопасности и министрами оборонных ведомств государств-членов Организации Договора о коллективной безопасности (ОДКБ), сообщила пресс-служба Акорды.',
        gloss:
          'ASTANA, 23 May — Sputnik. President of Kazakhstan Nursultan Nazarbayev held a meeting in Astana with the secretaries of the Security Councils and the ministers of defence of the member states of the Collective Security Treaty Organization (CSTO), the Akorda press service reported.',
      },
    ],
  },
  {
    id: 'cssc-2018-05-24-astana',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-05-24',
    place: { en: 'Astana', ru: 'Астана' },
    host: 'KZ',
    agenda: [
      {
        text: { en: 'Further strengthening of the CSTO, countering terrorism, drug trafficking, information security' },
        citations: [
          {
            source: 'kzgazette-2018-05-24-astana-cssc',
            passage:
              'According to Nurlan Yermekbayev, special attention was paid to further strengthening of the CSTO, countering terrorism, drug trafficking, information security.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: '11 documents (not individually named in the passage)' },
        citations: [{ source: 'kzgazette-2018-05-24-astana-cssc', passage: 'during which 11 documents were signed.' }],
      },
    ],
    dateDerivation:
      "Article bylined 'May 24, 2018' refers to 'today’s meeting'; date taken from the article date, not spelled out for the meeting itself.",
    note: 'Delegations: Armenia (Armen Grigoryan), Belarus (Stanislav Zas), Kyrgyzstan (Damir Sagynbayev), Russia (Nikolai Patrushev), Tajikistan (Abdurakhim Kakhharov), CSTO SG Yuri Khachaturov.',
    citations: [
      {
        source: 'kzgazette-2018-05-24-astana-cssc',
        passage:
          'Astana hosted a meeting of the Committee of Secretaries of Security Councils of the member states of the Collective Security Treaty Organization (CSSC CSTO) under the chairmanship of Nurlan Yermekbayev, the Assistant to the President and Secretary of the Security Council of Kazakhstan, during which 11 documents were signed.',
      },
    ],
  },
  {
    id: 'cmfa-2018-06-11-almaty',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2018-06-11',
    place: { en: 'Almaty', ru: 'Алма-Ата' },
    host: 'KZ',
    chair: { name: { en: 'Kairat Abdrakhmanov', ru: 'Кайрат Абдрахманов' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: 'Foreign-policy coordination within the Organization; topical issues of international and regional security; countering trans-border threats',
        },
        citations: [
          {
            source: 'asiaplus-2018-06-11-almaty',
            passage:
              'According to Kazinform, a Kazakh state-run news agency, the ministers discussed issues of foreign policy coordination within the Organization, topical issues of international and regional security.',
          },
        ],
      },
      {
        text: {
          en: 'Situation in northern Afghanistan (ISIS bridgehead) and assistance to Tajikistan in reinforcing its border with Afghanistan',
        },
        citations: [
          {
            source: 'asiaplus-2018-06-11-almaty',
            passage:
              'According to Lavrov, the CSTO member nations will continue coordinating actions, including assistance provided to Tajikistan to reinforce its national border with Afghanistan.',
          },
        ],
      },
    ],
    note: "Belarus was represented by Deputy Foreign Minister Andrei Dapkiunas, not the minister (Moscow-Baku: 'за исключением белорусской стороны, Минск представлял замглавы МИД Андрей Дапкюнас').",
    citations: [
      {
        source: 'moscowbaku-2018-06-11-almaty-cmfa',
        passage:
          'Заседание Совета глав МИД стран Организации Договора о коллективной безопасности (ОДКБ) проходит в понедельник в Алма-Ате, cообщает РИА Новости.',
        gloss:
          'A meeting of the Council of CSTO Foreign Ministers is taking place on Monday in Almaty, RIA Novosti reports.',
      },
      {
        source: 'moscowbaku-2018-06-11-almaty-cmfa',
        passage:
          'Председателем на нынешнем Совете глав МИД является руководитель внешнеполитического ведомства Казахстана Кайрат Абдрахманов.',
        gloss:
          "The chairman of the current Council of Foreign Ministers is the head of Kazakhstan's foreign ministry Kairat Abdrakhmanov.",
      },
      {
        source: 'inbusiness-2018-almaty-cmfa',
        passage:
          'Позже в понедельник также состоится заседание СМИД ОДКБ в расширенном составе. Всего на повестку дня вынесено 12 вопросов',
        gloss: 'Later on Monday the CMFA will also meet in expanded format. In all 12 items were put on the agenda',
      },
      {
        source: 'asiaplus-2018-06-11-almaty',
        passage:
          'A regular meeting of the Collective Security Treaty Organization (CSTO) Council of Foreign Ministers took place in the Kazakh city of Almaty on June 11.',
      },
    ],
  },
  {
    id: 'cmfa-2018-09-26-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-09-26',
    place: { en: 'New York', ru: 'Нью-Йорк' },
    agenda: [
      {
        text: {
          en: 'Priority issues of the 73rd UNGA agenda, including CSTO-UN interaction, counter-terrorism and regional security; preparation of the CSC session in Astana in November',
          ru: 'Приоритетные вопросы повестки дня 73-й сессии ГА ООН, в том числе основные направления взаимодействия ОДКБ и ООН, борьба с терроризмом и обеспечение региональной безопасности; подготовка к сессии СКБ ОДКБ в Астане',
        },
        citations: [
          {
            source: 'ksgp-2018-09-27-ny',
            passage:
              'Стороны обменялись мнениями по приоритетным вопросам повестки дня 73-й сессии Генеральной Ассамблеи ООН, в том числе основным направлениям взаимодействия ОДКБ и ООН, борьбы с терроризмом и обеспечения региональной безопасности. Также обсужден ход подготовки к предстоящей сессии Совета коллективной безопасности ОДКБ в г. Астане в ноябре текущего года.',
            gloss:
              'The parties exchanged views on priority issues of the 73rd UNGA agenda, including the main directions of CSTO-UN interaction, counter-terrorism and regional security. Preparations for the CSC session in Astana in November were also discussed.',
          },
        ],
      },
      {
        text: { en: 'Process of changing the CSTO Secretary General', ru: 'Процесс смены генерального секретаря ОДКБ' },
        citations: [
          {
            source: 'mfaam-2018-09-26-ny',
            passage: 'В ходе встречи стороны также обменялись мнениями о процессе смены генерального секретаря ОДКБ.',
            gloss:
              'During the meeting the parties also exchanged views on the process of changing the CSTO Secretary General.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Joint statement on the situation in Afghanistan, the strengthening of ISIS in the country's northern provinces and the growing drug threat",
          ru: '«О положении в Афганистане, усилении позиций ИГИЛ в северных провинциях страны и росте наркоугрозы с территории ИРА»',
        },
        citations: [
          {
            source: 'ksgp-2018-09-27-ny',
            passage:
              'Главы МИД государств - членов ОДКБ приняли совместные заявления:\n«О положении в Афганистане, усилении позиций ИГИЛ в северных провинциях страны и росте наркоугрозы с территории ИРА»;',
            gloss:
              "The CSTO foreign ministers adopted joint statements: 'On the situation in Afghanistan, the strengthening of ISIS in the northern provinces and the growing drug threat from the IRA';",
          },
        ],
      },
      {
        title: {
          en: 'Joint statement on efforts to stabilize the situation in the Middle East and North Africa',
          ru: '«Об усилиях по стабилизации обстановки на Ближнем Востоке и в Северной Африке»',
        },
        citations: [
          {
            source: 'ksgp-2018-09-27-ny',
            passage: '- «Об усилиях по стабилизации обстановки на Ближнем Востоке и в Северной Африке»;',
            gloss: "- 'On efforts to stabilize the situation in the Middle East and North Africa';",
          },
        ],
      },
      {
        title: {
          en: 'Joint statement on intensifying CSTO cooperation with regional organizations and structures',
          ru: '«Об активизации сотрудничества ОДКБ с региональными организациями и структурами»',
        },
        citations: [
          {
            source: 'ksgp-2018-09-27-ny',
            passage: '- «Об активизации сотрудничества ОДКБ с региональными организациями и структурами».',
            gloss: "- 'On intensifying CSTO cooperation with regional organizations and structures'.",
          },
        ],
      },
    ],
    note: "Working meeting on the sidelines of the 73rd UN General Assembly; sources call it a 'traditional working meeting' (kind 'informal' assigned by the format). Chaired by Kazakhstan; the minister is not named in the passage.",
    citations: [
      {
        source: 'ksgp-2018-09-27-ny',
        passage:
          '26 сентября с.г. в Нью-Йорке "на полях" заседания 73-й сессии Генеральной Ассамблеи ООН состоялась под председательством Казахстана.традиционная рабочая встреча министров иностранных дел государств-членов ОДКБ.',
        gloss:
          'On 26 September of this year in New York, on the sidelines of the 73rd UNGA session, the traditional working meeting of CSTO foreign ministers took place chaired by Kazakhstan.',
      },
      {
        source: 'mfaam-2018-09-26-ny',
        passage:
          '26 сентября министр иностранных дел Армении Зограб Мнацаканян принял участие во встрече министров иностранных дел государств-членов ОДКБ в Нью-Йорке.',
        gloss:
          'On 26 September Armenian FM Zohrab Mnatsakanyan took part in the meeting of CSTO foreign ministers in New York.',
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
    agenda: [
      {
        text: {
          en: 'Some twenty issues, including international and regional security, foreign-policy coordination, mechanisms for countering threats, development of CSTO military capabilities; plans on coordinated information policy and countering illegal migration through 2025',
        },
        citations: [
          {
            source: 'asiaplus-2018-11-09-astana',
            passage:
              'The CSTO Collective Security Council session’s agenda included issues of international and regional security, coordination of foreign policy activities of the CSTO member states, improving mechanisms for counteracting threats and challenges and the development of the CSTO military capabilities, according to the Tajik president’s official website.',
          },
          {
            source: 'asiaplus-2018-11-09-astana',
            passage:
              'In all, some twenty issues were discussed at the meeting, including a plan of action to develop a coordinated information policy in the interests of the CSTO member states and a plan to develop a collective system to counter illegal migration through 2025.',
          },
        ],
      },
      {
        text: {
          en: 'Appointment of the Secretary General (discussion continued to the 6 December meeting in St. Petersburg)',
        },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'During the meeting, the appointment of the CSTO Secretary-General was discussed. The parties agreed to continue discussion on this issue at the December 6 meeting to be held in St. Petersburg.',
          },
        ],
      },
      {
        text: { en: "Summary of Kazakhstan's chairmanship in 2018; Kyrgyz priorities for 2018-2019" },
        citations: [
          {
            source: 'astanatimes-2018-11-08-csc',
            passage:
              'The presidents and heads of government of the Collective Security Treaty Organisation (CSTO) Council member states met in Astana Nov. 8 to discuss regional security, organisational operations and summarise Kazakhstan’s chairmanship in 2018.',
          },
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
          },
        ],
      },
    ],
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
      {
        source: 'astanatimes-2018-11-08-csc',
        passage:
          'The presidents and heads of government of the Collective Security Treaty Organisation (CSTO) Council member states met in Astana Nov. 8',
      },
    ],
    documents: [
      {
        title: { en: 'Declaration of the Collective Security Council of the CSTO' },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'A number of documents were adopted at the Summit, including the Declaration of the Collective Security Council of the Collective Security Treaty Organization and the Statement of Heads of State of the Collective Security Treaty Organization on coordinated action against participants in armed conflicts on the side of international terrorist organizations.',
          },
        ],
      },
      {
        title: {
          en: 'Statement of Heads of State on coordinated action against participants in armed conflicts on the side of international terrorist organizations',
        },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'the Statement of Heads of State of the Collective Security Treaty Organization on coordinated action against participants in armed conflicts on the side of international terrorist organizations.',
          },
        ],
      },
      {
        title: { en: 'Documents on the legal status of a CSTO observer and partner' },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'Documents were adopted concerning the legal formulation of the status of a CSTO observer and partner state, which opens up new possibilities for the Organization’s cooperation with third countries at a qualitatively new level.',
          },
        ],
      },
      {
        title: {
          en: 'CSC decisions on crisis response, countering illegal migration, coordinated information policy, composition of military units and collective forces; candidacy of chairman of the Interstate Commission on Military Economic Cooperation',
        },
        citations: [
          {
            source: 'primeminister-am-2018-11-08',
            passage:
              'The heads of state adopted a number of CSC decisions aimed at improving the system of responding to crisis situations within the CSTO, countering illegal migration, developing a coordinated information policy, addressing the composition of military units and collective forces.',
          },
        ],
      },
    ],
  },
  {
    id: 'joint-2018-11-08-astana',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2018-11-08',
    place: { en: 'Astana', ru: 'Астана' },
    host: 'KZ',
    agenda: [
      {
        text: {
          en: 'International and regional security; interaction of member states within the Organization and internationally; countering international terrorism and illegal migration',
        },
        citations: [
          {
            source: 'midtj-2018-11-08-astana-joint',
            passage:
              'During the meeting, the sides discussed a set of issues on the international and regional security agenda, interaction of the CSTO member states in the format of the Organization and on the international arena, counteraction of international terrorism and illegal migration, as well as other issues of the CSTO member states` common interest.',
          },
        ],
      },
      {
        text: { en: '24 issues scheduled, of which 15 to be considered by the heads of state' },
        citations: [
          {
            source: 'kt-2018-csc-astana',
            passage:
              'Before the beginning of the session, a joint meeting of the Council of the Ministers of Foreign Affairs, the Council of the MInisters of Defense Ministers and the Committee of the Secretaries of the Security Councils of the Organization took place, during which 24 issues were scheduled, of which 15 will be considered by the heads of state.',
          },
        ],
      },
    ],
    dateDerivation:
      "kt.kz (page carries a later crawl date 2019-02-25) says the joint meeting took place 'before the beginning of the session' of the CSC in Astana chaired by Nazarbayev, at which Kazakhstan's chairmanship was summed up; the Astana Times dates that CSC session to 8 November (2018).",
    note: 'Not in the existing list as a joint record; the CSC session csc-2018-11-08-astana exists.',
    citations: [
      {
        source: 'midtj-2018-11-08-astana-joint',
        passage:
          'On November 8, 2018 in Astana, before the forthcoming meeting of the Council on Collective Security of CSTO, a Joint meeting of the Council of ministers of foreign affairs, Council of Ministers of Defense, Committee of Secretaries of CSTO Security Councils was held with participation of the Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin, the Minister of Defense of the Republic of Tajikistan Sherali Mirzo and the Secretary of the Security Council of the Republic of Tajikistan Abdurahim Kakharov.',
      },
      {
        source: 'kt-2018-csc-astana',
        passage:
          'Before the beginning of the session, a joint meeting of the Council of the Ministers of Foreign Affairs, the Council of the MInisters of Defense Ministers and the Committee of the Secretaries of the Security Councils of the Organization took place',
      },
      {
        source: 'astanatimes-2018-11-08-csc',
        passage:
          'ASTANA – The presidents and heads of government of the Collective Security Treaty Organisation (CSTO) Council member states met in Astana Nov. 8 to discuss regional security, organisational operations and summarise Kazakhstan’s chairmanship in 2018.',
      },
    ],
  },
  {
    id: 'csc-2018-12-06-saint-petersburg',
    body: 'csc',
    kind: 'informal',
    status: 'cancelled',
    format: 'in-person',
    date: '2018-12-06',
    place: ST_PETERSBURG,
    host: 'RU',
    agenda: [
      {
        text: { en: "Candidacy of the CSTO Secretary General (after Yuri Khachaturov's recall)" },
        citations: [
          {
            source: 'newsam-2018-11-08-sg-december-6',
            passage:
              'The leaders of the CSTO member states have decided to discuss the candidacy of the CSTO Secretary General on December 6 in St. Petersburg, said the spokesperson for Russian President Dmitry Peskov.',
          },
        ],
      },
      {
        text: { en: 'Election of a new CSTO Secretary General', ru: 'Выбор нового генерального секретаря ОДКБ' },
        citations: [
          {
            source: 'kommersant-3794185',
            passage:
              'В Петербурге 6 декабря состоится встреча лидеров Организации Договора о коллективной безопасности (в настоящий момент в нее входят Россия, Армения, Белоруссия, Казахстан, Киргизия и Таджикистан), на которой выберут нового генерального секретаря ОДКБ, сообщает ТАСС.',
            gloss:
              'A meeting of the leaders of the Collective Security Treaty Organization (currently Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan) will take place in Petersburg on 6 December, at which a new CSTO Secretary General will be chosen, TASS reports.',
          },
        ],
      },
    ],
    related: [
      {
        text: {
          en: 'The question of the Secretary General was raised instead at the Eurasian Economic Union summit in Saint Petersburg on 6 December; not all the heads of state of the Organization were present, so it was not settled',
        },
        citations: [
          {
            source: 'izvestia-2018-12-07-peskov-gensec',
            passage:
              'Вопрос был поднят на саммите Евразийского экономического союза (ЕврАзЭС) в Санкт-Петербурге 6 декабря. Как отметил пресс-секретарь российского президента, на заседании присутствовали не все главы государств Организации, что не позволило окончательно решить вопрос.',
            gloss:
              "The question was raised at the summit of the Eurasian Economic Union in Saint Petersburg on 6 December. As the Russian president's press secretary noted, not all the heads of state of the Organization were present at the meeting, which did not allow the question to be finally settled.",
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'status',
        values: [
          {
            value: 'planned',
            citations: [
              {
                source: 'tashkenttimes-2018-stpetersburg',
                passage:
                  'The CSTO summit, an informal meeting of the leaders of the CIS and, probably, the EurAsEC summit will be held in St. Petersburg on December 6, the press secretary to the Russian President Dmitry Peskov said.',
              },
            ],
          },
          {
            value: 'cancelled',
            citations: [
              {
                source: 'dialogorg-2018-12-04-summit-cancelled',
                passage:
                  'Саммит лидеров стран Организации Договора о коллективной безопасности (ОДКБ), запланированный на 6 декабря, был отменен с учетом соответствующей просьбы Армении, которая готовится к выборам.',
                gloss:
                  'The summit of the leaders of the Collective Security Treaty Organization (CSTO) countries planned for 6 December was cancelled in view of a request to that effect from Armenia, which is preparing for elections.',
              },
            ],
          },
        ],
        chosen: 'cancelled',
        reason:
          "The announcements of November 2018 name 6 December; Ushakov (via TASS, 4 December 2018) says the meeting was called off at Armenia's request, and Izvestia (7 December) reports that the Secretary General question was only raised at the Eurasian Economic Union summit in Saint Petersburg that day.",
      },
    ],
    note: "Announced as a summit of the organisation beside an informal meeting of the leaders of the Commonwealth of Independent States; cancelled on 4 December at Armenia's request, Armenia holding parliamentary elections on 9 December.",
    citations: [
      {
        source: 'tashkenttimes-2018-stpetersburg',
        passage:
          'The CSTO summit, an informal meeting of the leaders of the CIS and, probably, the EurAsEC summit will be held in St. Petersburg on December 6, the press secretary to the Russian President Dmitry Peskov said.',
      },
      {
        source: 'primeminister-am-2018-11-08',
        passage:
          'The parties agreed to continue discussion on this issue at the December 6 meeting to be held in St. Petersburg.',
      },
      {
        source: 'dialogorg-2018-12-04-summit-cancelled',
        passage:
          'Саммит лидеров стран Организации Договора о коллективной безопасности (ОДКБ), запланированный на 6 декабря, был отменен с учетом соответствующей просьбы Армении, которая готовится к выборам.',
        gloss:
          'The summit of the leaders of the Collective Security Treaty Organization (CSTO) countries planned for 6 December was cancelled in view of a request to that effect from Armenia, which is preparing for elections.',
      },
      {
        source: 'dialogorg-2018-12-04-summit-cancelled',
        passage:
          '«С учетом, в частности, просьбы армянской стороны, которая ссылалась на предвыборную кампанию, которая завершается выборами 9 декабря, решили заседание [саммита] ОДКБ не проводить [6 декабря]», - отметил он.',
        gloss:
          "'Taking into account, in particular, the request of the Armenian side, which referred to the election campaign ending with the elections of 9 December, it was decided not to hold the CSTO [summit] meeting [on 6 December],' he noted.",
      },
    ],
  },
  {
    id: 'permanent-council-2019-02-18',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-02-18',
    agenda: [
      {
        text: {
          en: 'Draft Action Plan for the implementation of the decisions of the November (2018) CSC session in Astana and the priorities proposed by Kyrgyzstan for its 2019 chairmanship (reviewed and agreed)',
        },
        citations: [
          {
            source: 'odkb-en-2019-02-18-pc',
            passage:
              'The draft Action Plan for the implementation of the decisions of the November (2018) session of the CSTO Collective Security Council held in Astana and the priorities proposed by the Kyrgyz Republic for the Organization’s chairmanship in 2019 was reviewed and agreed upon.',
          },
        ],
      },
    ],
    dateDerivation:
      "Passage says 'February 18, this year'; the same release refers to the November (2018) CSC session in Astana and Kyrgyzstan's chairmanship in 2019, so the year is 2019.",
    note: 'Format (in-person) not stated by the sources; assumed. The cited passage names the chair, Aman Mambetseitov, Permanent and Plenipotentiary Representative of Kyrgyzstan; no source found gives his name in Russian, so no chair is recorded.',
    citations: [
      {
        source: 'odkb-en-2019-02-18-pc',
        passage:
          'February 18, this year. A meeting of the Permanent Council of the Collective Security Treaty Organization was held under the chairmanship of Aman Mambetseitov, Permanent and Plenipotentiary Representative of the Kyrgyz Republic, in which Valery Semerikov, Acting Secretary General of the CSTO, took part.',
      },
    ],
  },
  {
    id: 'cmd-2019-04-30-bishkek',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-04-30',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Joint actions to reduce tensions on the Tajik-Afghan border; implementation of the UN Global Counter-Terrorism Strategy for 2018-2020',
        },
        citations: [
          {
            source: '24kg-2019-04-30-bishkek-cmd',
            passage:
              'In particular, the Defense Ministers will discuss issues on the organization of joint actions to reduce tensions on Tajikistan — Afghanistan border and implementation of the UN Global Counter-Terrorism Strategy for 2018-2020.',
          },
        ],
      },
      {
        text: {
          en: 'Documents on training of command bodies and formations of the collective security system; plan of consultations on foreign policy, security and defence',
        },
        citations: [
          {
            source: '24kg-2019-04-30-bishkek-cmd',
            passage:
              'they will consider a number of documents on the preparation of government bodies and formation of forces and means of the collective security system, as well as a plan of consultations on foreign policy, security and defense issues.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: '11 documents signed (narrow and expanded formats)', ru: '11 подписанных документов' },
        citations: [
          {
            source: 'newsasia-2019-04-30-bishkek-cmd',
            passage: 'Итогом заседаний в узком и расширенном форматах стали 11 подписанных документов.',
            gloss: 'The meetings in narrow and expanded formats resulted in 11 signed documents.',
          },
        ],
      },
    ],
    note: 'Page date 30 April 2019. Kyrgyz President Sooronbay Jeenbekov met the ministers before the meeting. Opened by Kyrgyz Chief of General Staff Raiymberdi Duishenbiev (sources do not call him chair).',
    citations: [
      {
        source: 'newsasia-2019-04-30-bishkek-cmd',
        passage:
          'Сегодня, 30 апреля, в столице Кыргызстана состоялось заседание Совета министров обороны государств – членов ОДКБ. В нем приняли участие главы оборонных ведомств России, Белоруссии, Таджикистана, Казахстана, Армении и Кыргызстана.',
        gloss:
          'Today, 30 April, a meeting of the CSTO Council of Defence Ministers took place in the capital of Kyrgyzstan, attended by the heads of the defence ministries of Russia, Belarus, Tajikistan, Kazakhstan, Armenia and Kyrgyzstan.',
      },
      {
        source: 'sputnikam-2019-04-30-bishkek-cmd',
        passage:
          'Заседание открыл начальник Генштаба вооруженных сил Кыргызстана Райимберди Дуйшенбиев. В этом году Кыргызстан председательствует в ОДКБ.',
        gloss:
          "The meeting was opened by the Chief of the General Staff of Kyrgyzstan's armed forces Raiymberdi Duishenbiev. Kyrgyzstan chairs the CSTO this year.",
      },
    ],
  },
  {
    id: 'cmfa-2019-05-22-bishkek',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-05-22',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    chair: { name: { en: 'Chingiz Aidarbekov', ru: 'Чингиз Айдарбеков' }, state: 'KG' },
    agenda: [
      {
        text: {
          en: 'Eight agenda items, including the list of collective statements in 2019 and several political statements; topical problems of international and regional security',
          ru: 'Всего 8 вопросов; список коллективных заявлений в 2019 году, политические заявления; проблемы международной и региональной безопасности',
        },
        citations: [
          {
            source: 'ehokg-2019-bishkek-cmfa',
            passage:
              'В рамках СМИД ожидается рассмотреть и подписать ряд документов, касающихся различных направлений деятельности организации, включая список коллективных заявлений в 2019 году, а также несколько политических заявлений.',
            gloss:
              "Within the CMFA a number of documents on various areas of the organization's activity are to be considered and signed, including the list of collective statements in 2019 and several political statements.",
          },
          {
            source: 'ehokg-2019-bishkek-cmfa',
            passage:
              'Отмечается, что всего на повестке дня СМИД ОДКБ стоит 8 вопросов, которые затрагивают практически все направления деятельности организации.',
            gloss:
              "In total there are 8 items on the CMFA agenda, covering practically all areas of the organization's activity.",
          },
        ],
      },
    ],
    dateDerivation:
      "The announcement gives '22 May' without a year; 2019 follows from the agenda item 'список коллективных заявлений в 2019 году' (list of collective statements in 2019) and Aidarbekov's tenure as Kyrgyz FM (2018-2020).",
    note: 'Known only from a pre-meeting announcement citing the CSTO press service.',
    citations: [
      {
        source: 'ehokg-2019-bishkek-cmfa',
        passage:
          'В столице Кыргызстана 22 мая состоится совет министров иностранных дел (СМИД) государств Организации договора о коллективной безопасности (ОДКБ). Об этом сообщила пресс-служба ОДКБ.',
        gloss:
          'In the capital of Kyrgyzstan on 22 May the CSTO Council of Foreign Ministers will take place, the CSTO press service said.',
      },
      {
        source: 'ehokg-2019-bishkek-cmfa',
        passage: 'Председателем заседания выступит глава МИД Кыргызстана Чингиз Айдарбеков.',
        gloss: 'The meeting will be chaired by Kyrgyz FM Chingiz Aidarbekov.',
      },
    ],
  },
  {
    id: 'cssc-2019-06-27-bishkek',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-06-27',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Challenges and threats to collective security; additional measures to combat international terrorism and extremism',
        },
        citations: [
          {
            source: 'kazinform-2019-06-25-bishkek-cssc',
            passage:
              '"Members of the Committee of Secretaries of Security Councils are set to discuss challenges and threats to collective security in the current situation and additional measures to combat international terrorism and extremism within the framework of the CSTO in line with the decision of the CSTO Collective Security Council,"',
          },
        ],
      },
      {
        text: {
          en: 'Draft CSC decisions: list of additional measures to reduce tensions on the Tajik-Afghan border; plan of collective actions to implement the UN Global Counter-Terrorism Strategy in 2019-2021',
        },
        citations: [
          {
            source: 'kazinform-2019-06-25-bishkek-cssc',
            passage:
              'Plans are in place to consider and approve several of the CSTO Collective Security Council projects including the ones on the list of additional measures designed to reduce tensions at the Tajikistan-Afghanistan border and on the plan of collective actions of the CSTO member states on implementing the UN global antiterrorism strategy in 2019-2021',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Plan for joint training of command bodies and forces of the CSTO collective security system for 2020 (planned for signature)',
        },
        citations: [
          {
            source: 'kazinform-2019-06-25-bishkek-cssc',
            passage:
              'Participants of the meeting are expected to sign a plan for the joint training of government agencies as well as forces and assets of the CSTO collective security system in 2020',
          },
        ],
      },
      {
        title: {
          en: 'Plan of consultations on foreign policy, security and defence for H2 2019 - H1 2020 (planned for signature)',
        },
        citations: [
          {
            source: 'kazinform-2019-06-25-bishkek-cssc',
            passage:
              'a plan for consultations between representatives of the CSTO member states on matters of foreign policy, security, and defense in H2 2019 - H1 2020',
          },
        ],
      },
      {
        title: {
          en: 'Decision on the regulation on information interaction of the CSTO Crisis Response Center (planned for approval)',
        },
        citations: [
          {
            source: 'kazinform-2019-06-25-bishkek-cssc',
            passage:
              'approve a decision on the regulation on information interaction of the CSTO Crisis Response Center.',
          },
        ],
      },
    ],
    note: 'Known only from a pre-session announcement (25 June 2019); no post-session report was found, so the holding on that date/place is not independently confirmed. Agenda of eight items; documents listed were those expected to be signed/approved.',
    citations: [
      {
        source: 'kazinform-2019-06-25-bishkek-cssc',
        passage:
          'A session of the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization (CSTO) will take place in Bishkek on 27 June, BelTA learned from CSTO Press Secretary Vladimir Zainetdinov.',
      },
    ],
  },
  {
    id: 'cmfa-2019-09-27-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-09-27',
    place: { en: 'New York', ru: 'Нью-Йорк' },
    agenda: [
      {
        text: {
          en: 'Agenda of the 74th session of the UN General Assembly; preparations for the statutory bodies and CSC session in Bishkek at the end of November',
        },
        citations: [
          {
            source: 'odkb-2019-09-27-ny',
            passage:
              'He informed the ministers about the preparations for the meetings of the statutory bodies and the session of the CSTO Collective Security Council, to be held at the end of November this year. in the city of Bishkek.',
          },
        ],
      },
    ],
    documents: [
      {
        title: { en: 'Joint statement in connection with the 80th anniversary of the outbreak of World War II' },
        citations: [
          {
            source: 'odkb-2019-09-27-ny',
            passage:
              'A joint statement was adopted in connection with the 80th anniversary of the outbreak of World War II.',
          },
        ],
      },
    ],
    dateDerivation:
      "The CSTO page gives 'September 27' and the 74th UNGA session (2019); the year is not printed in the passage.",
    citations: [
      {
        source: 'odkb-2019-09-27-ny',
        passage:
          "On September 27, a traditional working meeting of the CSTO member states' foreign ministers was held in New York. The heads of the diplomatic departments of the Union states exchanged views on the issues of the agenda of the 74th session of the UN General Assembly and other pressing issues of mutual interest.",
      },
      {
        source: 'kazinform-2019-ny-announce',
        passage:
          'Ministers of foreign affairs of the Collective Security Treaty Organization (CSTO) member states will hold a meeting on the sidelines of the 74th UN General Assembly in New York on 27 September.',
      },
    ],
  },
  {
    id: 'joint-2019-11-27-bishkek',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2019-11-27',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Documents to be submitted the next day to the heads of state; results of the year and implementation of the priorities of the Kyrgyz chairmanship',
          ru: 'Ряд документов, которые будут завтра вынесены на рассмотрение главам стран-участниц ОДКБ; итоги деятельности организации',
        },
        citations: [
          {
            source: 'kabar-2019-11-27-bishkek-joint',
            passage:
              'Нам предстоит обсудить ряд документов, которые будут завтра вынесены на рассмотрение главам стран-участниц ОДКБ.',
            gloss:
              'We are to discuss a number of documents that will be submitted tomorrow to the heads of CSTO member states.',
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the CSTO collective security regions; activities in the intersessional period (2018-2019); Russian priorities for the 2020 chairmanship',
        },
        citations: [
          {
            source: 'jscsto-2019-11-27-bishkek-joint',
            passage:
              'The meeting participants discussed the military-political situation in the CSTO collective security regions, as well as the activities of the Organization during the intersessional period (2018-2019). The Russian side informed about the priority areas of activity during the chairmanship of the CSTO in 2020.',
          },
        ],
      },
      {
        text: {
          en: 'Draft CSC Statement on improving international interaction for global and regional security; draft documents on joint R&D of defence items and a joint organization for cooperation ties of defence industries',
        },
        citations: [
          {
            source: 'kazinform-2019-11-bishkek-joint',
            passage:
              'The meeting also debated and approved draft Statement of the CSTO Collective Security Council on improvement of international interaction and cooperation for the purpose of ensuring global and regional security',
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the CSTO collective security regions; draft documents for the 28 November heads-of-state meeting',
        },
        citations: [
          {
            source: 'interfax-2019-11-27-joint',
            passage:
              '"The participants of the meeting discussed the military-political situation in the CSTO\'s collective security regions and considered the draft documents, which are to be discussed and signed during the CSTO heads of state meeting on November 28," the press service said.',
          },
        ],
      },
      {
        text: { en: "Countering crimes in information technologies; priorities of Russia's CSTO chairmanship" },
        citations: [
          {
            source: 'interfax-2019-11-27-joint',
            passage:
              '"Additionally, the matters dealing with countering the crimes in the sector of information technologies and the priority tracks of activities during Russia\'s chairmanship in the CSTO were addressed," the press service said.',
          },
        ],
      },
      {
        text: {
          en: "Activities of the Organization in the intersessional period (2018-2019); Russia's priority areas for its 2020 chairmanship",
        },
        citations: [
          {
            source: 'jscsto-2019-11-27-bishkek-joint',
            passage:
              'The meeting participants discussed the military-political situation in the CSTO collective security regions, as well as the activities of the Organization during the intersessional period (2018-2019). The Russian side informed about the priority areas of activity during the chairmanship of the CSTO in 2020.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Documents on the development of the CSTO military component, including amendments to the plan of joint operational and combat training for 2020 and clarification of the contingents of the Collective Rapid Deployment Forces of the Central Asian region',
        },
        citations: [
          {
            source: 'jscsto-2019-11-27-bishkek-joint',
            passage:
              'In accordance with the Agenda of the meeting, the heads of the defense departments signed documents on the issues of development of the military component of the CSTO, developed by the CSTO Joint Staff, including amending the plan of measures for joint operational and combat training for 2020, clarifying the  contingents included in the Collective Rapid Deployment Forces Central Asian region of collective security.',
          },
        ],
      },
      {
        title: {
          en: 'Documents on the military component signed by defence ministers, incl. amendments to the 2020 plan of joint operational and combat training and clarification of CRDF contingents of the Central Asian region',
        },
        citations: [
          {
            source: 'jscsto-2019-11-27-bishkek-joint',
            passage:
              'In accordance with the Agenda of the meeting, the heads of the defense departments signed documents on the issues of development of the military component of the CSTO, developed by the CSTO Joint Staff, including amending the plan of measures for joint operational and combat training for 2020, clarifying the  contingents included in the Collective Rapid Deployment Forces Central Asian region of collective security.',
          },
        ],
      },
      {
        title: {
          en: 'Draft CSC Statement on improving international interaction and cooperation for global and regional security; Statement of the Foreign Ministers on stabilisation in the Middle East and North Africa (approved)',
        },
        citations: [
          {
            source: 'kazinform-2019-11-bishkek-joint',
            passage:
              'The meeting also debated and approved draft Statement of the CSTO Collective Security Council on improvement of international interaction and cooperation for the purpose of ensuring global and regional security as well as the Statement of the Ministers of Foreign Affairs on the efforts of stabilization of the situation in the Middle East and Northern Africa.',
          },
        ],
      },
    ],
    dateDerivation: "Joint Staff item dated 27.11.2019 says 'On November 27'.",
    note: 'Chair not stated explicitly; Chingiz Aidarbekov opened/hosted the meeting as foreign minister of the chairing state.',
    citations: [
      {
        source: 'kabar-2019-11-27-bishkek-joint',
        passage:
          'Бишкек, 27.11.19. /Кабар/. В Бишкеке проходит совместное заседание Совета министров иностранных дел (СМИД), Совета министров обороны (СМО), Комитета секретарей советов безопасности (КССБ), Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'Bishkek, 27.11.19 (Kabar). A joint meeting of the CMFA, CMD and CSSC of the CSTO is taking place in Bishkek.',
      },
      {
        source: 'kabar-2019-11-27-bishkek-joint',
        passage:
          'Открывая совместное заседание, министр иностранных дел КР Чингиз Айдарбеков тепло поприветствовал участников.',
        gloss: 'Opening the joint meeting, Kyrgyz FM Chingiz Aidarbekov warmly welcomed the participants.',
      },
      {
        source: 'jscsto-2019-11-27-bishkek-joint',
        passage:
          'On November 27, a joint meeting of the Council of Ministers of Foreign Affairs, the Council of Ministers of Defense and the CSTO Committee of Secretaries of Security Councils was held in Bishkek (the Kyrgyz Republic).',
      },
      {
        source: 'interfax-2019-11-27-joint',
        passage:
          'MOSCOW. Nov 27 (Interfax) - The foreign and defense ministers and the secretaries of the security councils of the member states of the Collective Security Treaty Organization (CSTO) have discussed the military-political situation in its regions',
      },
      {
        source: 'reform-2019-11-27-lukashenko-bishkek',
        passage:
          'Президент Беларуси отправился в Бишкек, где завтра состоится заседание Совета коллективной безопасности ОДКБ.\nСегодня перед встречей глав государств на свой совет соберутся главы МИД, Совбезов и Минобороны стран-участниц организации.',
        gloss:
          'The President of Belarus left for Bishkek, where the CSTO Collective Security Council meets tomorrow. Today, before the heads of state meet, the heads of the foreign ministries, security councils and defence ministries of the member states will hold their council.',
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
      {
        text: {
          en: "Strengthening the Tajik-Afghan border; cooperation with the UN on the global counter-terrorism strategy; coordination of foreign policy; military potential; information security; 75th anniversary of Victory; Russia's priorities for its 2020 presidency",
        },
        citations: [
          {
            source: 'kremlin-en-2019-11-28-bishkek',
            passage:
              'The agenda includes measures to strengthen the Tajik-Afghan border, collaboration with the UN to implement the global counter-terrorism strategy, and coordination of CSTO member countries’ foreign policy activities.',
          },
          {
            source: 'kremlin-en-2019-11-28-bishkek',
            passage:
              'In addition to this, Vladimir Putin set forth high-priority aspects of Russia’s presidency of the CSTO in 2020.',
          },
        ],
      },
      {
        text: {
          en: 'Stanislav Zas (Belarus) to act as Secretary General from 1 January 2020',
          ru: 'Исполнять обязанности генерального секретаря ОДКБ с 1 января 2020 года будет представитель от Беларуси Станислав Зась',
        },
        citations: [
          {
            source: 'sputnik-tj-2019-11-28',
            passage:
              'Исполнять обязанности генерального секретаря ОДКБ с 1 января 2020 года будет представитель от Беларуси Станислав Зась',
            gloss:
              "Stanislav Zas, Belarus's representative, will perform the duties of CSTO Secretary General from 1 January 2020",
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
      {
        source: 'kremlin-en-2019-11-28-bishkek',
        passage:
          'CSTO summit\n\nNovember 28, 2019, Bishkek\n\nThe President of Russia took part in a meeting of the Collective Security Council of the Collective Security Treaty Organisation in Bishkek.',
      },
      {
        source: 'sputnik-tj-2019-11-28',
        passage:
          'Сессия Совета коллективной безопасности в этом году проходит под председательством президента Кыргызстана Сооронбая Жээнбекова.',
        gloss:
          "This year's session of the Collective Security Council is chaired by Kyrgyz President Sooronbay Jeenbekov.",
      },
      {
        source: 'tass-2019-11-28-putin-bishkek',
        passage:
          'The Collective Security Council will meet on Thursday in the Ala-Archa presidential residence under the chairmanship of the Kyrgyz president.',
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
    documents: [
      {
        title: {
          en: 'Joint Statement of Heads of State of CSTO Member Countries; resolution on a Plan of Events to Celebrate the 75th Anniversary of Victory, and other documents',
        },
        citations: [
          {
            source: 'kremlin-en-2019-11-28-bishkek',
            passage:
              'Following the meeting, the sides signed a package of documents, including the Joint Statement of Heads of State of CSTO Member Countries and resolutions On a Plan of Events to Celebrate the 75th Anniversary of the Victory in the Great Patriotic War o',
          },
        ],
      },
      {
        title: {
          en: 'Statement of the CSC on improving international cooperation to strengthen global and regional security (planned main political document, Kyrgyz initiative); CSTO budget for 2020',
        },
        citations: [
          {
            source: 'kazinform-2019-11-25-bishkek',
            passage:
              'The main political document will be the statement of the Collective Security Council of the CSTO on improving international cooperation and cooperation in order to strengthen global and regional security, which was put forward on the initiative of Kyrgyzstan,» he said.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmfa-2020-05-26-online',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'online',
    date: '2020-05-26',
    chair: { name: { en: 'Sergey Lavrov', ru: 'Сергей Лавров' }, state: 'RU' },
    agenda: [
      {
        text: {
          en: "Situation in the region and the world and its impact on member states' security; prospects of CSTO cooperation with the CIS and SCO",
          ru: 'Состояние и развитие ситуации в регионе и мире, ее влияние на безопасность государств-членов ОДКБ, перспективы сотрудничества ОДКБ с СНГ и ШОС',
        },
        citations: [
          {
            source: 'sputnikam-2020-05-21-cmfa-online',
            passage:
              'в повестку дня включены вопросы, касающиеся состояния и развития ситуации в регионе и мире, ее влияния на безопасность государств-членов ОДКБ, а также перспективы сотрудничества ОДКБ с СНГ и ШОС.',
            gloss:
              'the agenda includes the state and development of the situation in the region and the world, its effect on the security of CSTO member states, and prospects of CSTO cooperation with the CIS and SCO.',
          },
        ],
      },
      {
        text: {
          en: 'Impact of the COVID-19 pandemic; implementation of partner and observer statuses; countering falsification of history',
          ru: 'Влияние пандемии коронавируса на страны блока, дальнейшие шаги по реализации статусов партнера и наблюдателя ОДКБ и борьба с фальсификацией истории',
        },
        citations: [
          {
            source: 'ria24-2020-zas-may26',
            passage:
              'в повестке – влияние пандемии коронавируса на страны блока, а также дальнейшие шаги по реализации статусов партнера и наблюдателя ОДКБ и борьба с фальсификацией истории',
            gloss:
              "on the agenda: the impact of the coronavirus pandemic on the bloc's countries, further steps to implement the CSTO partner and observer statuses, and combating the falsification of history",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Statement supporting the UN Secretary-General's call for a global ceasefire during the COVID-19 pandemic (Armenian and Russian initiative)",
          ru: 'Документ в поддержку призыва генерального секретаря ООН объявить глобальное перемирие на период коронавирусной инфекции',
        },
        citations: [
          {
            source: 'ria24-2020-ceasefire-statement',
            passage:
              '«По инициативе Армении и России был одобрен документ в поддержку призыва, с которым выступил генеральный секретарь ООН Антониу Гутерриш, объявить глобальное перемирие на период коронавирусной инфекции»,— сказал господин Лавров по итогам заседания Совета министров иностранных дел (СМИД) ОДКБ в формате видеоконференции',
            gloss:
              "'At the initiative of Armenia and Russia a document was approved supporting the call by UN Secretary-General António Guterres to declare a global ceasefire for the period of the coronavirus infection,' Mr Lavrov said after the videoconference CMFA meeting",
          },
        ],
      },
    ],
    citations: [
      {
        source: 'sputnikam-2020-05-21-cmfa-online',
        passage:
          'Заседание Совета министров иностранных дел Организации Договора о коллективной безопасности (ОДКБ) состоится 26 мая в формате видеоконференции.',
        gloss: 'The meeting of the CSTO Council of Foreign Ministers will take place on 26 May by videoconference.',
      },
      {
        source: 'sputnikam-2020-05-21-cmfa-online',
        passage:
          'Как сообщается на сайте Организации, обсуждение пройдет под председательством главы МИД России Сергея Лаврова.',
        gloss: "According to the Organization's website, the discussion will be chaired by Russian FM Sergey Lavrov.",
      },
      {
        source: 'vbkg-2020-11-cmfa-video',
        passage:
          'Будут проанализировано и выполнение решений предыдущего заседания СМИД ОДКБ, которое состоялось в видеоформате 26 мая текущего года.',
        gloss:
          'The implementation of decisions of the previous CMFA meeting, held by video on 26 May this year, will also be analysed.',
      },
      {
        source: 'urdupoint-2020-05-26-lavrov',
        passage:
          '"We will hold the next CSTO Council of Foreign Ministers on the eve of the Collective Security Council [summit] in the second half of this year in Moscow," Lavrov said at a briefing after a video conference with his CSTO counterparts.',
      },
    ],
  },
  {
    id: 'permanent-council-2020-09-29',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2020-09-29',
    agenda: [
      {
        text: {
          en: "Armenia's briefing on Azerbaijan's military offensive against Nagorno-Karabakh (Artsakh) and Turkey's support to Azerbaijan (statement before the agenda discussion)",
        },
        citations: [
          {
            source: 'armenpress-2020-09-29-pc',
            passage:
              'Armenia’s Permanent Representative to the Collective Security Treaty Organization (CSTO) Viktor Biyagov has briefed the CSTO Permanent Council on the situation that has been created after the Azerbaijani military aggression against Artsakh, the Armenian foreign ministry said in a news release.',
          },
        ],
      },
    ],
    note: 'Session held two days after the outbreak of the 2020 Nagorno-Karabakh war; the Armenian statement preceded the regular agenda. Place and format not stated in the cited passages.',
    citations: [
      {
        source: 'mfa-am-2020-09-29-pc',
        passage:
          'On September 29, the session of the CSTO Permanent Council was held. Before the discussion of the issues on agenda, Victor Biyagov, Permanent Representative of Armenia to the CSTO, delivered remarks.',
      },
      {
        source: 'armenpress-2020-09-29-pc',
        passage:
          'The Permanent Council held a session on September 29. Biyagov delivered remarks before the meeting began agenda discussions.',
      },
    ],
  },
  {
    id: 'cssc-2020-11-17-online',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'online',
    date: '2020-11-17',
    chair: {
      name: {
        en: 'Nikolai Patrushev',
        ru: 'Николай Патрушев',
      },
      state: 'RU',
    },
    agenda: [
      {
        text: { en: 'Collective approaches to biological security after the COVID-19 pandemic' },
        citations: [
          {
            source: 'verelq-2020-cssc-online',
            passage:
              '"Предстоит всесторонне проанализировать последствия пандемии, выработать коллективные подходы к взаимодействию в рамках ОДКБ в области обеспечения биологической безопасности"',
            gloss:
              '"We will have to analyse comprehensively the consequences of the pandemic and work out collective approaches to cooperation within the CSTO in biological security"',
          },
        ],
      },
      {
        text: {
          en: 'Pressing issues of counteracting challenges and threats to collective security of member countries',
        },
        citations: [
          {
            source: 'e2india-2020-11-17-cssc-online',
            passage:
              'The security council secretary also noted that the current meeting would be discussing the pressing issues of counteracting challenges and threats to the collective security of member countries.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Over ten draft documents for the next CSC session, including an anti-drug strategy of the CSTO member states for 2021-2025 and a plan of military cooperation development for 2021-2025',
        },
        citations: [
          {
            source: 'e2india-2020-11-17-cssc-online',
            passage:
              '“Following the meeting, we will put forward over ten documents for consideration of the heads of our states during the next session of the CSTO Collective Security Council, including two medium-term documents: an anti-drug strategy of the CSTO member states for 2021-2025, a plan of military cooperation development by the CSTO member states for 2021-2025,” Patrushev added.',
          },
        ],
      },
    ],
    dateDerivation:
      "Item datelined 'Moscow, Nov 17' (2020) says 'on Tuesday' and 'Earlier in the day'; 17 November 2020 was a Tuesday.",
    note: "Held by videoconference during Russia's 2020 chairmanship. A Sputnik/UrduPoint item of 18 Nov 2020 announcing a CSTO secretaries' virtual meeting 'on Wednesday' appears to duplicate the CIS security council secretaries' meeting of 18 November; not used.",
    citations: [
      {
        source: 'e2india-2020-11-17-cssc-online',
        passage:
          'Moscow, Nov 17 (Bueaeu) Russian Security Council Secretary Nikolai Patrushev on Tuesday called on members of the Collective Security Treaty Organization (CSTO) to come up with joint approaches for maintaining biological security. Earlier in the day, Patrushev spoke at the opening of the CSTO security council secretaries meeting, which is taking place online.',
      },
      {
        source: 'verelq-2020-cssc-online',
        passage:
          'сказал Патрушев на заседании в режиме видеоконференции Комитета секретарей совбезов стран Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'Patrushev said at the videoconference meeting of the Committee of Secretaries of Security Councils of the CSTO countries.',
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
    agenda: [
      {
        text: {
          en: 'State and prospects of global and regional security; key aspects of CSTO activity',
          ru: 'Состояние и перспективы развития глобальной и региональной безопасности, ключевые аспекты деятельности ОДКБ',
        },
        citations: [
          {
            source: 'vbkg-2020-11-cmfa-video',
            passage:
              'В повестке дня, по информации пресс-службы этой организации, - состояние и перспективы развития глобальной и региональной безопасности, ключевые аспекты деятельности ОДКБ.',
            gloss:
              "On the agenda, according to the organization's press service: the state and prospects of global and regional security, key aspects of CSTO activity.",
          },
        ],
      },
      {
        text: {
          en: "Results of Russia's chairmanship, passing to Tajikistan; CSTO-UN interaction with emphasis on peacekeeping",
          ru: 'Итоги председательства России, которое перейдет к Таджикистану; взаимодействие ОДКБ с ООН с акцентом на проблематику миротворчества',
        },
        citations: [
          {
            source: 'vbkg-2020-11-cmfa-video',
            passage:
              'Будут подведены итоги председательства в ней России, которое перейдет к Таджикистану. Особое внимание предусматривается уделить взаимодействию ОДКБ с ООН с акцентом на проблематику миротворчества.',
            gloss:
              "The results of Russia's chairmanship, which will pass to Tajikistan, will be summed up. Special attention is to be paid to CSTO-UN interaction with emphasis on peacekeeping.",
          },
        ],
      },
      {
        text: {
          en: 'Increasing the efficiency of CSTO activities, deepening cooperation within the organization and strengthening its defence component; cooperation with international organizations',
        },
        citations: [
          {
            source: 'mfaam-2020-12-01-online-cmfa',
            passage:
              'The agenda of the session included issues of increasing the efficiency of the CSTO activities and deepening cooperation within the organization, as well as strengthening the defense component of the organization.',
          },
        ],
      },
      {
        text: {
          en: 'Examination of the CSC summit agenda; international and regional security; strengthening cooperation',
        },
        citations: [
          {
            source: 'midru-2020-12-01-lavrov-remarks',
            passage:
              'We propose that we examine the summit’s agenda and exchange views on the international and regional security situation, as well as discuss priority matters related to further strengthening and expanding our all-embracing cooperation.',
          },
        ],
      },
    ],
    note: 'Announced by the organisation’s press service as the regular meeting of the foreign ministers, by videoconference, before the Council’s session of 2 December 2020.',
    citations: [
      {
        source: 'vbkg-2020-11-cmfa-video',
        passage:
          'Очередное заседание Совета министров иностранных дел государств - членов ОДКБ состоится 1 декабря. Оно пройдет в режиме видеоконференции под председательством Сергея Лаврова',
        gloss:
          'The regular meeting of the Council of Foreign Ministers of the CSTO member states will take place on 1 December. It will be held by videoconference under the chairmanship of Sergei Lavrov',
      },
      {
        source: 'vbkg-2020-11-cmfa-video',
        passage:
          'Очередное заседание Совета министров иностранных дел государств - членов ОДКБ состоится 1 декабря. Оно пройдет в режиме видеоконференции под председательством Сергея Лаврова, министра иностранных дел Российской Федерации',
        gloss:
          'The regular meeting of the CSTO CMFA will take place on 1 December. It will be held by videoconference chaired by Sergey Lavrov, Russian FM',
      },
      {
        source: 'sputnikam-2020-11-27-cmfa-online',
        passage:
          'ЕРЕВАН, 27 ноя - Sputnik. Заседание совета министров Организации Договора о коллективной безопасности (СМИД ОДКБ) пройдет 1 декабря под председательством главы МИД РФ Сергея Лаврова в формате видеоконференции',
        gloss:
          'YEREVAN, 27 Nov - Sputnik. The CSTO CMFA meeting will be held on 1 December chaired by Russian FM Sergey Lavrov by videoconference',
      },
      {
        source: 'mfaam-2020-12-01-online-cmfa',
        passage:
          'On December 1, a session of the CSTO Council of Foreign Ministers was held ahead of the session of the CSTO Collective Security Council.',
      },
      {
        source: 'midru-2020-12-01-lavrov-remarks',
        passage:
          'This meeting completes preparations for the Collective Security Council session that is to take place tomorrow, on December 2, via videoconference.',
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
      {
        text: {
          en: 'State of international security and raising CSTO effectiveness; implementation of decisions in the intersessional period; inter-parliamentary cooperation',
        },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              'The CSC members discussed the state of international security and issues of further increasing the effectiveness of the CSTO, the implementation of the decisions of the session of the Collective Security Council and the statutory bodies of the CSTO in the intersessional period, as well as the development and strengthening of inter-parliamentary cooperation of the CSTO member states.',
          },
        ],
      },
      {
        text: {
          en: 'Draft decisions on material, technical and medical support of the Collective Forces; training of public authorities; CSTO budget for 2021',
        },
        citations: [
          {
            source: 'asiaplus-2020-12-03',
            passage:
              "The CSC session’s agenda included draft decisions of the CSTO CSC concerning the material, technical and medical support of the Collective Forces, as well as additional measures to improve the training system for public authorities of the member states of the Collective Security Treaty Organization. The CSC is also considering the Organization's budget for 2021.",
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
      {
        source: 'kremlin-64534-csc-2020-vc',
        passage:
          'Meeting of the CSTO Collective Security Council\n\nDecember 2, 2020, Novo-Ogaryovo, Moscow Region\n\nVladimir Putin chaired a meeting, via videoconference, of the Collective Security Council of the Collective Security Treaty Organisation.',
      },
      {
        source: 'asiaplus-2020-12-03',
        passage:
          'For the first time, the CSC is held through video-conferencing, and the CSTO Crisis Response Center was reportedly also involved.',
      },
    ],
    documents: [
      {
        title: { en: 'Collective Security Declaration (Declaration of the Collective Security Council)' },
        citations: [
          {
            source: 'kremlin-64534-csc-2020-vc',
            passage:
              'Key decisions of the meeting have been recorded in the Collective Security Declaration and the Statement of the  CSTO Collective Security Council on creating a just and sustainable world order.',
          },
        ],
      },
      {
        title: {
          en: 'Statement of the CSTO Collective Security Council on creating a just and sustainable world order',
        },
        citations: [
          {
            source: 'kremlin-64534-csc-2020-vc',
            passage:
              'Key decisions of the meeting have been recorded in the Collective Security Declaration and the Statement of the  CSTO Collective Security Council on creating a just and sustainable world order.',
          },
        ],
      },
      {
        title: {
          en: 'Agreement on joint logistic and medical support for the CSTO troops (Collective Forces); protocol amending the agreement on CSTO peacekeeping activity of 6 October 2007',
        },
        citations: [
          {
            source: 'kremlin-64534-csc-2020-vc',
            passage:
              'In addition, the participants adopted an agreement on joint logistic and medical support for the CSTO troops (Collective Forces) and a protocol on amendments to the agreement on the CSTO peacekeeping mission of October 6, 2007.',
          },
        ],
      },
      {
        title: {
          en: 'Decisions on military cooperation development, the CSTO anti-drug strategy, quality control of jointly produced hardware, personnel training, peacekeeping contingents',
        },
        citations: [
          {
            source: 'kremlin-64534-csc-2020-vc',
            passage:
              'A number of decisions made at the meeting concern the development of military cooperation, the CSTO anti-drug strategy, quality control of combat hardware jointly designed and produced by the CSTO, improving training of personnel for the government bodies of the CSTO member states, personnel training for the peacekeeping forces, and the structure and disposition of the CSTO peacekeeping contingents.',
          },
        ],
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
            gloss:
              'On 5 April 2021, under the chairmanship of the Permanent Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held in person',
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
            gloss:
              'On 5 April 2021, under the chairmanship of the Permanent Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held in person',
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
        gloss:
          'On 5 April 2021, under the chairmanship of the Permanent Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held in person',
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
        gloss:
          'On 5 April 2021, under the chairmanship of the Permanent Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held in person',
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
    agenda: /*#__PURE__*/ DUSHANBE_APRIL_2021_AGENDA.concat([
      {
        text: {
          en: 'Plans to equip the CSTO Collective Rapid Reaction Forces; plans for joint training of the collective security system forces and assets',
        },
        citations: [
          {
            source: 'asiaplus-2021-04-26',
            passage:
              'Plans to equip the CSTO collective rapid response forces as well as plans for the joint training of the collective security system forces and assets will be discussed.',
          },
        ],
      },
      {
        text: {
          en: 'Schedule of consultations on foreign policy, defence and security for H2 2021 – H1 2022; plan of events for the 30th anniversary of the Treaty and 20th of the Organization',
        },
        citations: [
          {
            source: 'asiaplus-2021-04-26',
            passage:
              'A schedule of consultations about foreign policy, defense, and security in H2 2021 – H1 2022 will be discussed. A plan of actions timed to the 30th anniversary since the Collective Security Treaty was signed and the 20th anniversary since the Collective Security Treaty Organization was established is also on the agenda.',
          },
        ],
      },
      {
        text: {
          en: 'Expansion of political, military and military-technical cooperation; Afghanistan and the Tajik-Afghan border; biological security (discussed with President Rahmon)',
        },
        citations: [
          {
            source: 'khovar-2021-04-27-rahmon-receives-cmd',
            passage:
              'The latest developments in the neighboring Afghanistan and strengthening the protection of the state border between Tajikistan and Afghanistan were also touched upon.',
          },
        ],
      },
    ]),
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
        gloss:
          'Sergei Shoigu will also attend the meeting of the Council of Defence Ministers (CDM) of the Collective Security Treaty Organization (CSTO). The event will take place on 27 April in the capital of Tajikistan, Dushanbe.',
      },
      {
        source: 'narodnaya-2021-04-27-dushanbe-cmd',
        passage:
          '27 апреля во Дворце нации Основатель мира и национального единства — Лидер нации, Президент Республики Таджикистан, уважаемый Эмомали Рахмон принял руководителей делегаций заседания Совета министров обороны государств-членов Организации Договора о коллективной безопасности',
        gloss:
          'On 27 April at the Palace of the Nation President Emomali Rahmon received the heads of delegations of the meeting of the CSTO Council of Defence Ministers',
      },
      {
        source: 'khovar-2021-04-27-rahmon-receives-cmd',
        passage:
          'DUSHANBE, 27.04.2021 (NIAT Khovar) – The Founder of Peace and National Unity, Leader of the Nation, President of Tajikistan Emomali Rahmon received the heads of delegations at the meeting of the Council of Defense Ministers of the Collective Security Treaty Organization member nations.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage:
          'Offline sessions of the Collective Security Treaty Organization (SCTO) Council of Defense Ministers Council and the Committee of Security Council Secretaries will take place in Dushanbe on April 27 and April 29.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage: 'the CSTO defense minister’s session will presided over by Tajik Defense Minister Sherali Mirzo',
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
    agenda: /*#__PURE__*/ DUSHANBE_APRIL_2021_AGENDA.concat([
      {
        text: {
          en: 'Countering threats including risks associated with the COVID-19 pandemic, the global crisis, biosafety and drug trafficking (discussed by the secretaries with President Rahmon)',
        },
        citations: [
          {
            source: '24kg-2021-04-29-cssc-dushanbe',
            passage:
              'Participants of the meeting discussed issues of combating threats, including risks associated with COVID-19 pandemic, acute global social, economic and financial crisis, their impact on national security and economy, biosafety and drug trafficking.',
          },
        ],
      },
      {
        text: {
          en: 'Plans to equip the CSTO Collective Rapid Reaction Forces; joint training plans; schedule of consultations on foreign policy, defence and security for H2 2021 - H1 2022; action plan for the 30th anniversary of the Treaty and 20th anniversary of the CSTO (announced for the CMD and CSSC sessions)',
        },
        citations: [
          {
            source: 'asiaplus-2021-04-26',
            passage:
              'Plans to equip the CSTO collective rapid response forces as well as plans for the joint training of the collective security system forces and assets will be discussed. A schedule of consultations about foreign policy, defense, and security in H2 2021 – H1 2022 will be discussed. A plan of actions timed to the 30th anniversary since the Collective Security Treaty was signed and the 20th anniversary since the Collective Security Treaty Organization was established is also on the agenda.',
          },
        ],
      },
    ]),
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
        gloss:
          'Patrushev and his colleagues from the CSTO countries arrived in Dushanbe the day before, on 28 April, to hold the meeting of the committee of secretaries of the Security Councils.',
      },
      {
        source: 'newsarmenia-2022-06-17-cssc-yerevan',
        passage: 'Армен Григорян, Александр Вольфович, Гизат Нурдаулетов, Марат Иманкулов, Насрулло Махмудзода.',
        gloss: 'Armen Grigoryan, Alexander Volfovich, Gizat Nurdauletov, Marat Imankulov, Nasrullo Mahmudzoda.',
      },
      {
        source: '24kg-2021-04-29-cssc-dushanbe',
        passage:
          'Today Dushanbe will host a meeting of the Committee of Secretaries of the CSTO Security Councils, and the Secretary of the Security Council of the Kyrgyz Republic Ryskeldi Musaev will also take part in it.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage:
          'Offline sessions of the Collective Security Treaty Organization (SCTO) Council of Defense Ministers Council and the Committee of Security Council Secretaries will take place in Dushanbe on April 27 and April 29.',
      },
      {
        source: 'asiaplus-2021-04-26',
        passage:
          'the CSTO security council secretaries’ session will be presided over by Tajik Security Council Secretary Nasrullo Mahmoudzoda.',
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
                gloss:
                  'Patrushev and his colleagues from the CSTO countries arrived in Dushanbe the day before, on 28 April, to hold the meeting of the committee of secretaries of the Security Councils.',
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
      {
        text: {
          en: "State and prospects of the international and regional situation and its impact on member states' security",
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'The ministers focused on the state and prospects of the development of international and regional situation and its impact on the security of the CSTO member states.',
          },
        ],
      },
      {
        text: {
          en: "Action plan implementing CSC decisions and Tajikistan's priorities; preparations for the 30th anniversary of the Treaty and 20th anniversary of the CSTO in 2022",
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'They paid particular attention to the action plan for the implementation of the decisions of the session of the Collective Security Council and the implementation of the priority areas proposed by Tajikistan.',
          },
        ],
      },
      {
        text: {
          en: 'Plan of consultations on foreign policy, security and defence for H2 2021-H1 2022; plan of events for the 30th anniversary of the Collective Security Treaty and 20th anniversary of the CSTO',
          ru: 'План консультаций по вопросам внешней политики, безопасности и обороны на второе полугодие 2021 года – первое полугодие 2022 года и План мероприятий, посвященных 30-летию подписания Договора о коллективной безопасности и 20-летию создания ОДКБ',
        },
        citations: [
          {
            source: 'vbkg-2021-05-cmfa-announce',
            passage:
              'Также будут рассмотрены План консультаций по вопросам внешней политики, безопасности и обороны на второе полугодие 2021 года – первое полугодие 2022 года и План мероприятий, посвященных 30-летию подписания Договора о коллективной безопасности и 20-летию создания ОДКБ.',
            gloss:
              'Also to be considered: the Plan of consultations on foreign policy, security and defence for H2 2021-H1 2022 and the Plan of events for the 30th anniversary of the Collective Security Treaty and 20th anniversary of the CSTO.',
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
        gloss:
          'The meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization will take place on 19 May in Dushanbe. It will be held in person',
      },
      {
        source: 'tajemb-khovar-2021-05-20-cmfa',
        passage:
          'Chaired by the Minister of Foreign Affairs Tajikistan Sirojiddin Mukhriddin, the meeting was attended by foreign ministers of Armenia Ara Ayvazyan, Belarus Vladimir Makei, Kazakhstan Mukhtar Tleuberdi, Kyrgyzstan Ruslan Kazakbayev, Russia Sergei Lavrov, and CSTO Secretary General Stanislav Zas.',
      },
      {
        source: 'asiaplus-2021-05-14-dushanbe-cmfa',
        passage:
          'Tajikistan holds rotating Collective Security Treaty Organization (CSTO) presidency this year and Dushanbe will host the next meeting of the Council of Foreign Ministers of the CSTO member nations on May 19.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Statements on the 75th anniversary of the Nuremberg Tribunal verdict and on the extension of the START-3 Treaty (among others)',
        },
        citations: [
          {
            source: 'tajemb-khovar-2021-05-20-cmfa',
            passage:
              'In particular, statements were adopted on the 75th anniversary of the verdict of the International Military Tribunal in Nuremberg, on the extension of the START-3 Treaty',
          },
        ],
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
      {
        text: { en: 'Situation on the Tajik-Afghan border (information by the Tajik representative)' },
        citations: [
          {
            source: 'odkb-en-2021-07-07-permanent-council',
            passage:
              "Khasan Sultonov, Permanent and Plenipotentiary Representative of the Republic of Tajikistan to the CSTO, informed the members of the Organization's Permanent Council about the situation on the Tajik-Afghan border",
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
      {
        source: 'odkb-en-2021-07-07-permanent-council',
        passage:
          'On July 7, 2021, under the chairmanship of the Permanent and Plenipotentiary Representative of the Republic of Tajikistan, Khasan Sultonov, a meeting of the Permanent Council of the Collective Security Treaty Organization was held via videoconferencing',
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
      {
        text: {
          en: 'Situation in Afghanistan and its impact on the security of CSTO member states',
          ru: 'ситуация в Афганистане и ее влияние на безопасность государств – членов ОДКБ',
        },
        citations: [
          {
            source: 'cisminsk-2021-08-23-extraordinary-results',
            passage:
              'Итоги внеочередной сессии Совета коллективной безопасности ОДКБ, посвященной ситуации в Афганистане и ее влиянию на безопасность государств – членов ОДКБ',
            gloss:
              'Results of the extraordinary session of the CSTO Collective Security Council devoted to the situation in Afghanistan and its impact on the security of CSTO member states',
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
      {
        source: 'khovar-2021-08-23-extraordinary-vc',
        passage:
          '23 августа 2021 года под председательством Президента Республики Таджикистан, Председателя Совета коллективной безопасности  Организации Договора о коллективной безопасности Эмомали Рахмона в формате видеоконференции состоялась внеочередная сессия Совета коллективной безопасности.',
        gloss:
          'On 23 August 2021, chaired by the President of Tajikistan and Chairman of the CSTO Collective Security Council Emomali Rahmon, an extraordinary session of the Collective Security Council took place by videoconference.',
      },
      {
        source: 'regnum-2021-08-23-afghanistan-vc',
        passage:
          'В настоящее время главы государств Организации Договора о коллективной безопасности (ОДКБ) проводят по видеосвязи внеочередную сессию Совета коллективной безопасности, на которой они обсуждают ситуацию в Афганистане.',
        gloss:
          'The heads of state of the CSTO are currently holding by video link an extraordinary session of the Collective Security Council at which they are discussing the situation in Afghanistan.',
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
            gloss:
              'The agendas of the events provide for the discussion of about 40 issues in the military, military-technical and military-scientific spheres.',
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the CSTO collective security regions, including Afghanistan after the departure of Western coalition troops',
        },
        citations: [
          {
            source: 'mfaby-2021-09-15-joint-meeting',
            passage:
              'The parties discussed, among others, the situation in Afghanistan in the context of challenges and threats the CSTO Member States shall face after the hasty departure of the Western coalition troops and the change of authority in this state.',
          },
        ],
      },
      {
        text: { en: 'Approval of the agenda of the CSC session of 16 September 2021' },
        citations: [
          {
            source: 'frontierpost-2021-09-15-joint-meeting',
            passage:
              'During the meeting, the heads of the Foreign Ministry, Defense Ministries and Security Councils discussed and approved the Agenda for tomorrow (September 16, 2021) meeting of the Collective Security Council',
          },
        ],
      },
      {
        text: { en: "Priority directions of Armenia's 2021-2022 chairmanship" },
        citations: [
          {
            source: 'mfaby-2021-09-15-joint-meeting',
            passage:
              'The Armenian side presented the priority directions of the CSTO activities for the period of its Chairmanship of the Organization for 2021-2022.',
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the CSTO area of responsibility, especially in territories bordering Afghanistan',
          ru: 'вопросы относительно военно-политической ситуации в зоне ответственности ОДКБ, где наблюдается сложная обстановка на территориях, граничащих с Афганистаном',
        },
        citations: [
          {
            source: 'sngtoday-2021-09-15-dushanbe-joint',
            passage:
              'На заседании руководители внешнеполитических и оборонных ведомств государств ОДКБ подробно рассмотрели вопросы относительно военно-политической ситуации в зоне ответственности ОДКБ, где наблюдается сложная обстановка на территориях, граничащих с Афганистаном.',
            gloss:
              'At the meeting the heads of the foreign and defence ministries of the CSTO states considered in detail the military-political situation in the CSTO area of responsibility, where the situation in territories bordering Afghanistan is complex.',
          },
        ],
      },
      {
        text: {
          en: 'State and prospects of the international and regional situation; situation in Afghanistan and its impact on CSTO security; cooperation with the CIS, SCO and other organizations',
        },
        citations: [
          {
            source: 'mfakg-2021-09-15-joint',
            passage:
              'The participants in the meeting had a detailed exchange of views on the state and prospects for the development of the international and regional situation. Particular attention was paid to the current situation in Afghanistan and its impact on the security of the CSTO member states. They also discussed issues of enhanced cooperation between the CSTO and the CIS, SCO, as well as other international organizations.',
          },
        ],
      },
      {
        text: {
          en: 'Biological security cooperation (creation of a coordination council to analyse the situation, exchange experience and prepare recommendations)',
        },
        citations: [
          {
            source: 'vecherka-tj-2021-09-biosecurity',
            passage:
              '“Создаваемый координационный совет займется анализом ситуации, связанной с обеспечением биологической безопасности в государствах – членах ОДКБ, организацией обмена опытом, подготовкой рекомендаций по формированию и развитию скоординированной деятельности в данной сфере”',
            gloss:
              '“The coordination council being created will analyse the biological-security situation in the CSTO member states, organise exchange of experience and prepare recommendations on coordinated activity in this area”',
          },
        ],
      },
      {
        text: {
          en: "Situation in the Caucasus region; Azerbaijani incursion into Armenian territory of 12 May 2021; Armenia's priorities for its forthcoming CSTO chairmanship (Armenian statement)",
        },
        citations: [
          {
            source: 'seco-2021-09-15-dushanbe-joint',
            passage:
              "His speech referred to Armenia's forthcoming presidency in the Collective Security Treaty Organization, Armenia's priorities in the CSTO, as well as several important issues within the framework of the CSTO.",
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
        gloss:
          'The agendas of the events provide for the discussion of about 40 issues in the military, military-technical and military-scientific spheres.',
      },
      {
        source: 'ria24-mir24-2021-09-15-joint-meeting',
        passage: 'Заседание структур ОДКБ прошло в очном формате впервые с начала пандемии',
        gloss: 'The meeting of the CSTO bodies was held in person for the first time since the start of the pandemic',
      },
      {
        source: 'mfaby-2021-09-15-joint-meeting',
        passage:
          'On September 15, 2021 in Dushanbe (Republic of Tajikistan), the Minister of Foreign Affairs of the Republic of Belarus, Vladimir Makei, participated in the Joint Meeting of the Council of Foreign Ministers, the Council of Ministers of Defense and the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization.',
      },
      {
        source: 'frontierpost-2021-09-15-joint-meeting',
        passage:
          'In Dushanbe on Wednesday, under the chairmanship of the Minister of Foreign Affairs of the Republic of Tajikistan, Sirojiddin Mukhriddin, a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries of Security Councils was held.',
      },
      {
        source: 'sngtoday-2021-09-15-dushanbe-joint',
        passage:
          'Совместное совещание Советов министров иностранных дел, обороны и Комитета секретарей советов безопасности 15 сентября было проведено под председательством Сироджиддина Мухриддина, главы внешнеполитического ведомства Таджикистана и участии генсека ОДКБ Станислава Зася в Душанбе.',
        gloss:
          'The joint meeting of the Councils of Foreign and Defence Ministers and the Committee of Security Council Secretaries was held on 15 September in Dushanbe, chaired by Tajik Foreign Minister Sirojiddin Muhriddin, with CSTO SG Stanislav Zas.',
      },
      {
        source: 'khovar-2021-09-15-dushanbe-joint',
        passage: 'ДУШАНБЕ, 15.09.2021/НИАТ «Ховар»/.',
        gloss: 'DUSHANBE, 15.09.2021 (NIAT Khovar).',
      },
      {
        source: 'mfakg-2021-09-15-joint',
        passage:
          'On September 15, 2021, in the city of Dushanbe, the Minister of Foreign Affairs of the Kyrgyz Republic Ruslan Kazakbaev participated in a joint session of the Council of Foreign Ministers, the Council of Ministers of Defense and the Committee of Secretaries of the Security Councils of the Collective Security Treaty Organization.',
      },
      {
        source: 'seco-2021-09-15-dushanbe-joint',
        passage:
          '15 / 09 / 2021\n\nToday, Security Council Secretary Armen Grigoryan addresses a joint meeting of the CSTO Foreign Ministers, Defense Ministers, and Secretaries of the Security Councils in Dushanbe, Tajikistan.',
      },
      {
        source: 'mir24-2021-09-15-dushanbe',
        passage: '19:06 15/09/2021\n\nСегодня в Душанбе состоялось заседание структур ОДКБ.',
        gloss: '19:06 15/09/2021. Today a meeting of CSTO bodies took place in Dushanbe.',
      },
      {
        source: 'sputnik-uz-2021-09-15-biosecurity',
        passage:
          'ТАШКЕНТ, 15 сен — Sputnik. В ОДКБ решено создать Координационный совет по вопросам биологической безопасности, передает РИА Новости со ссылкой на пресс-службу аппарата СБ РФ.\nСоответствующее решение приняли секретари советов безопасности государств-членов ОДКБ в Душанбе.',
        gloss:
          'TASHKENT, 15 Sep - Sputnik. The CSTO has decided to create a Coordination Council on biological security, RIA Novosti reports citing the press service of the Russian Security Council staff. The decision was taken by the security council secretaries of the CSTO member states in Dushanbe.',
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
                gloss:
                  'The meeting of the CSTO bodies was held in person for the first time since the start of the pandemic',
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
                gloss:
                  'The meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization will take place on 19 May in Dushanbe. It will be held in person',
              },
            ],
          },
        ],
        chosen: 'no',
        reason:
          'The defence ministers, security council secretaries and foreign ministers met in person in Dushanbe in April and May 2021; the headline probably means the first joint in-person meeting.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Statements of the CSTO foreign ministers on the situation in Afghanistan, on collective efforts to resolve crisis situations in the Middle East and North Africa, and on reaffirming adherence to the principles of the UN Charter',
        },
        citations: [
          {
            source: 'mfaby-2021-09-15-joint-meeting',
            passage:
              'The meeting adopted statements by the Foreign Ministers of the CSTO Member States on the Situation in Afghanistan, om Collective Efforts to Resolve Crisis Situations in the Middle East and North Africa, on Reaffirming Adherence to the Principles of the UN Charter',
          },
        ],
      },
      {
        title: {
          en: '25 documents signed on the further development of the collective security system in the political and military fields',
        },
        citations: [
          {
            source: 'mfakg-2021-09-15-joint',
            passage:
              'As part of a joint meeting of the CFM, CMD, CSSS CSTO, 25 documents were signed concerning the further development of the collective security system in the political and military fields, in the field of countering contemporary challenges and threats.',
          },
        ],
      },
      {
        title: {
          en: "Joint statement 'On the situation in Afghanistan'",
          ru: 'Совместное заявление «О положении в Афганистане»',
        },
        citations: [
          {
            source: 'khovar-2021-09-15-dushanbe-joint',
            passage:
              'Он поделился, что по итогам совместного заседания Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности Организации был подписан ряд документов.\n\nВ частности, представители организаций ОДКБ подписали совместное заявление «О положении в Афганистане».',
            gloss:
              "He said that following the joint meeting of the CFM, CMD and CSSC a number of documents were signed. In particular, representatives of the CSTO bodies signed a joint statement 'On the situation in Afghanistan'.",
          },
        ],
      },
      {
        title: {
          en: '25 documents on the further development of the collective security system in the political and military fields and countering contemporary challenges and threats',
        },
        citations: [
          {
            source: 'mfakg-2021-09-15-joint',
            passage:
              'As part of a joint meeting of the CFM, CMD, CSSS CSTO, 25 documents were signed concerning the further development of the collective security system in the political and military fields, in the field of countering contemporary challenges and threats.',
          },
        ],
      },
      {
        title: { en: 'Decision to create the Coordination Council of authorized bodies on biological security' },
        citations: [
          {
            source: 'vecherka-tj-2021-09-biosecurity',
            passage:
              'Секретари советов безопасности государств – членов Организации Договора о коллективной безопасности (ОДКБ) на заседании в Душанбе приняли решение о создании Координационного совета уполномоченных органов по вопросам биологической безопасности.',
            gloss:
              'The security council secretaries of the CSTO member states, at a meeting in Dushanbe, decided to create a Coordination Council of authorized bodies on biological security.',
          },
        ],
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
            gloss:
              "“In view of the transfer of the CSTO chairmanship to the Republic of Armenia in 2021–2022, the Prime Minister of Armenia, Nikol Pashinyan, will present the country's priorities that are to be implemented,” the organization's press secretary noted.",
          },
        ],
      },
      {
        text: {
          en: "Current problems of international and regional security; main results of the intersessional period; the situation in Afghanistan and its impact on member states' security; CSTO budget for 2022",
          ru: 'актуальные проблемы международной и региональной безопасности и основные итоги деятельности ОДКБ в межсессионный период; ситуация в Афганистане',
        },
        citations: [
          {
            source: 'barometr-2021-09-14-japarov-dushanbe',
            passage:
              'Члены СКБ обсудят актуальные проблемы международной и региональной безопасности и основные итоги деятельности Организации Договора о коллективной безопасности в межсессионный период. Одним из самых важных вопросов станет ситуация в Афганистане и ее влияние на безопасность государств –членов ОДКБ.',
            gloss:
              'CSC members will discuss current problems of international and regional security and the main results of CSTO activity in the intersessional period. One of the most important issues will be the situation in Afghanistan and its impact on the security of CSTO member states.',
          },
        ],
      },
      {
        text: { en: "Armenia's priorities for its chairmanship", ru: 'приоритеты армянского председательства' },
        citations: [
          {
            source: 'khovar-2021-09-18-chair-armenia',
            passage:
              '«Премьер-министр страны Никол Пашинян представил Совету коллективной безопасности приоритеты, которые планируется реализовать в этот период.',
            gloss:
              "'The country's Prime Minister Nikol Pashinyan presented to the Collective Security Council the priorities planned for implementation in this period.'",
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
        gloss: 'Russian President Vladimir Putin joined his colleagues by video link from Novo-Ogaryovo.',
      },
      {
        source: 'belta-2021-09-16-lukashenko-csc',
        passage:
          'The summit is taking place at the official residence of the president of Tajikistan - the Palace of Nations.',
      },
      {
        source: 'barometr-2021-09-14-japarov-dushanbe',
        passage:
          'В городе Душанбе 16 сентября под председательством президента Таджикистана Эмомали Рахмона в очном формате состоится сессия Совета коллективной безопасности (СКБ) Организации Договора о коллективной безопасности.',
        gloss:
          'In Dushanbe on 16 September, chaired by the President of Tajikistan Emomali Rahmon, a session of the CSTO Collective Security Council (CSC) will be held in person.',
      },
      {
        source: 'khovar-2021-09-18-chair-armenia',
        passage:
          '«Следующая сессия Совета коллективной безопасности пройдет уже, естественно, в Ереване в четвертом квартале следующего года», — сказал он журналистам в четверг, 16 сентября, по итогам заседания СКБ ОДКБ в Душанбе.',
        gloss:
          "'The next session of the Collective Security Council will naturally be held in Yerevan in the fourth quarter of next year,' he told journalists on Thursday, 16 September, after the CSC meeting in Dushanbe.",
      },
      {
        source: '24kg-2021-09-14-putin-not-dushanbe',
        passage:
          '«The President of Russia will take part in the session of the CSTO Collective Security Council scheduled for this week in Dushanbe, a meeting of the Council of Heads of State of the Shanghai Cooperation Organization and a joint meeting of the Heads of State of the CSTO and SCO member states via video link,» the press service noted.',
      },
      {
        source: 'kremlin-en-66701',
        passage:
          'President of Tajikistan Emomali Rahmon chaired the meeting in Dushanbe that was also attended by Prime Minister of Armenia Nikol Pashinyan, President of Belarus Alexander Lukashenko, President of Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov and Secretary General of the Collective Security Treaty Organisation Stanislav Zas.',
      },
    ],
    documents: [
      {
        title: { en: 'Declaration of the CSTO Collective Security Council' },
        citations: [
          {
            source: 'kremlin-en-66701',
            passage:
              'At the end of the session, the participants approved a package of documents, including the Declaration of the CSTO Collective Security Council, as well as agreements on the jurisdiction of cases linked with the temporary deployment of the collective security system’s forces and resources on the territories of CSTO member states, the relevant legal assistance in such cases and joint logistics and medical support for the CSTO Troops (Collective Forces).',
          },
        ],
      },
      {
        title: {
          en: 'Agreements on the jurisdiction of cases linked with temporary deployment of collective security system forces and resources, on legal assistance in such cases, and on joint logistics and medical support for the CSTO Troops (Collective Forces)',
        },
        citations: [
          {
            source: 'kremlin-en-66701',
            passage:
              'agreements on the jurisdiction of cases linked with the temporary deployment of the collective security system’s forces and resources on the territories of CSTO member states, the relevant legal assistance in such cases and joint logistics and medical support for the CSTO Troops (Collective Forces).',
          },
        ],
      },
      {
        title: {
          en: "Decisions on equipping the CRRF with modern weapons, military and special-purpose systems, and on the Organisation's secure multi-service communications network",
        },
        citations: [
          {
            source: 'kremlin-en-66701',
            passage:
              'They also adopted decisions on equipping the CSTO Collective Rapid Reaction Forces with modern weapons, military and special-purpose systems and equipment, as well as those regarding the Organisation’s secure multi-service communications network.',
          },
        ],
      },
      {
        title: { en: 'Final declaration and 13 documents (pre-summit count)' },
        citations: [
          {
            source: '24kg-2021-09-14-putin-not-dushanbe',
            passage:
              'Signing of the final declaration is expected, as well as 13 documents regulating the issues of the organization’s activities.',
          },
        ],
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
      {
        text: {
          en: 'On the situation in the Republic of Kazakhstan and measures to normalise it (single item)',
          ru: '«О ситуации в Республике Казахстан и мерах по ее нормализации»',
        },
        citations: [
          {
            source: 'galatv-2022-peskov-no-documents',
            passage:
              'В повестке дня один вопрос — «О ситуации в Республике Казахстан и мерах по ее нормализации». Встреча пройдет в режиме видеоконференции под председательством Армении.',
            gloss:
              "There is one item on the agenda: 'On the situation in the Republic of Kazakhstan and measures to normalise it'. The meeting will take place by videoconference chaired by Armenia.",
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
      {
        source: 'belta-2022-01-09-online-summit-confirmed',
        passage:
          'Заседание Совета коллективной безопасности ОДКБ по ситуации в Казахстане пройдет 10 января в формате видеоконференции.',
        gloss:
          'The meeting of the CSTO Collective Security Council on the situation in Kazakhstan will take place on 10 January by videoconference.',
      },
      {
        source: 'galatv-2022-peskov-no-documents',
        passage:
          'Принятия каких-либо документов по итогам внеочередной сессии Совета коллективной безопасности ОДКБ, запланированной на 10 января, на данный момент не планируется',
        gloss:
          'No documents are currently planned to be adopted following the extraordinary session of the CSTO Collective Security Council scheduled for 10 January',
      },
      {
        source: 'ra-am-2022-minute-of-silence',
        passage:
          'Как сообщает «Арменпресс», с таким предложением в начале саммита выступил председатель Совета коллективной безопасности ОДКБ, премьер-министр Республики Армения Никол Пашинян.',
        gloss:
          'According to Armenpress, the proposal was made at the start of the summit by the Chairman of the CSTO Collective Security Council, Prime Minister of Armenia Nikol Pashinyan.',
      },
      {
        source: 'primeminister-am-2022-01-10',
        passage:
          'An extraordinary session of the CSTO Collective Security Council chaired by the Chairman of the CSTO Collective Security Council, Prime Minister of the Republic of Armenia Nikol Pashinyan took place, the agenda of which included the issue "On the situation in the Republic of Kazakhstan and measures to resolve it."',
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
      {
        text: {
          en: 'Results of the CSTO peacekeeping operation in Kazakhstan; regional security; improving rapid response mechanisms',
        },
        citations: [
          {
            source: 'armenpress-2022-01-13-cmd-extraordinary',
            passage:
              '"During the meeting, the defense ministers of the CSTO member states discussed the results of the peacekeeping operation in the Republic of Kazakhstan, as well as the issues of ensuring regional security and improving the rapid response mechanisms to emerging threats," the statement said.',
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
      {
        source: 'armenpress-2022-01-13-cmd-extraordinary',
        passage:
          'YEREVAN, JANUARY 13, ARMENPRESS. The special session of the Council of Defense Ministers of the Collective Security Treaty Organization was held on January 13 through a videoconference.',
      },
      {
        source: 'armenpress-2022-01-13-cmd-extraordinary',
        passage:
          'the session was chaired by Chairman of the CSTO Council of Defense Ministers, Defense Minister of Armenia Suren Papikyan.',
      },
      {
        source: 'ria24-2022-01-cmd-extraordinary-preview',
        passage:
          'Внеочередное заседание Cовета министров обороны стран ОДКБ намечено на 13 января, передает РИА Новости со ссылкой на пресс-секретаря организации Владимира Зайнетдинова.',
        gloss:
          "An extraordinary meeting of the CSTO Council of Defence Ministers is scheduled for 13 January, RIA Novosti reports citing the organization's spokesman Vladimir Zainetdinov.",
      },
      {
        source: 'armradio-2022-01-13-cmd-online',
        passage:
          'The meeting, which was held in a videoconference format, was attended by the Ministers of Defense of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Joint decision on organizing the return of peacekeeping units from Kazakhstan to their permanent bases',
        },
        citations: [
          {
            source: 'armenpress-2022-01-13-cmd-extraordinary',
            passage:
              'Based on the results of the special session of the CSTO Council of Defense Ministers, the Defense Ministers signed a joint decision on organizing the return of peacekeeping units from the territory of the Republic of Kazakhstan to permanent bases.',
          },
        ],
      },
    ],
    chair: { name: { en: 'Suren Papikyan', ru: 'Сурен Папикян' }, state: 'AM' },
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
      {
        text: {
          en: 'Key issues of cooperation within the CSTO, current international and regional issues, improving the collective security system; the situation in Ukraine expected',
        },
        citations: [
          {
            source: 'tass-2022-05-16-anniversary-summit',
            passage:
              'Earlier the Kremlin press service reported that the summit is expected to discuss key issues of cooperation within the CSTO, current international and regional issues, as well as measures to further improve the collective security system.',
          },
        ],
      },
      {
        text: { en: 'Military cooperation and biosecurity' },
        citations: [
          {
            source: 'telesur-2022-05-16-csto-moscow',
            passage:
              "Military cooperation and biosecurity topped the agenda of the CSTO summit held on Monday in Russia's capital, Moscow.",
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
      {
        source: 'tass-2022-05-16-anniversary-summit',
        passage:
          'MOSCOW, May 16. /TASS/. Moscow hosts the anniversary summit of the Collective Security Treaty Organization (CSTO) on Monday. The meeting is timed to coincide with the 30th anniversary of the signing of the agreement and the 20th anniversary of the association itself.',
      },
      {
        source: 'cbctv-2022-05-13-japarov-moscow',
        passage:
          '"Жапаров по приглашению председательствующей стороны, Армении, примет участие в саммите государств-членов Организации Договора о коллективной безопасности (ОДКБ), который состоится 16 мая в Москве", - сообщили в пресс-службе.',
        gloss:
          "'Japarov, at the invitation of the chairing party, Armenia, will take part in the summit of CSTO member states to be held on 16 May in Moscow,' the press service said.",
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement of the Collective Security Council on the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the CSTO',
        },
        citations: [
          {
            source: 'newsam-2022-csto-documents-moscow',
            passage:
              'Among them is the Statement of the CSTO Collective Security Council in connection with the 30th anniversary of the treaty itself and the 20th anniversary of the association.',
          },
          {
            source: 'asiaplus-2022-05-17-moscow-jubilee',
            passage:
              'Among them is a statement of the Collective Security Council in honor of the 30th anniversary of the treaty and the 20th anniversary of the organization.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmd-2022-05-24-online',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'online',
    date: '2022-05-24',
    chair: { name: { en: 'Suren Papikyan', ru: 'Сурен Папикян' }, state: 'AM' },
    agenda: [
      {
        text: {
          en: 'Challenges and threats to military security in the collective security regions; implementation of proposals following the January 2022 CSTO peacekeeping operation in Kazakhstan',
          ru: 'вызовы и угрозы военной безопасности в регионах коллективной безопасности и реализацию предложений по итогам миротворческой операции ОДКБ в Республике Казахстан в январе 2022 года',
        },
        citations: [
          {
            source: '1lurer-2022-05-24-cmd-online',
            passage:
              'Участники заседания обсудили вызовы и угрозы военной безопасности в регионах коллективной безопасности и реализацию предложений по итогам миротворческой операции ОДКБ в Республике Казахстан в январе 2022 года.',
            gloss:
              'The participants discussed challenges and threats to military security in the collective security regions and implementation of proposals following the CSTO peacekeeping operation in Kazakhstan in January 2022.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Plan of joint training of command bodies and formations of the forces and means of the CSTO collective security system for 2023 (approved)',
          ru: 'План совместной подготовки органов управления и формирований сил и средств системы коллективной безопасности Организации Договора о коллективной безопасности на 2023 год',
        },
        citations: [
          {
            source: '1lurer-2022-05-24-cmd-online',
            passage:
              'Совет министров обороны утвердил План совместной подготовки органов управления и формирований сил и средств системы коллективной безопасности Организации Договора о коллективной безопасности на 2023 год, определяющий, в частности, проведение совместных учений с Коллективными силами ОДКБ.',
            gloss:
              'The CMD approved the Plan of joint training of command bodies and formations of the forces and means of the CSTO collective security system for 2023, which determines in particular joint exercises with the CSTO Collective Forces.',
          },
        ],
      },
      {
        title: {
          en: 'Documents on improving command and control of the CSTO Troops (Collective Forces); draft CSC decision on a joint formation for radiation, chemical and biological protection and medical support',
        },
        citations: [
          {
            source: 'armenpress-2022-05-cmd-online',
            passage:
              'The documents on improving the management of the CSTO Troops (Collective Forces), as well as a draft decision of the Collective Security Council on the joint formation of radiation, chemical and biological protection and medical support, which defines the tasks of the formation when deployed on the territory of a CSTO member State and the procedure for equipping it with weapons, military and special equipment were approved.',
          },
        ],
      },
      {
        title: {
          en: 'Regulations on basic educational and methodological organizations for training military personnel in electronic warfare and on the basic research organization for EW development',
        },
        citations: [
          {
            source: 'ortcom-2022-cmd-online',
            passage:
              'The regulations on basic educational and methodological organizations for the training of military personnel in the specialties of electronic warfare and the basic research organization of the CSTO member states in the field of research on the development of electronic warfare were approved.',
          },
        ],
      },
    ],
    note: 'The next CMD meeting was announced for Armenia in the second half of 2022 (Armenpress, ortcom).',
    citations: [
      {
        source: 'odkb-en-2022-05-24-cmd-online',
        passage:
          'On May 24, 2022, under the chairmanship of the Minister of Defense of the Republic of Armenia Suren Papikian, a meeting of the Council of Defense Ministers of the Collective Security Treaty Organization was held via videoconferencing.',
      },
      {
        source: '1lurer-2022-05-24-cmd-online',
        passage:
          '24 мая 2022 года под председательством Министра обороны Республики Армения Сурена Папикяна в режиме видеоконференции состоялось заседание Совета министров обороны Организации Договора о коллективной безопасности.',
        gloss:
          'On 24 May 2022, chaired by Armenian Defence Minister Suren Papikyan, a meeting of the CSTO Council of Defence Ministers took place by videoconference.',
      },
    ],
  },
  {
    id: 'cmfa-2022-06-10-yerevan',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2022-06-10',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    agenda: [
      {
        text: {
          en: 'Plan of consultations of CSTO member states on foreign policy, defence and security for 2022-2024 (expected to be signed)',
          ru: 'План консультаций представителей стран-членов ОДКБ по вопросам внешней политики обороны и безопасности на 2022-2024 годы',
        },
        citations: [
          {
            source: '7or-2022-06-03-lavrov-yerevan',
            passage:
              'Ожидается, что по итогам будет подписан план консультаций представителей стран-членов ОДКБ по вопросам внешней политики обороны и безопасности на 2022-2024 годы.',
            gloss:
              'It is expected that a plan of consultations of representatives of CSTO member states on foreign policy, defence and security for 2022-2024 will be signed as a result.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement of the CSTO Council of Foreign Ministers on international security issues',
        },
        citations: [
          {
            source: 'armenianclub-2022-06-12-mirzoyan-csto',
            passage:
              'As a result of the aforementioned meetings, the statement of the Council of CSTO Foreign Ministers on international security issues, the plan of consultations, as well as the venue and date of the next meeting—which will take place also in Yerevan in the fourth quarter of the year—were approved.',
          },
          {
            source: 'geis-tass-2022-06-10-lavrov-biosec',
            passage:
              'Кроме того, в совместном заявлении министры иностранных дел стран - участниц ОДКБ подтвердили позицию по отстаиванию принципа равной и неделимой',
            gloss:
              'In addition, in a joint statement the foreign ministers of the CSTO member states reaffirmed their position of upholding the principle of equal and indivisible [security]',
          },
        ],
      },
      {
        title: {
          en: 'Plan of consultations of the CSTO member states on foreign policy, defence and security for the next three years',
        },
        citations: [
          {
            source: 'regionpress-2022-06-10-csto-fm',
            passage:
              'The Foreign Ministers of the CSTO member states adopted a statement on international security issues with the results of today’s session in Yerevan, as well as approved the consultation plan of the representatives of the CSTO states for the next three years on foreign policy, defense and security affairs, Armenian FM Ararat Mirzoyan said at a joint press conference with CSTO Secretary General Stanislav Zas after the session.',
          },
        ],
      },
    ],
    note: 'Armenian PM Nikol Pashinyan received the CSTO foreign ministers and Secretary General Stanislav Zas the same day (MIR 24).',
    citations: [
      {
        source: '7or-2022-06-03-lavrov-yerevan',
        passage:
          '«10 июня в Ереване министр иностранных дел России Сергей Лавров примет участие в очередном заседании Совета министров иностранных дел Организации Договора о коллективной безопасности. Армения председательствует в ОДКБ в текущем году», – сказала она на брифинге.',
        gloss:
          "'On 10 June in Yerevan Russian FM Sergey Lavrov will take part in the regular meeting of the CSTO Council of Foreign Ministers. Armenia chairs the CSTO this year,' she said at a briefing.",
      },
      {
        source: 'mir24-2022-pashinyan-cmfa',
        passage: 'В Ереване в пятницу проходит заседание Совета министров иностранных дел ОДКБ.',
        gloss: 'A meeting of the CSTO Council of Foreign Ministers is taking place in Yerevan on Friday.',
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
    agenda: [
      {
        text: { en: 'Measures to neutralise challenges and threats to the security of CSTO member states' },
        citations: [
          {
            source: 'kazinform-2022-06-17-cssc-yerevan',
            passage:
              '«The secretaries of the security councils discussed measures to counteract challenges and threats to security in the CSTO member states, and also approved a number of important documents related to command and control of the troops (Collective Forces) and fight against terrorism.',
          },
        ],
      },
      {
        text: {
          en: "Armenia-Azerbaijan border tensions; Pashinyan's call to consider dispatching a CSTO monitoring mission to the border",
        },
        citations: [
          {
            source: 'azatutyun-2022-06-cssc-yerevan',
            passage:
              'Pashinian described that argument as “dangerous” when he met with the secretaries of the security councils of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan who gathered for a regular session in Yerevan.',
          },
          {
            source: 'azatutyun-2022-06-cssc-yerevan',
            passage:
              'Citing continuing “aggressive statements” by Baku, Pashinian said the military alliance of Russia, Armenia and four ex-Soviet states should specifically consider dispatching a monitoring mission to the Armenian-Azerbaijani border.',
          },
        ],
      },
    ],
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
        gloss: 'Armen Grigoryan, Alexander Volfovich, Gizat Nurdauletov, Marat Imankulov, Nasrullo Mahmudzoda.',
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
      {
        source: 'newsarmenia-2022-06-17-cssc-yerevan',
        passage:
          'ЕРЕВАН, 17 июня. Новости-Армения. Заседание Комитета секретарей советов безопасности государств, входящих в ОДКБ, проходит в пятницу в Ереване. Встречу принимает Армения, председательствующая в этом году в объединении, передает ТАСС.',
        gloss:
          'YEREVAN, 17 June. Novosti-Armenia. A meeting of the Committee of Secretaries of Security Councils of the CSTO states is taking place on Friday in Yerevan. The meeting is hosted by Armenia, which chairs the organization this year, TASS reports.',
      },
      { source: 'azatutyun-2022-06-cssc-yerevan', passage: 'who gathered for a regular session in Yerevan.' },
    ],
    documents: [
      {
        title: {
          en: "Draft CSC decision granting the complex of operational and preventive measures 'Mercenary' the status of a regional permanent anti-terrorist operation (approved)",
        },
        citations: [
          {
            source: 'kazinform-2022-06-17-cssc-yerevan',
            passage:
              'The security chiefs approved the decision of the Collective Security Council to grant the status of a regional permanent anti-terrorist operation to the complex of operational and preventive measures Mercenary, CSTO Press Secretary Vladimir Zainetdinov told BelTA.',
          },
        ],
      },
      {
        title: {
          en: 'Plan of joint training of command and control bodies, forces and means of the CSTO collective security system for 2023',
        },
        citations: [
          {
            source: 'kazinform-2022-06-17-cssc-yerevan',
            passage:
              'The CSTO Committee of Secretaries of Security Councils approved a plan of joint training of command and control bodies, forces and means of the CSTO collective security system for 2023 and a number of other documents, as well as a plan of consultations on foreign policy, defense and security issues for 2022-2024.',
          },
        ],
      },
      {
        title: { en: 'Plan of consultations on foreign policy, defence and security issues for 2022-2024' },
        citations: [
          {
            source: 'kazinform-2022-06-17-cssc-yerevan',
            passage: 'as well as a plan of consultations on foreign policy, defense and security issues for 2022-2024.',
          },
        ],
      },
    ],
  },
  {
    id: 'csc-2022-09-13-online',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'online',
    date: '2022-09-13',
    agenda: [
      {
        text: {
          en: 'On the aggravation of the situation in certain areas on the border of Armenia and Azerbaijan and assistance in settling the situation',
          ru: '«Об обострении ситуации в отдельных районах на границе Армении и Азербайджана и оказания содействия в урегулировании ситуации»',
        },
        citations: [
          {
            source: 'tjinform-2022-09-14-mission-armenia',
            passage:
              '13 сентября по инициативе Республики Армения, председательствующей в ОДКБ, в режиме видеоконференции проведена внеочередная сессия Совета коллективной безопасности Организации Договора о коллективной безопасности с повесткой дня «Об обострении ситуации в отдельных районах на границе Армении и Азербайджана и оказания содействия в урегулировании ситуации».',
            gloss:
              "On 13 September, at the initiative of the Republic of Armenia, which chairs the CSTO, an extraordinary session of the CSTO Collective Security Council was held by videoconference with the agenda 'On the aggravation of the situation in certain areas on the border of Armenia and Azerbaijan and assistance in settling the situation'.",
          },
        ],
      },
      {
        text: {
          en: 'Decision to send a CSTO Mission headed by Secretary General Stanislav Zas to Armenia; creation of a working group to monitor the situation',
          ru: 'направление в Республику Армения Миссии ОДКБ во главе с Генеральным секретарем ОДКБ Станиславом Засем',
        },
        citations: [
          {
            source: 'jscsto-news-16',
            passage:
              'В ходе сессии Совета коллективной безопасности достигнута договоренность о направлении в Республику Армения Миссии Организации Договора о коллективной безопасности во главе с Генеральным секретарем ОДКБ Станиславом Засем с участием начальника Объединенного штаба ОДКБ генерал-полковника Анатолия Сидорова и представителей государств – членов ОДКБ.',
            gloss:
              'During the Collective Security Council session agreement was reached to send to Armenia a CSTO Mission headed by CSTO Secretary General Stanislav Zas with the participation of the Chief of the CSTO Joint Staff Col.-Gen. Anatoly Sidorov and representatives of member states.',
          },
          {
            source: 'oxu-2022-09-14-mission-arrives',
            passage:
              'Кроме того, на заседании было решено создать рабочую группу "из числа сотрудников секретариата и военнослужащих объединенного штаба для постоянного мониторинга ситуации в зоне ответственности ОДКБ".',
            gloss:
              "In addition, the meeting decided to create a working group 'of Secretariat staff and Joint Staff servicemen for constant monitoring of the situation in the CSTO area of responsibility'.",
          },
        ],
      },
    ],
    note: 'Participants: PM Pashinyan (AM), Presidents Tokayev (KZ), Japarov (KG), Putin (RU); Tajikistan was represented by Prime Minister Kokhir Rasulzoda and Belarus by State Secretary of the Security Council Alexander Volfovich (TJinform) - i.e. the heads of state of BY and TJ did not take part. No seen passage names the chair explicitly.',
    citations: [
      {
        source: 'tjinform-2022-09-14-mission-armenia',
        passage:
          '13 сентября по инициативе Республики Армения, председательствующей в ОДКБ, в режиме видеоконференции проведена внеочередная сессия Совета коллективной безопасности',
        gloss:
          'On 13 September, at the initiative of the Republic of Armenia, which chairs the CSTO, an extraordinary session of the Collective Security Council was held by videoconference',
      },
      {
        source: 'thesteppe-2022-csto-mission-armenia',
        passage: 'Сессия прошла во вторник, 13 сентября, по инициативе Армении в режиме видеоконференции.',
        gloss: "The session took place on Tuesday, 13 September, at Armenia's initiative, by videoconference.",
      },
    ],
  },
  {
    id: 'permanent-council-2022-09-13-moscow',
    body: 'permanent-council',
    kind: 'extraordinary',
    status: 'held',
    format: 'in-person',
    date: '2022-09-13',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    chair: { name: { en: 'Viktor Biyagov', ru: 'Виктор Биягов' }, state: 'AM' },
    agenda: [
      {
        text: {
          en: 'Situation on the Armenia-Azerbaijan border; appeal of Prime Minister Nikol Pashinyan to the members of the Collective Security Council',
        },
        citations: [
          {
            source: 'belta-2022-09-13-pc-emergency',
            passage:
              'проинформировал коллег о развитии обстановки в отдельных районах границы Армении с Азербайджаном и сообщил об обращении премьер-министра Никола Пашиняна к членам Совета коллективной безопасности ОДКБ в этой связи',
            gloss:
              "informed colleagues about the situation in certain areas of the Armenia-Azerbaijan border and reported Prime Minister Nikol Pashinyan's appeal to the members of the CSTO Collective Security Council in this connection",
          },
        ],
      },
      {
        text: { en: 'Proposals on possible use of CSTO mechanisms to settle the situation' },
        citations: [
          {
            source: 'belta-2022-09-13-pc-emergency',
            passage:
              '"Члены совета выразили крайнюю озабоченность складывающейся ситуацией и рассмотрели предложения относительно',
            gloss:
              '"Members of the council expressed extreme concern about the situation and considered proposals regarding',
          },
        ],
      },
      {
        text: {
          en: "Armenia's appeal to its CSTO allies for collective steps to ensure its security, territorial integrity and sovereignty",
        },
        citations: [
          {
            source: 'armradio-2022-09-13-pc',
            passage:
              'Victor Biyagov noted that Armenia appealed to its allies in the CSTO, expecting effective collective steps to ensure the security, territorial integrity and sovereignty of the Republic of Armenia within the framework of the CSTO Charter.',
          },
        ],
      },
    ],
    note: "Held on the day of the Azerbaijani offensive on Armenia's border; followed the same day by an extraordinary online CSC session. Place Moscow per BelTA dateline (the Permanent Council sits at the CSTO Secretariat in Moscow); format not stated.",
    citations: [
      {
        source: 'belta-2022-09-13-pc-emergency',
        passage:
          '13 сентября, Москва /Эдуард Пивовар - БЕЛТА/. По инициативе армянской стороны сегодня состоялось экстренное заседание Постоянного совета Организации Договора о коллективной безопасности с участием руководства Секретариата ОДКБ и начальника Объединенного штаба ОДКБ генерал-полковника Анатолия Сидорова',
        gloss:
          "13 September, Moscow (BelTA). On the Armenian side's initiative an emergency meeting of the CSTO Permanent Council was held today with the participation of the leadership of the CSTO Secretariat and the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov",
      },
      {
        source: 'belta-2022-09-13-pc-emergency',
        passage:
          '"Председательствующий на заседании постоянный и полномочный представитель Республики Армения при ОДКБ Виктор Биягов проинформировал коллег о развитии обстановки в отдельных районах границы Армении с Азербайджаном',
        gloss:
          '"The chair of the meeting, the Permanent and Plenipotentiary Representative of Armenia to the CSTO Viktor Biyagov, informed colleagues about developments in certain areas of Armenia\'s border with Azerbaijan',
      },
      {
        source: 'armradio-2022-09-13-pc',
        passage:
          'Upon the initiative of the Armenian side, an extraordinary session of the CSTO Permanent Council was held under the chairmanship of Viktor Biyagov, the Permanent and Plenipotentiary Representative of the Republic of Armenia to the CSTO, with the participation of CSTO Deputy Secretary General Valeriy Semerikov and the Head of Joint Staff Anatoly Sidorov.',
      },
    ],
  },
  {
    id: 'cmfa-2022-09-21-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    format: 'in-person',
    date: '2022-09-21',
    place: NEW_YORK,
    agenda: [
      {
        text: {
          en: "Coordination of the member states' positions on the agenda of the 77th UN General Assembly; priorities of the delegations",
          ru: 'Координация позиций государств-членов по актуальной повестке Генеральной Ассамблеи ООН',
        },
        citations: [
          {
            source: 'mfaby-2022-09-22-makei-unga77',
            passage:
              'Министр иностранных дел проинформировал о приоритетах белорусской делегации на 77-й сессии ГА ООН, среди которых продвижение принципов справедливости, равноправия и многосторонности, уважения суверенитета государств, недопустимости применения односторонних принудительных мер и санкций в нарушение Устава ООН.',
            gloss:
              'The Foreign Minister informed about the priorities of the Belarusian delegation at the 77th session of the UN GA, including promoting the principles of justice, equality and multilateralism, respect for state sovereignty, and the inadmissibility of unilateral coercive measures and sanctions in violation of the UN Charter.',
          },
        ],
      },
      {
        text: {
          en: "Tajikistan's information on the armed clashes on the Kyrgyz–Tajik border (Tajikistan condemned what it called Kyrgyzstan's military aggression)",
          ru: 'Информация о военной агрессии Кыргызстана на приграничные районы Таджикистана',
        },
        citations: [
          {
            source: 'khovar-2022-09-22-muhriddin-ny',
            passage:
              'Глава МИД Таджикистана на этом мероприятии дал подробную информацию о военной агрессии Кыргызстана на приграничные районы Таджикистана и осудил действие этой страны как грубое нарушение международного права.',
            gloss:
              "At this event the Tajik foreign minister gave detailed information on Kyrgyzstan's military aggression against the border districts of Tajikistan and condemned that country's action as a gross violation of international law.",
          },
        ],
      },
      {
        text: {
          en: 'The significance of the 77th UN General Assembly resolution on cooperation between the United Nations and the CSTO',
          ru: 'Значимость принятия резолюции 77-й сессии Генеральной Ассамблеи ООН «Сотрудничество между Организацией Объединенных Наций и Организацией Договора о коллективной безопасности»',
        },
        citations: [
          {
            source: 'khovar-2022-09-22-muhriddin-ny',
            passage:
              'Министры иностранных дел отметили значимость принятия резолюции 77-й сессии Генеральной Ассамблеи ООН «Сотрудничество между Организацией Объединенных Наций и Организацией Договора о коллективной безопасности»',
            gloss:
              "The foreign ministers noted the significance of adopting the resolution of the 77th session of the UN General Assembly 'Cooperation between the United Nations and the Collective Security Treaty Organization'",
          },
        ],
      },
    ],
    note: 'Khovar calls it a working breakfast and an informal meeting.',
    citations: [
      {
        source: 'mfaby-2022-09-22-makei-unga77',
        passage:
          '21 сентября 2022 г. рамках участия в мероприятиях 77-й сессии Генеральной Ассамблеи ООН в Нью-Йорке Министр иностранных дел Республики Беларусь Владимир Макей принял участие во встрече министров иностранных дел государств-членов ОДКБ.',
        gloss:
          'On 21 September 2022, as part of the events of the 77th session of the UN General Assembly in New York, the Minister of Foreign Affairs of Belarus Vladimir Makei took part in a meeting of the foreign ministers of the CSTO member states.',
      },
      {
        source: 'khovar-2022-09-22-muhriddin-ny',
        passage:
          '21 сентября на полях 77-й сессии Генеральной Ассамблеи ООН в Нью-Йорке состоялся рабочий завтрак министров иностранных дел государств-членов ОДКБ. В ходе неформальной встречи Министр иностранных дел Республики Таджикистан Сироджиддин Мухриддин отметил важность координации позиций государств-членов по актуальной повестке Генеральной Ассамблеи ООН.',
        gloss:
          "On 21 September, on the sidelines of the 77th session of the UN General Assembly in New York, a working breakfast of the foreign ministers of the CSTO member states took place. During the informal meeting the Foreign Minister of Tajikistan Sirojiddin Muhriddin noted the importance of coordinating the member states' positions on the current agenda of the UN General Assembly.",
      },
    ],
  },
  {
    id: 'csc-2022-10-28-online',
    body: 'csc',
    kind: 'extraordinary',
    status: 'held',
    format: 'online',
    date: '2022-10-28',
    chair: { name: { en: 'Nikol Pashinyan', ru: 'Никол Пашинян' }, state: 'AM' },
    agenda: [
      {
        text: {
          en: 'Results of the work of the CSTO mission sent to Armenia on 15 September 2022; joint measures to provide assistance to Armenia',
        },
        citations: [
          {
            source: 'asbarez-2022-10-27-upcoming-csc',
            passage:
              '“The extraordinary session of the CSTO Collective Security Council will take place on October 28, 2022. During the session, it is planned to discuss the results of the work of the CSTO mission sent to Armenia on September 15, 2022 by the decision of the CSTO Collective Security Council, in connection with the escalation of the situation on the Armenian-Azerbaijani border.\n\nIt is also planned to discuss joint measures to provide assistance to the Republic of Armenia,” the statement explained.',
          },
        ],
      },
      {
        text: {
          en: 'Report of the Secretary General on the results of the mission sent to Armenia under the protocol decision of 13 September; foreign ministers instructed to agree a draft decision',
        },
        citations: [
          {
            source: 'primeminister-am-2022-10-28-csc-vc',
            passage:
              "Au cours de la réunion, le rapport du secrétaire général de l'OTSC sur les résultats de la mission envoyée en Arménie en vertu de la décision protocolaire adoptée lors de la session du Conseil de sécurité collective le 13 septembre de cette année a été examiné.",
            gloss:
              'During the meeting the report of the CSTO Secretary General on the results of the mission sent to Armenia under the protocol decision adopted at the Collective Security Council session on 13 September this year was considered.',
          },
        ],
      },
    ],
    note: "The primeminister.am page is in French (language 'fr'; passages glossed). Participants: Putin, Lukashenko, Tokayev, Japarov, Rahmon and SG Zas. Held before the Sochi trilateral meeting of 31 October (Peskov).",
    citations: [
      {
        source: 'primeminister-am-2022-10-28-csc-vc',
        passage:
          "Une réunion extraordinaire du Conseil de sécurité collective de l'OTSC a été présidée par le Premier ministre Nikol Pashinyan par vidéoconférence.",
        gloss:
          'An extraordinary meeting of the CSTO Collective Security Council was chaired by Prime Minister Nikol Pashinyan by videoconference.',
      },
      {
        source: 'tass-2022-10-27-support-armenia',
        passage:
          'MOSCOW, October 27. /TASS/. On October 28, the CSTO Collective Security Council will consider measures of support for Armenia, the organization reported on its Telegram channel on Thursday.',
      },
      {
        source: 'ctv-2022-lukashenko-extraordinary-vc',
        passage: 'Встречу инициировала Армения, которая сейчас председательствует в организации.',
        gloss: 'The meeting was initiated by Armenia, which currently chairs the organization.',
      },
      {
        source: 'islworld-2022-10-28-putin-vc',
        passage:
          'Russian President Vladimir Putin will take part in an extraordinary session of the CSTO Collective Security Council on Friday, prior to a trilateral summit with the leaders of Armenia and Azerbaijan, via videoconference.',
      },
    ],
  },
  {
    id: 'cmfa-2022-11-22-yerevan',
    body: 'cmfa',
    kind: 'extraordinary',
    status: 'held',
    format: 'in-person',
    date: '2022-11-22',
    place: { en: 'Yerevan', ru: 'Ереван' },
    host: 'AM',
    chair: {
      name: {
        en: 'Ararat Mirzoyan',
        ru: 'Арарат Мирзоян',
      },
      state: 'AM',
    },
    agenda: [
      {
        text: {
          en: 'About twenty documents on foreign-policy coordination, military-political cooperation, new threats and challenges, and the situation in the South Caucasus',
          ru: 'Около двух десятков документов касательно вопросов внешнеполитической координации, военно-политического сотрудничества, новых угроз и вызовов, а также ситуации на Южном Кавказе',
        },
        citations: [
          {
            source: 'mfaam-2022-11-22-mirzoyan',
            passage:
              'На повестке у нас около двух десятков документов касательно вопросов внешнеполитической координации, военно-политического сотрудничества, новых угроз и вызовов, а также, конечно, ситуации на Южном Кавказе в целом.',
            gloss:
              'On our agenda are about two dozen documents on foreign-policy coordination, military-political cooperation, new threats and challenges, and of course the situation in the South Caucasus as a whole.',
          },
        ],
      },
    ],
    note: 'Chair not stated explicitly; Ararat Mirzoyan opened/hosted the meeting as foreign minister of the chairing state.',
    dateDerivation:
      'The Armenian foreign ministry’s page of 22 November 2022 quotes the minister: «Мы сегодня проводим встречу министров иностранных дел» (“today we are holding the meeting of the foreign ministers”).',
    citations: [
      {
        source: 'mfaam-2022-11-22-mirzoyan',
        passage:
          'Вступительное слово министра иностранных дел Республики Армения Арарата Мирзояна в ходе внеочередного заседания в формате СМИД ОДКБ',
        gloss: 'Opening remarks of Armenian FM Ararat Mirzoyan at the extraordinary meeting in CMFA format',
      },
      {
        source: 'mfaam-2022-11-22-mirzoyan',
        passage:
          'Мы сегодня проводим встречу министров иностранных дел, а завтра у нас будет очередное совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ в очном формате.',
        gloss:
          'Today we are holding a meeting of foreign ministers, and tomorrow we will have the regular joint meeting of the CMFA, CMD and CSSC in person.',
      },
      {
        source: 'tass-2022-11-22-yerevan-fm',
        passage:
          'ЕРЕВАН, 22 ноября. /ТАСС/. Министры иностранных дел стран ОДКБ во вторник вечером проводят в Ереване встречу, на которой обсуждаются вопросы внешнеполитической координации и военно-технического сотрудничества стран - участниц организации.',
        gloss:
          'YEREVAN, 22 November (TASS). CSTO foreign ministers are holding a meeting in Yerevan on Tuesday evening discussing foreign-policy coordination and military-technical cooperation.',
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
    agenda: [
      {
        text: {
          en: "Military-political situation in the CSTO collective security region and the Organization's activity; documents for the CSC including the final declaration",
          ru: 'Обмен мнениями относительно военно-политической обстановки в регионе коллективной безопасности ОДКБ и деятельности организации; одобрение ряда документов, включая итоговую декларацию',
        },
        citations: [
          {
            source: 'arevelk-2022-lavrov-yerevan-joint',
            passage:
              'Планируется также одобрить ряд документов, включая итоговую декларацию, вносимых на утверждение Советом Коллективной безопасности ОДКБ.',
            gloss:
              'It is also planned to approve a number of documents, including the final declaration, submitted for approval by the CSC.',
          },
        ],
      },
      {
        text: {
          en: 'About two dozen documents on foreign-policy coordination, military-political cooperation, new threats and challenges, and the situation in the South Caucasus',
          ru: 'около двух десятков документов касательно вопросов внешнеполитической координации, военно-политического сотрудничества, новых угроз и вызовов, а также, конечно, ситуации на Южном Кавказе',
        },
        citations: [
          {
            source: 'mfaam-2022-11-22-mirzoyan',
            passage:
              'На повестке у нас около двух десятков документов касательно вопросов внешнеполитической координации, военно-политического сотрудничества, новых угроз и вызовов, а также, конечно, ситуации на Южном Кавказе в целом.',
            gloss:
              'On our agenda are about two dozen documents on foreign-policy coordination, military-political cooperation, new threats and challenges, and of course the situation in the South Caucasus as a whole.',
          },
        ],
      },
      {
        text: {
          en: 'Final declaration to be submitted to the leaders',
          ru: 'итоговую декларацию, которая будет вынесена на утверждение лидеров государств альянса',
        },
        citations: [
          {
            source: 'mir24-2022-11-23-joint-yerevan',
            passage:
              'Участники планируют одобрить сразу несколько документов, включая итоговую декларацию, которая будет вынесена на утверждение лидеров государств альянса.',
            gloss:
              "The participants plan to approve several documents, including a final declaration to be submitted for approval by the leaders of the alliance's states.",
          },
        ],
      },
      {
        text: {
          en: "Military and political situation in the regions of collective security and its impact on the security of member states; SG Zas's information on the situation in the CSTO area of responsibility",
        },
        citations: [
          {
            source: 'csto-en-2022-11-23-yerevan-joint',
            passage:
              "The meeting was held in a plenary session, during which participants discussed the military and political situation in regions of collective security and its impact on the security of the member states. The CSTO Secretary General Stanislav Zas presented information on the situation in the CSTO's area of responsibility.",
          },
        ],
      },
      {
        text: {
          en: 'Draft decision on joint measures to assist Armenia (agreed at the level of the Organization); tension on the Armenia-Azerbaijan border',
        },
        citations: [
          {
            source: 'isap-2022-11-yerevan-joint',
            passage:
              'Проект решения об оказании помощи Армении согласован в рамках Организации Договора о коллективной безопасности.',
            gloss: 'The draft decision on assistance to Armenia has been agreed within the CSTO.',
          },
          {
            source: 'isap-2022-11-yerevan-joint',
            passage:
              '"Обсуждению угроз были посвящены три сессии Совета коллективной безопасности в мае, сентябре и октябре этого года. Нами согласован проект решения о совместных мерах по оказанию помощи Армении.',
            gloss:
              '"Three sessions of the Collective Security Council in May, September and October this year were devoted to discussing threats. We have agreed a draft decision on joint measures to assist Armenia.',
          },
        ],
      },
    ],
    note: 'The joint meeting before the Council’s session of the same day.',
    dateDerivation:
      'The Armenian foreign ministry’s page of 22 November 2022 quotes the minister: «а завтра у нас будет очередное совместное заседание» (“and tomorrow we shall hold the regular joint session”); Mir 24 reports the meeting on 23 November 2022.',
    citations: [
      {
        source: 'mir24-2022-11-23-joint-yerevan',
        passage:
          'Главы МИД государств ОДКБ совместно с министрами обороны и секретарями Советов безопасности встретились в Ереване, передает «МИР 24».',
        gloss:
          'The foreign ministers of the CSTO states, together with the defence ministers and the secretaries of the Security Councils, met in Yerevan, “MIR 24” reports.',
      },
      {
        source: 'mfaam-2022-11-22-mirzoyan',
        passage:
          'а завтра у нас будет очередное совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ в очном формате.',
        gloss: 'and tomorrow we will have the regular joint meeting of the CMFA, CMD and CSSC in person.',
      },
      {
        source: 'mfaam-2022-11-22-mirzoyan',
        passage:
          'завтра у нас будет очередное совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ в очном формате.',
        gloss: 'tomorrow we will have the regular joint meeting of the CFM, CMD and CSSC of the CSTO in person.',
      },
      {
        source: 'csto-en-2022-11-23-yerevan-joint',
        passage:
          'On November 23, this year, Yerevan hosted a regular meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization, chaired by the Armenian side.',
      },
      {
        source: 'isap-2022-11-yerevan-joint',
        passage:
          'Об этом генеральный секретарь ОДКБ Станислав Зась заявил на совместном заседании совета глав МИД, Минобороны и комитета секретарей советов безопасности государств-участников Организации в Ереване.',
        gloss:
          "CSTO Secretary General Stanislav Zas said this at the joint meeting of the council of foreign ministers, defence ministers and committee of security council secretaries of the Organization's member states in Yerevan.",
      },
    ],
    documents: [
      {
        title: {
          en: 'Political statements on international security, the fight against terrorism, and condemnation of attempts to glorify Nazism',
        },
        citations: [
          {
            source: 'csto-en-2022-11-23-yerevan-joint',
            passage:
              'On November 23, in Yerevan, at a joint meeting of the CFM, the CMD, and the CSSC, important political statements on international security, the fight against terrorism, and condemnation of attempts to glorify Nazism were adopted',
          },
        ],
      },
      {
        title: {
          en: '17 draft documents prepared for the CSC; the decision on joint measures to assist Armenia and the CSC Declaration not signed and sent for further work',
        },
        citations: [
          {
            source: 'reform-2022-11-23-zas',
            passage:
              'По его словам, два из 17 документов повестки дня обсуждались особо и пока не были подписаны, передает БелТА.',
            gloss:
              'According to him, two of the 17 documents on the agenda were discussed separately and have not yet been signed, BelTA reports.',
          },
        ],
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
    agenda: [
      {
        text: { en: '17 draft decisions presented; consensus on 15; two sent back for revision' },
        citations: [
          {
            source: 'jamnews-2022-11-24-csto-fiasco',
            passage:
              'After the meeting, the Prime Minister of Armenia said that seventeen projects were discussed, but fifteen were agreed upon.',
          },
        ],
      },
      {
        text: {
          en: "Belarus's priorities for its 2023 presidency; Imangali Tasmagambetov to be Secretary General from 2023",
        },
        citations: [
          {
            source: 'pacsto-yerevan-2022',
            passage:
              'Nikol Pashinyan, Prime Minister of Armenia and the host of the summit, spoke at the open part of the meeting and said that Imangali Tasmagambetov, representative of Kazakhstan, will serve as the CSTO Secretary General in 2023.\nThe CSTO presidency in 2022–2023 will pass from Armenia to the Republic of Belarus.',
          },
        ],
      },
    ],
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
      {
        source: 'csto-en-yerevan-2022',
        passage:
          '24.11.2022On November 23 this year, in Yerevan, a session of the Collective Security Council (CSC) of the Collective Security Treaty Organization was held, chaired by the Prime Minister of the Republic of Armenia Nikol Pashinyan.',
      },
      {
        source: 'horizon-2022-pashinyan-refuses-sign',
        passage:
          'The session of the CSTO Collective Security Council launched in Yerevan on November 23 chaired by Prime Minister of Armenia Nikol Pashinyan.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Draft Declaration of the CSC and draft decision on joint measures to provide assistance to Armenia — NOT signed by Armenia (sent for revision)',
        },
        citations: [
          {
            source: 'horizon-2022-pashinyan-refuses-sign',
            passage:
              'Armenian prime minister Nikol Pashinyan has refused to sign a draft declaration of the Moscow-led Collective Security Treaty Organization’s (CSTO) Collective Security Council and a draft of joint assistance measures for Armenia as it failed to condemn Azerbaijan’s aggression against Armenia.',
          },
        ],
      },
      {
        title: { en: 'A number of documents signed at the end of the summit' },
        citations: [
          {
            source: 'pacsto-yerevan-2022',
            passage:
              'According to the Kremlin website, at the end of the summit the CSTO leaders signed a number of documents.',
          },
        ],
      },
    ],
  },
  {
    id: 'cmd-2023-05-25-minsk',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2023-05-25',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    chair: { name: { en: 'Viktor Khrenin', ru: 'Виктор Хренин' }, state: 'BY' },
    agenda: [
      {
        text: {
          en: 'Challenges and threats to military security in the collective security regions; improving the crisis response system',
          ru: 'вызовы и угрозы военной безопасности в регионах коллективной безопасности государств-членов ОДКБ, а также вопросы совершенствования системы кризисного реагирования',
        },
        citations: [
          {
            source: 'belrus-2023-05-23-minsk-cmd-preview',
            passage:
              'Участники заседания обсудят вызовы и угрозы военной безопасности в регионах коллективной безопасности государств-членов ОДКБ, а также вопросы совершенствования системы кризисного реагирования, отметили в ОДКБ.',
            gloss:
              'The participants will discuss challenges and threats to military security in the collective security regions of the CSTO member states and improving the crisis response system, the CSTO said.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Plan of joint training for 2024 and list of joint training events up to 2030 (approved); amendments to the 2023 joint training plan',
          ru: 'план совместной подготовки на 2024 год и перечень мероприятий совместной подготовки до 2030 года',
        },
        citations: [
          {
            source: 'lentakz-2023-05-25-minsk-cmd',
            passage:
              'В ходе пленарного заседания Совет министров обороны ОДКБ рассмотрел и утвердил план совместной подготовки на 2024 год и перечень мероприятий совместной подготовки до 2030 года.\n\nТакже было принято решение о внесении ряда изменений в план совместной подготовки на 2023 год.',
            gloss:
              'In the plenary session the CSTO CMD considered and approved the joint training plan for 2024 and the list of joint training events up to 2030. It was also decided to make a number of changes to the joint training plan for 2023.',
          },
        ],
      },
      {
        title: {
          en: "Documents for the CSC on establishing the medal 'Together for Peace' for contributions to CSTO peacekeeping (submitted)",
          ru: 'документы об учреждении медали «Вместе к миру»',
        },
        citations: [
          {
            source: 'kazpravda-2023-05-25-minsk-cmd',
            passage:
              'Совет министров обороны решил представить Совету коллективной безопасности документы об учреждении медали «Вместе к миру» для награждения лиц, внесших вклад в миротворческую деятельность ОДКБ.',
            gloss:
              "The CMD decided to submit to the CSC documents establishing the medal 'Together for Peace' for persons who contributed to CSTO peacekeeping.",
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'shepherd-2023-05-papikyan-minsk',
            passage:
              'Armenian Defense Minister Suren Papikyan did not go to Minsk and did not participate in the meeting of the Council of Defense Ministers of the Collective Security Treaty Organization (CSTO).',
          },
          {
            source: 'azatutyun-2023-05-papikian-minsk',
            passage:
              'The Armenian Defense Ministry gave no reason for Defense Minister Suren Papikian’s failure to attend the meeting held in Belarus’s capital Minsk.',
          },
        ],
      },
    ],
    note: "Armenia's minister Suren Papikyan did not come; Armenia was represented by its MoD representative in the CSTO Joint Staff, Artak Tonoyan (Reform.news citing News.am): 'Вместо Папикяна в нем участвует представитель Минобороны страны в объединенном штабе ОДКБ Артак Тоноян'.",
    citations: [
      {
        source: 'belrus-2023-05-23-minsk-cmd-preview',
        passage:
          'Заседание Совета министров обороны Организации Договора о коллективной безопасности состоится 25 мая в Минске, сообщил во вторник пресс-секретарь ОДКБ Владимир Зайнетдинов.',
        gloss:
          'The meeting of the Council of Defence Ministers of the Collective Security Treaty Organization will take place on 25 May in Minsk, CSTO press secretary Vladimir Zainetdinov said on Tuesday.',
      },
      {
        source: 'lentakz-2023-05-25-minsk-cmd',
        passage:
          'В Минске под председательством министра обороны Республики Беларусь генерал-лейтенанта Виктора Хренина состоялось заседание Совета министров обороны Организации Договора о коллективной безопасности, сообщает Kazpravda.kz со ссылкой на пресс-службу ОДКБ.',
        gloss:
          'In Minsk, chaired by Belarusian Defence Minister Lt Gen Viktor Khrenin, a meeting of the CSTO Council of Defence Ministers took place.',
      },
      {
        source: 'reform-2023-05-25-minsk-cmd-armenia',
        passage: 'Министр обороны Армении Сурен Папикян не прибыл в Минск на заседание Совета министров обороны ОДКБ.',
        gloss:
          'Armenian Defence Minister Suren Papikyan did not arrive in Minsk for the meeting of the CSTO Council of Defence Ministers.',
      },
      {
        source: 'belrus-2023-05-23-minsk-cmd-preview',
        passage:
          '"Двадцать пятого мая в Минске под председательством министра обороны Республики Беларусь генерал-лейтенанта Виктора Хренина состоится заседание Совета министров обороны Организации Договора о коллективной безопасности"',
        gloss:
          "'On 25 May in Minsk, chaired by Belarusian Defence Minister Lt Gen Viktor Khrenin, a meeting of the CSTO Council of Defence Ministers will take place'",
      },
    ],
  },
  {
    id: 'cssc-2023-06-08-minsk',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2023-06-08',
    place: MINSK,
    host: 'BY',
    agenda: [
      {
        text: {
          en: "Documents on the CSTO regional anti-terrorist operation 'Mercenary' (Naemnik) and on the training of command bodies and formations of the forces and means of the CSTO collective security system",
        },
        citations: [
          {
            source: 'kresy24-2023-06-patrushev-minsk',
            passage:
              'Na posiedzeniu planowane jest rozpatrzenie dokumentów związanych z prowadzeniem regionalnej operacji antyterrorystycznej OUBZ „Najemnik” oraz szkoleniem organów dowodzenia i kierowania oraz formacji sił i środków systemu bezpieczeństwa zbiorowego OUBZ.',
            gloss:
              "The meeting is to consider documents related to the conduct of the CSTO regional anti-terrorist operation 'Mercenary' and the training of command and control bodies and formations of the forces and means of the CSTO collective security system.",
          },
        ],
      },
      {
        text: {
          en: 'Challenges and threats to the security of the member states and ways to neutralize them',
        },
        citations: [
          {
            source: 'kresy24-2023-06-patrushev-minsk',
            passage:
              'Uczestnicy będą także dyskutować o „wyzwaniach i zagrożeniach dla bezpieczeństwa państw członkowskich „rosyjskiego NATO” oraz sposobach ich neutralizacji”.',
            gloss:
              "Participants will also discuss 'challenges and threats to the security of the member states' of the 'Russian NATO' 'and ways of neutralizing them'.",
          },
        ],
      },
    ],
    dateDerivation:
      "Kresy24 (citing TASS; no year or publication date shown) says Patrushev arrives in Minsk on 7 June for two days and that the Committee meets 'on Thursday'; in 2023, 7 June was a Wednesday, so Thursday = 8 June 2023, the day President Lukashenko received the security council secretaries (president.gov.by, BelTA, both dated 8 June 2023). No source spells out 'the Committee met on 8 June 2023'.",
    citations: [
      {
        source: 'kresy24-2023-06-patrushev-minsk',
        passage:
          '7 czerwca do Mińska z dwudniową wizytą przybywa sekretarz Rady Bezpieczeństwa Federacji Rosyjskiej Nikołaj Patruszew, informuje TASS.',
        gloss:
          'On 7 June the Secretary of the Security Council of the Russian Federation Nikolai Patrushev arrives in Minsk on a two-day visit, TASS reports.',
      },
      {
        source: 'kresy24-2023-06-patrushev-minsk',
        passage:
          'W czwartek w Mińsku odbędzie się posiedzenie Komitetu Sekretarzy Rad Bezpieczeństwa państw Organizacji Układu o Bezpieczeństwie Zbiorowym (OUBZ). Patruszew również weźmie w nim udział.',
        gloss:
          'On Thursday a meeting of the Committee of Secretaries of Security Councils of the CSTO states will be held in Minsk. Patrushev will also take part in it.',
      },
      {
        source: 'president-by-en-2023-06-08-secretaries',
        passage:
          'Belarusian President Aleksandr Lukashenko met with the secretaries of the Security Councils of the CSTO member states in Minsk on 8 June.',
      },
      {
        source: 'belta-2023-06-08-lukashenko-secretaries',
        passage:
          '8 июня, Минск /Корр. БЕЛТА/. Президент Беларуси Александр Лукашенко 8 июня встретился с секретарями советов безопасности государств - членов Организации Договора о коллективной безопасности, передает корреспондент БЕЛТА.',
        gloss:
          '8 June, Minsk /BelTA/. President of Belarus Alexander Lukashenko on 8 June met the secretaries of the security councils of the CSTO member states.',
      },
    ],
  },
  {
    id: 'cmfa-2023-06-20-minsk',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2023-06-20',
    place: { en: 'Minsk', ru: 'Минск' },
    host: 'BY',
    agenda: [
      {
        text: {
          en: "State and prospects of the international and regional situation and its impact on member states' security; CSTO cooperation with other international organizations, in particular the UN, CIS and SCO",
          ru: 'Вопросы состояния и перспектив развития международной и региональной обстановки, а также ее влияния на безопасность государств - членов ОДКБ; сотрудничество ОДКБ с другими международными организациями, в частности ООН, СНГ и ШОС',
        },
        citations: [
          {
            source: 'vecherkz-2023-minsk-cmfa',
            passage:
              'В повестку дня встречи включены вопросы состояния и перспектив развития международной и региональной обстановки, а также ее влияния на безопасность государств - членов ОДКБ. Будет также подробно рассмотрена тематика сотрудничества ОДКБ с другими международными организациями, в частности ООН, СНГ и ШОC»',
            gloss:
              "The agenda includes the state and prospects of the international and regional situation and its impact on the security of CSTO member states. CSTO cooperation with other international organizations, in particular the UN, CIS and SCO, will also be examined in detail.'",
          },
        ],
      },
      {
        text: {
          en: "Situation along the Organization's borders and trends in the western, Transcaucasian and Central Asian collective security regions",
        },
        citations: [
          {
            source: 'newsby-2023-minsk-cmfa',
            passage:
              "They discussed the current difficult situation along the organization's borders, as well as development trends in all regions of the collective security zone - in the West, in the Transcaucasus and Central Asia.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement on enhancing security in the CSTO region in the context of the situation in Afghanistan',
        },
        citations: [
          {
            source: 'fortrupertpost-2023-06-lavrov-minsk',
            passage:
              'From the documents on the different political aspects of the current situation, I would like to mention the statement on enhancing security in the CSTO region in the context of the situation in Afghanistan.',
          },
        ],
      },
      {
        title: {
          en: 'Statement on the prevention of an arms race in outer space',
        },
        citations: [
          {
            source: 'fortrupertpost-2023-06-lavrov-minsk',
            passage:
              'Second, the statement emphasises the common approaches of our countries in UN efforts to review specific proposals aimed at preventing an arms race in outer space.',
          },
        ],
      },
      {
        title: {
          en: 'Agreements and protocols on the performance of the Secretariat and the statutory bodies and on administrative and budget issues',
        },
        citations: [
          {
            source: 'fortrupertpost-2023-06-lavrov-minsk',
            passage:
              'The list of documents read out by the CSTO Secretary General includes a number of agreements and protocols on improving the performance of the secretariat and the CSTO charter bodies and enhancing their coordination in resolving a number of current administrative and budget issues.',
          },
        ],
      },
    ],
    note: 'Belarusian MFA gave 19-20 June 2023 as the dates of the CMFA event; Russian MFA and China News report the ministerial meeting itself on 20 June. China News reports that two statement documents were adopted (titles not given). Armenian FM Ararat Mirzoyan attended (China News).',
    citations: [
      {
        source: 'belta-2023-06-15-lavrov-minsk',
        passage:
          'MOSCOW, 15 June (BelTA) - Russian Foreign Minister Sergey Lavrov will attend a meeting of the CSTO Ministerial Council in Minsk on 20 June, Russian Foreign Ministry spokeswoman Maria Zakharova said at a news briefing on 15 June, BelTA has learned.',
      },
      {
        source: 'chinanews-2023-06-21-minsk-cmfa',
        passage:
          'The Foreign Ministers Council Meeting of the Collective Security Treaty Organization (CSTO) was held in Minsk, the capital of Belarus, on the 20th local time.',
      },
      {
        source: 'vecherkz-2023-minsk-cmfa',
        passage: '«19-20 июня 2023 года в городе Минске пройдет заседание Совета министров иностранных дел ОДКБ.',
        gloss: "'On 19-20 June 2023 a meeting of the CSTO Council of Foreign Ministers will be held in Minsk.",
      },
      {
        source: 'sputnikglobe-2023-06-20-lavrov-presser',
        passage:
          'Sputnik is live from Minsk, where Russian top diplomat Sergey Lavrov gives a press conference after a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO).',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2023-06-19/2023-06-20',
            citations: [
              {
                source: 'vecherkz-2023-minsk-cmfa',
                passage:
                  '«19-20 июня 2023 года в городе Минске пройдет заседание Совета министров иностранных дел ОДКБ.',
                gloss: "'On 19-20 June 2023 a meeting of the CSTO Council of Foreign Ministers will be held in Minsk.",
              },
            ],
          },
          {
            value: '2023-06-20',
            citations: [
              {
                source: 'belta-2023-06-15-lavrov-minsk',
                passage:
                  'Russian Foreign Minister Sergey Lavrov will attend a meeting of the CSTO Ministerial Council in Minsk on 20 June',
              },
            ],
          },
        ],
        chosen: '2023-06-20',
        reason:
          "The Belarusian MFA's two-day window likely includes arrivals/informal events; the Russian MFA and China News place the Council meeting on 20 June.",
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
    agenda: [
      {
        text: {
          en: "Military-political situation in the Organization's area of responsibility and adjacent regions; results of multilateral cooperation; prospects of the collective security system",
          ru: 'Военно-политическая обстановка в зоне ответственности Организации и сопредельных регионах; итоги многостороннего сотрудничества; перспективы развития системы коллективной безопасности',
        },
        citations: [
          {
            source: 'paodkb-2023-11-22-joint-minsk',
            passage:
              'Стороны обсудили военно-политическую обстановку в зоне ответственности Организации и сопредельных регионах, а также подвели итоги многостороннего сотрудничества в рамках ОДКБ и обозначили перспективы дальнейшего развития системы коллективной безопасности.',
            gloss:
              "The parties discussed the military-political situation in the Organization's area of responsibility and adjacent regions, summed up multilateral cooperation and outlined prospects for the collective security system.",
          },
        ],
      },
      {
        text: { en: "Priority areas of Kazakhstan's 2024 chairmanship" },
        citations: [
          {
            source: 'kabar-2023-11-23-kulubaev-joint',
            passage:
              'In connection with the transfer of the chairmanship of the CSTO to the Republic of Kazakhstan from January 1, 2024, the Kazakh side presented priority areas of CSTO activity for the coming year.',
          },
        ],
      },
      {
        text: {
          en: "Results of Belarus' chairmanship; military-political situation in the collective security regions; priorities for the intersessional period; Kazakhstan's 2024 chairmanship priorities",
          ru: 'итоги председательства Беларуси в ОДКБ',
        },
        citations: [
          {
            source: 'altyn-2023-11-minsk-joint-kz',
            passage:
              'На нём были подведены итоги председательства Беларуси в ОДКБ. Участники заседания обсудили военно-политическую обстановку в регионах коллективной безопасности и приоритеты деятельности Организации в межсессионный период.',
            gloss:
              "The results of Belarus' CSTO chairmanship were summed up. The participants discussed the military-political situation in the collective security regions and the Organization's priorities in the intersessional period.",
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the CSTO area of responsibility and adjacent areas; multilateral cooperation and prospects of the collective security system',
        },
        citations: [
          {
            source: 'soyuz-2023-11-15-lavrov-minsk',
            passage:
              'During the joint meeting the parties will exchange views on the military-political situation in the CSTO area of responsibility and adjacent areas, review the multilateral cooperation within the CSTO and prospects for further development of the CSTO collective security system, Maria Zakharova noted.',
          },
        ],
      },
    ],
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
            gloss:
              'Among the documents signed is the Statement of the CSTO Foreign Ministers on common approaches to ensuring the security of the Eurasian space.',
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
        gloss:
          'Among the documents signed is the Statement of the CSTO Foreign Ministers on common approaches to ensuring the security of the Eurasian space.',
      },
      {
        source: 'paodkb-2023-11-22-joint-minsk',
        passage:
          '22 ноября накануне саммита ОДКБ в Минске состоялось совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности государств-членов ОДКБ.',
        gloss:
          'On 22 November, on the eve of the CSTO summit in Minsk, a joint meeting of the CMFA, CMD and CSSC of CSTO member states took place.',
      },
      {
        source: 'sputnikby-2023-11-14-joint-announce',
        passage:
          'Заседание сессии Совета коллективной безопасности (СКБ) ОДКБ пройдет в Минске 23 ноября, за день до этого в белорусской столице проведут совместное заседание министры обороны, главы МИДов и секретари Совбезов Организации',
        gloss:
          'The CSC session will take place in Minsk on 23 November; a day before, defence ministers, foreign ministers and security council secretaries will hold a joint meeting in the Belarusian capital',
      },
      {
        source: 'soyuz-2023-11-15-lavrov-minsk',
        passage:
          'Russian Foreign Minister Sergey Lavrov will take part in a joint meeting of the CSTO Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries of Security Councils in Minsk on 22 November',
      },
      {
        source: 'soyuz-2023-11-15-lavrov-minsk',
        passage:
          '"The event will be held under the chairmanship of the Belarusian side, in Minsk, on the eve of the regular session of the CSTO Collective Security Council," Maria Zakharova said.',
      },
      {
        source: 'aravot-2023-11-23-aleinik',
        passage:
          'We, in fact, demonstrated this yesterday during a joint meeting of the Council of Foreign Ministers, Council of Defense Ministers and Secretaries of the Security Councils of the CSTO member countries,',
      },
      {
        source: 'csto-en-2023-11-22-joint-minsk',
        passage:
          'On 22 November 2023, in Minsk, a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries of the Security Councils of the CSTO was held. Representatives of the Republic of Armenia did not take part in the meeting.',
      },
      {
        source: 'belarus-by-2023-11-14-minsk-summit',
        passage:
          '"The CSTO’s Council of Foreign Ministers, the Council of Defense Ministers and the Committee of Secretaries of Security Councils will convene for a joint meeting on the eve of the Collective Security Council session on 22 November,” the press service added.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement of the CSTO foreign ministers on common approaches to ensuring the security of the Eurasian space',
          ru: 'Заявление министров иностранных дел ОДКБ об общих подходах к обеспечению безопасности евразийского пространства',
        },
        citations: [
          {
            source: 'paodkb-2023-11-22-joint-minsk',
            passage:
              'Среди подписанных документов – Заявление министров иностранных дел ОДКБ об общих подходах к обеспечению безопасности евразийского пространства.',
            gloss:
              'Among the signed documents is the Statement of CSTO foreign ministers on common approaches to ensuring the security of the Eurasian space.',
          },
          {
            source: 'kabar-2023-11-23-kulubaev-joint',
            passage:
              'As a result of the joint meeting, the Statement of the Ministers of Foreign Affairs of the CSTO member states “On common approaches to ensuring the security of the Eurasian space” was adopted',
          },
        ],
      },
      {
        title: {
          en: 'Draft documents on a wide range of cooperation issues (approved)',
          ru: 'проекты документов, затрагивающих широкий спектр вопросов сотрудничества',
        },
        citations: [
          {
            source: 'altyn-2023-11-minsk-joint-kz',
            passage:
              'На совместном заседании были одобрены проекты документов, затрагивающих широкий спектр вопросов сотрудничества.',
            gloss: 'At the joint meeting draft documents covering a wide range of cooperation issues were approved.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'vestikavkaza-en-2023-11-23-zakharova',
            passage:
              '"The decision of the Armenian leadership not to participate in the joint session of the abovementioned organizations, we are talking about the formats of the Council of Foreign Ministers, the Council of Defense Ministers, the Committee of Security Councils Secretaries on November 22 and the session of the CSTO Collective Security Council on November 23, is certainly regrettable.',
          },
          {
            source: 'csto-en-2023-11-22-joint-minsk',
            passage: 'Representatives of the Republic of Armenia did not take part in the meeting.',
          },
        ],
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
      {
        text: {
          en: "Secretary General's report on the intersessional period; topical issues of international and regional security; Kazakhstan's priorities for its chairmanship",
        },
        citations: [
          {
            source: 'belarus-by-2023-11-14-minsk-summit',
            passage:
              '"CSTO Secretary General Imangali Tasmagambetov will report on the results of the CSTO activities in the intersessional period. Members of the Collective Security Council are set to discuss topical issues of international and regional security, determine the upcoming tasks, and also adopt a number of documents aimed at ensuring the interests of collective security," the press service said.',
          },
          {
            source: 'belarus-by-2023-11-14-minsk-summit',
            passage:
              "Kazakhstan President Kassym-Jomart Tokayev is expected to present the CSTO priority areas of activity during Kazakhstan's chairmanship. In 2023, the chairmanship is held by Belarus.",
          },
        ],
      },
      {
        text: { en: 'The situation in the Caucasus and the dissatisfaction of one member (Armenia)' },
        citations: [
          {
            source: 'massispost-2023-11-24-minsk-skipped',
            passage:
              '“We will not hide the fact that we also discussed the situation in the Caucasus and certain dissatisfaction of one of the CSTO members.',
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
      {
        source: 'belarus-by-2023-11-14-minsk-summit',
        passage:
          'A session of the CSTO Collective Security Council will be held in Minsk on 23 November under the chairmanship of Belarusian President Aleksandr Lukashenko, BelTA learned from the CSTO press service.',
      },
      {
        source: 'caspian-institute-2023-12-04-belarus-chair',
        passage:
          '23 ноября 2023 года в Минске состоялась сессия Совета коллективной безопасности (СКБ) Организации договора о коллективной безопасности (ОДКБ)',
        gloss: 'On 23 November 2023 a session of the CSTO Collective Security Council took place in Minsk',
      },
    ],
    documents: [
      {
        title: {
          en: '15 documents signed, including the Declaration of the CSTO Collective Security Council',
          ru: '15 документов; декларация Совета коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'livenews24-2023-minsk-15-documents',
            passage:
              'Уточняется, что лидерами стран организации были подписаны 15 документов.\nКак отмечается, утверждена декларация Совета коллективной безопасности ОДКБ, которая должна подчеркнуть основные принципы работы организации.',
            gloss:
              "It is specified that the leaders of the organization's countries signed 15 documents. As noted, the Declaration of the CSTO Collective Security Council was approved, which is to emphasise the main principles of the organization's work.",
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'rferl-2023-11-23-minsk',
            passage:
              'Leaders of the Collective Security Treaty Organization (CSTO) discussed "urgent problems of international and regional security" at a summit in Minsk on November 23 that was notable for the absence of a representative from member-state Armenia.',
          },
          {
            source: 'caspian-institute-2023-12-04-belarus-chair',
            passage:
              '23 ноября 2023 года в Минске состоялась сессия Совета коллективной безопасности (СКБ) Организации договора о коллективной безопасности (ОДКБ) с участием лидеров государств (за исключением Армении), входящих в данный альянс.',
            gloss:
              "On 23 November 2023 a session of the CSTO Collective Security Council took place in Minsk with the participation of the leaders of the alliance's states (except Armenia).",
          },
          {
            source: 'eurointegration-2023-11-23-putin-minsk',
            passage:
              'Ожидается, что во встрече ОДКБ, в которую входят Беларусь, Армения, Казахстан, Кыргызстан, Россия и Таджикистан, не будет участвовать премьер Армении Никол Пашинян.',
            gloss:
              'Armenian Prime Minister Nikol Pashinyan is expected not to take part in the CSTO meeting, which includes Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
          },
        ],
      },
    ],
  },
  {
    id: 'permanent-council-2024-01-10',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-01-10',
    chair: { name: { en: 'Marat Syzdykov', ru: 'Марат Сыздыков' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: "Draft Action Plan for implementing the decisions of the November 2023 CSC session; implementation of priorities under Kazakhstan's chairmanship",
        },
        citations: [
          {
            source: 'menafn-trend-2024-01-10',
            passage:
              "The meeting considered a number of documents, including a draft Action Plan for the implementation of the decisions of the CSTO Collective Security Council's November (2023) session, as well as the implementation of priority areas of the organization's activities under Kazakhstan's chairmanship.",
          },
        ],
      },
    ],
    dateDerivation:
      "Trend item datelined 'January 10' (2024) reports the meeting as held; Liter.kz (10.01.2024) says the first 2024 meeting 'has begun'. Date taken from the datelines.",
    note: "First Permanent Council meeting of Kazakhstan's 2024 chairmanship, with election of the Kazakh representative as chairman under the rotation principle. Place and format not stated in the cited passages.",
    citations: [
      {
        source: 'menafn-trend-2024-01-10',
        passage:
          "ASTANA, Kazakhstan, January 10. The first meeting of the CSTO (Collective Security Treaty Organization) Permanent Council in 2024 has been held under the chairmanship of Kazakhstan, Trend reports via the country's government.",
      },
      {
        source: 'menafn-trend-2024-01-10',
        passage:
          "Taking into consideration Kazakhstan's chairmanship of the organization from January 1st of this year, the country's permanent representative to the CSTO, Marat Syzdykov, was elected chairman of the Permanent Council in accordance with the rotation concept.",
      },
      {
        source: 'liter-kz-2024-01-10',
        passage:
          '10.01.2024, 14:03\nПостоянный совет Организации Договора о коллективной безопасности (ОДКБ) возглавил Марат Сыздыков, передает Liter.kz.',
        gloss:
          '10.01.2024, 14:03. The Permanent Council of the CSTO is now headed by Marat Syzdykov, Liter.kz reports.',
      },
    ],
  },
  {
    id: 'cmd-2024-05-31-almaty',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-05-31',
    place: { en: 'Almaty', ru: 'Алматы' },
    host: 'KZ',
    agenda: [
      {
        text: {
          en: 'Challenges and threats to military security in the CSTO collective security regions; priority directions of cooperation in defence and security',
          ru: 'вызовы и угрозы в области военной безопасности в регионах коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'optimism-2024-05-31-almaty-cmd',
            passage:
              'На встрече были обсуждены вызовы и угрозы в области военной безопасности в регионах коллективной безопасности ОДКБ. Стороны обменялись мнениями и выразили свое видение приоритетных направлений развития сотрудничества в области военной безопасности.',
            gloss:
              'The meeting discussed challenges and threats to military security in the CSTO collective security regions; the parties exchanged views on priority directions of cooperation in military security.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Documents on planning joint training of the CSTO Collective Forces and equipping them with modern weapons and equipment',
          ru: 'документы, касающиеся планирования совместной подготовки Коллективных сил ОДКБ, их оснащения современным вооружением и техникой',
        },
        citations: [
          {
            source: 'optimism-2024-05-31-almaty-cmd',
            passage:
              'На пленарном заседании были приняты документы, касающиеся планирования совместной подготовки Коллективных сил ОДКБ, их оснащения современным вооружением и техникой.',
            gloss:
              'At the plenary session documents were adopted on planning joint training of the CSTO Collective Forces and equipping them with modern weapons and equipment.',
          },
        ],
      },
    ],
    dateDerivation:
      'The Optimism.kz report is dated 2024-05-31 (URL and page); Belousov arrived in Almaty on 30 May 2024 (Inforos). The report does not repeat the day in its text.',
    note: "Opened by Kazakh Defence Minister Ruslan Zhaksylykov (Kazakhstan chaired the CSTO in 2024); sources found do not use the word 'chaired'.",
    citations: [
      {
        source: 'optimism-2024-05-31-almaty-cmd',
        passage:
          'В Алматы состоялось заседание Совета министров обороны государств – членов ОДКБ, где рассмотрены вопросы обеспечения коллективной безопасности.',
        gloss:
          'A meeting of the CSTO Council of Defence Ministers took place in Almaty, where collective security issues were considered.',
      },
      {
        source: 'optimism-2024-05-31-almaty-cmd',
        passage: 'Заседание открыл министр обороны Казахстана генерал-полковник Руслан Жаксылыков.',
        gloss: "The meeting was opened by Kazakhstan's Defence Minister Colonel General Ruslan Zhaksylykov.",
      },
      {
        source: 'inforos-2024-05-30-almaty-cmd-preview',
        passage:
          'Глава Минобороны России Андрей Белоусов прибыл с рабочим визитом в Алма-Ату, где примет участие в заседании Совета министров обороны Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'Russian Defence Minister Andrei Belousov arrived on a working visit in Almaty, where he will take part in the meeting of the CSTO Council of Defence Ministers.',
      },
    ],
  },
  {
    id: 'cssc-2024-06-06-almaty',
    body: 'cssc',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-06-06',
    place: { en: 'Almaty', ru: 'Алма-Ата' },
    host: 'KZ',
    agenda: [
      {
        text: {
          en: 'Report of the Secretary General on the situation in the CSTO area of responsibility and measures to neutralise challenges and threats',
        },
        citations: [
          {
            source: 'csto-en-2024-06-06-almaty-cssc',
            passage:
              'During the meeting, the CSTO Secretary General Imangali Tasmagambetov made a report on the situation in the CSTO area of responsibility and measures aimed at neutralizing challenges and threats to the security of Collective Security Treaty Organization member states.',
          },
        ],
      },
      {
        text: {
          en: "Countering international terrorism, cybercrime, illegal trafficking in drugs and weapons, organised transnational crime; Kazakhstan's chairmanship priorities",
        },
        citations: [
          {
            source: 'kazinform-2024-06-almaty-cssc',
            passage:
              'Special attention was given to the measures of countering the acute challenges and threats, such as international terrorism, cybercrimes, illegal trafficking in drugs and weapons, and organized transnational crimes.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: "Draft CSC decision 'On the CSTO target interstate programme on strengthening the Tajik-Afghan border' (approved)",
        },
        citations: [
          {
            source: 'kazinform-2024-06-almaty-cssc',
            passage:
              'The participants approved the draft decision of the CSTO Collective Security Council “On CSTO’s target interstate program on strengthening the Tajik-Afghan border.”',
          },
        ],
      },
    ],
    note: "Chaired by the Kazakh side (Security Council Secretary Gizat Nurdauletov informed colleagues of Kazakhstan's position). Next regular meeting set for November 2024 in Astana. Armenia, which had frozen its participation, is not reported among participants in the cited passages.",
    citations: [
      {
        source: 'csto-en-2024-06-06-almaty-cssc',
        passage:
          'On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan.',
      },
      {
        source: 'tass-en-2024-06-21-cmfa-almaty',
        passage:
          'In the run-up to the meeting, CSTO Secretary General Imangali Tasmagambetov and secretaries of security councils of the member states discussed measures to neutralize common threats at a meeting in Almaty on June 6.',
      },
      {
        source: 'tass-2024-06-06-shoigu-kz',
        passage:
          'МОСКВА, 6 июня. /ТАСС/. Секретарь Совета безопасности России Сергей Шойгу будет участвовать в заседании Комитета секретарей советов безопасности Организации Договора о коллективной безопасности (ОДКБ) в Казахстане.',
        gloss:
          'MOSCOW, 6 June (TASS). Russian Security Council Secretary Sergei Shoigu will take part in the meeting of the CSTO Committee of Secretaries of Security Councils in Kazakhstan.',
      },
    ],
  },
  {
    id: 'cmfa-2024-06-21-almaty',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-06-21',
    place: { en: 'Almaty', ru: 'Алма-Ата' },
    host: 'KZ',
    chair: { name: { en: 'Murat Nurtleu', ru: 'Мурат Нуртлеу' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: "International and regional situation and its impact on member states' security; prospects for a security architecture in the Eurasian space",
        },
        citations: [
          {
            source: 'belta-2024-06-21-almaty-cmfa',
            passage:
              'The ministers exchanged views on the international and regional situation and its impact on the security of the CSTO states and discussed the prospects for building a security architecture in the Eurasian space.',
          },
        ],
      },
      {
        text: {
          en: 'Nine draft documents, including CSC draft decisions on the targeted interstate programme for strengthening the Tajik-Afghan border and on changes to the 2024 budget',
        },
        citations: [
          {
            source: 'kazinform-2024-almaty-cmfa',
            passage:
              'As CSTO Director General Tassmagambetov said, the CSTO Collective Security Council’s resolutions on the target interstate program of the CSTO on strengthening the Tajik-Afghan border as well as on changes to the budget of the organization for 2024 were submitted for approval.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Draft Targeted Interstate Program for strengthening the Tajik-Afghan border (approved) and documents on peacekeeping, financial and organizational activity and CSTO international treaties',
        },
        citations: [
          {
            source: 'turanews-2024-almaty-cmfa',
            passage:
              'Following deliberations, the ministers approved the draft Targeted Interstate Program for bolstering the Tajik-Afghan border, along with several documents focusing on peacekeeping efforts, financial and organizational activities, and the development of international treaties within the CSTO framework.',
          },
        ],
      },
      {
        title: {
          en: "Political statements on Afghanistan, on stabilization in the Middle East and North Africa, on the peaceful use of outer space, on the 80th anniversary of Belarus's liberation from Nazi occupation, and on international information security",
        },
        citations: [
          {
            source: 'turanews-2024-almaty-cmfa',
            passage:
              'The Council also endorsed political statements concerning Afghanistan, stabilization efforts in the Middle East and North Africa, the peaceful use of outer space, commemorating Belarus’s liberation from Nazi occupation, and enhancing information security.',
          },
        ],
      },
      {
        title: {
          en: 'Resolution of the foreign ministers on methodological recommendations for preparing and holding drills of peacekeeping contingents of the CSTO peacekeeping force',
        },
        citations: [
          {
            source: 'kazinform-2024-almaty-cmfa',
            passage:
              '- Resolution of the ministers of foreign affairs of the CSTO member states on methodological recommendations for preparation and holding drills of peacekeeping contingents of the Organization’s member countries, being part of the CSTO peacekeeping force;',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'tass-en-2024-06-21-cmfa-almaty',
            passage:
              'Armenian Foreign Minister Ararat Mirzoyan will not attend the meeting in Kazakhstan, making it the first such event without Armenia’s participation.',
          },
          {
            source: 'sputnikam-2024-almaty-next-cmfa',
            passage:
              'сказал он в ходе расширенного заседания министров иностранных дел ОДКБ в Алма-Ате, где не принимала участие армянская сторона.',
            gloss:
              'he said during the expanded meeting of CSTO foreign ministers in Almaty, in which the Armenian side did not take part.',
          },
        ],
      },
    ],
    citations: [
      {
        source: 'turanews-2024-almaty-cmfa',
        passage:
          'Almaty hosted a significant gathering on June 21st as the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO) convened under the chairmanship of Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan.',
      },
      {
        source: 'belta-2024-06-21-almaty-cmfa',
        passage:
          'MINSK, 21 June (BelTA) - Belarusian Minister of Foreign Affairs Sergei Aleinik took part in a meeting of the CSTO Foreign Ministers Council of the member states of the Collective Security Treaty Organization in Almaty, Kazakhstan on 21 June, BelTA learned from the press service of the Belarusian Ministry of Foreign Affairs.',
      },
    ],
  },
  {
    id: 'cmfa-2024-09-26-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2024-09-26',
    place: { en: 'New York', ru: 'Нью-Йорк' },
    chair: { name: { en: 'Murat Nurtleu', ru: 'Мурат Нуртлеу' }, state: 'KZ' },
    agenda: [
      {
        text: {
          en: 'Global and regional security; coordination of CSTO countries at the UN; preparations for the CSC session in Astana on 28 November',
        },
        citations: [
          {
            source: 'tass-2024-09-26-ny',
            passage:
              'According to the Russian Foreign Ministry, the top diplomats also discussed preparations for the next session of the CSTO Collective Security Council set to be held in Kazakhstan’s capital of Astana on November 28.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'abcmedia-2024-ny-mirzoyan-absent',
            passage:
              'Russian Foreign Minister Sergey Lavrov met with CSTO partners within the General Assembly High-level Week 2024, Armenian Foreign Minister Ararat Mirzoyan unexpectedly ignored the meeting, Kommersant writes.',
          },
          {
            source: 'armenianreport-2024-ny-boycott',
            passage:
              'This absence was confirmed through a photo showing representatives from Russia, Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan in attendance, but no one representing Armenia.',
          },
        ],
      },
    ],
    dateDerivation:
      "TASS dateline 26 September reports the meeting as held; Anadolu (27/09/2024) says 'on Thursday' = 26 September 2024.",
    note: 'Anadolu lists the attendees as the foreign ministers of Kazakhstan, Russia, Belarus, Kyrgyzstan and Tajikistan (Armenia, which has suspended its participation, is not listed).',
    citations: [
      {
        source: 'tass-2024-09-26-ny',
        passage:
          'MOSCOW, September 26. /TASS/. Russian Foreign Minister Sergey Lavrov has discussed security issues with his counterparts from Collective Security Treaty Organization (CSTO) member states on the sidelines of the 79th session of the UN General Assembly in New York, the Foreign Ministry said in a statement.',
      },
      {
        source: 'aa-2024-09-27-ny',
        passage:
          'The foreign ministers of the Collective Security Treaty Organization (CSTO) members on Thursday held talks in New York on the sidelines of the 79th session of the UN General Assembly.',
      },
      {
        source: 'aa-2024-09-27-ny',
        passage:
          'During the meeting chaired by Kazakh Foreign Minister Murat Nurtleu, the top diplomats exchanged views on topical issues of the UN General Assembly session and discussed priority areas of cooperation between the UN and the CSTO, said a statement by the Kazakh Foreign Ministry.',
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
    agenda: [
      {
        text: {
          en: 'Military-political situation in the collective security regions; results of cooperation and prospects of the collective security system',
          ru: 'Обмен мнениями о военно-политической обстановке в регионах коллективной безопасности, итоги сотрудничества и перспективы дальнейшего развития системы коллективной безопасности',
        },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage:
              'Участники заседания обменялись мнениями о военно-политической обстановке в регионах коллективной безопасности, обсудили итоги сотрудничества и перспективы дальнейшего развития системы коллективной безопасности',
            gloss:
              'Participants exchanged views on the military-political situation in the collective security regions and discussed the results of cooperation and prospects of the collective security system',
          },
        ],
      },
      {
        text: {
          en: 'Preparations for the joint celebration of the 80th anniversary of Victory in the Great Patriotic War',
          ru: 'Подготовка к совместному празднованию 80-летия Победы в Великой Отечественной войне 1941-1945 годов',
        },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage:
              'Отдельное внимание было уделено вопросам подготовки к совместному празднованию 80-летия Победы в Великой Отечественной войне 1941-1945 годов.',
            gloss:
              'Special attention was paid to preparations for the joint celebration of the 80th anniversary of Victory in the Great Patriotic War 1941-1945.',
          },
        ],
      },
      {
        text: {
          en: "Priorities of Kyrgyzstan's 2025 chairmanship",
          ru: 'Приоритеты председательства Кыргызской Республики в ОДКБ в 2025 году',
        },
        citations: [
          {
            source: 'sbby-2024-11-astana-joint',
            passage:
              'Планируется, что Кыргызская Республика проинформирует о приоритетах своего председательства в ОДКБ в 2025 году.',
            gloss: 'Kyrgyzstan is expected to inform about the priorities of its 2025 CSTO chairmanship.',
          },
        ],
      },
      {
        text: {
          en: 'Military-political situation in the collective security regions; results of cooperation and prospects for the collective security system',
          ru: 'обменялись мнениями о военно-политической обстановке в регионах коллективной безопасности, обсудили итоги сотрудничества и перспективы дальнейшего развития системы коллективной безопасности',
        },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage:
              'Участники заседания обменялись мнениями о военно-политической обстановке в регионах коллективной безопасности, обсудили итоги сотрудничества и перспективы дальнейшего развития системы коллективной безопасности"',
            gloss:
              'The participants exchanged views on the military-political situation in the collective security regions and discussed results of cooperation and prospects of the collective security system.',
          },
        ],
      },
      {
        text: {
          en: "Kyrgyzstan's priorities for its 2025 chairmanship",
          ru: 'приоритетах своего председательства в Организации в 2025 году',
        },
        citations: [
          {
            source: 'khovar-2024-11-26-astana-joint',
            passage:
              'Планируется, что Кыргызская Республика проинформирует о приоритетах своего председательства в Организации в 2025 году.',
            gloss:
              'Kyrgyzstan is expected to inform about the priorities of its chairmanship of the Organization in 2025.',
          },
        ],
      },
      {
        text: { en: 'Kyrgyzstan to present the priorities of its 2025 chairmanship (planned)' },
        citations: [
          {
            source: 'khovar-2024-11-26-astana-joint',
            passage:
              'Планируется, что Кыргызская Республика проинформирует о приоритетах своего председательства в Организации в 2025 году.',
            gloss:
              'It is planned that the Kyrgyz Republic will inform about the priorities of its chairmanship of the Organization in 2025.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'oragark-2024-11-astana',
            passage:
              '“Our Armenian colleagues have regrettably declined to participate in person,” Viktor Vasiliev, Russia’s ambassador to the CSTO headquarters in Moscow, told RIA Novosti. He added, however, that Armenia does not object to the adoption of the summit’s documents in a limited format.',
          },
        ],
      },
    ],
    note: 'Announced by the organisation’s press service for the same day and city as the Council’s session.',
    citations: [
      {
        source: 'sbby-2024-11-astana-joint',
        passage:
          'Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности, а также сессия Совета коллективной безопасности ОДКБ пройдут 28 ноября в Астане.',
        gloss:
          'The joint meeting of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils, as well as the session of the CSTO Collective Security Council, will take place on 28 November in Astana.',
      },
      {
        source: 'kt-2024-11-28-astana-joint',
        passage:
          'Астана. 28 ноября. KAZAKHSTAN TODAY - В Астане под председательством Казахстанской стороны состоялось совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ.',
        gloss:
          'Astana, 28 November (Kazakhstan Today). A joint meeting of the CMFA, CMD and CSSC of the CSTO took place in Astana chaired by the Kazakh side.',
      },
      {
        source: 'khovar-2024-11-26-astana-joint',
        passage:
          '28 ноября 2024 года в Астане (Казахстан) состоятся совместное заседание Совета министров иностранных дел (СМИД), Совета министров обороны (СМО) и Комитета секретарей советов безопасности (КССБ), а также сессия Совета коллективной безопасности Организации Договора о коллективной безопасности',
        gloss:
          'On 28 November 2024 in Astana a joint meeting of the CFM, CMD and CSSC, and a CSC session of the CSTO will take place',
      },
      {
        source: 'checkpoint-2024-11-28-astana-joint',
        passage:
          'В Астане под председательством Казахстана состоялось совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей Совбезов Организации Договора о коллективной безопасности.',
        gloss: 'In Astana, chaired by Kazakhstan, a joint meeting of the CFM, CMD and CSSC of the CSTO took place.',
      },
    ],
    documents: [
      {
        title: {
          en: 'Documents submitted to the CSC approved; decisions on strengthening allied ties, foreign-policy coordination and the development of the Collective Forces',
          ru: 'Одобрен ряд документов, выносимых на рассмотрение Совета коллективной безопасности ОДКБ, а также приняты решения, направленные на дальнейшее укрепление союзнических связей, наращивание внешнеполитической координации и развитие Коллективных сил',
        },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage:
              'Был одобрен ряд документов, выносимых на рассмотрение Совета коллективной безопасности ОДКБ, а также приняты решения, направленные на дальнейшее укрепление союзнических связей, наращивание внешнеполитической координации и развитие Коллективных сил.',
            gloss:
              'A number of documents submitted to the CSC were approved, and decisions were taken aimed at further strengthening allied ties, increasing foreign-policy coordination and developing the Collective Forces.',
          },
        ],
      },
      {
        title: {
          en: 'Documents to be submitted to the CSC (approved); decisions on strengthening allied ties, foreign-policy coordination and development of the Collective Forces',
          ru: 'ряд документов, выносимых на рассмотрение Совета коллективной безопасности ОДКБ',
        },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage:
              'Был одобрен ряд документов, выносимых на рассмотрение Совета коллективной безопасности ОДКБ, а также приняты решения, направленные на дальнейшее укрепление союзнических связей, наращивание внешнеполитической координации и развитие Коллективных сил.',
            gloss:
              'A number of documents to be submitted to the CSC were approved, and decisions were adopted on further strengthening allied ties, increasing foreign-policy coordination and developing the Collective Forces.',
          },
        ],
      },
      {
        title: { en: 'A number of documents submitted to the Collective Security Council (approved)' },
        citations: [
          {
            source: 'kt-2024-11-28-astana-joint',
            passage: 'Был одобрен ряд документов, выносимых на рассмотрение Совета коллективной безопасности ОДКБ',
            gloss: 'A number of documents to be submitted to the CSTO Collective Security Council were approved',
          },
        ],
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
    agenda: [
      {
        text: {
          en: "Regional and international security; situation in the CSTO area of responsibility; results of joint work; plans for the 80th anniversary of Victory; Kyrgyzstan's priorities for its 2025 chairmanship",
        },
        citations: [
          {
            source: 'sputnikglobe-2024-11-28-whats-on-table',
            passage:
              'Apart from security issues, participants will discuss the situation in the CSTO area of responsibility, summarize the results of joint work, and determine plans for celebrating the 80th anniversary of Victory Day in the 1941-1945 Great Patriotic War.',
          },
        ],
      },
    ],
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
        gloss:
          'The joint meeting of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils, as well as the session of the CSTO Collective Security Council, will take place on 28 November in Astana.',
      },
      {
        source: 'timesca-2024-astana-csto-summit',
        passage: 'Kazakh President Kassym-Jomart Tokayev chaired the session of the CSTO Collective Security Council.',
      },
      {
        source: 'belta-2024-11-28-lukashenko-astana',
        passage:
          'ASTANA, 28 November (BelTA) — Belarusian President Aleksandr Lukashenko has arrived at the summit of the Collective Security Treaty Organization in Astana.',
      },
      {
        source: 'aa-usmuslims-2024-astana-summit',
        passage:
          'The meeting of the CSTO’s Collective Security Council was held under the chairmanship of Kazakh President Kassym-Jomart Tokayev and with the participation of his Belarusian, Kyrgyz, Russian, and Tajik counterparts',
      },
      {
        source: 'panorama-2024-10-30-astana-nov-28',
        passage:
          '"The heads of the CSTO [Collective Security Treaty Organization] countries will meet in Astana on November 28, and an informal meeting of the CIS heads of state will take place, as per tradition, at the end of December," Belarus\'s BelTA state news agency quoted Lebedev as saying.',
      },
    ],
    documents: [
      {
        title: { en: '14 documents, including a declaration on further developing the CSTO' },
        citations: [
          {
            source: 'aa-usmuslims-2024-astana-summit',
            passage:
              'Following the meeting, the heads of state inked 14 separate documents, including a declaration in which they declared their commitment to further develop the CSTO and their intention to continue interaction between member states.',
          },
        ],
      },
      {
        title: { en: 'Statement on the upcoming 80th anniversary of Victory in the Great Patriotic War (expected)' },
        citations: [
          {
            source: 'sputnikglobe-2024-11-28-whats-on-table',
            passage:
              'The CSTO leaders are expected to sign at least 14 documents, including the summit’s final declaration, which will reflect the members’ unified approach to key issues of international and regional agenda, according to Russia’s presidential aide Yury Ushakov.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'aa-usmuslims-2024-astana-summit',
            passage:
              'Among the members of CSTO -- Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan -- only Armenia did not take part in the summit, as Yerevan suspended its participation in the organization earlier this year.',
          },
          {
            source: 'sputnikglobe-2024-11-28-whats-on-table',
            passage:
              'The sixth member state, Armenia, will not participate but has no objections to the planned documents being adopted at the summit.',
          },
        ],
      },
    ],
    chair: { name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' }, state: 'KZ' },
  },
  {
    id: 'permanent-council-2025-01-16',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2025-01-16',
    chair: {
      name: {
        en: 'Mirlan Turgunbekov',
        ru: 'Мирлан Тургунбеков',
      },
      state: 'KG',
    },
    agenda: [
      {
        text: {
          en: 'Transfer of the Permanent Council chairmanship from Marat Syzdykov (Kazakhstan) to Mirlan Turgunbekov (Kyrgyzstan)',
        },
        citations: [
          {
            source: 'centralasianews-2025-01-pc',
            passage: 'Он сменил коллегу из Казахстана Марата Сыздыкова, который возглавлял Совет в прошлом году.',
            gloss: 'He succeeded his colleague from Kazakhstan Marat Syzdykov, who headed the Council last year.',
          },
        ],
      },
      {
        text: {
          en: "Motto proposed by the new chairman for the year: '80 years of the Great Victory!'",
          ru: 'девиз «80 лет Великой Победы!»',
        },
        citations: [
          {
            source: 'centralasianews-2025-01-pc',
            passage:
              'В рамках того же заседания новый председатель предложил девиз для Совета на предстоящий год — «80 лет Великой Победы!».',
            gloss:
              "At the same meeting the new chairman proposed a motto for the Council for the coming year — '80 years of the Great Victory!'.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Plan of events of the Organization for 2025 (approved)',
          ru: 'план мероприятий Организации на 2025 год',
        },
        citations: [
          {
            source: 'centralasianews-2025-01-pc',
            passage: 'В завершение встречи участники утвердили план мероприятий Организации на 2025 год.',
            gloss: "At the end of the meeting the participants approved the Organization's plan of events for 2025.",
          },
        ],
      },
    ],
    dateDerivation:
      "The passage gives '16 января' (16 January) without a year and calls it 'первое заседание Постоянного совета ОДКБ в 2025 году' (the first meeting of the CSTO Permanent Council in 2025), so 16 January 2025.",
    note: 'Format (in-person) not stated by the sources; assumed.',
    citations: [
      {
        source: 'centralasianews-2025-01-pc',
        passage:
          '16 января прошло первое заседание Постоянного совета ОДКБ в 2025 году, в ходе которого был назначен новый председатель. Руководство было передано Мирлану Тургунбекову, представителю Кыргызской Республики.',
        gloss:
          'On 16 January the first meeting of the CSTO Permanent Council in 2025 took place, at which a new chairman was appointed. The chairmanship was handed to Mirlan Turgunbekov, representative of the Kyrgyz Republic.',
      },
    ],
  },
  {
    id: 'cmd-2025-05-28-bishkek',
    body: 'cmd',
    kind: 'regular',
    status: 'held',
    format: 'in-person',
    date: '2025-05-28',
    place: { en: 'Bishkek', ru: 'Бишкек' },
    host: 'KG',
    chair: { name: { en: 'Ruslan Mukambetov', ru: 'Руслан Мукамбетов' }, state: 'KG' },
    agenda: [
      {
        text: {
          en: "Challenges and threats to military security in the CSTO collective security regions; development of the Organization's military component",
        },
        citations: [
          {
            source: 'kt-2025-05-28-bishkek-cmd',
            passage:
              "During today's talks, the participants will discuss the challenges and threats to military security in the CSTO collective security regions and the development of the military component of the organization.",
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Six documents proposed for consideration and signing (per the CSTO Secretary General)',
          ru: '6 документов',
        },
        citations: [
          {
            source: 'kabar-2025-05-28-bishkek-cmd-docs',
            passage: 'По его словам, для рассмотрения и подписания предлагается 6 документов.',
            gloss: 'According to him, 6 documents are proposed for consideration and signing.',
          },
        ],
      },
      {
        title: {
          en: 'Plan for the development of military cooperation of the CSTO member states for 2026-2030 (considered and approved; draft CSC decision)',
          ru: 'План развития военного сотрудничества государств-членов Организации Договора о коллективной безопасности на 2026-2030 годы',
        },
        citations: [
          {
            source: 'tass-2025-05-28-bishkek-cmd',
            passage:
              '"On May 28, 2025, Bishkek hosted a meeting of CSTO defense ministers. At the meeting, a defense cooperation plan for 2026-2030 was considered and adopted," the ministry said.',
          },
          {
            source: 'kabar-2025-05-28-bishkek-cmd-docs',
            passage:
              'Проект решения Совета коллективной безопасности ОДКБ "О плане развития военного сотрудничества государственных организаций договора о коллективной безопасности на 2026-2030 годы".',
            gloss:
              "Draft CSC decision 'On the plan for the development of military cooperation of the CSTO member states for 2026-2030'.",
          },
        ],
      },
      {
        title: {
          en: 'Draft CSC decision amending the CSC decision of 15 September 2015 on command and control of the CSTO Troops (Collective Forces)',
          ru: 'О внесении изменений в решение Совета коллективной безопасности, организации договора о коллективной безопасности от 15 сентября 2015 года об организации управления войсками, коллективными силами',
        },
        citations: [
          {
            source: 'kabar-2025-05-28-bishkek-cmd-docs',
            passage:
              'Проект решения Совета коллективной безопасности ОДКБ "О внесении изменений в решение Совета коллективной безопасности, организации договора о коллективной безопасности от 15 сентября 2015 года об организации управления войсками, коллективными силами, организацией договора о коллективной безопасности".',
            gloss:
              'Draft CSC decision amending the CSC decision of 15 September 2015 on organizing command and control of the CSTO troops (collective forces).',
          },
        ],
      },
      {
        title: {
          en: 'Draft CMD decision on the plan of joint training of command bodies and formations of the collective security system',
          ru: 'О плане совместной подготовки органов управления и формирования сил и средств системы коллективной безопасности',
        },
        citations: [
          {
            source: 'kabar-2025-05-28-bishkek-cmd-docs',
            passage:
              'Проект решения Совета министров обороны, ОДКБ "О плане совместной подготовки органов управления и формирования сил и средств системы коллективной безопасности, организации договора о коллективной безопасности',
            gloss:
              "Draft CMD decision 'On the plan of joint training of command bodies and formations of forces and means of the collective security system of the CSTO' (title truncated in the text read)",
          },
        ],
      },
    ],
    citations: [
      {
        source: 'tass-2025-05-28-bishkek-cmd',
        passage: '"On May 28, 2025, Bishkek hosted a meeting of CSTO defense ministers.',
      },
      {
        source: 'knews-2025-05-27-bishkek-cmd-preview',
        passage:
          '27 – 28 мая 2025 года в Бишкеке состоится очередное заседание Совета министров обороны государств — членов Организации Договора о коллективной безопасности.',
        gloss:
          'On 27-28 May 2025 the regular meeting of the CSTO Council of Defence Ministers will take place in Bishkek.',
      },
      {
        source: 'knews-2025-05-27-bishkek-cmd-preview',
        passage:
          'В работе СМО ОДКБ, которое пройдет под председательством министра обороны Кыргызстана Руслана Мукамбетова',
        gloss: 'The CSTO CMD, to be chaired by Kyrgyz Defence Minister Ruslan Mukambetov',
      },
      {
        source: 'kt-2025-05-28-bishkek-cmd',
        passage: 'The meeting is being chaired by the Minister of Defense of the Kyrgyz Republic, Ruslan Mukambetov.',
      },
    ],
  },
  {
    id: 'cmfa-2025-06-30-cholpon-ata',
    body: 'cmfa',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2025-06-30',
    place: { en: 'Cholpon-Ata', ru: 'Чолпон-Ата' },
    host: 'KG',
    agenda: [
      {
        text: {
          en: 'Current state of the international and regional situation and its impact on the security of CSTO member states',
        },
        citations: [
          {
            source: 'mfaby-2025-06-30-cholpon-ata',
            passage:
              'During the meeting, a thorough and frank exchange of views took place on the current state of the international and regional situation and its impact on the security of CSTO member states.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'ria-2025-06-30-armenia-absent',
            passage: '«Министр иностранных дел Армении Мирзоян не приедет», — заявили в МИД Армении.',
            gloss: "'Armenian Foreign Minister Mirzoyan will not come,' the Armenian MFA said.",
          },
        ],
      },
    ],
    note: "The ministers were received by the Chairman of the CSC, Kyrgyz President Sadyr Zhaparov (Belarusian MFA: 'hosted by the Chairman of the CSTO Collective Security Council, the President of the Kyrgyz Republic, Sadyr Zhaparov').",
    citations: [
      {
        source: 'mfaby-2025-06-30-cholpon-ata',
        passage:
          'On June 30, 2025 a meeting of the Council of Ministers of Foreign Affairs of the Collective Security Treaty Organisation was held in Cholpon-Ata (Kyrgyz Republic), attended by the Minister of Foreign Affairs of the Republic of Belarus, Maxim Ryzhenkov.',
      },
      {
        source: 'tass-2025-06-29-kulubaev',
        passage: '30 июня он примет участие в заседании Совета министров иностранных дел стран - участниц ОДКБ.',
        gloss: 'On 30 June he [Lavrov] will take part in the meeting of the CSTO Council of Foreign Ministers.',
      },
    ],
  },
  {
    id: 'cmfa-2025-09-25-new-york',
    body: 'cmfa',
    kind: 'informal',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2025-09-25',
    place: { en: 'New York', ru: 'Нью-Йорк' },
    chair: { name: { en: 'Jeenbek Kulubaev', ru: 'Жээнбек Кулубаев' }, state: 'KG' },
    agenda: [
      {
        text: {
          en: 'International and regional security with emphasis on the CSTO area of responsibility; coordination at the UN; preparation of the CSC session in Bishkek on 27 November 2025',
          ru: 'Актуальные вопросы международной и региональной безопасности с акцентом на положение дел в зоне ответственности ОДКБ; подготовка к сессии СКБ ОДКБ в Бишкеке 27 ноября 2025 года',
        },
        citations: [
          {
            source: 'tass-2025-09-25-ny',
            passage:
              'Там отметили, что министры также обсудили ход подготовки к очередной сессии Совета коллективной безопасности ОДКБ в Бишкеке 27 ноября 2025 года.',
            gloss:
              'It was noted that the ministers also discussed the preparations for the regular CSC session in Bishkek on 27 November 2025.',
          },
        ],
      },
    ],
    documents: [
      {
        title: {
          en: 'Statement of the CSTO foreign ministers on the 80th anniversary of the founding of the United Nations',
          ru: 'Заявление министров иностранных дел государств - членов ОДКБ по случаю 80-летия учреждения ООН',
        },
        citations: [
          {
            source: 'tass-2025-09-25-ny',
            passage:
              '"По итогам встречи принято заявление министров иностранных дел государств - членов ОДКБ по случаю 80-летия учреждения ООН", - уточнили в МИД.',
            gloss:
              "'Following the meeting a statement of the CSTO foreign ministers on the 80th anniversary of the founding of the UN was adopted,' the MFA said.",
          },
        ],
      },
    ],
    citations: [
      {
        source: 'sayasat-2025-09-26-ny',
        passage:
          'В городе Нью-Йорк 25 сентября в рамках 80-й сессии Генеральной Ассамблеи ООН под председательством министра иностранных дел Кыргызской Республики Жээнбека Кулубаева состоялась рабочая встреча министров иностранных дел государств-членов Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'In New York on 25 September, within the 80th UNGA session, a working meeting of CSTO foreign ministers was held chaired by Kyrgyz FM Jeenbek Kulubaev.',
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
    agenda: [
      {
        text: {
          en: 'Military-political situation in the region; results of cooperation and prospects of further development of the CSTO',
          ru: 'Обмен мнениями о военно-политической обстановке в регионе, итоги сотрудничества и перспективы дальнейшего развития ОДКБ',
        },
        citations: [
          {
            source: 'ria-2025-11-20-lavrov-bishkek',
            passage:
              'По ее словам, стороны обменяются мнениями о военно-политической обстановке в регионе, обсудят итоги сотрудничества и перспективы дальнейшего развития ОДКБ.',
            gloss:
              'According to her, the parties will exchange views on the military-political situation in the region and discuss the results of cooperation and prospects of further development of the CSTO.',
          },
        ],
      },
      {
        text: {
          en: "Current challenges and threats to collective security; priority directions for Russia's 2026 chairmanship",
          ru: 'современные вызовы и угрозы коллективной безопасности и приоритетные направлениях деятельности в период председательства Российской Федерации в организации в 2026 году',
        },
        citations: [
          {
            source: 'tass-2025-11-27-bishkek-joint-belousov',
            passage:
              '"В ходе заседания были рассмотрены современные вызовы и угрозы коллективной безопасности и приоритетные направлениях деятельности в период председательства Российской Федерации в организации в 2026 году.',
            gloss:
              "During the meeting current challenges and threats to collective security and priority directions of activity during Russia's 2026 chairmanship were considered.",
          },
        ],
      },
      {
        text: {
          en: "Report of the Secretary General on the military-political situation and the Organization's activity in the intersessional period; more than 40 issues on developing the military component",
          ru: 'докладом о военно-политической обстановке в регионах коллективной безопасности Организации Договора о коллективной безопасности и деятельности Организации в межсессионный период',
        },
        citations: [
          {
            source: 'vpk-tsamto-2025-11-27-joint-bishkek',
            passage:
              'В ходе совместного заседания генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил с докладом о военно-политической обстановке в регионах коллективной безопасности Организации Договора о коллективной безопасности и деятельности Организации в межсессионный период.',
            gloss:
              "During the joint meeting CSTO SG Imangali Tasmagambetov reported on the military-political situation in the CSTO collective security regions and the Organization's activity in the intersessional period.",
          },
          {
            source: 'vpk-tsamto-2025-11-27-joint-bishkek',
            passage:
              'Главы уставных органов Организации рассмотрели и приняли положительные решения более чем по 40 вопросам, направленным на развитие военной составляющей Организации.',
            gloss:
              "The heads of the statutory bodies considered and adopted positive decisions on more than 40 issues aimed at developing the Organization's military component.",
          },
        ],
      },
      {
        text: {
          en: "Report of the Secretary General on the military-political situation in the collective security regions and the Organization's activity in the intersessional period",
        },
        citations: [
          {
            source: 'vpk-tsamto-2025-11-27-joint-bishkek',
            passage:
              'В ходе совместного заседания генеральный секретарь ОДКБ Имангали Тасмагамбетов выступил с докладом о военно-политической обстановке в регионах коллективной безопасности Организации Договора о коллективной безопасности и деятельности Организации в межсессионный период.',
            gloss:
              "During the joint meeting CSTO Secretary General Imangali Tasmagambetov reported on the military-political situation in the collective security regions and on the Organization's activity in the intersessional period.",
          },
        ],
      },
      {
        text: { en: "More than 40 questions on the development of the Organization's military component" },
        citations: [
          {
            source: 'vpk-tsamto-2025-11-27-joint-bishkek',
            passage:
              'Главы уставных органов Организации рассмотрели и приняли положительные решения более чем по 40 вопросам, направленным на развитие военной составляющей Организации.',
            gloss:
              "The heads of the statutory bodies considered and took positive decisions on more than 40 questions aimed at developing the Organization's military component.",
          },
        ],
      },
    ],
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
            gloss:
              "The heads of the Organization's statutory bodies considered and adopted positive decisions on more than 40 issues aimed at developing the military component of the Organization.",
          },
        ],
      },
    ],
    citations: [
      {
        source: 'vpk-tsamto-2025-11-27-joint-bishkek',
        passage:
          'Главы уставных органов Организации рассмотрели и приняли положительные решения более чем по 40 вопросам, направленным на развитие военной составляющей Организации.',
        gloss:
          "The heads of the Organization's statutory bodies considered and adopted positive decisions on more than 40 issues aimed at developing the military component of the Organization.",
      },
      {
        source: 'tass-ru-2025-11-27-bishkek',
        passage:
          '12 из которых выносятся на сессию Совета коллективной безопасности (СКБ) ОДКБ в Бишкеке, которая пройдет 27 ноября.',
        gloss:
          '12 of which are being submitted to the session of the CSTO Collective Security Council (CSC) in Bishkek, which will take place on 27 November.',
      },
      {
        source: 'tass-2025-11-27-bishkek-joint',
        passage:
          'БИШКЕК, 27 ноября. /ТАСС/. Участники состоявшегося в Бишкеке совместного заседания Совета министров иностранных дел (СМИД), Совета министров обороны и Комитета секретарей советов безопасности Организации Договора о коллективной безопасности (ОДКБ) подписали 10 документов.',
        gloss:
          'BISHKEK, 27 November (TASS). Participants in the joint meeting of the CMFA, CMD and CSSC held in Bishkek signed 10 documents.',
      },
      {
        source: 'kommersant-2025-11-27-kazan',
        passage:
          'Сегодня в Бишкеке под председательством Киргизии прошло совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ. От России в нем принял участие замглавы МИД Александр Панкин.',
        gloss:
          'Today in Bishkek, chaired by Kyrgyzstan, a joint meeting of the CMFA, CMD and CSSC took place. Russia was represented by Deputy FM Alexander Pankin.',
      },
      {
        source: 'vpk-tsamto-2025-11-27-joint-bishkek',
        passage:
          'ЦАМТО, 27 ноября. В Бишкеке 27 ноября состоялось совместное заседание Совета министров иностранных дел, Совета министров обороны, Комитета секретарей советов безопасности Организации Договора о коллективной безопасности.',
        gloss:
          'CAMTO, 27 November. On 27 November a joint meeting of the CFM, CMD and CSSC of the CSTO took place in Bishkek.',
      },
      {
        source: 'kommersant-2025-11-27-kazan',
        passage:
          'Сегодня в Бишкеке под председательством Киргизии прошло совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ.',
        gloss:
          'Today in Bishkek, chaired by Kyrgyzstan, a joint meeting of the CFM, CMD and CSSC of the CSTO took place.',
      },
      {
        source: 'tass-2025-11-27-bishkek-joint-belousov',
        passage:
          'БИШКЕК, 27 ноября. /ТАСС/. Министр обороны РФ Андрей Белоусов принял участие в заседании Совета министров иностранных дел, Совета министров обороны и Комитета секретарей Советов безопасности ОДКБ, которое прошло в Бишкеке.',
        gloss:
          'BISHKEK, 27 November (TASS). Russian Defence Minister Andrei Belousov took part in the meeting of the CFM, CMD and CSSC of the CSTO held in Bishkek.',
      },
      {
        source: 'tass-ru-2025-11-27-bishkek',
        passage:
          'по итогам совместного заседания Совета министров иностранных дел, Совета министров обороны и комитета секретарей советов безопасности ОДКБ, прошедшего 27 ноября в Бишкеке.',
        gloss:
          'following the joint meeting of the CSTO Council of Foreign Ministers, Council of Defence Ministers and committee of security council secretaries, held on 27 November in Bishkek.',
      },
      {
        source: 'ria-2025-11-27-bishkek',
        passage:
          'В тот же день, 27 ноября, перед саммитом ОДКБ в Бишкеке под председательством Киргизии состоится совместное заседание Совета министров иностранных дел (СМИД), Совета министров обороны (СМО) и Комитета секретарей советов безопасности (КССБ) государств-членов организации.',
        gloss:
          "On the same day, 27 November, before the CSTO summit in Bishkek, a joint meeting of the CMFA, CMD and KSSB of the member states will be held under Kyrgyzstan's chairmanship.",
      },
    ],
    documents: [
      {
        title: {
          en: 'Ten decisions signed, including on the draft Declaration of the CSC, on the draft CSC decision on the CSTO anti-drug strategy for 2026-2030, and on a draft CSC statement on strengthening cooperation',
          ru: 'Решения «О проекте декларации Совета коллективной безопасности ОДКБ», «О проекте решения СКБ ОДКБ „Об антинаркотической стратегии государств - членов ОДКБ на 2026-2030 годы“» и др.',
        },
        citations: [
          {
            source: 'tass-2025-11-27-bishkek-joint',
            passage:
              'были подписаны решения "О проекте декларации Совета коллективной безопасности Организации Договора о коллективной безопасности", "О проекте решения Совета коллективной безопасности Организации Договора о коллективной безопасности "Об антинаркотической стратегии государств - членов Организации Договора о коллективной безопасности на 2026-2030 годы"',
            gloss:
              "decisions were signed 'On the draft declaration of the CSC' and 'On the draft CSC decision on the anti-drug strategy of CSTO member states for 2026-2030'",
          },
        ],
      },
      {
        title: {
          en: '10 documents signed, including decisions on the draft CSC Declaration, on the draft CSC decision on the CSTO Anti-Drug Strategy for 2026-2030, and on a draft CSC statement',
          ru: '10 документов',
        },
        citations: [
          {
            source: 'tass-2025-11-27-bishkek-joint',
            passage:
              'Участники состоявшегося в Бишкеке совместного заседания Совета министров иностранных дел (СМИД), Совета министров обороны и Комитета секретарей советов безопасности Организации Договора о коллективной безопасности (ОДКБ) подписали 10 документов.',
            gloss: 'Participants of the joint meeting of the CFM, CMD and CSSC held in Bishkek signed 10 documents.',
          },
        ],
      },
      {
        title: {
          en: '17 documents signed, 12 of them submitted to the CSC session (e.g. the CSC Declaration, the CSTO Anti-Drug Strategy for 2026-2030, a CSC statement on countering illicit drug trafficking)',
        },
        citations: [
          {
            source: 'tass-ru-2025-11-27-bishkek',
            passage:
              'В пресс-службе также отметили, что по итогам нынешнего заседания было подписано 17 документов, 12 из которых выносятся на сессию Совета коллективной безопасности (СКБ) ОДКБ в Бишкеке, которая пройдет 27 ноября. Это, например, Декларация СКБ ОДКБ, Антинаркотическая стратегия ОДКБ на 2026-2030 годы и Заявление СКБ об укреплении сотрудничества в сфере противодействия незаконному оборот',
            gloss:
              'The press service also noted that 17 documents were signed following the meeting, 12 of which are submitted to the CSC session in Bishkek on 27 November, for example the CSC Declaration, the CSTO Anti-Drug Strategy for 2026-2030 and the CSC Statement on strengthening cooperation in countering illicit trafficking',
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'participants',
        values: [
          {
            value: 'Lavrov announced to take part',
            citations: [
              {
                source: 'ria-2025-11-20-lavrov-bishkek',
                passage:
                  'Министр иностранных дел РФ Сергей Лавров 27 ноября примет участие в совместном заседании совета министров иностранных дел и обороны стран ОДКБ в Бишкеке',
                gloss: 'Russian FM Sergey Lavrov will take part on 27 November in the joint meeting in Bishkek',
              },
            ],
          },
          {
            value: 'Russia represented by Deputy FM Alexander Pankin',
            citations: [
              {
                source: 'kommersant-2025-11-27-kazan',
                passage: 'От России в нем принял участие замглавы МИД Александр Панкин.',
                gloss: 'Russia was represented by Deputy FM Alexander Pankin.',
              },
            ],
          },
        ],
        chosen: 'Russia represented by Deputy FM Alexander Pankin',
        reason: "Kommersant's same-day report of the held meeting supersedes the advance announcement.",
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
    agenda: [
      {
        text: {
          en: "Closed narrow-format item: current problems of international and regional security and main results of CSTO activity in the intersessional period (Secretary General's report)",
          ru: '«Об актуальных проблемах международной и региональной безопасности и основных итогов деятельности ОДКБ в межсессионный период»',
        },
        citations: [
          {
            source: 'ria-2025-11-24-ushakov-bishkek',
            passage:
              'Повестка дня этого закрытого заседания звучит так: "Об актуальных проблемах международной и региональной безопасности и основных итогов деятельности ОДКБ в межсессионный период". Планируется, что с докладом по этой теме выступит генеральный секретарь ОДКБ.',
            gloss:
              "The agenda of this closed meeting reads: 'On current problems of international and regional security and the main results of CSTO activity in the intersessional period'. The CSTO Secretary General is expected to report on this topic.",
          },
        ],
      },
      {
        text: { en: "Candidacy of a new Secretary General for 2026-2029; Russia's chairmanship from 1 January 2026" },
        citations: [
          {
            source: '24kg-2025-11-27-bishkek-summit',
            passage:
              'The Russian Federation will assume the chairmanship of the organization from January 1, 2026. In addition, member states will consider the candidacy of a new CSTO Secretary General for 2026–2029.',
          },
        ],
      },
      {
        text: {
          en: 'Next session agreed for Moscow on 11 November 2026',
          ru: 'следующая сессия Совета коллективной безопасности пройдет в Москве 11 ноября',
        },
        citations: [
          {
            source: 'gazeta-2025-11-27-putin-next-summit',
            passage:
              '«Согласовано, что следующая сессия Совета коллективной безопасности пройдет в Москве 11 ноября. Будем рады увидеть вас в российской столице», — сказал он.',
            gloss:
              "'It has been agreed that the next session of the Collective Security Council will take place in Moscow on 11 November. We will be glad to see you in the Russian capital,' he said.",
          },
        ],
      },
    ],
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
        gloss:
          '12 of which are being submitted to the session of the CSTO Collective Security Council (CSC) in Bishkek, which will take place on 27 November.',
      },
      {
        source: 'eccis-31236',
        passage:
          'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
      },
      {
        source: '24kg-2025-11-27-15-documents',
        passage:
          'In total, the leaders of Kyrgyzstan, Belarus, Kazakhstan, Russia, and Tajikistan signed 15 documents.',
      },
    ],
    documents: [
      {
        title: {
          en: '15 documents signed, including the CSTO Collective Security Strategy, the Anti-Drug Strategy 2026-2030, the Plan for the Development of Military Cooperation 2026-2030, the Declaration of the CSC, a statement on combating drug trafficking, the 2026 budget',
        },
        citations: [
          {
            source: '24kg-2025-11-27-15-documents',
            passage:
              'At the meeting of the CSTO Collective Security Council in Bishkek, the heads of state signed 15 documents — one of the most extensive packages of decisions in recent years.',
          },
          {
            source: '24kg-2025-11-27-15-documents',
            passage:
              'Among the key documents are the CSTO Collective Security Strategy, the Anti-Drug Strategy for 2026-2030, and the Plan for the Development of Military Cooperation for 2026–2030.',
          },
          {
            source: '24kg-2025-11-27-15-documents',
            passage:
              'A Declaration of the Collective Security Council was adopted, outlining the member states’ common approaches to security and cooperation issues. A statement was also signed to strengthen cooperation in combating drug trafficking.',
          },
        ],
      },
      {
        title: {
          en: 'Organizational and financial decisions: amendments to the management procedure of the Collective Forces; CSTO budget for 2026; report on 2024 budget execution; information and analytical department of the Secretariat; medal “For Contribution to International Security”',
        },
        citations: [
          {
            source: '24kg-2025-11-27-15-documents',
            passage:
              'The Council approved a number of organizational and financial decisions, including amendments to the management procedure of the Collective Forces, the CSTO budget for 2026, the report on budget execution for 2024, and the establishment of an information and analytical department within the Secretariat.',
          },
        ],
      },
    ],
    absent: [
      {
        state: 'AM',
        citations: [
          {
            source: 'ria-2025-11-24-ushakov-bishkek',
            passage:
              'Ушаков уточнил, что в саммите ОДКБ 27 ноября примут участие лидеры России, Киргизии, Белоруссии и Таджикистана. Армения участвовать не будет.',
            gloss:
              'Ushakov said that the leaders of Russia, Kyrgyzstan, Belarus and Tajikistan will take part in the CSTO summit on 27 November. Armenia will not take part.',
          },
        ],
      },
    ],
    conflicts: [
      {
        field: 'documents count',
        values: [
          {
            value: '15 signed',
            citations: [
              {
                source: '24kg-2025-11-27-15-documents',
                passage:
                  'In total, the leaders of Kyrgyzstan, Belarus, Kazakhstan, Russia, and Tajikistan signed 15 documents.',
              },
            ],
          },
          {
            value: '19 prepared',
            citations: [
              {
                source: 'newspravda-2025-11-27-19-documents',
                passage:
                  '"A total of 19 documents have been prepared, including the final declaration, which will set out common approaches of the member states on the key issues on the international and regional agenda, as well as statements on strengthening cooperation in countering drug trafficking," he told reporters.',
              },
            ],
          },
        ],
        chosen: '15 signed',
        reason:
          "19 was Ushakov's pre-summit count of prepared documents; 15 is the post-summit count from the Kyrgyz presidential press service",
      },
    ],
  },
  {
    id: 'permanent-council-2026-01-moscow',
    body: 'permanent-council',
    kind: 'regular',
    status: 'held',
    kindInferred: true,
    format: 'in-person',
    date: '2026-01',
    place: MOSCOW,
    host: 'RU',
    chair: {
      name: {
        en: 'Viktor Vasilyev',
        ru: 'Виктор Васильев',
      },
      state: 'RU',
    },
    agenda: [
      {
        text: {
          en: "Completing the agreement of the action plan implementing the decisions of the November 2025 CSC session and the priorities of Russia's chairmanship, for approval by CSC Chairman Vladimir Putin",
        },
        citations: [
          {
            source: 'ria-2026-01-13-pc-chair-russia',
            passage:
              'Он обратил внимание на необходимость завершения согласования плана мероприятий по реализации решений ноябрьской (2025 года) сессии Совета коллективной безопасности ОДКБ и выполнению приоритетных направлений деятельности ОДКБ в период председательства Российской Федерации для дальнейшего его утверждения председателем Совета коллективной безопасности ОДКБ Владимиром Путиным.',
            gloss:
              "He stressed the need to complete the agreement of the action plan for implementing the decisions of the November (2025) CSC session and the priority areas of CSTO activity during Russia's chairmanship, for subsequent approval by CSC Chairman Vladimir Putin.",
          },
        ],
      },
    ],
    note: "First Permanent Council meeting of 2026, reported on 13 January 2026; the reports do not state the meeting's day (on or shortly before 13 January), so only the month is given.",
    citations: [
      {
        source: 'ria-2026-01-13-pc-chair-russia',
        passage:
          '"В Секретариате ОДКБ состоялось первое в текущем году заседание Постоянного совета ОДКБ. В соответствии с порядком ротации, председателем постоянного совета на 2026 год стал постоянный и полномочный представитель Российской Федерации при ОДКБ Виктор Васильев", - сообщила организация в своем Telegram-канале.',
        gloss:
          "'The first Permanent Council meeting of the current year took place at the CSTO Secretariat. In accordance with the rotation procedure, the Permanent and Plenipotentiary Representative of the Russian Federation to the CSTO Viktor Vasilyev became chairman of the Permanent Council for 2026,' the organization said on its Telegram channel.",
      },
      {
        source: 'tass-ru-26134489',
        passage:
          'МОСКВА, 13 января. /ТАСС/. Постоянный совет Организации Договора о коллективной безопасности (ОДКБ) рассмотрел вопросы, связанные с началом российского председательства в Организации в 2026 году. Об этом говорится в сообщении на сайте ОДКБ по итогам первого в 2026 году заседания совета.',
        gloss:
          "MOSCOW, 13 January /TASS/. The CSTO Permanent Council considered questions related to the start of the Russian chairmanship in 2026, according to a report on the CSTO site following the council's first meeting of 2026.",
      },
    ],
  },
  {
    id: 'cssc-2026-05-moscow-region',
    body: 'cssc',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2026-05',
    place: {
      en: 'Moscow region',
      ru: 'Московский регион',
    },
    host: 'RU',
    agenda: [],
    note: "Announced by the Russian Security Council press service; Russia chairs the CSTO in 2026. 'End of May'; exact date not announced.",
    citations: [
      {
        source: 'tass-ru-2025-11-27-bishkek',
        passage:
          'БИШКЕК, 27 ноября. /ТАСС/. Заседание Комитета секретарей советов безопасности стран Организации Договора о коллективной безопасности (ОДКБ) пройдет в конце мая 2026 года в Московском регионе.',
        gloss:
          'BISHKEK, 27 November (TASS). A meeting of the Committee of Secretaries of Security Councils of the CSTO countries will be held at the end of May 2026 in the Moscow region.',
      },
    ],
  },
  {
    id: 'cmfa-2026-06-kazan',
    body: 'cmfa',
    kind: 'regular',
    status: 'planned',
    kindInferred: true,
    format: 'in-person',
    date: '2026-06',
    place: {
      en: 'Kazan',
      ru: 'Казань',
    },
    host: 'RU',
    agenda: [],
    note: 'Announced on 27 November 2025 after the Bishkek joint meeting; Russia chairs the CSTO from 1 January 2026.',
    citations: [
      {
        source: 'kommersant-2025-11-27-kazan',
        passage:
          'Следующее заседание Совета министров иностранных дел Организации Договора о коллективной безопасности пройдет в июне 2026 года в Казани. Об этом сообщили в МИД России.',
        gloss:
          'The next meeting of the CSTO Council of Foreign Ministers will take place in June 2026 in Kazan, the Russian MFA said.',
      },
    ],
  },
  {
    id: 'csc-2026-11-11-moscow',
    body: 'csc',
    kind: 'regular',
    status: 'planned',
    format: 'in-person',
    date: '2026-11-11',
    place: { en: 'Moscow', ru: 'Москва' },
    host: 'RU',
    agenda: [],
    note: "Motto of Russia's chairmanship: «Коллективная безопасность в многополярном мире. Единая цель – общая ответственность» (Ushakov, Gazeta.Ru 2025-11-24).",
    citations: [
      {
        source: 'gazeta-2025-11-27-putin-next-summit',
        passage:
          '«Согласовано, что следующая сессия Совета коллективной безопасности пройдет в Москве 11 ноября. Будем рады увидеть вас в российской столице», — сказал он.',
        gloss:
          "'It has been agreed that the next session of the Collective Security Council will take place in Moscow on 11 November. We will be glad to see you in the Russian capital,' he said.",
      },
      {
        source: 'gazeta-2025-11-24-ushakov-next-summit',
        passage:
          '«И, кстати, очередная сессия… запланирована уже, это согласовано между партнерами, планируем в Москве на 11 ноября 2026 года», — сказал Ушаков.',
        gloss:
          "'And by the way, the regular session… is already planned, it has been agreed between the partners, we plan it in Moscow for 11 November 2026,' Ushakov said.",
      },
      {
        source: 'life-2025-11-27-next-summit-moscow',
        passage:
          'Президент Российской Федерации Владимир Путин, выступая на заседании Совета коллективной безопасности ОДКБ, подтвердил, что встреча глав государств намечена на 11 ноября 2026 года и состоится в Москве.',
        gloss:
          'Russian President Vladimir Putin, speaking at the session of the CSTO Collective Security Council, confirmed that the meeting of heads of state is scheduled for 11 November 2026 and will take place in Moscow.',
      },
    ],
  },
] as const satisfies readonly Session[];
