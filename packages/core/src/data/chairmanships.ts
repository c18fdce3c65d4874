/**
 * Chairmanships of the organisation (the chair of the Collective Security Council), oldest first.
 * Until 2023 the chair passed at the Council's regular session (Charter, Article 13: the head of the
 * host state chairs until the next regular session); the Minsk session of 23 November 2023 passed it to
 * Kazakhstan from 1 January 2024, and since then it runs by calendar year. The chairmanships before
 * Armenia's of 2008–2009 are not established well enough to be recorded (see DATA.md).
 */
import type { Chairmanship } from '../model/chairmanship.js';

const PUTIN = { name: { en: 'Vladimir Putin', ru: 'Владимир Путин' } } as const;
const RAHMON = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' } } as const;
const LUKASHENKO = { name: { en: 'Alexander Lukashenko', ru: 'Александр Лукашенко' } } as const;
const SARGSYAN = { name: { en: 'Serzh Sargsyan', ru: 'Серж Саргсян' } } as const;

export const chairmanshipData = [
  {
    id: 'am-2009',
    state: 'AM',
    chair: SARGSYAN,
    year: 2009,
    from: '2008-09-05',
    to: '2009-06-14',
    handover: 'session',
    note: 'Named for 2008–2009. Armenia assumed the presidency at the Moscow session of 5 September 2008 (a secondary source) and chaired until the Moscow session of 14 June 2009.',
    citations: [
      {
        source: 'liquisearch-csto-recent',
        passage:
          'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
      },
      {
        source: 'regnum-1109382',
        passage:
          'Являясь председательствующей страной в Организации Договора о коллективной безопасности (ОДКБ), Армения будет продолжать усилия по углублению координации совместной работы между странами-членами ОДКБ',
      },
      {
        source: 'newsarmenia-2009-06-14',
        passage:
          'Год назад, когда Армения приняла председательство, я говорил, что и Армения и страны ОДКБ будут работать не только над выполнением принятых решений, но и над новыми идеями',
      },
      {
        source: 'glavnoe-ua-26729',
        passage:
          'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
      },
    ],
    conflicts: [
      {
        field: 'from',
        values: [
          {
            value: '2008-09-05',
            citations: [
              {
                source: 'liquisearch-csto-recent',
                passage:
                  'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
              },
            ],
          },
          {
            value: 'before 2008-09-05',
            citations: [
              {
                source: 'armeniandiaspora-ria-2007-10-06',
                passage: 'the president of Kyrgyzstan, which currently chairs the CSTO,',
              },
            ],
          },
        ],
        chosen: '2008-09-05',
        reason:
          'On 6 October 2007 Kyrgyzstan’s president said the next session, in Moscow in 2008, would be held under Armenia’s chairmanship, which suggests an earlier handover but gives no day; the only dated source names the Moscow session of 5 September 2008.',
      },
    ],
  },
  {
    id: 'ru-2010',
    state: 'RU',
    chair: { name: { en: 'Dmitry Medvedev', ru: 'Дмитрий Медведев' } },
    year: 2010,
    from: '2009-06-14',
    to: '2010-12-10',
    toWindow: { from: '2010-12-10', to: '2011-01-01' },
    handover: 'session',
    note: 'Named for 2009–2010: a temporary chairmanship passed to Russia at the Moscow session of 14 June 2009, which Belarus did not attend. It ended at the Moscow session of 10 December 2010 or on 1 January 2011 (see Belarus’s chairmanship of 2011).',
    citations: [
      {
        source: 'glavnoe-ua-26729',
        passage:
          'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
      },
      {
        source: 'survincity-2010',
        passage:
          'it is expected that the President of Russia, which is now is the chairman of the Collective Security Treaty Organization, proposes to discuss the next date',
      },
      {
        source: 'data-minsk-2010-12',
        passage:
          'In apparently thawing relations, Belarus agreed at a summit in Moscow on Friday to take over chairmanship of the Collective Security Treaty Organization, or CSTO',
      },
    ],
  },
  {
    id: 'by-2011',
    state: 'BY',
    chair: LUKASHENKO,
    year: 2011,
    from: '2010-12-10',
    fromWindow: { from: '2010-12-10', to: '2011-01-01' },
    to: '2011-12-20',
    handover: 'session',
    note: 'Belarus agreed at the Moscow session of 10 December 2010 to take over the chairmanship “next year”, so it began on that day or on 1 January 2011; it ended at the Moscow session of 20 December 2011.',
    citations: [
      {
        source: 'data-minsk-2010-12',
        passage:
          'In apparently thawing relations, Belarus agreed at a summit in Moscow on Friday to take over chairmanship of the Collective Security Treaty Organization, or CSTO',
      },
      {
        source: 'trend-2011-08-12',
        passage: "Belarus' President Alexander Lukashenko, who chairs the organisation now, agrees with him.",
      },
      { source: 'vybory-29516', passage: 'Беларусь в настоящее время председательствует в ОДКБ.' },
      {
        source: 'moscow-post-49860',
        passage: 'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
      },
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
      },
    ],
    conflicts: [
      {
        field: 'to',
        values: [
          {
            value: '2011-12-20',
            citations: [
              {
                source: 'asiaplus-2011-10-10',
                passage:
                  'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
              },
              {
                source: 'tass-2011-12-21-moscow',
                passage:
                  'The meeting participants also decided not to deploy in their territory military bases of other countries without the consent of all the CSTO member states.',
              },
            ],
          },
          {
            value: '2011-12-21',
            citations: [
              {
                source: 'liquisearch-csto-recent',
                passage:
                  'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
              },
            ],
          },
        ],
        chosen: '2011-12-20',
        reason:
          'The session was held on Tuesday 20 December 2011 (TASS); the 21 December of a Wikipedia mirror is secondary.',
      },
    ],
  },
  {
    id: 'kz-2012',
    state: 'KZ',
    chair: { name: { en: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев' } },
    year: 2012,
    from: '2011-12-20',
    to: '2012-12-19',
    handover: 'session',
    note: 'The chairmanship of all statutory bodies passed from Belarus to Kazakhstan at the Moscow session of 20 December 2011; Kazakhstan handed it to Kyrgyzstan at the Moscow session of 19 December 2012.',
    citations: [
      {
        source: 'moscow-post-49860',
        passage: 'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
      },
      { source: 'asiaplus-2012-05-15', passage: 'Kazakhstan chairs the organization in 2012.' },
      {
        source: 'tass-en-archive-685227',
        passage:
          '“In accordance with the CSTO procedures, Kyrgyzstan will assume the presidency in the Organisation from Kazakhstan on December 19,” it said.',
      },
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
      },
    ],
    conflicts: [
      {
        field: 'from',
        values: [
          {
            value: '2011-12-20',
            citations: [
              {
                source: 'asiaplus-2011-10-10',
                passage:
                  'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
              },
              {
                source: 'tass-2011-12-21-moscow',
                passage:
                  'The meeting participants also decided not to deploy in their territory military bases of other countries without the consent of all the CSTO member states.',
              },
            ],
          },
          {
            value: '2011-12-21',
            citations: [
              {
                source: 'liquisearch-csto-recent',
                passage:
                  'On September 5, 2008, Armenia assumed the rotating CSTO presidency during a CSTO meeting in Moscow, Russia.',
              },
            ],
          },
        ],
        chosen: '2011-12-20',
        reason:
          'The session was held on Tuesday 20 December 2011 (TASS); the 21 December of a Wikipedia mirror is secondary.',
      },
    ],
  },
  {
    id: 'kg-2013',
    state: 'KG',
    chair: { name: { en: 'Almazbek Atambayev', ru: 'Алмазбек Атамбаев' } },
    year: 2013,
    from: '2012-12-19',
    to: '2013-09-23',
    handover: 'session',
    note: 'Assumed from Kazakhstan at the Moscow session of 19 December 2012; passed to Russia at the Sochi session of 23 September 2013.',
    citations: [
      {
        source: 'tass-en-archive-685227',
        passage:
          '“In accordance with the CSTO procedures, Kyrgyzstan will assume the presidency in the Organisation from Kazakhstan on December 19,” it said.',
      },
      {
        source: 'knews-2012-12-20',
        passage: 'В течение следующего года Кыргызстан будет председательствовать в Организации.',
      },
      { source: 'livekuban-sochi-2013', passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России' },
    ],
  },
  {
    id: 'ru-2014',
    state: 'RU',
    chair: PUTIN,
    year: 2014,
    from: '2013-09-23',
    to: '2014-12-23',
    handover: 'session',
    note: 'Named for 2013–2014: taken over from Kyrgyzstan at the Sochi session of 23 September 2013 and passed to Tajikistan on the day of the Moscow session of 23 December 2014.',
    citations: [
      { source: 'livekuban-sochi-2013', passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России' },
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
      },
    ],
  },
  {
    id: 'tj-2015',
    state: 'TJ',
    chair: RAHMON,
    year: 2015,
    from: '2014-12-23',
    to: '2015-09-15',
    handover: 'session',
    note: 'The chairmanship passed to Tajikistan “from this day”, the day of the Moscow session of 23 December 2014; Rahmon opened the Dushanbe session of 15 September 2015 as chairman for the 2014–2015 intersessional period.',
    citations: [
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
      },
      {
        source: 'csabusiness-tj-chair',
        passage:
          'Sergei Lavrov noted that in line with the established procedure, the chairmanship is passed from one country to another on the eve of the session of the CSTO Collective Security Council.',
      },
      {
        source: 'csto-en-session201509',
        passage:
          'The session was opened by the CSC Chairman in the 2014-2015 intersessional period, President of the Republic of Tajikistan Emomali Rahmon.',
      },
    ],
    conflicts: [
      {
        field: 'from',
        values: [
          {
            value: '2014-12-23',
            citations: [
              {
                source: 'khovar-2014-12-23',
                passage:
                  'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
              },
            ],
          },
          {
            value: '2014-12-22',
            citations: [
              {
                source: 'csabusiness-tj-chair',
                passage:
                  'Sergei Lavrov noted that in line with the established procedure, the chairmanship is passed from one country to another on the eve of the session of the CSTO Collective Security Council.',
              },
            ],
          },
        ],
        chosen: '2014-12-23',
        reason:
          'Lavrov spoke of Tajikistan taking over at the joint ministerial meeting of 22 December, “on the eve of the session”, a handover within those bodies; NIAT Khovar dates the chairmanship of the organisation from the Council’s session of 23 December.',
      },
    ],
  },
  {
    id: 'am-2016',
    state: 'AM',
    chair: SARGSYAN,
    year: 2016,
    from: '2015-09-15',
    to: '2016-10-14',
    handover: 'session',
    note: 'Named for 2015–2016. No source reports the handover at the Dushanbe session of 15 September 2015 in words: it follows from the end of Tajikistan’s 2014–2015 period and the Charter’s rule; Sargsyan chaired the Moscow session of 21 December 2015, and the chairmanship ended at the Yerevan session of 14 October 2016.',
    citations: [
      {
        source: 'csto-en-session201509',
        passage:
          'The session was opened by the CSC Chairman in the 2014-2015 intersessional period, President of the Republic of Tajikistan Emomali Rahmon.',
      },
      {
        source: 'anca-armenpress-2015-12-21-moscow',
        passage: 'The session of CSTO that took place in Moscow was chaired by Armenian President Serzh Sargsyan .',
      },
      {
        source: 'sputnik-tj-2016-10-14',
        passage:
          'На сессии будет обсуждаться ход реализации решений предыдущих саммитов ОДКБ, а также приоритеты, предложенные Арменией в период своего председательства в Организации.',
      },
      {
        source: 'president-gov-by-14659',
        passage: 'Belarus took over the Presidency in the Collective Security Treaty Organization (CSTO) from Armenia.',
      },
    ],
  },
  {
    id: 'by-2017',
    state: 'BY',
    chair: LUKASHENKO,
    year: 2017,
    from: '2016-10-14',
    to: '2017-11-30',
    handover: 'session',
    note: 'Taken over from Armenia at the Yerevan session of 14 October 2016; handed to Kazakhstan at the Minsk session of 30 November 2017.',
    citations: [
      {
        source: 'president-gov-by-14659',
        passage: 'Belarus took over the Presidency in the Collective Security Treaty Organization (CSTO) from Armenia.',
      },
      {
        source: 'rusteam-minsk-2017',
        passage: 'На саммите подвели итоги белорусского председательства в ОДКБ в 2017 году.',
      },
      {
        source: 'cerbanet-2017-11-29',
        passage:
          'Belarus currently chairs the six-member CSTO, and will pass the baton to Kazakhstan at an end-of-the-year meeting held in Minsk on November 30.',
      },
      {
        source: 'en-csto-csc-page',
        passage:
          'The Chairman of the Council (hereinafter - the Chairman) is the head of state on whose territory the regular session of the Council is held, unless the Council decides otherwise.',
      },
    ],
  },
  {
    id: 'kz-2018',
    state: 'KZ',
    chair: { name: { en: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев' } },
    year: 2018,
    from: '2017-11-30',
    to: '2018-11-08',
    handover: 'session',
    note: 'Handed to Kyrgyzstan at the Astana session of 8 November 2018.',
    citations: [
      {
        source: 'cerbanet-2017-11-29',
        passage:
          'Belarus currently chairs the six-member CSTO, and will pass the baton to Kazakhstan at an end-of-the-year meeting held in Minsk on November 30.',
      },
      {
        source: 'asiaplus-2017-11-29',
        passage:
          'CSTO Collective Security Council will sum up the results of Belarus chairmanship and Kazakh President Nursultan Nazarbayev will v',
      },
      {
        source: 'primeminister-am-2018-11-08',
        passage:
          'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
      },
    ],
  },
  {
    id: 'kg-2019',
    state: 'KG',
    chair: { name: { en: 'Sooronbay Jeenbekov', ru: 'Сооронбай Жээнбеков' } },
    year: 2019,
    from: '2018-11-08',
    to: '2019-11-28',
    handover: 'session',
    note: 'Described at the handover as the chairmanship of 2018–2019; handed to Russia at the Bishkek session of 28 November 2019.',
    citations: [
      {
        source: 'primeminister-am-2018-11-08',
        passage:
          'Given the fact that the CSTO chairmanship shall be handed over to the Kyrgyz Republic in 2018-2019, Kyrgyz President Sooronbay Jeenbekov presented his country’s priorities during the forthcoming presidency.',
      },
      {
        source: 'inform-en-a3589713',
        passage:
          'Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
    ],
  },
  {
    id: 'ru-2020',
    state: 'RU',
    chair: PUTIN,
    year: 2020,
    from: '2019-11-28',
    to: '2020-12-02',
    handover: 'session',
    note: 'Putin chaired the Council’s first session by videoconference on 2 December 2020, which closed Russia’s chairmanship.',
    citations: [
      {
        source: 'inform-en-a3589713',
        passage:
          'Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
      {
        source: 'khovar-2020-11-30',
        passage:
          'В этом году в ОДКБ председательствует Российская Федерация, поэтому и саммит глав государств пройдет там.',
      },
      {
        source: 'asiaplus-2020-12-03',
        passage:
          'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
      },
    ],
  },
  {
    id: 'tj-2021',
    state: 'TJ',
    chair: RAHMON,
    year: 2021,
    from: '2020-12-02',
    to: '2021-09-16',
    handover: 'session',
    note: 'Rahmon set out Tajikistan’s priorities at the online session of 2 December 2020; the chairmanship ended at the Dushanbe session of 16 September 2021.',
    citations: [
      {
        source: 'asiaplus-2021-01-20',
        passage:
          'In a statement delivered at a virtual session of the CSTO summit, Tajik President Emomali Rahmon on December 2 outlined the priorities of Tajikistan in the next inter-sessional period.',
      },
      {
        source: 'tass-en-1338563',
        passage: 'The Collective Security Treaty Organization was chaired by Tajikistan in 2020-2021.',
      },
      {
        source: 'kazinform-2021-04-23',
        passage:
          'The Collective Security Treaty Organization member states are Belarus, Armenia, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Tajikistan presides over the Collective Security Treaty Organization in 2021.',
      },
      {
        source: 'asbarez-2021-armenia-assumes',
        passage:
          'During the summit of the Collective Security Treaty Organization in Tajikistan’s capital, Dushanbe, on Thursday, Armenia assumed the chairmanship of the Russia-led security organization.',
      },
    ],
    conflicts: [
      {
        field: 'from',
        values: [
          {
            value: '2020-12-02',
            citations: [
              {
                source: 'asiaplus-2021-01-20',
                passage:
                  'In a statement delivered at a virtual session of the CSTO summit, Tajik President Emomali Rahmon on December 2 outlined the priorities of Tajikistan in the next inter-sessional period.',
              },
              {
                source: 'asiaplus-2020-12-03',
                passage:
                  'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
              },
            ],
          },
          {
            value: '2020-11-17',
            citations: [
              {
                source: 'khovar-en-2020-11-17',
                passage:
                  'Following the meeting, a number of important documents were adopted and the chairmanship of the organization was transferred from Russia to Tajikistan.',
              },
            ],
          },
        ],
        chosen: '2020-12-02',
        reason:
          'NIAT Khovar reports the chairmanship “transferred from Russia to Tajikistan” at the meeting of the Committee of Secretaries of Security Councils on 17 November 2020; that is the handover within one body, while the Collective Security Council was still chaired by Putin on 2 December 2020.',
      },
    ],
  },
  {
    id: 'am-2022',
    state: 'AM',
    chair: { name: { en: 'Nikol Pashinyan', ru: 'Никол Пашинян' } },
    year: 2022,
    from: '2021-09-16',
    to: '2022-11-23',
    handover: 'session',
    note: 'Pashinyan, Prime Minister of Armenia, chaired the Council; the chairmanship ended at the Yerevan session of 23 November 2022.',
    citations: [
      {
        source: 'asbarez-2021-armenia-assumes',
        passage:
          'During the summit of the Collective Security Treaty Organization in Tajikistan’s capital, Dushanbe, on Thursday, Armenia assumed the chairmanship of the Russia-led security organization.',
      },
      {
        source: 'tass-en-1382261',
        passage:
          'Yerevan was formally handed CSTO chairmanship from Tajikistan at the organization’s session in September 2021, and will pass the baton to Belarus in late 2022.',
      },
      {
        source: 'primeminister-am-2022-01-10',
        passage:
          'An extraordinary session of the CSTO Collective Security Council chaired by the Chairman of the CSTO Collective Security Council, Prime Minister of the Republic of Armenia Nikol Pashinyan took place',
      },
      {
        source: 'csto-en-yerevan-2022',
        passage:
          'On November 23 this year, in Yerevan, a session of the Collective Security Council (CSC) of the Collective Security Treaty Organization was held, chaired by the Prime Minister of the Republic of Armenia Nikol Pashinyan.',
      },
    ],
  },
  {
    id: 'by-2023',
    state: 'BY',
    chair: LUKASHENKO,
    year: 2023,
    from: '2022-11-23',
    to: '2024-01-01',
    handover: 'session',
    note: 'The Minsk session of 23 November 2023 decided to pass the chairmanship to Kazakhstan from 1 January 2024, so Belarus chaired until the end of 2023.',
    citations: [
      {
        source: 'belarus-by-2022-11-23',
        passage:
          'The forthcoming summit is special for Belarus, as the country is taking over the CSTO presidency from Armenia.',
      },
      {
        source: 'pacsto-yerevan-2022',
        passage: 'The CSTO presidency in 2022–2023 will pass from Armenia to the Republic of Belarus.',
      },
      {
        source: 'csto-en-minsk-2023',
        passage:
          'It was decided to transfer the Chairmanship of the Organization from the Republic of Belarus to the Republic of Kazakhstan from 1 January 2024.',
      },
      {
        source: 'caspian-grinevich-2023',
        passage:
          'Прошедшее мероприятие фактически подвело финальную черту под председательством Республики Беларусь, которое осуществлялось на протяжении текущего года.',
      },
    ],
  },
  {
    id: 'kz-2024',
    state: 'KZ',
    chair: { name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' } },
    year: 2024,
    from: '2024-01-01',
    to: '2025-01-01',
    handover: 'calendar',
    citations: [
      {
        source: 'csto-en-minsk-2023',
        passage:
          'It was decided to transfer the Chairmanship of the Organization from the Republic of Belarus to the Republic of Kazakhstan from 1 January 2024.',
      },
      {
        source: 'menafn-trend-2024-01-10',
        passage:
          "Taking into consideration Kazakhstan's chairmanship of the organization from January 1st of this year, the country's permanent representative to the CSTO, Marat Syzdykov, was elected chairman of the Permanent Council",
      },
      {
        source: 'liter-kz-2024-01-10',
        passage:
          'В связи с состоявшимся переходом председательства в Организации от Республики Беларусь к Республике Казахстан кресло председателя занял Постоянный представитель Казахстана при ОДКБ Сыздыков Марат Зеникенович',
      },
      { source: '24kg-en-312537', passage: 'Kyrgyzstan will take over CSTO chairmanship from Kazakhstan in 2025.' },
    ],
  },
  {
    id: 'kg-2025',
    state: 'KG',
    chair: { name: { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' } },
    year: 2025,
    from: '2025-01-01',
    to: '2026-01-01',
    handover: 'calendar',
    note: 'The 1 January start follows the calendar-year practice; the sources give the year.',
    citations: [
      { source: '24kg-en-312537', passage: 'Kyrgyzstan will take over CSTO chairmanship from Kazakhstan in 2025.' },
      { source: 'sputnik-kg-2025-02-10', passage: 'В этом году к Кыргызстану перешло председательство в ОДКБ' },
      {
        source: '24kg-en-352506',
        passage:
          'Before the start of the restricted-attendance meeting, President Sadyr Japarov noted that the current summit concludes Kyrgyzstan’s year of CSTO chairmanship.',
      },
      {
        source: 'qazinform-en-4d721a',
        passage:
          'In accordance with the adopted procedure, the CSTO chairmanship will pass to the Russian Federation in January 2026.',
      },
    ],
  },
  {
    id: 'ru-2026',
    state: 'RU',
    chair: PUTIN,
    year: 2026,
    from: '2026-01-01',
    to: '2027-01-01',
    handover: 'calendar',
    note: 'Since 2024 the chairmanship runs by calendar year, so it ends on 31 December 2026.',
    citations: [
      {
        source: 'inform-kz-ru-a88338',
        passage:
          '— Учитывая, что с 1 января 2026 года председательство в ОДКБ переходит к российской стороне, предлагается провести очередное заседание Совета коллективной безопасности ОДКБ 11 ноября 2026 года в Российской Федерации.',
      },
      {
        source: 'qazinform-en-4d721a',
        passage:
          'In accordance with the adopted procedure, the CSTO chairmanship will pass to the Russian Federation in January 2026.',
      },
      { source: 'pacsto-2026-russia-chair', passage: 'Since January 1 Russia Begins its CSTO Chairmanship' },
      {
        source: 'inforos-189361',
        passage:
          'Председательство в Организации Договора о коллективной безопасности (ОДКБ) в 2026 году переходит от Киргизии к России.',
      },
    ],
  },
] as const satisfies readonly Chairmanship[];
