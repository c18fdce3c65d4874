/**
 * Every state ever party to the Collective Security Treaty, with its full membership history.
 * Convention: a state counts as party from the day it signed (1992 signatories) or acceded (1993); the
 * treaty itself entered into force on 1994-04-20 (see `milestones`). Periods: `from` inclusive, `to`
 * exclusive.
 */

import type { SourceId } from '../sources.js';
import type { StateCode } from '../state-codes.js';
import type { MembershipPeriod } from '../states.js';
import type { LocalizedText } from '../types.js';

/** What the record says about one period, keyed by the period's `from` date in `membershipTimeline`. */
type PeriodDetails = Omit<MembershipPeriod, 'status' | 'from' | 'to'>;

interface StateDefinition {
  readonly code: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: LocalizedText;
  readonly officialName: LocalizedText;
  readonly periods: Readonly<Record<string, PeriodDetails>>;
  readonly sources: readonly SourceId[];
}

const SIGNED_1992 = 'Signed the Collective Security Treaty in Tashkent on 15 May 1992.';
const NAME_SOURCES = ['un-m49'] as const;

const NOT_PROLONGED =
  'Did not sign the Protocol on prolongation of 2 April 1999; its participation ended when the treaty’s first five-year term expired on 20 April 1999 (the prolonged treaty runs from 21 April 1999).';
const EXPIRY_CONFLICT = {
  field: 'to',
  values: [
    { value: '1999-04-21', sources: ['pavlodar-protocol-prolongation-1999'] },
    { value: '1999-04-20', sources: ['gibler-alliances-cst'] },
  ],
  chosen: '1999-04-21',
  reason:
    'The Protocol on prolongation says the first term “expires on 20 April 1999” and extends the treaty from 21 April 1999, so 20 April is the last day of membership; Gibler gives 20 April as the day the three states “left”.',
} as const;

/** The first period of a 1992 signatory. */
const SIGNED_1992_SOURCES = [
  'kazinform-2021-04-23',
  'ria-2025-11-26-odkb-spravka',
  'wikipedia-oldrev-2006-csto',
  'pavlodar-protocol-prolongation-1999',
] as const;
const SIGNED_1992_PERIOD = { basis: SIGNED_1992, sources: SIGNED_1992_SOURCES } as const satisfies PeriodDetails;

