/**
 * Sessions of the organisation's bodies, in date order. Agenda items are worded as the cited source
 * words them (English); Russian wording is added only where a Russian source gives it.
 */
import type { Session } from '../sessions.js';

type SessionDefinition = Omit<Session, 'id' | 'sources' | 'agenda' | 'related' | 'bodies'> & {
  readonly id: string;
  readonly bodies?: readonly string[];
  readonly sources: readonly string[];
  readonly agenda: readonly {
    readonly text: { readonly en: string; readonly ru?: string };
    readonly sources: readonly string[];
  }[];
  readonly related?: readonly {
    readonly text: { readonly en: string; readonly ru?: string };
    readonly sources: readonly string[];
  }[];
};

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
    sources: ['kazinform-2021-04-23'],
  },
  {
    text: {
      en: 'Information by Secretary General Stanislav Zas on the situation in the organization’s responsibility area and on the items on the agenda',
    },
    sources: ['kazinform-2021-04-23'],
  },
  { text: { en: 'Plans to equip the CSTO collective rapid response forces' }, sources: ['kazinform-2021-04-23'] },
  {
    text: { en: 'Plans for the joint training of the collective security system forces and assets' },
    sources: ['kazinform-2021-04-23'],
  },
  {
    text: { en: 'A schedule of consultations about foreign policy, defense, and security in H2 2021 – H1 2022' },
    sources: ['kazinform-2021-04-23', 'odkb-en-2021-04-19-permanent-council'],
  },
  {
    text: {
      en: 'A plan of events timed to the 30th anniversary since the Collective Security Treaty was signed and the 20th anniversary since the Collective Security Treaty Organization was established',
    },
    sources: ['kazinform-2021-04-23'],
  },
] as const;
const DUSHANBE_APRIL_2021_NOTE =
  'The announcement gives one agenda for the defence ministers’ session and the security council secretaries’ session without saying which item belongs to which; both sessions carry all of it.';

