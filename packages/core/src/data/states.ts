/**
 * Every state ever party to the Collective Security Treaty, with its full membership history.
 * Convention: a state counts as party from the day it signed (1992 signatories) or acceded (1993); the
 * treaty itself entered into force on 1994-04-20 (see `milestones`). Periods: `from` inclusive, `to`
 * exclusive.
 */

import type { Citation, LocalizedText } from '../model/common.js';
import type { StateCode } from '../model/ids.generated.js';
import type { MembershipPeriod, StateIdentifiers } from '../model/state.js';

/** What the record says about one period, keyed by the period's `from` date in `membershipTimeline`. */
type PeriodDetails = Omit<MembershipPeriod, 'status' | 'from' | 'to'>;

interface StateDefinition {
  readonly code: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: LocalizedText;
  readonly officialName: LocalizedText;
  readonly aliases: readonly string[];
  readonly ids: StateIdentifiers;
  readonly periods: Readonly<Record<string, PeriodDetails>>;
  readonly citations: readonly Citation[];
}

/**
 * Where the passages of the code list of the countrycode package stand: the row of the state, from the column
 * `cow.name` to the column `gwn`, the Correlates of War and Gleditsch–Ward codes among them.
 */
const COUNTRYCODE_COLUMNS =
  'Row of the state, columns cow.name to gwn of the header: cow.name,cowc,cown,currency,dhs,ecb,eu28,eurocontrol_pru,eurocontrol_statfor,eurostat,fao,fips,gaul,genc2c,genc3c,genc3n,gwc,gwn';

const SIGNED_1992 = 'Signed the Collective Security Treaty in Tashkent on 15 May 1992.';

const NOT_PROLONGED =
  'Did not sign the Protocol on prolongation of 2 April 1999; its participation ended when the treaty’s first five-year term expired on 20 April 1999 (the prolonged treaty runs from 21 April 1999).';
const EXPIRY_CONFLICT = {
  field: 'to',
  values: [
    {
      value: '1999-04-21',
      citations: [
        {
          source: 'pavlodar-protocol-prolongation-1999',
          passage: 'учитывая, что определенный статьей 11 Договора срок его действия истекает 20 апреля 1999 года',
          gloss:
            'considering that the term of its validity determined by Article 11 of the Treaty expires on 20 April 1999',
        },
      ],
    },
    {
      value: '1999-04-20',
      citations: [
        {
          source: 'gibler-alliances-cst',
          passage:
            'In force as of date of publication of this volume, except for Azerbaijan, Georgia, and Uzbekistan (three countries that left the alliance on April 20, 1999).',
        },
      ],
    },
  ],
  chosen: '1999-04-21',
  reason:
    'The Protocol on prolongation says the first term “expires on 20 April 1999” and extends the treaty from 21 April 1999, so 20 April is the last day of membership; Gibler gives 20 April as the day the three states “left”.',
} as const;

/** The first period of a 1992 signatory. */
const SIGNED_1992_CITATIONS = [
  {
    source: 'ria-2025-11-26-odkb-spravka',
    passage:
      'Договор о коллективной безопасности был подписан 15 мая 1992 года в Ташкенте (Узбекистан) главами шести государств-участников СНГ – Армении, Казахстана, Киргизии, России, Таджикистана, Узбекистана.',
    gloss:
      'The Collective Security Treaty was signed on 15 May 1992 in Tashkent (Uzbekistan) by the heads of six CIS member states – Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.',
  },
  {
    source: 'kazinform-2021-04-23',
    passage:
      'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
  },
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
    passage: 'учитывая, что определенный статьей 11 Договора срок его действия истекает 20 апреля 1999 года',
    gloss: 'considering that the term of its validity determined by Article 11 of the Treaty expires on 20 April 1999',
  },
] as const;
const SIGNED_1992_PERIOD = { basis: SIGNED_1992, citations: SIGNED_1992_CITATIONS } as const satisfies PeriodDetails;

