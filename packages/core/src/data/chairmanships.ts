/**
 * Chairmanships of the organisation (the chair of the Collective Security Council), oldest first.
 * Until 2023 the chair passed at the Council's regular session (Charter, Article 13: the head of the
 * host state chairs until the next regular session); the Minsk session of 23 November 2023 passed it to
 * Kazakhstan from 1 January 2024, and since then it runs by calendar year. The chairmanships before
 * Kazakhstan's of 2004–2005 are not established well enough to be recorded (see the open questions).
 */
import type { Chairmanship } from '../model/chairmanship.js';

const PUTIN = {
  name: { en: 'Vladimir Putin', ru: 'Владимир Путин' },
  ids: {
    wikidata: 'Q7747',
    citations: [
      {
        source: 'spocwiki-putin',
        passage:
          'aliases:\n  - Putin\n  - Vladimir Putin\n  - Vladimir Vladimirovich Putin\n  - Vladimir_Putin\n  - Putin,Vladimir\nhas_id_wikidata: Q7747',
      },
    ],
  },
} as const;
const RAHMON = {
  name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' },
  ids: {
    wikidata: 'Q57366',
    citations: [
      {
        source: 'spocwiki-tajikistan',
        passage: 'head_of_state: "[[_Standards/WikiData/WD~Emomali_Rahmon,57366]]"',
      },
    ],
  },
} as const;
const LUKASHENKO = {
  name: { en: 'Alexander Lukashenko', ru: 'Александр Лукашенко' },
  ids: {
    wikidata: 'Q2866',
    citations: [
      { source: 'spocwiki-csto', passage: "chairperson: '[[_Standards/WikiData/WD~Alexander_Lukashenko,2866]]'" },
    ],
  },
} as const;
const SARGSYAN = { name: { en: 'Serzh Sargsyan', ru: 'Серж Саргсян' } } as const;