export const stateData = {
  AM: {
    code: 'AM',
    alpha3: 'ARM',
    numeric: '051',
    name: { en: 'Armenia', ru: 'Армения' },
    officialName: { en: 'Republic of Armenia', ru: 'Республика Армения' },
    periods: {
      '1992-05-15': SIGNED_1992_PERIOD,
      '2024-02-22': {
        basis:
          'Prime Minister Nikol Pashinyan said in an interview with France 24, published on 22 February 2024, that Armenia had in practical terms frozen its participation.',
        note: 'A political decision, not a legal act: Armenia has no permanent representative, attends no high-level events and since 2024 does not finance the organisation (it notified the Secretariat of this in March 2025), but has sent no withdrawal notice. Russia’s foreign ministry said on 11 December 2025 that Armenia remains a full member and that a “freeze” is not provided for by the organisation’s law.',
        sources: [
          'kyivindependent-2024-02-23-am-freeze',
          'rt-2024-02-22-am-suspends',
          'sputnik-2024-02-23-no-notice',
          'vedomosti-2024-02-28-de-jure',
          'massispost-2024-05-09-no-financing',
          'bakuinform-2025-am-notified-secretariat',
          'ria-2025-11-26-am-no-exit-task',
          'haqqin-2025-12-11-zakharova',
          'gazeta-2026-01-20-svr-report',
        ],
        conflicts: [
          {
            field: 'from',
            values: [
              { value: '2024-02-22', sources: ['rt-2024-02-22-am-suspends', 'kyivindependent-2024-02-23-am-freeze'] },
              { value: '2024-02-23', sources: ['asbarez-2024-02-23-am-frozen'] },
            ],
            chosen: '2024-02-22',
            reason:
              'The interview was published on Thursday 22 February 2024; outlets dated 23 February report it a day later.',
          },
        ],
      },
    },
    sources: NAME_SOURCES,
  },
  AZ: {
    code: 'AZ',
    alpha3: 'AZE',
    numeric: '031',
    name: { en: 'Azerbaijan', ru: 'Азербайджан' },
    officialName: { en: 'Republic of Azerbaijan', ru: 'Азербайджанская Республика' },
    periods: {
      '1993-09-24': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 24 September 1993.',
        note: NOT_PROLONGED,
        sources: [
          'wikipedia-oldrev-2006-csto',
          'gibler-alliances-cst',
          'ria-2025-11-26-odkb-spravka',
          'pavlodar-protocol-prolongation-1999',
        ],
        conflicts: [EXPIRY_CONFLICT],
      },
    },
    sources: NAME_SOURCES,
  },
  BY: {
    code: 'BY',
    alpha3: 'BLR',
    numeric: '112',
    name: { en: 'Belarus', ru: 'Беларусь' },
    officialName: { en: 'Republic of Belarus', ru: 'Республика Беларусь' },
    periods: {
      '1993-12-31': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 31 December 1993.',
        sources: [
          'wikipedia-oldrev-2006-csto',
          'gibler-alliances-cst',
          'ria-2025-11-26-odkb-spravka',
          'kazinform-2021-04-23',
        ],
      },
    },
    sources: NAME_SOURCES,
  },
  GE: {
    code: 'GE',
    alpha3: 'GEO',
    numeric: '268',
    name: { en: 'Georgia', ru: 'Грузия' },
    officialName: { en: 'Georgia', ru: 'Грузия' },
    periods: {
      '1993-12-09': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 9 December 1993.',
        note: NOT_PROLONGED,
        sources: [
          'wikipedia-oldrev-2006-csto',
          'gibler-alliances-cst',
          'ria-2025-11-26-odkb-spravka',
          'pavlodar-protocol-prolongation-1999',
        ],
        conflicts: [
          EXPIRY_CONFLICT,
          {
            field: 'from',
            values: [
              { value: '1993-12-09', sources: ['wikipedia-oldrev-2006-csto', 'gibler-alliances-cst'] },
              { value: '1993-09-09', sources: ['blogen-ru-wiki-translation'] },
            ],
            chosen: '1993-12-09',
            reason:
              'Two independent sources give 9 December 1993 and RIA Novosti gives “December 1993”; 9 September appears only in a machine translation.',
          },
        ],
      },
    },
    sources: NAME_SOURCES,
  },
  KG: {
    code: 'KG',
    alpha3: 'KGZ',
    numeric: '417',
    name: { en: 'Kyrgyzstan', ru: 'Кыргызстан' },
    officialName: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    sources: NAME_SOURCES,
  },
  KZ: {
    code: 'KZ',
    alpha3: 'KAZ',
    numeric: '398',
    name: { en: 'Kazakhstan', ru: 'Казахстан' },
    officialName: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан' },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    sources: NAME_SOURCES,
  },
  RU: {
    code: 'RU',
    alpha3: 'RUS',
    numeric: '643',
    name: { en: 'Russia', ru: 'Россия' },
    officialName: { en: 'Russian Federation', ru: 'Российская Федерация' },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    sources: NAME_SOURCES,
  },
  TJ: {
    code: 'TJ',
    alpha3: 'TJK',
    numeric: '762',
    name: { en: 'Tajikistan', ru: 'Таджикистан' },
    officialName: { en: 'Republic of Tajikistan', ru: 'Республика Таджикистан' },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    sources: NAME_SOURCES,
  },
  UZ: {
    code: 'UZ',
    alpha3: 'UZB',
    numeric: '860',
    name: { en: 'Uzbekistan', ru: 'Узбекистан' },
    officialName: { en: 'Republic of Uzbekistan', ru: 'Республика Узбекистан' },
    periods: {
      '1992-05-15': {
        basis: SIGNED_1992,
        note: 'Did not sign the Protocol on prolongation of 2 April 1999; its participation ended when the treaty’s first five-year term expired on 20 April 1999 (the prolonged treaty runs from 21 April 1999). Uzbekistan held that it had only suspended its active participation and never denounced the treaty.',
        sources: SIGNED_1992_SOURCES,
        conflicts: [EXPIRY_CONFLICT],
      },
      '2006-08-16': {
        basis:
          'The Protocol on the restoration of the membership of the Republic of Uzbekistan was signed in Sochi on 16 August 2006; President Islam Karimov signed the law ratifying it on 13 December 2006.',
        note: 'On 28 March 2008 Uzbekistan’s parliament also ratified its accession to the Protocol on prolongation, the Charter and the Agreement on the legal status.',
        sources: [
          'obozrevatel-2006-12-14-uz-ratification',
          'asiaplus-2006-08-17-uz-approved',
          'lenta-2006-12-13-uz-returned',
          'rian-2006-12-13-uz-returns',
          'narodinfo-2008-03-28-uz-accessions',
        ],
        conflicts: [
          {
            field: 'from',
            values: [
              { value: '2006-06-23', sources: ['panarmenian-2006-06-24-uz-restored', 'uncensored-wiki-csto-2007'] },
              {
                value: '2006-08-16',
                sources: ['obozrevatel-2006-12-14-uz-ratification', 'asiaplus-2006-08-17-uz-approved'],
              },
              { value: '2006-12-13', sources: ['lenta-2006-12-13-uz-returned', 'rian-2006-12-13-uz-returns'] },
            ],
            chosen: '2006-08-16',
            reason:
              'The return was announced at the Minsk summit of 23 June 2006, but the legal act restoring membership is the Protocol signed in Sochi on 16 August 2006; its ratification (13 December 2006) completed Uzbekistan’s side.',
          },
        ],
      },
      '2012-06-28': {
        basis:
          'Uzbekistan sent the Secretariat a note suspending its activity in the organisation; the Secretariat confirmed its receipt on 28 June 2012.',
        note: 'The Charter does not provide for unilateral withdrawal: until the Collective Security Council decided on 19 December 2012, Uzbekistan remained a formal member that had stopped taking part.',
        sources: [
          'tass-2012-06-28-uz-note',
          'rt-2012-06-28-uz-quits',
          'day-kyiv-2012-12-20-uz',
          'tass-2012-12-19-uz-suspended',
        ],
      },
      '2012-12-19': {
        basis:
          'The Collective Security Council, meeting in Moscow on 19 December 2012, decided to suspend Uzbekistan’s membership at its request.',
        sources: ['tass-2012-12-19-uz-suspended', 'belta-2012-12-19-uz-suspended'],
      },
    },
    sources: NAME_SOURCES,
  },
} as const satisfies Record<StateCode, StateDefinition>;
