/**
 * The organisation's collective forces and the one operation they carried out, in date order. English
 * names as the sources write them; Russian names from Russian-language sources.
 */
import type { CollectiveForce, ForceOperation } from '../forces.js';

type ForceDefinition = Omit<CollectiveForce, 'id' | 'sources' | 'events'> & {
  readonly id: string;
  readonly sources: readonly string[];
  readonly events: readonly {
    readonly date: CollectiveForce['established'];
    readonly text: { readonly en: string; readonly ru?: string };
    readonly sources: readonly string[];
  }[];
};

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
        sources: ['elvisti-2001-05-26', 'afnfn-8423'],
      },
      {
        date: '2006-05-19',
        text: { en: 'Reported to number 1,500 military personnel deployed in Kazakhstan, Kyrgyzstan and Tajikistan' },
        sources: ['asiaplus-2006-05-19-crdf'],
      },
      {
        date: '2006-06-23',
        text: {
          en: 'A document on the action of the forces announced for signature at the Council’s Minsk session',
        },
        sources: ['armenianclub-itartass-2006-06-23-minsk'],
      },
    ],
    note: 'Formed from units of Russia, Kazakhstan, Kyrgyzstan and Tajikistan (a battalion from each at first, according to Lukashenko in Yerevan).',
    sources: ['elvisti-2001-05-26', 'afnfn-8423', 'asiaplus-2006-05-19-crdf', 'sputnik-kg-2021-09-03-ksbr-car'],
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
        sources: ['asiaplus-2022-01-06-tj-200-peacekeepers'],
      },
      {
        date: '2022-01',
        text: { en: 'Reported to total about 3,600 people, according to official figures' },
        sources: ['frontnews-16969'],
      },
      {
        date: '2022-01-06',
        text: { en: 'First deployed, in Kazakhstan (see the operations)' },
        sources: ['armradio-2022-01-06-peacekeepers'],
      },
    ],
    sources: ['asiaplus-2022-01-06-tj-200-peacekeepers', 'sb-by-en-2022-01-20-withdrawal', 'dixinews-404830'],
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
        sources: ['armenianclub-panarmenian-2009-02-04', 'persona-rin-2009-06-14-crrf'],
      },
      {
        date: '2009-06-14',
        text: {
          en: 'Agreement on the establishment of the forces signed by all leaders except those of Belarus and Uzbekistan',
        },
        sources: ['kremlin-en-44970-crrf-agreement', 'cislegislation-2010-12-10-annual-report'],
      },
      {
        date: '2010-02',
        text: { en: 'Armenia’s parliament ratified the agreement, the second member to do so after Kazakhstan' },
        sources: ['ng-2010-02-25-crrf-armenia'],
      },
    ],
    sources: ['armenianclub-panarmenian-2009-02-04', 'kremlin-en-44970-crrf-agreement', 'ng-2010-02-25-crrf-armenia'],
    conflicts: [
      {
        field: 'established',
        values: [
          { value: '2009-02-04', sources: ['armenianclub-panarmenian-2009-02-04', 'persona-rin-2009-06-14-crrf'] },
          { value: '2009-02-24', sources: ['kremlin-en-48774-cooperation-2009'] },
        ],
        chosen: '2009-02-04',
        reason:
          'Reports of the day and of June 2009 give 4 February; the Kremlin’s later “February 24” looks like a typo (see the session of 4 February 2009).',
      },
    ],
  },
} as const satisfies Record<string, ForceDefinition>;

type OperationDefinition = Omit<ForceOperation, 'id' | 'force' | 'sources' | 'events'> & {
  readonly id: string;
  readonly force: keyof typeof forceData;
  readonly sources: readonly string[];
  readonly events: ForceDefinition['events'];
};

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
        sources: ['asiaplus-2022-01-06-tj-ready'],
      },
      {
        date: '2022-01-06',
        text: {
          en: 'The Collective Security Council decided to send the Collective Peacekeeping Forces to Kazakhstan for a limited time',
        },
        sources: ['armradio-2022-01-06-peacekeepers'],
      },
      {
        date: '2022-01-06',
        text: { en: 'The Secretary General put the contingent at about 2,500 people, according to the decisions made' },
        sources: ['sputniknews-2022-01-06-2500'],
      },
      {
        date: '2022-01-06',
        text: { en: 'The first units arrived in Almaty' },
        sources: ['tvr-by-2022-01-06-peacekeepers', 'tvpworld-57934280'],
      },
      {
        date: '2022-01-10',
        text: { en: 'Extraordinary session of the Collective Security Council on the situation in Kazakhstan' },
        sources: ['odkb-en-session-2022-01-10'],
      },
      {
        date: '2022-01-13',
        text: {
          en: 'Withdrawal began; about 2,000 military personnel were in the country; the defence ministers signed a joint decision on the units’ return',
        },
        sources: ['qazaqtv-16550', 'the-village-kz-20803', 'armenpress-2022-01-13-cmd-extraordinary'],
      },
      {
        date: '2022-01-19',
        text: { en: 'Withdrawal to be completed by this day inclusive, as announced on 13 January' },
        sources: ['armradio-2022-01-13-withdrawal'],
      },
      {
        date: '2022-01-20',
        text: { en: 'The Secretary General informed the Council that the withdrawal was completed' },
        sources: ['sb-by-en-2022-01-20-withdrawal'],
      },
    ],
    note: 'The first deployment of the organisation’s collective forces. `withdrawn` is the day announced for the end of the withdrawal; its completion was reported on 20 January 2022.',
    sources: [
      'armradio-2022-01-06-peacekeepers',
      'tvr-by-2022-01-06-peacekeepers',
      'tvpworld-57934280',
      'armradio-2022-01-13-withdrawal',
      'sb-by-en-2022-01-20-withdrawal',
    ],
  },
] as const satisfies readonly OperationDefinition[];
