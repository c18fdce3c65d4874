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
        gloss:
          'On 28 April 2003, at the session of the Collective Security Council, he was appointed Secretary General of the CSTO.',
      },
      {
        source: 'armeniasputnik-2017-01-01',
        passage:
          'установленных Решением Совета коллективной безопасности ОДКБ "О Генеральном секретаре Организации Договора о коллективной безопасности" от 21 декабря 2015 года, исполнение обязанностей Генерального секретаря ОДКБ с 1 января 2017 года возложено',
        gloss:
          'established by the Decision of the CSTO Collective Security Council “On the Secretary General of the Collective Security Treaty Organization” of 21 December 2015, the performance of the duties of CSTO Secretary General from 1 January 2017 has been assigned',
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
        gloss: 'Over the next year Kyrgyzstan will chair the Organization.',
      },
      {
        source: 'dkb-gov-ru-bordyuzha',
        passage:
          'Решением СКБ от 23 июня 2006 года в Минске Н. Бордюжа назначен Генеральным секретарем ОДКБ на очередной трехлетний срок.',
        gloss:
          'By the CSC decision of 23 June 2006 in Minsk, N. Bordyuzha was appointed CSTO Secretary General for a further three-year term.',
      },
      {
        source: 'armeniasputnik-2017-01-01',
        passage:
          '"В связи с истечением 31 декабря 2016 года срока полномочий Генерального секретаря ОДКБ Бордюжи Николая Николаевича, установленных Решением Совета коллективной безопасности ОДКБ "О Генеральном секретаре Организации Договора о коллективной безопасности" от 21 декабря 2015 года,',
        gloss:
          '"In connection with the expiry on 31 December 2016 of the term of office of CSTO Secretary General Nikolai Nikolayevich Bordyuzha, set by the CSTO Collective Security Council decision "On the Secretary General of the CSTO" of 21 December 2015,',
      },
      {
        source: 'asbarez-2017-01-04-semerikov',
        passage: 'Nikolai Bordyuzha term as Secretary General ended on December 31, 2016.',
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
        gloss:
          'established by the Decision of the CSTO Collective Security Council “On the Secretary General of the Collective Security Treaty Organization” of 21 December 2015, the performance of the duties of CSTO Secretary General from 1 January 2017 has been assigned',
      },
      {
        source: 'kavkaz-uzel-302027',
        passage: 'Хачатуров был назначен новым генсеком ОДКБ 14 апреля.',
        gloss: 'Khachaturov was appointed the new CSTO Secretary General on 14 April.',
      },
      {
        source: 'armeniasputnik-2017-01-01',
        passage:
          'исполнение обязанностей Генерального секретаря ОДКБ с 1 января 2017 года возложено на заместителя Генерального секретаря ОДКБ Семерикова Валерия Анатольевича", — говорится в сообщении.',
        gloss:
          'the duties of CSTO Secretary General from 1 January 2017 are assigned to the CSTO Deputy Secretary General Valery Anatolyevich Semerikov," the statement says.',
      },
      {
        source: 'vpk-179521',
        passage:
          'БИШКЕК, 14 апр - РИА Новости. Генеральным секретарем ОДКБ со 2 мая 2017 года назначен Юрий Хачатуров, заявил и.о. генсека организации Валерий Семериков.',
        gloss:
          'BISHKEK, 14 April – RIA Novosti. Yuri Khachaturov has been appointed CSTO Secretary General from 2 May 2017, the organisation’s acting Secretary General Valery Semerikov said.',
      },
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
        gloss:
          '“In considering the question of the appointment of the Secretary General of the Collective Security Treaty Organization, a decision was unanimously adopted to appoint Yuri Grigoryevich Khachaturov from 2 May”',
      },
      {
        source: 'kavkaz-uzel-302027',
        passage: 'Хачатуров был назначен новым генсеком ОДКБ 14 апреля.',
        gloss: 'Khachaturov was appointed the new CSTO Secretary General on 14 April.',
      },
      {
        source: 'rg-2018-11-02',
        passage:
          'инициированная Армянской стороной процедура досрочного отзыва с должности Генерального секретаря Организации Договора о коллективной безопасности представителя Республики Армения Хачатурова Юрия Григорьевича завершена',
        gloss:
          'the procedure initiated by the Armenian side for the early recall of the representative of the Republic of Armenia, Yuri Grigoryevich Khachaturov, from the post of Secretary General of the Collective Security Treaty Organization has been completed',
      },
      {
        source: 'armenpress-953167',
        passage:
          '“At the decision of the Collective Security Council of the CSTO, Y. Khachaturov is dismissed from the position of Secretary General of the organization,” CSTO said.',
      },
      {
        source: 'naviny-2017-04-14',
        passage:
          'Организацию Договора о коллективной безопасности возглавит Юрий Хачатуров — такое решение приняли главы государств — членов ОДКБ 14 апреля на неформальной встрече в Бишкеке, сообщает ТАСС.',
        gloss:
          'Yuri Khachaturov will head the CSTO — the heads of the CSTO member states took this decision on 14 April at an informal meeting in Bishkek, TASS reports.',
      },
      {
        source: 'vpk-179521',
        passage:
          '"При рассмотрении вопроса о назначении генерального секретаря Организации Договора о коллективной безопасности единогласно принято решение назначить со 2 мая Хачатурова Юрия Григорьевича", - заявил журналистам по итогам неформального саммита ОДКБ Семериков.',
        gloss:
          '"When considering the appointment of the CSTO Secretary General, a unanimous decision was taken to appoint Yuri Grigoryevich Khachaturov from 2 May," Semerikov told journalists after the informal CSTO summit.',
      },
      {
        source: 'kavkaz-uzel-302027',
        passage: '14:30 / 02.05.2017Новый генсек ОДКБ Юрий Хачатуров вступил в должность',
        gloss: '14:30 / 02.05.2017 New CSTO Secretary General Yuri Khachaturov took office',
      },
      {
        source: 'rg-2018-11-02',
        passage:
          '"В соответствии с установленным порядком инициированная Армянской стороной процедура досрочного отзыва с должности Генерального секретаря Организации Договора о коллективной безопасности представителя Республики Армения Хачатурова Юрия Григорьевича завершена", - говорится на сайте организации.',
        gloss:
          '"In accordance with the established procedure, the procedure initiated by the Armenian side for the early recall of the representative of the Republic of Armenia Yuri Grigoryevich Khachaturov from the post of CSTO Secretary General has been completed," the organisation’s website says.',
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
        source: 'newsam-2018-11-05-sg-discussions',
        passage:
          'Yuri Khachaturov who is in charged in Armenia within the March 1 criminal case was recalled from the post on November 2. Valeriy Semerikov is acting secretary general.',
      },
      {
        source: 'kommersant-3794185',
        passage: 'Временно исполняющим обязанности генсека ОДКБ с 2 ноября является Валерий Семериков (Россия).',
        gloss: 'Since 2 November, the temporary acting CSTO Secretary General has been Valery Semerikov (Russia).',
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
        gloss:
          'As reported by the acting CSTO Secretary General, Valery Semerikov, Stanislav Zas will take up his duties on 1 January 2020.',
      },
      {
        source: 'rg-2018-11-02',
        passage: 'Исполнять обязанности генсека будет его заместитель Валерий Семериков.',
        gloss: 'His deputy Valery Semerikov will act as Secretary General. (article dated 02.11.2018)',
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
        gloss:
          'As reported by the acting CSTO Secretary General, Valery Semerikov, Stanislav Zas will take up his duties on 1 January 2020.',
      },
      {
        source: 'sputnik-tj-2019-11-28',
        passage:
          'Исполнять обязанности генерального секретаря ОДКБ с 1 января 2020 года будет представитель от Беларуси Станислав Зась, сообщает корреспондент Sputnik Таджикистан.',
        gloss:
          'The representative of Belarus, Stanislav Zas, will perform the duties of CSTO Secretary General from 1 January 2020, a Sputnik Tajikistan correspondent reports.',
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
      {
        source: 'kyrtag-zas',
        passage:
          'Генеральным секретарем Организации Договора о коллективной безопасности (ОДКБ) назначен представитель Беларуси Станислав Зась. Такое решение приняли главы-государств Организации на заседании 28 ноября в Бишкеке.',
        gloss:
          'Belarus’s representative Stanislav Zas has been appointed Secretary General of the CSTO. The heads of state of the Organisation took this decision at the session of 28 November in Bishkek.',
      },
      {
        source: 'news21by-2020-01-04-zas',
        passage:
          'Напомним, Станислав Зась утвержден лидерами Организации Договора о коллективной безопасности (ОДКБ) на должность генсека ОДКБ с 1 января 2020 года.',
        gloss:
          'Recall that Stanislav Zas was approved by the CSTO leaders for the post of CSTO Secretary General from 1 January 2020.',
      },
      {
        source: 'news21by-2020-01-04-zas',
        passage: 'Руководителя секретариата ОДКБ утверждают каждые три года – от каждой страны в алфавитном порядке.',
        gloss:
          'The head of the CSTO Secretariat is approved every three years — from each country in alphabetical order.',
      },
      {
        source: 'liga-tasmagambetov-2023',
        passage:
          'Ранее должность занимал представитель режима беларусского диктатора Александра Лукашенко Станислав Зась.',
        gloss:
          'The post was previously held by Stanislav Zas, a representative of the regime of the Belarusian dictator Alexander Lukashenko.',
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
    person: {
      name: { en: 'Imangali Tasmagambetov', ru: 'Имангали Тасмагамбетов' },
      ids: {
        wikidata: 'Q1377525',
        citations: [
          {
            source: 'spocwiki-csto',
            passage: "general_secretary: '[[_Standards/WikiData/WD~Imangali_Tasmagambetov,1377525]]'",
          },
        ],
      },
    },
    nationality: 'KZ',
    acting: false,
    appointed: '2022-11-23',
    from: '2023-01-01',
    to: '2026-01-01',
    note: 'Appointed at the Yerevan session for three years from 1 January 2023.',
    citations: [
      {
        source: 'csto-en-yerevan-2022',
        passage:
          'On November 23 this year, in Yerevan, a session of the Collective Security Council (CSC) of the Collective Security Treaty Organization was held, chaired by the Prime Minister of the Republic of Armenia Nikol Pashinyan.',
      },
      {
        source: 'weeklyblitz-shoigu-tasmagambetov',
        passage:
          'Imangali Tasmagambetov was appointed to the post of CSTO Secretary General from January 1, 2023 for a period of three years.',
      },
      {
        source: 'newsmail-55704460',
        passage: '1 января 2023 года Тасмагамбетов вступил в должность генсека ОДКБ.',
        gloss: 'On 1 January 2023 Tasmagambetov took up the post of CSTO Secretary General.',
      },
      {
        source: 'csto-en-secretariat',
        passage:
          'The CSTO Secretary General - Tasmagambetov Imangali Nurgalievich (biographical information) - Republic of Kazakhstan',
      },
      {
        source: 'tass-en-2058773',
        passage: 'On January 1, Tasmagambetov will be replaced by Kyrgyzstan’s Taalatbek Masadykov.',
      },
      {
        source: 'liga-tasmagambetov-2023',
        passage:
          'Тасмагамбетов вступил в должность генсека с 1 января, он будет занимать ее три года. Решение о его назначении было принято на заседании ОДКБ в Ереване 23 ноября.',
        gloss:
          'Tasmagambetov took office as Secretary General on 1 January and will hold it for three years. The decision to appoint him was taken at the CSTO session in Yerevan on 23 November.',
      },
      {
        source: 'eadaily-2023-03-16-tasmagambetov',
        passage: 'Имангали Тасмагамбетов вступил должность административного главы военного блока 1 января 2023 года.',
        gloss: 'Imangali Tasmagambetov took up the post of the bloc’s administrative head on 1 January 2023.',
      },
      {
        source: '5tv-2022-11-23-tasmagambetov',
        passage:
          '«Поскольку с начала 2023 года в ближайшие три года обязанности генсека ОДКБ будет исполнять представитель Казахстана Имангали Нургалиевич Тасмагамбетов,',
        gloss:
          '"Since from the beginning of 2023, for the next three years, the duties of CSTO Secretary General will be performed by Kazakhstan’s representative Imangali Nurgaliyevich Tasmagambetov,',
      },
      {
        source: 'ria-2025-11-24-masadykov',
        passage:
          '"В сессии (совета коллективной безопасности ОДКБ - ред.) будет, естественно, участвовать генеральный секретарь ОДКБ Тасмагамбетов, он с 1 января уходит с этой работы", - сказал Ушаков журналистам.',
        gloss:
          '"CSTO Secretary General Tasmagambetov will of course take part in the session (of the CSTO Collective Security Council – ed.); he leaves this job as of 1 January," Ushakov told journalists.',
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
        gloss:
          'During the meeting, a decision was approved on the appointment of the representative of the Kyrgyz Republic, Taalatbek Masadykov, as CSTO Secretary General from 1 January 2026 for a term of three years.',
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
        gloss:
          'CSTO Secretary General Taalatbek Masadykov, who took office on 1 January 2026, stressed the importance of consolidated work for implementing the priorities of the Russian chairmanship',
      },
      {
        source: 'inform-kz-ru-81fe44',
        passage:
          'В ходе заседания утверждено решение о назначении Генеральным секретарем ОДКБ с 1 января 2026 года сроком на три года представителя Кыргызской Республики Таалатбека Масадыко',
        gloss:
          'During the session the decision was approved to appoint the representative of the Kyrgyz Republic Taalatbek Masadykov as CSTO Secretary General from 1 January 2026 for a term of three years',
      },
      {
        source: 'report-az-2025-11-24-new-sg',
        passage:
          'Организация Договора о коллективной безопасности (ОДКБ) на предстоящем саммите 27 ноября в Бишкеке утвердит кандидатуру нового генсека организации (на 2026-2028гг).',
        gloss:
          'At the forthcoming summit on 27 November in Bishkek the CSTO will approve the candidacy of the organisation’s new Secretary General (for 2026–2028).',
      },
      {
        source: 'ria-2025-11-24-masadykov',
        passage:
          'Новым генеральным секретарем ОДКБ с 1 января 2026 года станет Таалатбек Масадыков, который сейчас занимает должность замглавы организации, заявил помощник президента РФ Юрий Ушаков.',
        gloss:
          'Taalatbek Masadykov, currently deputy head of the organisation, will become the new CSTO Secretary General from 1 January 2026, Russian presidential aide Yuri Ushakov said.',
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
                gloss:
                  'CSTO Secretary General Taalatbek Masadykov, who took office on 1 January 2026, stressed the importance of consolidated work for implementing the priorities of the Russian chairmanship',
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
                gloss:
                  'The event was held with the participation of the acting CSTO Secretary General Taalatbek Masadykov, who will take up the post of CSTO Secretary General from 1 January 2026',
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