export const stateData = {
  AM: {
    code: 'AM',
    alpha3: 'ARM',
    numeric: '051',
    name: { en: 'Armenia', ru: 'Армения' },
    officialName: { en: 'Republic of Armenia', ru: 'Республика Армения' },
    aliases: ['Armenian', 'Hayastan', 'Armenian SSR', 'Армянская ССР'],
    ids: {
      wikidata: 'Q399',
      cow: 371,
      gw: 371,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Armenia,ARM,371,Armenian Dram,AM,AM,NA,Eurocontrol,Other Europe,AM,1,AM,13,AM,ARM,051,ARM,371',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q399": {\n    "iso2": "AM",\n    "iso3": "ARM",\n    "name": "Armenia",',
        },
      ],
    },
    periods: {
      '1992-05-15': SIGNED_1992_PERIOD,
      '2024-02-22': {
        basis:
          'Prime Minister Nikol Pashinyan said in an interview with France 24, published on 22 February 2024, that Armenia had in practical terms frozen its participation.',
        note: 'A political decision, not a legal act: Armenia has no permanent representative, attends no high-level events and does not finance the organisation: its foreign ministry announced on 8 May 2024 that it would not join the Council’s decision on the 2024 budget nor take part in financing the organisation, and said in March 2025 that it had notified the Secretariat of this. It has sent no withdrawal notice. Russia’s foreign ministry said on 11 December 2025 that Armenia remains a full member and that a “freeze” is not provided for by the organisation’s law.',
        citations: [
          {
            source: 'kyivindependent-2024-02-23-am-freeze',
            passage:
              'Yerevan has "frozen" its participation in the Collective Security Treaty Organization (CSTO) because it failed to uphold its objectives regarding Armenia, Armenian Prime Minister Nikol Pashinyan told France 24 on Feb. 22.',
          },
          {
            source: 'rt-2024-02-22-am-suspends',
            passage:
              'In an interview with France 24 that was published on Thursday, Pashinyan said that his country has grown dissatisfied with the Collective Security Treaty Organization (CSTO)',
          },
          {
            source: 'sputnik-2024-02-23-no-notice',
            passage:
              '"To date, the CSTO Secretariat has not received any notices from Yerevan on the suspension of its CSTO membership.',
          },
          {
            source: 'vedomosti-2024-02-28-pashinyan',
            passage:
              'Он также пояснил, что заморозка отношений с ОДКБ означает, что у Армении нет постпреда при организации и она не участвует в мероприятиях на высоком и высшем уровне.',
            gloss:
              'He also explained that the freezing of relations with the CSTO means that Armenia has no permanent representative to the organization and does not take part in events at the high and highest level.',
          },
          {
            source: 'korrespondent-2024-05-08-funding',
            passage:
              'Власти Армении решили прекратить финансирование деятельности Организации Договора о коллективной безопасности (ОДКБ). Об этом сказала спикер МИД страны Ани Бадалян, сообщает Armenpress в среду, 8 мая.',
            gloss:
              'The Armenian authorities decided to stop financing the activities of the CSTO. The foreign ministry spokeswoman Ani Badalyan said so, Armenpress reports on Wednesday, 8 May.',
          },
          {
            source: 'massispost-2024-05-09-no-financing',
            passage:
              '“The Republic of Armenia will refrain from joining the CSTO Collective Security Council’s decision on the CSTO Budget for 2024 and will not participate in the financing of the organization’s activities',
          },
          {
            source: 'bakuinform-2025-am-notified-secretariat',
            passage:
              '«Армянская сторона официально уведомила секретариат ОДКБ, что воздерживается от подписания решения Совета коллективной безопасности ОДКБ «О бюджете ОДКБ на 2024 год» и участия в предусмотренном им финансировании деятельности организации»',
            gloss:
              "“The Armenian side has officially notified the CSTO Secretariat that it refrains from signing the decision of the CSTO Collective Security Council “On the CSTO budget for 2024” and from participating in the financing of the organization's activities provided for by it”",
          },
          {
            source: 'ria-2025-11-26-am-no-exit-task',
            passage:
              'В марте 2025-го Армения отказалась участвовать в финансировании ОДКБ, а в июле Пашинян заявил, что республика скорее выйдет из организации, чем разморозит членство. В саммите, который проходит в Бишкеке, Армения не участвует.',
            gloss:
              'In March 2025 Armenia refused to participate in the financing of the CSTO, and in July Pashinyan stated that the republic would sooner leave the organization than unfreeze its membership. Armenia is not taking part in the summit being held in Bishkek.',
          },
          {
            source: 'haqqin-2025-12-11-zakharova',
            passage:
              '«Армения остается полноправным членом ОДКБ, который сохраняет за собой все соответствующие права и обязательства.',
            gloss:
              '“Armenia remains a full member of the CSTO, which retains all the corresponding rights and obligations.',
          },
          {
            source: 'gazeta-2026-01-20-svr-report',
            passage:
              '«В частности, разморозка членства Армении в ОДКБ, по всей вероятности, не произойдет, что мы продолжаем оценивать как вызов авторитету региональной структуры безопасности и источник последствий для других государств-членов организации»',
            gloss:
              "“In particular, the unfreezing of Armenia's membership in the CSTO will, in all likelihood, not take place, which we continue to assess as a challenge to the authority of the regional security structure and a source of consequences for the other member states of the organization”",
          },
        ],
        conflicts: [
          {
            field: 'from',
            values: [
              {
                value: '2024-02-22',
                citations: [
                  {
                    source: 'rt-2024-02-22-am-suspends',
                    passage:
                      'In an interview with France 24 that was published on Thursday, Pashinyan said that his country has grown dissatisfied with the Collective Security Treaty Organization (CSTO)',
                  },
                  {
                    source: 'kyivindependent-2024-02-23-am-freeze',
                    passage:
                      'Yerevan has "frozen" its participation in the Collective Security Treaty Organization (CSTO) because it failed to uphold its objectives regarding Armenia, Armenian Prime Minister Nikol Pashinyan told France 24 on Feb. 22.',
                  },
                ],
              },
              {
                value: '2024-02-23',
                citations: [
                  {
                    source: 'asbarez-2024-02-23-frozen',
                    passage:
                      '“The Armenian side has not taken any official action in this regard,” he said, referring to the purported freezing of its CSTO participation.',
                  },
                ],
              },
            ],
            chosen: '2024-02-22',
            reason:
              'The interview was published on Thursday 22 February 2024; outlets dated 23 February report it a day later.',
          },
        ],
      },
    },
    citations: [{ source: 'un-m49', passage: 'Armenia 051 ARM', locator: 'Overview table' }],
  },
  AZ: {
    code: 'AZ',
    alpha3: 'AZE',
    numeric: '031',
    name: { en: 'Azerbaijan', ru: 'Азербайджан' },
    officialName: { en: 'Republic of Azerbaijan', ru: 'Азербайджанская Республика' },
    aliases: ['Azerbaijani', 'Azeri', 'Azerbaijan SSR', 'Азербайджанская ССР'],
    ids: {
      wikidata: 'Q227',
      cow: 373,
      gw: 373,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Azerbaijan,AZE,373,Azerbaijan Manat,AZ,AZ,NA,Asia,Other Europe,AZ,52,AJ,19,AZ,AZE,031,AZE,373',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q227": {\n    "iso2": "AZ",\n    "iso3": "AZE",\n    "name": "Azerbaijan",',
        },
      ],
    },
    periods: {
      '1993-09-24': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 24 September 1993.',
        note: NOT_PROLONGED,
        citations: [
          {
            source: 'wikipedia-oldrev-2006-csto',
            passage:
              'Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.',
          },
          {
            source: 'gibler-alliances-cst',
            passage:
              'In force as of date of publication of this volume, except for Azerbaijan, Georgia, and Uzbekistan (three countries that left the alliance on April 20, 1999).',
          },
          {
            source: 'ria-2025-11-26-odkb-spravka',
            passage:
              'В сентябре 1993 года к нему присоединился Азербайджан, в декабре того же года – Грузия и Белоруссия. Договор вступил в силу 20 апреля 1994 года.',
            gloss:
              'In September 1993 Azerbaijan acceded to it, and in December of the same year Georgia and Belarus. The Treaty entered into force on 20 April 1994.',
          },
          {
            source: 'pavlodar-protocol-prolongation-1999',
            passage: 'учитывая, что определенный статьей 11 Договора срок его действия истекает 20 апреля 1999 года',
            gloss:
              'considering that the term of its validity determined by Article 11 of the Treaty expires on 20 April 1999',
          },
        ],
        conflicts: [EXPIRY_CONFLICT],
      },
    },
    citations: [{ source: 'un-m49', passage: 'Azerbaijan 031 AZE', locator: 'Overview table' }],
  },
  BY: {
    code: 'BY',
    alpha3: 'BLR',
    numeric: '112',
    name: { en: 'Belarus', ru: 'Беларусь' },
    officialName: { en: 'Republic of Belarus', ru: 'Республика Беларусь' },
    aliases: ['Byelorussia', 'Belorussia', 'Belarusian', 'Byelorussian SSR', 'Белоруссия', 'Белорусская ССР', 'РБ'],
    ids: {
      wikidata: 'Q184',
      cow: 370,
      gw: 370,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Belarus,BLR,370,Belarusian Ruble,,BY,NA,Asia,Other Europe,BY,57,BO,26,BY,BLR,112,BLR,370',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q184": {\n    "iso2": "BY",\n    "iso3": "BLR",\n    "name": "Belarus",',
        },
      ],
    },
    periods: {
      '1993-12-31': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 31 December 1993.',
        citations: [
          {
            source: 'wikipedia-oldrev-2006-csto',
            passage:
              'Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.',
          },
          {
            source: 'gibler-alliances-cst',
            passage:
              'In force as of date of publication of this volume, except for Azerbaijan, Georgia, and Uzbekistan (three countries that left the alliance on April 20, 1999).',
          },
          {
            source: 'ria-2025-11-26-odkb-spravka',
            passage:
              'В сентябре 1993 года к нему присоединился Азербайджан, в декабре того же года – Грузия и Белоруссия. Договор вступил в силу 20 апреля 1994 года.',
            gloss:
              'In September 1993 Azerbaijan acceded to it, and in December of the same year Georgia and Belarus. The Treaty entered into force on 20 April 1994.',
          },
          {
            source: 'kazinform-2021-04-23',
            passage:
              'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
          },
        ],
      },
    },
    citations: [{ source: 'un-m49', passage: 'Belarus 112 BLR', locator: 'Overview table' }],
  },
  GE: {
    code: 'GE',
    alpha3: 'GEO',
    numeric: '268',
    name: { en: 'Georgia', ru: 'Грузия' },
    officialName: { en: 'Georgia', ru: 'Грузия' },
    aliases: ['Georgian', 'Sakartvelo', 'Georgian SSR', 'Грузинская ССР'],
    ids: {
      wikidata: 'Q230',
      cow: 372,
      gw: 372,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Georgia,GRG,372,Lari,,GE,NA,Eurocontrol,Other Europe,GE,73,GG,92,GE,GEO,268,GRG,372',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q230": {\n    "iso2": "GE",\n    "iso3": "GEO",\n    "name": "Georgia",',
        },
      ],
    },
    periods: {
      '1993-12-09': {
        basis: 'Acceded to the Collective Security Treaty by signing it on 9 December 1993.',
        note: NOT_PROLONGED,
        citations: [
          {
            source: 'wikipedia-oldrev-2006-csto',
            passage:
              'Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.',
          },
          {
            source: 'gibler-alliances-cst',
            passage:
              'In force as of date of publication of this volume, except for Azerbaijan, Georgia, and Uzbekistan (three countries that left the alliance on April 20, 1999).',
          },
          {
            source: 'ria-2025-11-26-odkb-spravka',
            passage:
              'В сентябре 1993 года к нему присоединился Азербайджан, в декабре того же года – Грузия и Белоруссия. Договор вступил в силу 20 апреля 1994 года.',
            gloss:
              'In September 1993 Azerbaijan acceded to it, and in December of the same year Georgia and Belarus. The Treaty entered into force on 20 April 1994.',
          },
          {
            source: 'pavlodar-protocol-prolongation-1999',
            passage: 'учитывая, что определенный статьей 11 Договора срок его действия истекает 20 апреля 1999 года',
            gloss:
              'considering that the term of its validity determined by Article 11 of the Treaty expires on 20 April 1999',
          },
        ],
        conflicts: [
          EXPIRY_CONFLICT,
          {
            field: 'from',
            values: [
              {
                value: '1993-12-09',
                citations: [
                  {
                    source: 'wikipedia-oldrev-2006-csto',
                    passage:
                      'Azerbaijan likewise signed the treaty on September 24, 1993, Georgia on December 9, 1993 and Belarus on December 31, 1993. The treaty came into effect on April 20, 1994.',
                  },
                  {
                    source: 'gibler-alliances-cst',
                    passage:
                      'In force as of date of publication of this volume, except for Azerbaijan, Georgia, and Uzbekistan (three countries that left the alliance on April 20, 1999).',
                  },
                ],
              },
              {
                value: '1993-09-09',
                citations: [
                  {
                    source: 'blogen-ru-wiki-translation',
                    passage:
                      'Azerbaijan signed the treaty on September 24, 1993, Georgia on September 9, 1993, Belarus - December 31, 1993. The treaty entered into force on April 20, 1994.',
                  },
                ],
              },
            ],
            chosen: '1993-12-09',
            reason:
              'Two independent sources give 9 December 1993 and RIA Novosti gives “December 1993”; 9 September appears only in a machine translation.',
          },
        ],
      },
    },
    citations: [{ source: 'un-m49', passage: 'Georgia 268 GEO', locator: 'Overview table' }],
  },
  KG: {
    code: 'KG',
    alpha3: 'KGZ',
    numeric: '417',
    name: { en: 'Kyrgyzstan', ru: 'Кыргызстан' },
    officialName: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
    aliases: ['Kyrgyz', 'Kyrgyz Republic', 'Kirghizia', 'Kirgizia', 'Kirghiz SSR', 'Киргизия', 'Киргизская ССР', 'КР'],
    ids: {
      wikidata: 'Q813',
      cow: 703,
      gw: 703,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Kyrgyzstan,KYR,703,Som,KY,KG,NA,Asia,Asia/Pacific,KG,113,KG,138,KG,KGZ,417,KYR,703',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'entitree-countries',
          passage: 'item: "http://www.wikidata.org/entity/Q813",\n    name: "Kyrgyzstan",\n    code: "KG",',
        },
      ],
    },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    citations: [{ source: 'un-m49', passage: 'Kyrgyzstan 417 KGZ', locator: 'Overview table' }],
  },
  KZ: {
    code: 'KZ',
    alpha3: 'KAZ',
    numeric: '398',
    name: { en: 'Kazakhstan', ru: 'Казахстан' },
    officialName: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан' },
    aliases: ['Kazakh', 'Kazakstan', 'Kazakh SSR', 'Казахская ССР', 'РК'],
    ids: {
      wikidata: 'Q232',
      cow: 705,
      gw: 705,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Kazakhstan,KZK,705,Tenge,KK,KZ,NA,Asia,Asia/Pacific,KZ,108,KZ,132,KZ,KAZ,398,KZK,705',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q232": {\n    "iso2": "KZ",\n    "iso3": "KAZ",\n    "name": "Kazakhstan",',
        },
      ],
    },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    citations: [{ source: 'un-m49', passage: 'Kazakhstan 398 KAZ', locator: 'Overview table' }],
  },
  RU: {
    code: 'RU',
    alpha3: 'RUS',
    numeric: '643',
    name: { en: 'Russia', ru: 'Россия' },
    officialName: { en: 'Russian Federation', ru: 'Российская Федерация' },
    aliases: ['Russian Federation', 'RF', 'Russian', 'Russian SFSR', 'РФ', 'РСФСР'],
    ids: {
      wikidata: 'Q159',
      cow: 365,
      gw: 365,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Russia,RUS,365,Russian Ruble,,RU,NA,Russia,Other Europe,RU,185,RS,204,RU,RUS,643,RUS,365',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q159": {\n    "iso2": "RU",\n    "iso3": "RUS",\n    "name": "Russia",',
        },
      ],
    },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    citations: [{ source: 'un-m49', passage: 'Russian Federation 643 RUS', locator: 'Overview table' }],
  },
  TJ: {
    code: 'TJ',
    alpha3: 'TJK',
    numeric: '762',
    name: { en: 'Tajikistan', ru: 'Таджикистан' },
    officialName: { en: 'Republic of Tajikistan', ru: 'Республика Таджикистан' },
    aliases: ['Tajik', 'Tadzhikistan', 'Tadjikistan', 'Tajik SSR', 'Таджикская ССР', 'РТ'],
    ids: {
      wikidata: 'Q863',
      cow: 702,
      gw: 702,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Tajikistan,TAJ,702,Somoni,TJ,TJ,NA,Asia,Asia/Pacific,TJ,208,TI,239,TJ,TJK,762,TAJ,702',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'entitree-countries',
          passage: 'item: "http://www.wikidata.org/entity/Q863",\n    name: "Tajikistan",\n    code: "TJ",',
        },
      ],
    },
    periods: { '1992-05-15': SIGNED_1992_PERIOD },
    citations: [{ source: 'un-m49', passage: 'Tajikistan 762 TJK', locator: 'Overview table' }],
  },
  UZ: {
    code: 'UZ',
    alpha3: 'UZB',
    numeric: '860',
    name: { en: 'Uzbekistan', ru: 'Узбекистан' },
    officialName: { en: 'Republic of Uzbekistan', ru: 'Республика Узбекистан' },
    aliases: ['Uzbek', 'Uzbek SSR', 'Узбекская ССР', 'РУз'],
    ids: {
      wikidata: 'Q265',
      cow: 704,
      gw: 704,
      citations: [
        {
          source: 'countrycode-codelist',
          passage: 'Uzbekistan,UZB,704,Uzbekistan Sum,UZ,UZ,NA,Asia,Asia/Pacific,UZ,235,UZ,261,UZ,UZB,860,UZB,704',
          locator: COUNTRYCODE_COLUMNS,
        },
        {
          source: 'conzept-countries',
          passage: '"Q265": {\n    "iso2": "UZ",\n    "iso3": "UZB",\n    "name": "Uzbekistan",',
        },
      ],
    },
    periods: {
      '1992-05-15': {
        basis: SIGNED_1992,
        note: 'Did not sign the Protocol on prolongation of 2 April 1999; its participation ended when the treaty’s first five-year term expired on 20 April 1999 (the prolonged treaty runs from 21 April 1999). Uzbekistan held that it had only suspended its active participation and never denounced the treaty.',
        citations: SIGNED_1992_CITATIONS,
        conflicts: [EXPIRY_CONFLICT],
      },
      '2006-08-16': {
        basis:
          'The Protocol on the restoration of the membership of the Republic of Uzbekistan was signed in Sochi on 16 August 2006; President Islam Karimov signed the law ratifying it on 13 December 2006.',
        note: 'On 28 March 2008 Uzbekistan’s parliament also ratified its accession to the Protocol on prolongation, the Charter and the Agreement on the legal status.',
        citations: [
          {
            source: 'obozrevatel-2006-12-14-uz-ratification',
            passage:
              'Протокол о восстановлении членства республики в ОДКБ был подписан в Сочи 16 августа 2006 г. Законопроект о ратификации этого документа был принят нижней палатой парламента страны 21 ноября и одобрен сенатом 1 декабря',
            gloss:
              "The Protocol on the restoration of the republic's membership in the CSTO was signed in Sochi on 16 August 2006. The bill on the ratification of this document was adopted by the lower chamber of the country's parliament on 21 November and approved by the Senate on 1 December",
          },
          {
            source: 'asiaplus-2006-08-17-uz-approved',
            passage:
              'Russian president’s official website says an appropriate document on this subject was signed yesterday.',
          },
          {
            source: 'lenta-2006-12-13-uz-returned',
            passage:
              'Президент Узбекистана Ислам Каримов подписал закон, который восстанавливает членство республики в Организации договора о коллективной безопасности',
            gloss:
              "The President of Uzbekistan, Islam Karimov, signed a law that restores the republic's membership in the Collective Security Treaty Organization",
          },
          {
            source: 'rian-2006-12-13-uz-returns',
            passage:
              "Uzbekistan's lawmakers passed the bill on CSTO membership on November 21, and the upper house gave its approval on December 1.",
          },
          {
            source: 'narodinfo-2008-03-28-uz-accessions',
            passage:
              '13 декабря 2006 года президент страны Ислам Каримов подписал закон о восстановлении членства в ОДКБ.',
            gloss:
              "On 13 December 2006 the country's president, Islam Karimov, signed the law on the restoration of membership in the CSTO.",
          },
        ],
        conflicts: [
          {
            field: 'from',
            values: [
              {
                value: '2006-06-23',
                citations: [
                  {
                    source: 'panarmenian-2006-06-24-uz-restored',
                    passage:
                      'Uzbekistan has cancelled moratorium on active work within the Collective Security Treaty Organization (CSTO) and became a full member of the Organization, it was announced at the CSTO Summit held in Minsk on Friday.',
                  },
                  {
                    source: 'uncensored-wiki-csto-2007',
                    passage: 'On 23 June 2006, Vladimir Putin announced that Uzbekistan had also joined the CSTO.',
                  },
                ],
              },
              {
                value: '2006-08-16',
                citations: [
                  {
                    source: 'obozrevatel-2006-12-14-uz-ratification',
                    passage:
                      'Протокол о восстановлении членства республики в ОДКБ был подписан в Сочи 16 августа 2006 г. Законопроект о ратификации этого документа был принят нижней палатой парламента страны 21 ноября и одобрен сенатом 1 декабря',
                    gloss:
                      "The Protocol on the restoration of the republic's membership in the CSTO was signed in Sochi on 16 August 2006. The bill on the ratification of this document was adopted by the lower chamber of the country's parliament on 21 November and approved by the Senate on 1 December",
                  },
                  {
                    source: 'asiaplus-2006-08-17-uz-approved',
                    passage:
                      'Russian president’s official website says an appropriate document on this subject was signed yesterday.',
                  },
                ],
              },
              {
                value: '2006-12-13',
                citations: [
                  {
                    source: 'lenta-2006-12-13-uz-returned',
                    passage:
                      'Президент Узбекистана Ислам Каримов подписал закон, который восстанавливает членство республики в Организации договора о коллективной безопасности',
                    gloss:
                      "The President of Uzbekistan, Islam Karimov, signed a law that restores the republic's membership in the Collective Security Treaty Organization",
                  },
                  {
                    source: 'rian-2006-12-13-uz-returns',
                    passage:
                      "Uzbekistan's lawmakers passed the bill on CSTO membership on November 21, and the upper house gave its approval on December 1.",
                  },
                ],
              },
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
        citations: [
          {
            source: 'tass-2012-06-28-uz-note',
            passage:
              'MOSCOW, June 28 (Itar-Tass) — Collective Security Treaty Organization /CSTO/ confirms that is has received a note from Uzbekistan on suspension of that country’s operations in the format of the organization, the CSTO Press Secretary Vladimir Zainetdinov told Itar-Tass.',
          },
          {
            source: 'tass-2012-06-28-uz-note',
            passage:
              '“I confirm the CSTO Secretariat has received a note on suspension of Uzbekistan’s activity in the framework of the alliance,” he said.',
          },
          {
            source: 'rt-2012-06-28-uz-quits',
            passage:
              'In 1999 Uzbekistan even quit the bloc by refusing to prolong its membership treaty, but in 2006 it re-joined.',
          },
          {
            source: 'day-kyiv-2012-12-20-uz',
            passage:
              'It will be reminded that in late June 2012 Uzbekistan sent a note to the CSTO Secretariat that it wanted to quit this organization.',
          },
          {
            source: 'tass-2012-12-19-uz-suspended',
            passage:
              "The Organization's Charter dose not provide for unilateral withdrawal, and suspension of membership is only possible by decision of the CSTO Collective Security Council.",
          },
        ],
      },
      '2012-12-19': {
        basis:
          'The Collective Security Council, meeting in Moscow on 19 December 2012, decided to suspend Uzbekistan’s membership at its request.',
        citations: [
          {
            source: 'belta-2012-12-19-uz-suspended',
            passage:
              '19 декабря, Москва /Татьяна Полежай - БЕЛТА/. Главы государств - членов ОДКБ на встрече в узком составе приняли решение о приостановлении членства Узбекистана в организации.',
            gloss:
              "19 December, Moscow /Tatyana Polezhai – BelTA/. The heads of state of the CSTO member states, at a meeting in restricted format, took a decision to suspend Uzbekistan's membership in the organization.",
          },
          {
            source: 'tass-2012-12-19-uz-suspended',
            passage:
              "The Organization's Charter dose not provide for unilateral withdrawal, and suspension of membership is only possible by decision of the CSTO Collective Security Council.",
          },
          {
            source: 'belta-2012-12-19-uz-suspended',
            passage:
              'Главы государств - членов ОДКБ на встрече в узком составе приняли решение о приостановлении членства Узбекистана в организации.',
            gloss:
              "The heads of state of the CSTO member states, at a meeting in restricted format, took a decision to suspend Uzbekistan's membership in the organization.",
          },
        ],
      },
    },
    citations: [{ source: 'un-m49', passage: 'Uzbekistan 860 UZB', locator: 'Overview table' }],
  },
} as const satisfies Record<StateCode, StateDefinition>;