export const sessionData = [
  {
    id: 'csc-2002-05-14-moscow',
    body: 'csc',
    kind: 'jubilee',
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
        sources: ['kremlin-2002-05-14-csto-decision', 'kazinform-2021-04-23'],
      },
    ],
    note: 'The tenth, jubilee session of the Council of the Collective Security Treaty, held before the organisation existed.',
    sources: ['pravda-2002-05-csc-jubilee', 'kremlin-2002-05-14-csto-decision', 'kazinform-2021-04-23'],
  },
  {
    id: 'csc-2003-04-28-dushanbe',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2003-04-28',
    place: DUSHANBE,
    host: 'TJ',
    agenda: [],
    related: [
      {
        text: { en: 'Nikolai Bordyuzha appointed Secretary General' },
        sources: ['irin-2003-04-29-dushanbe', 'fas-fbis-2003-04-29-dushanbe'],
      },
      { text: { en: 'Political statement adopted' }, sources: ['fas-fbis-2003-04-29-dushanbe'] },
      {
        text: { en: 'Package of documents on the military headquarters of the organisation (the Joint Staff)' },
        sources: ['irin-2003-04-29-dushanbe'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Both reports, of 29 April 2003, date it “on Monday”: 28 April 2003.',
    sources: ['irin-2003-04-29-dushanbe', 'fas-fbis-2003-04-29-dushanbe'],
  },
  {
    id: 'csc-2004-06-18-astana',
    body: 'csc',
    kind: 'regular',
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
        sources: ['ealegislation-2004-06-18-astana-decision'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Dated by a Council decision “made in the city of Astana on June 18, 2004”.',
    sources: ['ealegislation-2004-06-18-astana-decision'],
  },
  {
    id: 'csc-2006-06-23-minsk',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2006-06-23',
    place: MINSK,
    host: 'BY',
    agenda: [
      { text: { en: 'Formation of joint rapid reaction forces' }, sources: ['armenianclub-itartass-2006-06-23-minsk'] },
    ],
    related: [
      {
        text: {
          en: 'A document on the action of the Collective Rapid Deployment Forces of the Central Asian region announced for signature',
        },
        sources: ['armenianclub-itartass-2006-06-23-minsk'],
      },
      {
        text: { en: 'Uzbekistan announced as having lifted its moratorium on active work in the organisation' },
        sources: ['panarmenian-2006-06-24-uz-restored'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held the same day as a summit of the Eurasian Economic Community; Uzbekistan’s President Islam Karimov attended as a guest.',
    sources: ['armenianclub-itartass-2006-06-23-minsk', 'dataminsk-2006-06-22-minsk-summit'],
  },
  {
    id: 'csc-2007-10-06-dushanbe',
    body: 'csc',
    kind: 'jubilee',
    format: 'in-person',
    date: '2007-10-06',
    place: DUSHANBE,
    host: 'TJ',
    agenda: [{ text: { en: 'Military-technical cooperation' }, sources: ['uzdaily-2007-10-08-dushanbe'] }],
    related: [
      {
        text: { en: 'Agreement on the peacekeeping activities of the organisation signed (dated 6 October 2007)' },
        sources: ['asiaplus-2022-01-06-tj-200-peacekeepers'],
      },
    ],
    note: 'UzDaily calls it the jubilee summit (15 years of the treaty, 5 of the organisation) held “on Saturday” in a report of 8 October 2007: 6 October. Who chaired it is not established.',
    sources: ['uzdaily-2007-10-08-dushanbe', 'asiaplus-2022-01-06-tj-200-peacekeepers'],
  },
  {
    id: 'csc-2008-09-05-moscow',
    body: 'csc',
    kind: 'regular',
    format: 'in-person',
    date: '2008-09-05',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Declaration of the Moscow Session of the Collective Security Council adopted' },
        sources: ['odkb-gov-2008-09-05-declaration'],
      },
      { text: { en: 'Armenia assumed the rotating presidency' }, sources: ['liquisearch-csto-recent'] },
    ],
    note: 'Announced by Tajikistan’s foreign ministry as a regular session for 5–6 September; the Declaration is dated 5 September 2008.',
    sources: ['odkb-gov-2008-09-05-declaration', 'asiaplus-2008-09-03-moscow', 'liquisearch-csto-recent'],
  },
  {
    id: 'csc-2009-02-04-moscow',
    body: 'csc',
    kind: 'extraordinary',
    format: 'in-person',
    date: '2009-02-04',
    place: MOSCOW,
    host: 'RU',
    chair: SARGSYAN,
    agenda: [],
    related: [
      {
        text: { en: 'Decision to create the Collective Rapid Reaction Forces' },
        sources: ['armenianclub-panarmenian-2009-02-04', 'kremlin-en-48774-cooperation-2009'],
      },
      {
        text: { en: 'Nikolai Bordyuzha re-elected Secretary General' },
        sources: ['armenianclub-panarmenian-2009-02-04'],
      },
    ],
    sources: [
      'armenianclub-panarmenian-2009-02-04',
      'kremlin-en-48774-cooperation-2009',
      'persona-rin-2009-06-14-crrf',
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          { value: '2009-02-04', sources: ['armenianclub-panarmenian-2009-02-04', 'persona-rin-2009-06-14-crrf'] },
          { value: '2009-02-24', sources: ['kremlin-en-48774-cooperation-2009'] },
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
        sources: ['kremlin-en-44970-crrf-agreement'],
      },
      { text: { en: 'Temporary chairmanship passed to Russia' }, sources: ['glavnoe-ua-26729'] },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Dated by a Council decision of 10 December 2010 that refers to the session held on 14 June 2009 in Moscow.',
    sources: ['cislegislation-2010-12-10-annual-report', 'kremlin-en-44970-crrf-agreement', 'glavnoe-ua-26729'],
  },
  {
    id: 'csc-2010-08-20-yerevan',
    body: 'csc',
    kind: 'informal',
    format: 'in-person',
    date: '2010-08-20',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    note: 'Described as the fourth informal summit in the organisation’s history. The source is undated; it names Friday 20 August and Roza Otunbayeva as Kyrgyzstan’s president, which fixes the year 2010.',
    sources: ['survincity-2010'],
  },
  {
    id: 'csc-2010-12-10-moscow',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2010-12-10',
    place: MOSCOW,
    host: 'RU',
    agenda: [{ text: { en: 'The results of the organisation’s work in 2010' }, sources: ['odkb-en-session-2010'] }],
    related: [
      {
        text: { en: 'Protocols on amendments to the Charter and to the Collective Security Treaty signed' },
        sources: ['kremlin-2012-03-01-ratif-charter-protocol', 'kremlin-2011-08-31-cst-protocol-duma'],
      },
      {
        text: { en: 'Decision on the Secretary General’s annual report' },
        sources: ['cislegislation-2010-12-10-annual-report'],
      },
      { text: { en: 'Belarus agreed to take over the chairmanship' }, sources: ['data-minsk-2010-12'] },
    ],
    note: SESSION_ONLY,
    sources: ['odkb-en-session-2010', 'cislegislation-2010-12-10-annual-report', 'data-minsk-2010-12'],
  },
  {
    id: 'csc-2011-08-12-astana',
    body: 'csc',
    kind: 'informal',
    format: 'in-person',
    date: '2011-08-12',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: { en: 'Preliminary agreement to hold the next summit in Moscow' },
        sources: ['asiaplus-2011-10-10'],
      },
    ],
    sources: ['asiaplus-2011-10-10'],
  },
  {
    id: 'csc-2011-12-20-moscow',
    body: 'csc',
    kind: 'regular',
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
        sources: ['tass-2011-12-21-moscow'],
      },
      {
        text: { en: 'Chairmanship of all statutory bodies passed from Belarus to Kazakhstan' },
        sources: ['moscow-post-49860'],
      },
    ],
    note: 'TASS dates it “on Tuesday” in a review of 21 December 2011: 20 December.',
    sources: ['tass-2011-12-21-moscow', 'asiaplus-2011-10-10', 'moscow-post-49860'],
    conflicts: [
      {
        field: 'kind',
        values: [
          { value: 'informal', sources: ['asiaplus-2011-10-10'] },
          { value: 'regular', sources: ['moscow-post-49860', 'tass-2011-12-21-moscow'] },
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
    format: 'in-person',
    date: '2012-05-15',
    place: MOSCOW,
    host: 'RU',
    agenda: [
      {
        text: { en: 'Global and regional security challenges for the member states and countermeasures' },
        sources: ['kazinform-2012-05-14-jubilee'],
      },
    ],
    note: 'The extraordinary jubilee session for the 20th anniversary of the treaty and the 10th of the organisation.',
    sources: ['asiaplus-ru-2012-05-11-jubilee', 'kazinform-2012-05-14-jubilee'],
  },
  {
    id: 'csc-2012-12-19-moscow',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2012-12-19',
    place: MOSCOW,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Secretary General Nikolai Bordyuzha’s powers extended for three years' },
        sources: ['knews-2012-12-20'],
      },
      { text: { en: 'Uzbekistan’s membership suspended' }, sources: ['tass-2012-12-19-uz-suspended'] },
      { text: { en: 'Kyrgyzstan assumed the presidency from Kazakhstan' }, sources: ['tass-en-archive-685227'] },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Knews dates it “on Wednesday” in a report of 20 December 2012: 19 December, the day announced beforehand.',
    sources: ['knews-2012-12-20', 'tass-en-archive-685227', 'tass-2012-12-19-uz-suspended'],
  },
  {
    id: 'csc-2013-05-28-bishkek',
    body: 'csc',
    kind: 'informal',
    format: 'in-person',
    date: '2013-05-28',
    place: BISHKEK,
    host: 'KG',
    agenda: [
      {
        text: { en: 'Measures to minimise the impact of the withdrawal of international forces from Afghanistan' },
        sources: ['rferl-2013-05-28-bishkek-informal'],
      },
    ],
    note: 'Attended by the presidents of Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
    sources: ['rferl-2013-05-28-bishkek-informal'],
  },
  {
    id: 'csc-2013-09-23-sochi',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2013-09-23',
    place: SOCHI,
    host: 'RU',
    agenda: [
      {
        text: { en: 'A package of documents on military development for the period up to 2020' },
        sources: ['asiaplus-2013-09-19-sochi'],
      },
    ],
    related: [
      {
        text: { en: 'Decision to develop an interstate programme to strengthen the Tajik-Afghan border' },
        sources: ['asiaplus-2013-09-24-sochi'],
      },
      { text: { en: 'Chairmanship passed from Kyrgyzstan to Russia' }, sources: ['livekuban-sochi-2013'] },
    ],
    note: 'Reported as a meeting of the heads of state at which the chairmanship passed; Kazakhstan was represented by its prime minister.',
    sources: ['asiaplus-2013-09-24-sochi', 'asiaplus-2013-09-19-sochi', 'livekuban-sochi-2013', 'stoletie-sochi-2013'],
  },
  {
    id: 'joint-2014-12-22-moscow',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
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
        sources: ['csabusiness-tj-chair'],
      },
    ],
    note: 'The source gives 22 December without a year; 2014 follows from the Council’s Moscow session of 23 December 2014 and Tajikistan taking over from Russia.',
    sources: ['csabusiness-tj-chair', 'khovar-2014-12-23'],
  },
  {
    id: 'csc-2014-12-23-moscow',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2014-12-23',
    place: MOSCOW,
    host: 'RU',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'The state and prospects of development of the crisis response system of the organisation' },
        sources: ['odkb-en-session-2014'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held in the Kremlin; the chairmanship passed to Tajikistan that day.',
    sources: ['odkb-en-session-2014', 'kremlin-en-47286-2014-12-23', 'khovar-2014-12-23'],
    conflicts: [
      {
        field: 'chair',
        values: [
          { value: 'Emomali Rahmon', sources: ['khovar-2014-12-23'] },
          { value: 'Vladimir Putin', sources: ['kremlin-en-47286-2014-12-23'] },
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
        sources: ['thesaker-kremlin-2015-09-15-dushanbe'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Held at the Palace of Nations and opened by Rahmon as the presiding party.',
    sources: ['khovar-ru-2015-09-15-dushanbe', 'csto-en-session201509', 'thesaker-kremlin-2015-09-15-dushanbe'],
  },
  {
    id: 'csc-2015-12-21-moscow',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2015-12-21',
    place: MOSCOW,
    host: 'RU',
    chair: SARGSYAN,
    agenda: [],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Belarusian television called it the 29th meeting of the organisation at the presidential level.',
    sources: ['anca-armenpress-2015-12-21-moscow', 'ctv-2015-12-21-moscow'],
  },
  {
    id: 'csc-2016-10-14-yerevan',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2016-10-14',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    related: [
      {
        text: { en: 'Collective Security Strategy of the organisation for the period until 2025 approved' },
        sources: ['tass-2016-10-14-yerevan', '168am-2016-10-14-yerevan'],
      },
    ],
    note: SESSION_ONLY,
    sources: ['tass-2016-10-14-yerevan', '168am-2016-10-14-yerevan'],
  },
  {
    id: 'csc-2016-12-26-saint-petersburg',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2016-12-26',
    place: ST_PETERSBURG,
    host: 'RU',
    agenda: [],
    related: [
      {
        text: { en: 'Appointment of the Secretary General postponed for lack of quorum' },
        sources: ['asbarez-2016-12-26-stpetersburg'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Belarus did not attend.',
    sources: ['asbarez-2016-12-26-stpetersburg'],
  },
  {
    id: 'csc-2017-04-14-bishkek',
    body: 'csc',
    kind: 'informal',
    format: 'in-person',
    date: '2017-04-14',
    place: BISHKEK,
    host: 'KG',
    chair: LUKASHENKO,
    agenda: [],
    related: [
      { text: { en: 'Yuri Khachaturov appointed Secretary General from 2 May 2017' }, sources: ['vpk-179521'] },
    ],
    note: 'Held with restricted attendance beside the Supreme Eurasian Economic Council.',
    sources: ['tass-2017-04-13-bishkek-informal', 'naviny-2017-04-14', 'vpk-179521'],
  },
  {
    id: 'joint-2017-11-30-minsk',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2017-11-30',
    place: MINSK,
    host: 'BY',
    agenda: [],
    note: 'The joint meeting before the Council’s session of the same day.',
    sources: ['belta-ru-2017-11-30-joint-minsk'],
  },
  {
    id: 'csc-2017-11-30-minsk',
    body: 'csc',
    kind: 'regular',
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
        sources: ['tass-2017-11-30-minsk'],
      },
    ],
    related: [{ text: { en: 'Chairmanship passed to Kazakhstan' }, sources: ['cerbanet-2017-11-29'] }],
    note: SESSION_ONLY,
    sources: ['asiaplus-2017-11-29', 'tass-2017-11-30-minsk', 'cerbanet-2017-11-29'],
  },
  {
    id: 'csc-2018-11-08-astana',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2018-11-08',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      { text: { en: 'Final declaration adopted' }, sources: ['asiaplus-2018-11-09-astana'] },
      {
        text: { en: 'Decision on the status of observer and partner states of the organisation' },
        sources: ['belta-2019-07-04-observer-partner'],
      },
      {
        text: { en: 'Appointment of the Secretary General deferred to a meeting in Saint Petersburg on 6 December' },
        sources: ['primeminister-am-2018-11-08'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Who chaired it is not stated in the sources read.',
    sources: ['asiaplus-2018-11-09-astana', 'primeminister-am-2018-11-08'],
  },
  {
    id: 'csc-2018-12-06-saint-petersburg',
    body: 'csc',
    kind: 'informal',
    format: 'in-person',
    date: '2018-12-06',
    place: ST_PETERSBURG,
    host: 'RU',
    agenda: [
      {
        text: { en: 'The appointment of the Secretary General' },
        sources: ['primeminister-am-2018-11-08'],
      },
    ],
    note: 'Announced as a summit of the organisation beside an informal meeting of the leaders of the Commonwealth of Independent States; its outcome is not established.',
    sources: ['tashkenttimes-2018-stpetersburg', 'primeminister-am-2018-11-08'],
  },
  {
    id: 'csc-2019-11-28-bishkek',
    body: 'csc',
    kind: 'regular',
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
        sources: ['kazinform-2019-11-25-bishkek'],
      },
    ],
    related: [
      {
        text: { en: 'Joint meeting of the foreign ministers, defence ministers and security council secretaries' },
        sources: ['kremlin-en-2019-11-28-bishkek'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Russia’s chairmanship began at this session.',
    sources: [
      'kremlin-en-2019-11-28-bishkek',
      '24kg-2019-11-28-jeenbekov',
      '24kg-2019-11-28-bishkek-hosts',
      'kazinform-2019-11-25-bishkek',
    ],
    conflicts: [
      {
        field: 'number of agenda items',
        values: [
          { value: '21', sources: ['kazinform-2019-11-25-bishkek'] },
          { value: '17', sources: ['24kg-2019-11-28-bishkek-hosts'] },
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
    format: 'online',
    date: '2020-12-01',
    chair: { name: { en: 'Sergei Lavrov', ru: 'Сергей Лавров' }, state: 'RU' },
    agenda: [],
    note: 'Announced by the organisation’s press service as the regular meeting of the foreign ministers, by videoconference, before the Council’s session of 2 December 2020.',
    sources: ['vbkg-2020-11-cmfa-video'],
  },
  {
    id: 'csc-2020-12-02-online',
    body: 'csc',
    kind: 'regular',
    format: 'online',
    date: '2020-12-02',
    chair: { name: { en: 'Vladimir Putin', ru: 'Владимир Путин' }, state: 'RU' },
    agenda: [
      {
        text: { en: 'The state of international security and increasing the effectiveness of the organisation' },
        sources: ['asiaplus-2020-12-03'],
      },
      {
        text: { en: 'Material, technical and medical support of the Collective Forces' },
        sources: ['asiaplus-2020-12-03'],
      },
      { text: { en: 'The organisation’s budget for 2021' }, sources: ['asiaplus-2020-12-03'] },
    ],
    related: [
      { text: { en: 'Declaration of the Collective Security Council adopted' }, sources: ['asiaplus-2020-12-03'] },
      {
        text: { en: 'Statement on the Formation of a Just and Sustainable World Order adopted' },
        sources: ['asiaplus-2020-12-03'],
      },
    ],
    note: 'The Council’s first session held by videoconference.',
    sources: ['asiaplus-2020-12-03', 'asiaplus-2021-01-20'],
  },
  {
    id: 'permanent-council-2021-04-05',
    body: 'permanent-council',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2021-04-05',
    chair: SULTONOV,
    agenda: [
      {
        text: {
          en: 'Plan of consultations on foreign policy, security and defence for the second half of 2021 – the first half of 2022',
        },
        sources: ['narodnaya-2021-04-09-permanent-council'],
      },
      {
        text: {
          en: 'Plan of events for the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the organisation',
        },
        sources: ['narodnaya-2021-04-09-permanent-council'],
      },
    ],
    note: 'Held in person (“в очном формате”); the place is not given.',
    sources: ['narodnaya-2021-04-09-permanent-council'],
  },
  {
    id: 'permanent-council-2021-04-19-online',
    body: 'permanent-council',
    kind: 'regular',
    format: 'online',
    date: '2021-04-19',
    chair: { name: { en: 'Hasan Sultonov', ru: 'Хасан Султонов' }, state: 'TJ' },
    agenda: [
      {
        text: {
          en: 'Plan of consultations on foreign policy, security and defense for the second half of 2021 – the first half of 2022',
        },
        sources: ['odkb-en-2021-04-19-permanent-council'],
      },
      {
        text: {
          en: 'Draft decision of the foreign ministers on increasing information work on the organisation’s activities',
        },
        sources: ['odkb-en-2021-04-19-permanent-council'],
      },
    ],
    sources: ['odkb-en-2021-04-19-permanent-council', 'narodnaya-2021-04-09-permanent-council'],
  },
  {
    id: 'cmd-2021-04-27-dushanbe',
    body: 'cmd',
    kind: 'regular',
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
        sources: ['kazinform-2021-04-23', 'khovar-2021-04-27-rahmon-receives-cmd'],
      },
    ],
    note: DUSHANBE_APRIL_2021_NOTE,
    sources: [
      'kazinform-2021-04-23',
      'asiaplus-2021-04-26',
      'khovar-2021-04-27-rahmon-receives-cmd',
      '24kg-2021-04-29-cssc-dushanbe',
      'ru24-2021-04-26-shoigu-dushanbe',
    ],
  },
  {
    id: 'cssc-2021-04-29-dushanbe',
    body: 'cssc',
    kind: 'regular',
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
        sources: ['kazinform-2021-04-23', 'asiaplus-2021-04-29-rahmon-receives-cssc'],
      },
    ],
    note: DUSHANBE_APRIL_2021_NOTE,
    sources: [
      'kazinform-2021-04-23',
      'asiaplus-2021-04-26',
      '24kg-2021-04-29-cssc-dushanbe',
      'eadaily-2021-04-29-patrushev-dushanbe',
      'newsarmenia-2022-06-17-cssc-yerevan',
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          { value: '2021-04-29', sources: ['24kg-2021-04-29-cssc-dushanbe', 'eadaily-2021-04-29-patrushev-dushanbe'] },
          { value: '2021-04-30', sources: ['asiaplus-2021-04-29-rahmon-receives-cssc'] },
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
        sources: ['tajemb-khovar-2021-05-20-cmfa'],
      },
      {
        text: {
          en: 'Action plan for implementing the decisions of the Collective Security Council and the priorities proposed by Tajikistan',
        },
        sources: ['tajemb-khovar-2021-05-20-cmfa'],
      },
      {
        text: {
          en: 'Preparations for the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the organisation',
        },
        sources: ['tajemb-khovar-2021-05-20-cmfa'],
      },
    ],
    related: [
      {
        text: {
          en: 'Statement on the 75th anniversary of the verdict of the International Military Tribunal in Nuremberg',
        },
        sources: ['tajemb-khovar-2021-05-20-cmfa'],
      },
      { text: { en: 'Statement on the extension of the START-3 Treaty' }, sources: ['tajemb-khovar-2021-05-20-cmfa'] },
    ],
    sources: ['tajemb-khovar-2021-05-20-cmfa', 'tass-2021-05-19-lavrov-dushanbe', 'vbkg-2021-05-cmfa-announce'],
  },
  {
    id: 'permanent-council-2021-07-07-online',
    body: 'permanent-council',
    kind: 'regular',
    kindInferred: true,
    format: 'online',
    date: '2021-07-07',
    chair: SULTONOV,
    agenda: [
      { text: { en: 'The situation on the Tajik-Afghan border' }, sources: ['odkb-en-2021-07-07-permanent-council'] },
      {
        text: {
          en: 'A draft statement of the permanent representatives to NATO on military activity near the organisation’s area of responsibility',
        },
        sources: ['odkb-en-2021-07-07-permanent-council'],
      },
    ],
    note: 'Held by videoconference; the organisation’s site spells the chair “Khasan Sultonov”.',
    sources: ['odkb-en-2021-07-07-permanent-council'],
  },
  {
    id: 'csc-2021-08-23-online',
    body: 'csc',
    kind: 'extraordinary',
    format: 'online',
    date: '2021-08-23',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'The situation in Afghanistan and its impact on the security of the member states' },
        sources: ['asiaplus-2021-08-24-extraordinary-csc', 'commonspace-2021-08-24-extraordinary-csc'],
      },
    ],
    related: [
      {
        text: {
          en: 'Agreement to speed up the adoption of the interstate programme to strengthen the Tajik-Afghan border proposed by Tajikistan',
        },
        sources: ['urdupoint-2021-08-23-tajik-afghan-program'],
      },
    ],
    note: 'Uzbekistan’s President Shavkat Mirziyoyev took part as a guest.',
    sources: ['asiaplus-2021-08-24-extraordinary-csc', 'commonspace-2021-08-24-extraordinary-csc'],
  },
  {
    id: 'joint-2021-09-15-dushanbe',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2021-09-15',
    place: DUSHANBE,
    host: 'TJ',
    chair: { name: { en: 'Sirojiddin Muhriddin', ru: 'Сироджиддин Мухриддин' }, state: 'TJ' },
    agenda: [
      {
        text: { en: 'The agenda of the Council’s session of 16 September 2021' },
        sources: ['frontierpost-2021-09-15-joint-meeting'],
      },
      {
        text: { en: 'The situation in Afghanistan and on the Tajik-Afghan border' },
        sources: ['frontierpost-2021-09-15-joint-meeting'],
      },
      {
        text: { en: 'Priorities of Armenia’s chairmanship in 2021–2022' },
        sources: ['belta-ru-2021-09-14-khrenin-dushanbe'],
      },
    ],
    related: [
      { text: { en: '25 documents signed' }, sources: ['mfakg-2021-09-15-joint'] },
      {
        text: {
          en: 'Security council secretaries approved a set of measures to strengthen Tajikistan’s border with Afghanistan',
        },
        sources: ['urdupoint-2021-09-15-shoigu-lukashenko'],
      },
      {
        text: {
          en: 'Security council secretaries decided to create a Coordination Council of authorized bodies on biological safety',
        },
        sources: ['armradio-2021-09-15-biosafety-council'],
      },
    ],
    note: 'One joint meeting of the three bodies, chaired by Tajikistan’s foreign minister; see `bodies`.',
    sources: [
      'mfaby-2021-09-15-joint-meeting',
      'frontierpost-2021-09-15-joint-meeting',
      'mfakg-2021-09-15-joint',
      'belta-ru-2021-09-14-khrenin-dushanbe',
      'ria24-mir24-2021-09-15-joint-meeting',
    ],
    conflicts: [
      {
        field: 'first in-person meeting since the pandemic',
        values: [
          { value: 'yes', sources: ['ria24-mir24-2021-09-15-joint-meeting'] },
          { value: 'no', sources: ['kazinform-2021-04-23', 'vbkg-2021-05-cmfa-announce'] },
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
    format: 'hybrid',
    date: '2021-09-16',
    place: DUSHANBE,
    host: 'TJ',
    chair: RAHMON,
    agenda: [
      {
        text: { en: 'International and regional security, and the situation in Afghanistan' },
        sources: ['kremlin-en-66701'],
      },
      { text: { en: 'Priorities of Armenia’s chairmanship in 2021–2022' }, sources: ['blognews-am-772350'] },
    ],
    related: [
      { text: { en: 'Declaration of the Collective Security Council adopted' }, sources: ['kremlin-en-66701'] },
      {
        text: { en: 'Chairmanship passed to Armenia' },
        sources: ['asbarez-2021-armenia-assumes', 'tass-en-1338563'],
      },
    ],
    note: 'Held at the Palace of Nations; Vladimir Putin joined by video link from Novo-Ogaryovo.',
    sources: ['kremlin-en-66701', 'mir24-2021-09-16-summit-ends', 'belta-2021-09-16-lukashenko-csc'],
  },
  {
    id: 'csc-2022-01-10-online',
    body: 'csc',
    kind: 'extraordinary',
    format: 'online',
    date: '2022-01-10',
    chair: PASHINYAN,
    agenda: [
      {
        text: { en: 'On the situation in the Republic of Kazakhstan and measures to stabilize it' },
        sources: ['president-tj-2022-01-10-csc', 'odkb-en-session-2022-01-10'],
      },
    ],
    note: 'Convened at Kazakhstan’s request after the Council’s decision of 6 January 2022 to send the Collective Peacekeeping Forces to Kazakhstan.',
    sources: [
      'primeminister-am-2022-01-10',
      'president-tj-2022-01-10-csc',
      'odkb-en-session-2022-01-10',
      'armradio-2022-01-06-peacekeepers',
    ],
  },
  {
    id: 'cmd-2022-01-13-online',
    body: 'cmd',
    kind: 'extraordinary',
    format: 'online',
    date: '2022-01-13',
    agenda: [
      {
        text: { en: 'The results of the peacekeeping operation in Kazakhstan' },
        sources: ['armenpress-2022-01-13-cmd-extraordinary'],
      },
    ],
    related: [
      {
        text: {
          en: 'Joint decision on organising the return of the peacekeeping units from Kazakhstan to their permanent bases',
        },
        sources: ['armenpress-2022-01-13-cmd-extraordinary'],
      },
    ],
    note: 'Chaired by Armenia’s defence minister Suren Papikyan; his name is not given as a chair because no Russian spelling was sourced.',
    sources: ['armenpress-2022-01-13-cmd-extraordinary'],
  },
  {
    id: 'csc-2022-05-16-moscow',
    body: 'csc',
    kind: 'jubilee',
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
        sources: ['vindobona-2022-05-17-moscow'],
      },
    ],
    related: [
      {
        text: {
          en: 'Statement of the Collective Security Council on the 30th anniversary of the treaty and the 20th anniversary of the organisation',
        },
        sources: ['asiaplus-2022-05-17-moscow-jubilee'],
      },
      {
        text: { en: 'Resolution to award the participants of the peacekeeping mission in Kazakhstan' },
        sources: ['nobodysword-kremlin-2022-05-16'],
      },
    ],
    note: 'The jubilee session, held in the Kremlin; Russia hosted, Armenia chaired.',
    sources: ['asiaplus-2022-05-17-moscow-jubilee', 'vindobona-2022-05-17-moscow', 'nobodysword-kremlin-2022-05-16'],
  },
  {
    id: 'cssc-2022-06-17-yerevan',
    body: 'cssc',
    kind: 'regular',
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
        sources: ['kazinform-2022-06-17-cssc-yerevan'],
      },
      { text: { en: 'Six documents signed' }, sources: ['tvrby-2022-06-17-cssc-yerevan'] },
    ],
    sources: [
      'azatutyun-2022-06-cssc-yerevan',
      'newsarmenia-2022-06-17-cssc-yerevan',
      'kazinform-2022-06-17-cssc-yerevan',
      'tvrby-2022-06-17-cssc-yerevan',
    ],
  },
  {
    id: 'joint-2022-11-23-yerevan',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2022-11-23',
    place: YEREVAN,
    host: 'AM',
    agenda: [],
    note: 'The joint meeting before the Council’s session of the same day.',
    sources: ['mir24-2022-11-23-joint-yerevan'],
  },
  {
    id: 'csc-2022-11-23-yerevan',
    body: 'csc',
    kind: 'regular',
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
        sources: ['tass-en-2058773', 'weeklyblitz-shoigu-tasmagambetov'],
      },
      { text: { en: 'Chairmanship passed to Belarus' }, sources: ['belarus-by-2022-11-23'] },
    ],
    note: SESSION_ONLY,
    sources: ['csto-en-yerevan-2022', 'pacsto-yerevan-2022'],
  },
  {
    id: 'joint-2023-11-22-minsk',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
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
        sources: ['paodkb-2023-11-22-joint-minsk'],
      },
    ],
    sources: ['khovar-en-2023-11-23-joint-minsk', 'paodkb-2023-11-22-joint-minsk'],
  },
  {
    id: 'csc-2023-11-23-minsk',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2023-11-23',
    place: MINSK,
    host: 'BY',
    chair: LUKASHENKO,
    agenda: [
      { text: { en: 'Urgent problems of international and regional security' }, sources: ['rferl-2023-11-23-minsk'] },
    ],
    related: [
      {
        text: { en: 'Decision to pass the chairmanship to Kazakhstan from 1 January 2024' },
        sources: ['csto-en-minsk-2023'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Armenia did not attend.',
    sources: ['sputnik-2023-11-23-minsk', 'rferl-2023-11-23-minsk', 'csto-en-minsk-2023'],
  },
  {
    id: 'joint-2024-11-28-astana',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2024-11-28',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    note: 'Announced by the organisation’s press service for the same day and city as the Council’s session.',
    sources: ['sbby-2024-11-astana-joint'],
  },
  {
    id: 'csc-2024-11-28-astana',
    body: 'csc',
    kind: 'regular',
    kindInferred: true,
    format: 'in-person',
    date: '2024-11-28',
    place: ASTANA,
    host: 'KZ',
    agenda: [],
    related: [
      {
        text: { en: 'Targeted interstate programme on strengthening the Tajik-Afghan border endorsed' },
        sources: ['asiaplus-2024-11-29-astana'],
      },
    ],
    note: 'The sources call it a session of the Council without saying regular or extraordinary. Who chaired it is not stated in the sources read.',
    sources: ['asiaplus-2024-11-29-astana', 'sbby-2024-11-astana-joint'],
  },
  {
    id: 'joint-2025-11-27-bishkek',
    body: 'cmfa',
    bodies: JOINT,
    kind: 'regular',
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
        sources: ['vpk-tsamto-2025-11-27-joint-bishkek'],
      },
    ],
    sources: ['vpk-tsamto-2025-11-27-joint-bishkek', 'tass-ru-2025-11-27-bishkek'],
  },
  {
    id: 'csc-2025-11-27-bishkek',
    body: 'csc',
    kind: 'regular',
    format: 'in-person',
    date: '2025-11-27',
    place: BISHKEK,
    host: 'KG',
    chair: { name: { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' }, state: 'KG' },
    agenda: [],
    related: [
      {
        text: { en: 'Taalatbek Masadykov appointed Secretary General from 1 January 2026' },
        sources: ['eccis-31236'],
      },
      { text: { en: 'Chairmanship to pass to Russia from 1 January 2026' }, sources: ['eccis-31236'] },
    ],
    sources: ['24kg-2025-11-27-bishkek-summit', 'tass-ru-2025-11-27-bishkek', 'eccis-31236'],
  },
] as const satisfies readonly SessionDefinition[];