export const chairmanshipData = [
  {
    id: 'kz-2005',
    state: 'KZ',
    chair: { name: { en: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев' } },
    year: 2005,
    from: '2004-06-18',
    to: '2005-06-23',
    handover: 'session',
    note: "Named here for the year it ended; no official name for the period was found. From the Astana session (18 June 2004) to the Moscow session (23 June 2005). Charter rule (Art. 13, as quoted by Asia-Plus): 'The Chairman of the Council ... is the head of state on whose territory the regular session of the Council is held, unless the Council decides otherwise. His rights and obligations remain with him until the next regular session of the Council.'",
    citations: [
      {
        source: 'kremlin-2005-06-23-transcript-23051',
        passage:
          'Exactly a year has passed since the last summit in Astana. Kazakhstan presided the organisation over this time.',
      },
      {
        source: 'kremlin-2005-06-23-transcript-23051',
        passage:
          'I would also like to thank, once again, Nursultan Abishevich Nazarbayev for the work he has done as President of the CSTO over the last year.',
      },
      {
        source: 'itartass-2004-06-18-astana-summit',
        passage:
          'ASTANA, June 18 -- Leaders of the Collective Security Treaty\nOrganisation (CSTO) member states at their summit here on Friday\ndiscussed collective measures of security building and CSTO\nstrengthening.',
      },
      {
        source: 'asiaplus-2022-05-17-moscow-jubilee',
        passage:
          'The Chairman of the Council (hereinafter - the Chairman) is the head of state on whose territory the regular session of the Council is held, unless the Council decides otherwise.  His rights and obligations remain with him until the next regular session of the Council.',
      },
    ],
  },
  {
    id: 'ru-2006',
    state: 'RU',
    chair: PUTIN,
    year: 2006,
    from: '2005-06-23',
    to: '2006-06-23',
    handover: 'session',
    note: "Named here for the year it ended; no official name for the period was found. Start inferred: Kazakhstan's year ended at the Moscow session of 23 June 2005 hosted by Russia; no passage found saying in so many words that Russia took over then. End: Putin was to hand over the chairmanship to Lukashenko at Minsk on 23 June 2006 (Wikinews, dated 23 June 2006); the Russian chair of the Council of Defence Ministers likewise handed over to Belarus on 22 June 2006.",
    citations: [
      {
        source: 'wikinews-2006-06-23-putin-minsk',
        passage: 'Владимир Путин передаст полномочия председателя ОДКБ президенту Белоруссии Александру Лукашенко',
        gloss:
          'Vladimir Putin will hand over the powers of CSTO chairman to the President of Belarus Alexander Lukashenko',
      },
      {
        source: 'kremlin-2005-06-23-transcript-23051',
        passage:
          'Exactly a year has passed since the last summit in Astana. Kazakhstan presided the organisation over this time.',
      },
      {
        source: 'afnfn-2006-06-22-minsk-cmd',
        passage:
          'На заседании Совета министров обороны ОДКБ, которое началось 22 июня в Минске, прежний председатель, глава военного ведомства Российской Федерации Сергей Иванов передал полномочия своему белорусскому коллеге.',
        gloss:
          'At the meeting of the CSTO Council of Defence Ministers, which began on 22 June in Minsk, the previous chairman, the head of the Russian defence ministry Sergei Ivanov, handed over his powers to his Belarusian colleague.',
      },
    ],
  },
  {
    id: 'by-2007',
    state: 'BY',
    chair: LUKASHENKO,
    year: 2007,
    from: '2006-06-23',
    to: '2007-10-06',
    handover: 'session',
    note: 'Named here for the year it ended; no official name for the period was found. Belarus chaired from the Minsk session (23 June 2006) to the Dushanbe session (6 October 2007), i.e. about 15 months.',
    citations: [
      {
        source: 'armenianclub-itartass-2006-06-23-minsk',
        passage:
          'MINSK, June 23 (Itar-Tass) – The second summit in a day opened y in the Belarussian capital Minsk on Friday with the participation of Russian President Vladimir Putin.',
      },
      {
        source: 'wikinews-2006-06-23-putin-minsk',
        passage: 'Владимир Путин передаст полномочия председателя ОДКБ президенту Белоруссии Александру Лукашенко',
        gloss:
          'Vladimir Putin will hand over the powers of CSTO chairman to the President of Belarus Alexander Lukashenko',
      },
      {
        source: 'upi-2006-06-25-uzbekistan-returns',
        passage:
          'CSTO chairman Belarus President Alexander Lukashenka stressed that, "The main task of CSTO is to keep intact our Western borders,"',
      },
      {
        source: 'uzdaily-2007-10-08-dushanbe',
        passage: 'Starting from this session, presidency in the CSTO will pass from Belarus to Kyrgyzstan.',
      },
      {
        source: 'uzdaily-2007-10-05-osce-sg',
        passage:
          'Kyrgyz Foreign Minister Ednan Karabayev is chairing the meeting because the CSTO presidency will be handed over at the session from Belarus to Kyrgyzstan.',
      },
    ],
  },
  {
    id: 'kg-2008',
    state: 'KG',
    chair: { name: { en: 'Kurmanbek Bakiyev', ru: 'Курманбек Бакиев' } },
    year: 2008,
    from: '2007-10-06',
    to: '2008-09-05',
    handover: 'session',
    note: 'Named here for the year it ended; no official name for the period was found. Kyrgyzstan took over at the Dushanbe session (not hosted by Kyrgyzstan) and handed over to Armenia at the Moscow session of Friday 5 September 2008.',
    citations: [
      {
        source: 'armeniandiaspora-ria-2007-10-06',
        passage:
          'DUSHANBE, October 6 (RIA Novosti) - Next year Armenia will hold a\n    rotating presidency in the Collective Security Treaty Organization\n    (CSTO), the president of Kyrgyzstan, which currently chairs the CSTO,\n    said Saturday.',
      },
      {
        source: 'uzdaily-2007-10-08-dushanbe',
        passage: 'Starting from this session, presidency in the CSTO will pass from Belarus to Kyrgyzstan.',
      },
      {
        source: 'ria-2008-09-05-csto-condemns-georgia',
        passage: 'On Friday, the CSTO rotating presidency went from Kyrgyzstan to Armenia.',
      },
    ],
  },
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
        gloss:
          'As the chairing country of the Collective Security Treaty Organization (CSTO), Armenia will continue its efforts to deepen the coordination of joint work among the CSTO member states',
      },
      {
        source: 'newsarmenia-2009-06-14',
        passage:
          'Год назад, когда Армения приняла председательство, я говорил, что и Армения и страны ОДКБ будут работать не только над выполнением принятых решений, но и над новыми идеями',
        gloss:
          'A year ago, when Armenia assumed the chairmanship, I said that both Armenia and the CSTO countries would work not only on implementing the decisions adopted but also on new ideas',
      },
      {
        source: 'glavnoe-ua-26729',
        passage:
          'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
        gloss:
          'The temporary chairmanship of the Collective Security Treaty Organization has been handed over to the Russian Federation, Echo of Moscow reports.',
      },
      {
        source: 'armenianclub-panarmenian-2009-02-04',
        passage:
          'The extraordinary sitting of the Collective Security Council of the\nCollective Security Treaty Organization (CSTO) was held in Moscow today\nchaired by the President of the Republic of Armenia, Serzh Sargsyan.',
      },
      {
        source: 'jamestown-2009-06-15-belarus-boycott',
        passage:
          'Belarus was scheduled to take over the chairmanship of CSTO’s Council of Heads of State from Armenia at this summit, in accordance with the annual rotation in Russian alphabetical order.',
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
        source: 'jamestown-2009-06-15-belarus-boycott-caption',
        passage:
          'Russian President Dmitry Medvedev, center, walks with other leaders of nations belonging to the Organization of the Collective Security Treaty, or CSTO, to their meeting in the Moscow Kremlin, Sunday, June 14, 2009, during a summit of the CSTO.',
      },
      {
        source: 'glavnoe-ua-26729',
        passage:
          'Временное председательство в Организации договора коллективной безопасности передано Российской Федерации, передает Эхо Москвы.',
        gloss:
          'The temporary chairmanship of the Collective Security Treaty Organization has been handed over to the Russian Federation, Echo of Moscow reports.',
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
      {
        source: 'jamestown-2009-06-15-belarus-boycott',
        passage:
          'With Belarus boycotting the summit, however, Russia took over the CSTO’s chairmanship "for the period of Belarus’ absence."',
      },
      {
        source: 'odkb-csto-session-2009',
        passage:
          'Taking into account the fact that, by agreement between the CSTO members, due to the absence of our Belarusian partners, we have decided to transfer the temporary chairmanship of the Russian Federation',
      },
      {
        source: 'kremlin-2010-08-20-yerevan-informal',
        passage:
          'In this regard, I would like to express my hopes that our work will be fruitful and to pass the floor to the Collective Security Council Chairman, President of Russia Dmitry Medvedev.',
      },
      {
        source: 'rbc-2010-12-10-csc-moscow',
        passage:
          'Председательство в ОДКБ в соответствии с ранее достигнутыми договоренностями переходит от России к Белоруссии.',
        gloss: 'In accordance with earlier agreements, the chairmanship of the CSTO passes from Russia to Belarus.',
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
      {
        source: 'vybory-29516',
        passage: 'Беларусь в настоящее время председательствует в ОДКБ.',
        gloss: 'Belarus currently chairs the CSTO.',
      },
      {
        source: 'moscow-post-49860',
        passage: 'На нынешней сессии председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
        gloss:
          'At the current session, the chairmanship of all the statutory bodies of the CSTO passed from Belarus to Kazakhstan.',
      },
      {
        source: 'asiaplus-2011-10-10',
        passage:
          'Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow on December 20 for what is being billed as an informal summit.',
      },
      {
        source: 'rbc-2010-12-10-csc-moscow',
        passage:
          'Председательство в ОДКБ в соответствии с ранее достигнутыми договоренностями переходит от России к Белоруссии.',
        gloss: 'In accordance with earlier agreements, the chairmanship of the CSTO passes from Russia to Belarus.',
      },
      {
        source: 'zakonkz-2011-12-20-csc-moscow',
        passage: 'Председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
        gloss: 'The chairmanship of all CSTO statutory bodies passed from Belarus to Kazakhstan.',
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
        gloss:
          'At the current session, the chairmanship of all the statutory bodies of the CSTO passed from Belarus to Kazakhstan.',
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
      {
        source: 'zakonkz-2011-12-20-csc-moscow',
        passage: 'Председательство во всех уставных органах ОДКБ перешло от Беларуси к Казахстану.',
        gloss: 'The chairmanship of all CSTO statutory bodies passed from Belarus to Kazakhstan.',
      },
      {
        source: 'thehindu-2011-csto-foreign-base-norms',
        passage: 'Kazakhstan took over the rotating presidency of the CSTO from Belarus.',
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
        gloss: 'Over the next year Kyrgyzstan will chair the Organization.',
      },
      {
        source: 'livekuban-sochi-2013',
        passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России',
        gloss: 'at the session the chairmanship of the CSTO will pass from Kyrgyzstan to Russia',
      },
      {
        source: 'kremlin-19268-sochi-narrow',
        passage:
          'It is my pleasure now to give the floor to the current chairman of the CSTO, the President of Kyrgyzstan. Mr Atambayev, you have the floor.',
      },
      {
        source: 'russialist-2013-09-23-putin-priorities',
        passage: 'Kyrgyzstan handed over the CSTO presidency to Russia for next year.',
      },
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
      {
        source: 'tass-2013-09-23-putin-sochi-summit',
        passage:
          'MOSCOW, September 23 (Itar-Tass) - President Vladimir Putin will attend a summit of the Collective Security Treaty Organization (CSTO) in Sochi on Monday.',
      },
      {
        source: 'livekuban-sochi-2013',
        passage: 'на сессии председательство в ОДКБ перейдет от Киргизии к России',
        gloss: 'at the session the chairmanship of the CSTO will pass from Kyrgyzstan to Russia',
      },
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
        gloss:
          'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
      },
      {
        source: 'russialist-2013-09-23-putin-priorities',
        passage: 'Kyrgyzstan handed over the CSTO presidency to Russia for next year.',
      },
      {
        source: 'kremlin-en-47286-2014-12-23',
        passage:
          'During its Presidency in the CSTO, Russia paid special attention to strengthening the organisation’s external borders and perfecting the collective deployment forces and means.',
      },
      {
        source: 'csabusiness-tj-chair',
        passage:
          'Tajikistan has taken over the chairmanship in the Collective Security Treaty Organization (CSTO) from Russia, Foreign Minister of Russia Sergei Lavrov said at a joint session of the Ministerial Council, the Council of Defense Ministers and the Committee of Secretaries of the Security Councils of the CSTO member states in Moscow on 22 December.',
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
          'Душанбе, 23.12.2014. (НИАТ «Ховар»). — В городе Москве начало свою работу очередное заседание глав государств-членов Организации договора о коллективной безопасности (ОДКБ). Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
        gloss:
          'Dushanbe, 23.12.2014 (NIAT Khovar). The regular meeting of the heads of state of the member states of the Collective Security Treaty Organization (CSTO) has begun its work in Moscow. The meeting is chaired by the President of the Republic of Tajikistan Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan from this day.',
      },
      {
        source: 'khovar-2014-12-23',
        passage:
          'Заседание проходит под председательством Президента Республики Таджикистан Эмомали Рахмона, поскольку председательство в ОДКБ с этого дня перешло к Таджикистану.',
        gloss:
          'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
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
      {
        source: 'xinhua-chinagate-2015-09-15-dushanbe',
        passage:
          "Ahead of the summit, Tajik President Emomali Rahmon, whose country holds the bloc's rotating presidency, met Russian President Vladimir Putin",
      },
      {
        source: 'hhk-2015-09-15-sargsyan-dushanbe',
        passage: 'Armenia took over the CSTO chairmanship from the Republic of Tajikistan.',
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
                gloss:
                  'The meeting is being held under the chairmanship of the President of the Republic of Tajikistan, Emomali Rahmon, since the chairmanship of the CSTO passed to Tajikistan as of this day.',
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
        source: 'oana-tass-2015-09-15-dushanbe',
        passage:
          'DUSHANBE, September 15. /TASS/. The official program of the summit of the Collective Security Treaty Organization (CSTO), the Russia-led military alliance of former Soviet states, began in Tajikistan’s capital Dushanbe on Tuesday.',
      },
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
        gloss:
          'The session will discuss the progress in implementing the decisions of previous CSTO summits, as well as the priorities proposed by Armenia for the period of its chairmanship of the Organization.',
      },
      {
        source: 'president-gov-by-14659',
        passage: 'Belarus took over the Presidency in the Collective Security Treaty Organization (CSTO) from Armenia.',
      },
      {
        source: 'hhk-2015-09-15-sargsyan-dushanbe',
        passage: 'Armenia took over the CSTO chairmanship from the Republic of Tajikistan.',
      },
      {
        source: 'presidentam-2015-12-21-sargsyan-moscow',
        passage:
          'The session was presided over by Serzh Sargsyan, President of Armenia which assumed the chairmanship of the Organization.',
      },
      {
        source: 'newsam-2016-12-21-military-committee-minsk',
        passage: 'Belarus has assumed the presidency of the CSTO in 2016-2017.',
      },
      {
        source: 'hhk-2015-09-15-sargsyan-dushanbe',
        passage:
          'Just now we finished the regular session of the CSTO Collective Security Council, during which we discussed the status of decisions adopted at the December session and outlined programs for the upcoming year. Armenia took over the CSTO chairmanship from the Republic of Tajikistan.',
      },
      {
        source: 'commonspace-2015-09-15-armenia-chair',
        passage:
          'Armenian has taken over the chairmanship of the Collective Security Treaty Organisation (CSTO) at the summit of the military alliance which ended today  (Tuesday 15 September) in the capital of Tadjikistan, Dushambe.',
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
        source: 'sputnik-tj-2016-10-14',
        passage:
          'В Ереване 14 октября проходит сессия Совета коллективной безопасности (СКБ) Организации Договора о коллективной безопасности (ОДКБ).',
        gloss:
          'In Yerevan on 14 October a session of the Collective Security Council (CSC) of the Collective Security Treaty Organization (CSTO) is taking place.',
      },
      {
        source: 'president-gov-by-14659',
        passage: 'Belarus took over the Presidency in the Collective Security Treaty Organization (CSTO) from Armenia.',
      },
      {
        source: 'rusteam-minsk-2017',
        passage: 'На саммите подвели итоги белорусского председательства в ОДКБ в 2017 году.',
        gloss: 'At the summit, the results of the Belarusian chairmanship of the CSTO in 2017 were summed up.',
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
      {
        source: 'newsam-2016-12-21-military-committee-minsk',
        passage: 'Belarus has assumed the presidency of the CSTO in 2016-2017.',
      },
      {
        source: 'asiaplus-2017-11-29',
        passage:
          'CSTO Secretary-General Yuri Khachaturov will participate in the session that will be chaired by the Belarusian President Alexander Lukashenko.',
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
      {
        source: 'tass-2017-11-30-minsk',
        passage:
          'The meeting is expected to discuss the implementation of resolutions of the October 2016 session of the CSTO Collective Security Council and priority tasks for the period of Kazakhstan’s presidency of the CSTO.',
      },
      {
        source: 'astanatimes-2018-11-08-csc',
        passage:
          'The presidents and heads of government of the Collective Security Treaty Organisation (CSTO) Council member states met in Astana Nov. 8 to discuss regional security, organisational operations and summarise Kazakhstan’s chairmanship in 2018.',
      },
    ],
  },
  {
    id: 'kg-2019',
    state: 'KG',
    chair: {
      name: { en: 'Sooronbay Jeenbekov', ru: 'Сооронбай Жээнбеков' },
      ids: {
        wikidata: 'Q23810819',
        citations: [
          {
            source: 'spocwiki-kyrgyzstan',
            passage: '- "[[_Standards/WikiData/WD~Sooronbay_Jeenbekov,23810819]]"',
            locator: 'Front matter, the list head_of_government (he was prime minister before he was president)',
          },
        ],
      },
    },
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
      {
        source: 'inform-en-a3589713',
        passage:
          '«Kyrgyzstan backs Russia’s efforts aimed at ensuring stability and security in the region and entire world. Today the chairmanship in the CSTO will be passed to the Russian side.',
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
        source: 'kazinform-2019-11-25-bishkek',
        passage:
          'Daniyar Sydykov, Head of the Foreign Policy Department of the Kyrgyz President’s Office told reporters on Monday that the summit will be held on Nov. 28.',
      },
      {
        source: 'inform-en-a3589713',
        passage:
          'Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
      {
        source: 'khovar-2020-11-30',
        passage:
          'В этом году в ОДКБ председательствует Российская Федерация, поэтому и саммит глав государств пройдет там.',
        gloss:
          'This year the Russian Federation chairs the CSTO, which is why the summit of heads of state will also be held there.',
      },
      {
        source: 'asiaplus-2020-12-03',
        passage:
          'The session, which was held under the chairmanship of the President of the Russian Federation Vladimir Putin, was also attended by the Prime Minister of the Republic of Armenia Nikol Pashinyan',
      },
      {
        source: 'inform-en-a3589713',
        passage:
          'BISHKEK. KAZINFORM Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
      {
        source: 'mir24-2020-03-05-zas-summit-moscow',
        passage:
          'В этом году в ОДКБ председательствует Российская Федерация, поэтому и саммит глав государств пройдет там',
        gloss: 'This year the Russian Federation chairs the CSTO, so the summit of heads of state will be held there',
      },
      {
        source: 'tass-2020-12-02-putin-chair-vc',
        passage:
          'Russia holds the organization’s rotating presidency this year, and will hand it over to Tajikistan in 2021.',
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
      {
        source: 'tass-2020-12-02-putin-chair-vc',
        passage:
          'Russia holds the organization’s rotating presidency this year, and will hand it over to Tajikistan in 2021.',
      },
      {
        source: 'khovar-2021-08-23-extraordinary-vc',
        passage:
          '23 августа 2021 года под председательством Президента Республики Таджикистан, Председателя Совета коллективной безопасности  Организации Договора о коллективной безопасности Эмомали Рахмона в формате видеоконференции состоялась внеочередная сессия Совета коллективной безопасности.',
        gloss:
          'On 23 August 2021, chaired by the President of Tajikistan, Chairman of the CSTO Collective Security Council Emomali Rahmon, an extraordinary session of the Collective Security Council took place by videoconference.',
      },
      {
        source: 'khovar-2021-09-18-chair-armenia',
        passage: 'ТАДЖИКИСТАН ПЕРЕДАЛ ПРЕДСЕДАТЕЛЬСТВО АРМЕНИИ.',
        gloss: 'TAJIKISTAN HANDED OVER THE CHAIRMANSHIP TO ARMENIA.',
      },
      {
        source: 'tass-2020-12-02-putin-chair-vc',
        passage:
          'MOSCOW, December 2. /TASS/. On Wednesday, December 2, Russian President Vladimir Putin will chair a meeting of the Collective Security Treaty Organization (CSTO)’s Collective Security Council via videoconference, the Kremlin press service said.',
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
    chair: {
      name: { en: 'Nikol Pashinyan', ru: 'Никол Пашинян' },
      ids: {
        wikidata: 'Q7035479',
        citations: [
          {
            source: 'spocwiki-armenia',
            passage: 'head_of_government: "[[_Standards/WikiData/WD~Nikol_Pashinyan,7035479]]"',
          },
        ],
      },
    },
    year: 2022,
    from: '2021-09-16',
    to: '2022-11-23',
    handover: 'session',
    note: 'Pashinyan, Prime Minister of Armenia, chaired the Council; the chairmanship ended at the Yerevan session of 23 November 2022.',
    citations: [
      {
        source: 'khovar-2021-09-18-chair-armenia',
        passage:
          '«Следующая сессия Совета коллективной безопасности пройдет уже, естественно, в Ереване в четвертом квартале следующего года», — сказал он журналистам в четверг, 16 сентября, по итогам заседания СКБ ОДКБ в Душанбе. Зась напомнил, что в следующем межсессионном периоде в организации будет председательствовать Армения.',
        gloss:
          '“The next session of the Collective Security Council will naturally be held in Yerevan in the fourth quarter of next year,” he told journalists on Thursday, 16 September, following the meeting of the CSTO Collective Security Council in Dushanbe. Zas recalled that in the next intersessional period Armenia will chair the organization.',
      },
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
      {
        source: 'khovar-2021-09-18-chair-armenia',
        passage:
          'Зась напомнил, что в следующем межсессионном периоде в организации будет председательствовать Армения.',
        gloss: 'Zas recalled that Armenia will chair the organization in the next intersessional period.',
      },
      {
        source: 'pacsto-yerevan-2022',
        passage: 'The CSTO presidency in 2022–2023 will pass from Armenia to the Republic of Belarus.',
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
          "YEREVAN, 23 November (BelTA) - Leaders of the Collective Security Treaty Organization (CSTO) member states are set to take part in a session of the Collective Security Council, the organization's supreme body, in Yerevan, the capital of Armenia, on 23 November, BelTA has learned. Belarusian President Aleksandr Lukashenko will be among the participants. The forthcoming summit is special for Belarus, as the country is taking over the CSTO presidency from Armenia.",
      },
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
        source: 'caspian-institute-2023-12-04-belarus-chair',
        passage:
          'Прошедшее мероприятие фактически подвело финальную черту под председательством Республики Беларусь, которое осуществлялось на протяжении текущего года.',
        gloss:
          'The event that took place effectively drew the final line under the chairmanship of the Republic of Belarus, which was exercised throughout the current year.',
      },
      { source: 'belarus-by-2023-11-14-minsk-summit', passage: 'In 2023, the chairmanship is held by Belarus.' },
      {
        source: 'asian24news-2024-01-10-kz-chairs',
        passage:
          'Председательство в организации договора о коллективной безопасности с 1 января 2024 года перешло от Белоруссии к Казахстану.',
        gloss:
          'The chairmanship of the Collective Security Treaty Organization passed from Belarus to Kazakhstan from 1 January 2024.',
      },
    ],
  },
  {
    id: 'kz-2024',
    state: 'KZ',
    chair: {
      name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
      ids: {
        wikidata: 'Q200881',
        citations: [
          {
            source: 'spocwiki-kazakhstan',
            passage: 'head_of_state: "[[_Standards/WikiData/WD~Kassym-Jomart_Tokayev,200881]]"',
          },
        ],
      },
    },
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
        gloss:
          'In connection with the transfer of the chairmanship of the Organization from the Republic of Belarus to the Republic of Kazakhstan that has taken place, the chair was taken by the Permanent Representative of Kazakhstan to the CSTO, Marat Zenikenovich Syzdykov',
      },
      { source: '24kg-en-312537', passage: 'Kyrgyzstan will take over CSTO chairmanship from Kazakhstan in 2025.' },
      {
        source: 'asian24news-2024-01-10-kz-chairs',
        passage:
          'Председательство в организации договора о коллективной безопасности с 1 января 2024 года перешло от Белоруссии к Казахстану.',
        gloss:
          'The chairmanship of the Collective Security Treaty Organization passed from Belarus to Kazakhstan from 1 January 2024.',
      },
      { source: 'belta-2024-11-28-lukashenko-astana', passage: 'This year Kazakhstan is chairing the CSTO.' },
    ],
  },
  {
    id: 'kg-2025',
    state: 'KG',
    chair: {
      name: { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' },
      ids: {
        wikidata: 'Q25597826',
        citations: [
          {
            source: 'spocwiki-kyrgyzstan',
            passage: 'head_of_state: "[[_Standards/WikiData/WD~Sadyr_Zhaparov,25597826]]"',
            locator: 'Front matter, head_of_state (Zhaparov romanizes Жапаров, as Japarov does)',
          },
        ],
      },
    },
    year: 2025,
    from: '2025-01-01',
    to: '2026-01-01',
    handover: 'calendar',
    note: 'The 1 January start follows the calendar-year practice; the sources give the year.',
    citations: [
      { source: '24kg-en-312537', passage: 'Kyrgyzstan will take over CSTO chairmanship from Kazakhstan in 2025.' },
      {
        source: 'sputnik-kg-2025-02-10',
        passage: 'В этом году к Кыргызстану перешло председательство в ОДКБ',
        gloss: 'This year the chairmanship of the CSTO passed to Kyrgyzstan',
      },
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
      {
        source: 'sputnikglobe-2024-11-28-whats-on-table',
        passage:
          'Kyrgyzstan, for its part, will present its priorities within the framework of the country’s CSTO chairmanship in 2025.',
      },
      {
        source: 'prosud-2025-chair-to-russia',
        passage: 'Кыргызстан председательствовал в ОДКБ в 2025 году.',
        gloss: 'Kyrgyzstan chaired the CSTO in 2025.',
      },
      {
        source: '24kg-2025-11-25-japarov-chair',
        passage:
          'Президент Кыргызской Республики Садыр Жапаров в качестве председателя Совета коллективной безопасности Организации Договора о коллективной безопасности (ОДКБ) проведет очередное заседание совета в Бишкеке.',
        gloss:
          'President of the Kyrgyz Republic Sadyr Japarov, as chairman of the CSTO Collective Security Council, will hold the regular meeting of the council in Bishkek.',
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
        gloss:
          '— Considering that from 1 January 2026 the chairmanship of the CSTO passes to the Russian side, it is proposed to hold the next regular meeting of the CSTO Collective Security Council on 11 November 2026 in the Russian Federation.',
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
        gloss:
          'The chairmanship of the Collective Security Treaty Organization (CSTO) in 2026 passes from Kyrgyzstan to Russia.',
      },
      {
        source: 'ria-2026-01-13-pc-chair-russia',
        passage:
          'для дальнейшего его утверждения председателем Совета коллективной безопасности ОДКБ Владимиром Путиным',
        gloss: 'for subsequent approval by the Chairman of the CSTO Collective Security Council Vladimir Putin',
      },
    ],
  },
] as const satisfies readonly Chairmanship[];
