/**
 * Sessions of the organisation's bodies, in date order. Agenda items are worded as the cited source
 * words them (English); Russian wording is added only where a Russian source gives it.
 */
import type { Session } from '../sessions.js';

type SessionDefinition = Omit<Session, 'id' | 'sources' | 'agenda' | 'related'> & {
  readonly id: string;
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
        sources: ['asbarez-2021-armenia-assumes', 'tass-2021-09-16-next-csc-yerevan'],
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
    id: 'csc-2022-05-16-moscow',
    body: 'csc',
    kind: 'extraordinary',
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
] as const satisfies readonly SessionDefinition[];
