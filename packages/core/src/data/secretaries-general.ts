/** Secretaries General of the organisation, acting holders included, oldest first. */
import type { SecretaryGeneralTerm } from '../model/secretary-general.js';

const SEMERIKOV = { name: { en: 'Valery Semerikov', ru: 'Валерий Семериков' } } as const;

export const secretaryGeneralData = [
  {
    id: 'bordyuzha',
    person: { name: { en: 'Nikolai Bordyuzha', ru: 'Николай Бордюжа' } },
    nationality: 'RU',
    acting: false,
    appointed: '2003-04-28',
    from: '2003-04-28',
    to: '2017-01-01',
    note: 'Appointed at the Council session of 28 April 2003 in Dushanbe; reappointed by the Council’s decision of 23 June 2006 (Minsk); re-elected at the extraordinary session of 4 February 2009 (Moscow); his powers extended for three years at the Moscow session of 19 December 2012; and extended to 31 December 2016 by the Council’s decision of 21 December 2015. His term expired on 31 December 2016.',
    citations: [
      {
        source: 'dkb-gov-ru-bordyuzha',
        passage: '28 апреля 2003 года на сессии Совета коллективной безопасности назначен Генеральным секретарем ОДКБ.',
      },
      {
        source: 'armeniasputnik-2017-01-01',
        passage:
          'установленных Решением Совета коллективной безопасности ОДКБ "О Генеральном секретаре Организации Договора о коллективной безопасности" от 21 декабря 2015 года, исполнение обязанностей Генерального секретаря ОДКБ с 1 января 2017 года возложено',
      },
      {
        source: 'irin-2003-04-29-dushanbe',
        passage:
          'The summit named Nikolai Bordiuzha, the 53-year-old former head of the Russian Security Council, secretary-general of the organisation.',
      },
      {
        source: 'armenianclub-panarmenian-2009-02-04',
        passage:
          'The extraordinary sitting of the Collective Security Council of the Collective Security Treaty Organization (CSTO) was held in Moscow today chaired by the President of the Republic of Armenia, Serzh Sargsyan.',
      },
      {
        source: 'knews-2012-12-20',
        passage: 'В течение следующего года Кыргызстан будет председательствовать в Организации.',
      },
    ],
  },
  {
    id: 'semerikov-2017',
    person: SEMERIKOV,
    nationality: 'RU',
    acting: true,
    from: '2017-01-01',
    to: '2017-05-02',
    note: 'Deputy Secretary General, acting until the next Secretary General took office.',
    citations: [
      {
        source: 'armeniasputnik-2017-01-01',
        passage:
          'установленных Решением Совета коллективной безопасности ОДКБ "О Генеральном секретаре Организации Договора о коллективной безопасности" от 21 декабря 2015 года, исполнение обязанностей Генерального секретаря ОДКБ с 1 января 2017 года возложено',
      },
      { source: 'kavkaz-uzel-302027', passage: 'Хачатуров был назначен новым генсеком ОДКБ 14 апреля.' },
    ],
  },
  {
    id: 'khachaturov',
    person: { name: { en: 'Yuri Khachaturov', ru: 'Юрий Хачатуров' } },
    nationality: 'AM',
    acting: false,
    appointed: '2017-04-14',
    from: '2017-05-02',
    to: '2018-11-02',
    note: 'Appointed at the informal Council meeting in Bishkek; relieved of the post by a Council decision of 2 November 2018, at the end of an early recall initiated by Armenia.',
    citations: [
      {
        source: 'vpk-179521',
        passage:
          '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича"',
      },
      { source: 'kavkaz-uzel-302027', passage: 'Хачатуров был назначен новым генсеком ОДКБ 14 апреля.' },
      {
        source: 'rg-2018-11-02',
        passage:
          'инициированная Армянской стороной процедура досрочного отзыва с должности Генерального секретаря Организации Договора о коллективной безопасности представителя Республики Армения Хачатурова Юрия Григорьевича завершена',
      },
      {
        source: 'armenpress-953167',
        passage:
          '“At the decision of the Collective Security Council of the CSTO, Y. Khachaturov is dismissed from the position of Secretary General of the organization,” CSTO said.',
      },
    ],
  },
  {
    id: 'semerikov-2018',
    person: SEMERIKOV,
    nationality: 'RU',
    acting: true,
    from: '2018-11-02',
    to: '2020-01-01',
    citations: [
      {
        source: 'kommersant-3794185',
        passage: 'Временно исполняющим обязанности генсека ОДКБ с 2 ноября является Валерий Семериков (Россия).',
      },
      {
        source: 'belsat-zas-2019',
        passage:
          'As a result, from November, 2018 to January, 2020 Russia’s representative Valery Semerikov, who earlier worked as Deputy Secretary General, is in charge of the organization',
      },
      {
        source: 'kyrtag-zas',
        passage:
          'Как сообщил исполняющий обязанности генсека ОДКБ Валерий Семериков, Станислав Зась приступит к своим обязанностям 1 января 2020 года.',
      },
    ],
  },
  {
    id: 'zas',
    person: { name: { en: 'Stanislav Zas', ru: 'Станислав Зась' } },
    nationality: 'BY',
    acting: false,
    appointed: '2019-11-28',
    from: '2020-01-01',
    to: '2023-01-01',
    note: 'Appointed at the Bishkek session of 28 November 2019 after the foreign ministers agreed his candidacy in May 2019.',
    citations: [
      {
        source: 'kyrtag-zas',
        passage:
          'Как сообщил исполняющий обязанности генсека ОДКБ Валерий Семериков, Станислав Зась приступит к своим обязанностям 1 января 2020 года.',
      },
      {
        source: 'sputnik-tj-2019-11-28',
        passage:
          'Исполнять обязанности генерального секретаря ОДКБ с 1 января 2020 года будет представитель от Беларуси Станислав Зась, сообщает корреспондент Sputnik Таджикистан.',
      },
      {
        source: 'euroradio-zas-2019',
        passage:
          'This was announced on May 22 by Russian Foreign Minister Sergei Lavrov following a meeting of the CSTO Ministerial Council meeting in Bishkek.',
      },
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
    ],
    conflicts: [
      {
        field: 'foreign ministers’ agreement',
        values: [
          {
            value: '2019-05-22',
            citations: [
              {
                source: 'euroradio-zas-2019',
                passage:
                  'This was announced on May 22 by Russian Foreign Minister Sergei Lavrov following a meeting of the CSTO Ministerial Council meeting in Bishkek.',
              },
            ],
          },
          {
            value: '2019-05-23',
            citations: [
              {
                source: 'azatutyun-29968629',
                passage:
                  'Meeting in Bishkek on May 23, Armenian Foreign Minister Zohrab Mnatsakanian and his counterparts from Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan agreed that Zas will take over as CSTO secretary general on January 1, 2020.',
              },
            ],
          },
        ],
        chosen: '2019-05-22',
        reason: 'Euroradio reports Lavrov’s announcement on 22 May; the date is not used by any helper.',
      },
    ],
  },
  {
    id: 'tasmagambetov',
    person: { name: { en: 'Imangali Tasmagambetov', ru: 'Имангали Тасмагамбетов' } },
    nationality: 'KZ',
    acting: false,
    appointed: '2022-11-23',
    from: '2023-01-01',
    to: '2026-01-01',
    note: 'Appointed at the Yerevan session for three years from 1 January 2023.',
    citations: [
      {
        source: 'weeklyblitz-shoigu-tasmagambetov',
        passage:
          'Imangali Tasmagambetov was appointed to the post of CSTO Secretary General from January 1, 2023 for a period of three years.',
      },
      { source: 'newsmail-55704460', passage: '1 января 2023 года Тасмагамбетов вступил в должность генсека ОДКБ.' },
      {
        source: 'csto-en-secretariat',
        passage:
          'The CSTO Secretary General - Tasmagambetov Imangali Nurgalievich (biographical information) - Republic of Kazakhstan',
      },
      {
        source: 'tass-en-2058773',
        passage: 'On January 1, Tasmagambetov will be replaced by Kyrgyzstan’s Taalatbek Masadykov.',
      },
    ],
  },
  {
    id: 'masadykov',
    person: { name: { en: 'Taalatbek Masadykov', ru: 'Таалатбек Масадыков' } },
    nationality: 'KG',
    acting: false,
    appointed: '2025-11-27',
    from: '2026-01-01',
    to: '2029-01-01',
    note: 'Appointed at the Bishkek session of 27 November 2025 for three years, 1 January 2026 to 31 December 2028.',
    citations: [
      {
        source: 'eccis-31236',
        passage:
          'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
      },
      {
        source: 'inform-kz-ru-81fe44',
        passage:
          'В ходе заседания утверждено решение о назначении Генеральным секретарем ОДКБ с 1 января 2026 года сроком на три года представителя Кыргызской Республики Таалатбека Масадыкова.',
      },
      {
        source: 'trend-4122731',
        passage:
          'At the summit, Taalatbek Masadykov of Kyrgyzstan was appointed as CSTO Secretary General, effective January 1, 2026, for a three-year term, succeeding Imangali Tasmagambetov.',
      },
      {
        source: 'vb-kg-454342',
        passage:
          'Генеральный секретарь ОДКБ Таалатбек Масадыков, вступивший в должность 1 января 2026 года, подчеркнул важность консолидированной работы для реализации приоритетов российского председательства',
      },
    ],
    conflicts: [
      {
        field: 'from',
        values: [
          {
            value: '2026-01-01',
            citations: [
              {
                source: 'eccis-31236',
                passage:
                  'The Collective Security Council appointed Taalatbek Masadykov to the position of Secretary-General for a three-year term – from January 1, 2026 to December 31, 2028.',
              },
              {
                source: 'tass-en-2058773',
                passage: 'On January 1, Tasmagambetov will be replaced by Kyrgyzstan’s Taalatbek Masadykov.',
              },
              {
                source: 'vb-kg-454342',
                passage:
                  'Генеральный секретарь ОДКБ Таалатбек Масадыков, вступивший в должность 1 января 2026 года, подчеркнул важность консолидированной работы для реализации приоритетов российского председательства',
              },
            ],
          },
          {
            value: '2025-12-28',
            citations: [
              {
                source: 'newsmail-69270002',
                passage:
                  'Мероприятие прошло с участием исполняющего обязанности генерального секретаря ОДКБ Таалатбека Масадыкова, который с 1 января 2026 года займет пост генсека ОДКБ',
              },
            ],
          },
        ],
        chosen: '2026-01-01',
        reason:
          'BelTA called Masadykov acting Secretary General on 28 December 2025, before his term began; the appointment decision and later reports give 1 January 2026.',
      },
    ],
  },
] as const satisfies readonly SecretaryGeneralTerm[];
