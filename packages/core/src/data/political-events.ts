/** Dated events that changed how a member takes part in the organisation, apart from its legal status, in date order. */
import type { PoliticalEvent } from '../model/political-event.js';

export const politicalEventData = [
  {
    id: 'by-2009-06-14-boycott',
    state: 'BY',
    date: '2009-06-14',
    kind: 'boycott',
    text: {
      en: 'Belarus cancelled its participation in the Collective Security Council session in Moscow in protest at Russia’s ban on Belarusian dairy imports ("milk war"); the other leaders signed the CRRF agreement without it and the temporary chairmanship passed to Russia.',
    },
    citations: [
      {
        source: 'newsarmenia-2009-06-14-crrf-signed',
        passage:
          'В воскресенье белорусская делегация не приехала на саммит ОДКБ, объяснив свой шаг "экономической дискриминацией" со стороны одной из стран-участниц. Недовольство Минска вызвали введенные Россией ограничения на поставки белорусской молочной продукции.',
        gloss:
          'On Sunday the Belarusian delegation did not come to the CSTO summit, explaining its step by "economic discrimination" by one of the participating countries. Minsk’s displeasure was caused by Russia’s restrictions on supplies of Belarusian dairy products.',
      },
      {
        source: 'korrespondent-2009-06-14-ksor',
        passage:
          'Лидеры ОДКБ в отсутствии президента Беларуси Александра Лукашенко подписали сегодня, 14 июня, соглашение о создании Коллективных сил оперативного реагирования (КСОР), сообщил президент РФ Дмитрий Медведев.',
        gloss:
          'The CSTO leaders, in the absence of the President of Belarus Alexander Lukashenko, signed today, 14 June, the agreement on establishing the Collective Rapid Reaction Forces (CRRF), Russian President Dmitry Medvedev said.',
      },
      {
        source: 'korrespondent-2009-06-14-ksor',
        passage:
          'В связи с отказом Беларуси участвовать в московском саммите организации Временное председательство в ОДКБ передано России.',
        gloss:
          'Because of Belarus’s refusal to take part in the organisation’s Moscow summit, the temporary chairmanship of the CSTO was handed to Russia.',
      },
      {
        source: 'gazeta-ru-2009-06-15-demarche',
        passage:
          'Поводом для белорусского демарша стал запрет Роспотребнадзора от 6 июня на ввоз в Россию около 500 наименований белорусской молочной продукции.',
        gloss:
          'The occasion for the Belarusian démarche was Rospotrebnadzor’s ban of 6 June on importing about 500 items of Belarusian dairy products into Russia.',
      },
    ],
  },
  {
    id: 'by-2009-10-20-other',
    state: 'BY',
    date: '2009-10-20',
    kind: 'other',
    text: {
      en: 'Lukashenko signed the CRRF agreement and the Council decision on the CRRF composition after the June boycott; the CSTO Secretariat reported receiving the signed package.',
    },
    dateDerivation:
      'Date of the reports (Lenta.ru and Korrespondent.net, 20 October 2009) that the signed package had reached the Secretariat; the exact day of signature is not given.',
    citations: [
      {
        source: 'korrespondent-2009-10-20-lukashenko-ksor',
        passage:
          'Как сообщает секретариат ОДКБ, соответствующий пакет документов, подписанный президентом Республики Беларусь, поступил в распоряжение организации.',
        gloss:
          'As the CSTO Secretariat reports, the relevant package of documents signed by the President of the Republic of Belarus has reached the organisation.',
      },
      {
        source: 'lenta-2009-10-20-lukashenko-ksor',
        passage:
          'Президент Белоруссии Александр Лукашенко подписал соглашение о создании Коллективных сил оперативного реагирования (КСОР) ОДКБ, сообщает "Интерфакс".',
        gloss:
          'Belarusian President Alexander Lukashenko has signed the agreement on establishing the CSTO Collective Rapid Reaction Forces (CRRF), Interfax reports.',
      },
    ],
  },
  {
    id: 'uz-2012-06-28-other',
    state: 'UZ',
    date: '2012-06-28',
    kind: 'other',
    text: {
      en: 'Uzbekistan sent the CSTO Secretariat a note suspending its participation in the organisation’s activities; the Secretariat confirmed receipt on 28 June 2012.',
    },
    note: 'The Collective Security Council suspended Uzbekistan’s membership on 19 December 2012 (legal status, kept in the membership timeline).',
    citations: [
      {
        source: 'tass-2012-06-28-uz-note',
        passage:
          'MOSCOW, June 28 (Itar-Tass) — Collective Security Treaty Organization /CSTO/ confirms that is has received a note from Uzbekistan on suspension of that country’s operations in the format of the organization, the CSTO Press Secretary Vladimir Zainetdinov told Itar-Tass.',
      },
      {
        source: 'rt-2012-06-28-uz-quits',
        passage:
          'The secretariat of the CSTO bloc confirmed it had received a note from Tashkent suspending Uzbekistan’s membership.',
      },
    ],
  },
  {
    id: 'am-2022-11-23-refusal-to-sign',
    state: 'AM',
    date: '2022-11-23',
    kind: 'refusal-to-sign',
    text: {
      en: 'At the Yerevan session that he chaired, Pashinyan refused to sign the draft Declaration of the Collective Security Council and the draft decision on joint measures to assist Armenia, for lack of a political assessment of Azerbaijan’s actions.',
    },
    citations: [
      {
        source: 'jinicms-panarmenian-2022-11-24',
        passage:
          'Prime Minister Nikol Pashinyan on Wednesday, November 23 refused to sign a CSTO declaration on “joint measures to provide assistance to the Republic of Armenia”maintaining that the document “has not been sufficiently finalized.”',
      },
      {
        source: 'horizon-2022-pashinyan-refuses-sign',
        passage:
          'Armenian prime minister Nikol Pashinyan has refused to sign a draft declaration of the Moscow-led Collective Security Treaty Organization’s (CSTO) Collective Security Council and a draft of joint assistance measures for Armenia as it failed to condemn Azerbaijan’s aggression against Armenia.',
      },
    ],
  },
  {
    id: 'am-2023-01-10-other',
    state: 'AM',
    date: '2023-01-10',
    kind: 'other',
    text: {
      en: 'Pashinyan announced that Armenia considered it inexpedient to host the CSTO exercises planned on its territory in 2023; the defence minister had informed the CSTO Joint Staff.',
    },
    citations: [
      {
        source: 'interfax-2023-01-10-exercises',
        passage:
          "YEREVAN. Jan 10 (Interfax) - Armenia believes it's inexpedient to host Collective Security Treaty Organization (CSTO) exercises in 2023, Armenian Prime Minister Nikol Pashinyan said.",
      },
      {
        source: 'interfax-2023-01-10-exercises',
        passage:
          '"The Armenian defense minister has informed the CSTO Joint Staff that, under the circumstances, we believe it would be inexpedient to hold CSTO exercises in the Armenian territory. At least, this year, there will be no such exercises in Armenia," Pashinyan said at a press conference on Tuesday.',
      },
      {
        source: 'azatutyun-2023-01-11-drills',
        passage:
          'The CSTO spokesman, Vladimir Zaynetdinov, said, however, that they have received no such notification yet.',
      },
    ],
  },
  {
    id: 'am-2023-11-14-statement',
    state: 'AM',
    date: '2023-11-14',
    kind: 'statement',
    text: {
      en: 'In a telephone call with Lukashenko, Pashinyan said he would not attend the Collective Security Council session in Minsk on 23 November 2023.',
    },
    citations: [
      {
        source: 'report-az-2023-11-14-minsk',
        passage:
          '"Пашинян сообщил, что не сможет присутствовать на заседании Совета коллективной безопасности, и выразил надежду, что партнеры по ОДКБ отнесутся к этому решению с пониманием", - сообщила пресс-секретарь премьера Назели Багдасарян.',
        gloss:
          '"Pashinyan said he would not be able to attend the session of the Collective Security Council and expressed the hope that the CSTO partners would treat this decision with understanding," the prime minister’s spokeswoman Nazeli Baghdasaryan said.',
      },
    ],
  },
  {
    id: 'am-2023-11-23-absence',
    state: 'AM',
    date: '2023-11-23',
    kind: 'absence',
    text: {
      en: 'Armenia was absent from the Collective Security Council session in Minsk; its foreign and defence ministers also stayed away.',
    },
    citations: [
      {
        source: 'caspian-institute-2023-12-04-belarus-chair',
        passage:
          '23 ноября 2023 года в Минске состоялась сессия Совета коллективной безопасности (СКБ) Организации договора о коллективной безопасности (ОДКБ) с участием лидеров государств (за исключением Армении), входящих в данный альянс.',
        gloss:
          'On 23 November 2023 a session of the CSTO Collective Security Council took place in Minsk with the leaders of the alliance’s states (except Armenia).',
      },
      {
        source: 'asbarez-2023-11-21-observer-mission',
        passage:
          'Armenia’s foreign and defense ministers announced Tuesday that they, too, will not attend the summit.',
      },
    ],
  },
  {
    id: 'am-2023-12-19-absence',
    state: 'AM',
    date: '2023-12-19',
    kind: 'absence',
    text: {
      en: 'The Speaker of Armenia’s parliament, Alen Simonyan, informed the PA CSTO chairman by letter that he would not take part in the Parliamentary Assembly meetings in Moscow on 19 December (XVI plenary session).',
    },
    dateDerivation:
      'Silkway gives "19 декабря" without a year; the XVI plenary session, the Minsk summit reference and smotrim.ru ("В декабре 2023 года ...") place it in 2023.',
    citations: [
      {
        source: 'silkway-pa-2023-12-simonyan',
        passage:
          'Заседание Совета Парламентской ассамблеи Организации Договора о коллективной безопасности и XVI пленарное заседание ПА ОДКБ состоятся 19 декабря в Москве.',
        gloss:
          'The meeting of the Council of the CSTO Parliamentary Assembly and the XVI plenary session of the PA CSTO will take place on 19 December in Moscow.',
      },
      {
        source: 'silkway-pa-2023-12-simonyan',
        passage:
          'Спикер парламента Армении Ален Симонян не примет участия в заседаниях в рамках ПА ОДКБ, о чем он уведомил председателя ПА ОДКБ, спикера Госдумы Вячеслава Володина в официальном письме, напоминают армянские СМИ.',
        gloss:
          'The Speaker of Armenia’s parliament Alen Simonyan will not take part in the PA CSTO meetings, of which he notified the PA CSTO chairman, State Duma speaker Vyacheslav Volodin, in an official letter, Armenian media recall.',
      },
      {
        source: 'smotrim-2024-02-23-freeze',
        passage:
          'В декабре 2023 года армянская сторона отказалась от участия в заседании Парламентской ассамблеи ОДКБ.',
        gloss:
          'In December 2023 the Armenian side declined to take part in the session of the CSTO Parliamentary Assembly.',
      },
    ],
  },
  {
    id: 'am-2024-02-22-statement',
    state: 'AM',
    date: '2024-02-22',
    kind: 'statement',
    text: {
      en: 'In an interview with France 24 Pashinyan said Armenia had in practice frozen its participation in the CSTO because the treaty had not been fulfilled towards Armenia in 2021–2022.',
    },
    dateDerivation:
      'RT, dated 2024-02-22, says the interview was "published on Thursday"; 22 February 2024 was a Thursday. Several reports are dated 23 February.',
    citations: [
      {
        source: 'rt-2024-02-22-am-suspends',
        passage:
          'In an interview with France 24 that was published on Thursday, Pashinyan said that his country has grown dissatisfied with the Collective Security Treaty Organization (CSTO), a six-member bloc founded shortly after the breakup of the Soviet Union.',
      },
      {
        source: 'asbarez-2024-02-23-frozen',
        passage:
          '“The CSTO hasn’t fulfilled its security obligations towards Armenia, particularly in 2021, in 2022, and this couldn’t have gone without consequences. And the consequence is that in practice we have basically frozen our participation in the CSTO,” Pashinyan told France24.',
      },
      {
        source: 'turanews-armenia-suspends',
        passage:
          'Мы заморозили наше участие в этом договоре. Посмотрим, что будет дальше», — заявил премьер-министр Армении Никол Пашинян в интервью телеканалу France24.',
        gloss:
          '"We have frozen our participation in this treaty. We shall see what happens next," Armenian Prime Minister Nikol Pashinyan said in an interview with France24.',
      },
    ],
    conflicts: [
      {
        field: 'date',
        values: [
          {
            value: '2024-02-22',
            citations: [
              {
                source: 'rt-2024-02-22-am-suspends',
                passage:
                  'In an interview with France 24 that was published on Thursday, Pashinyan said that his country has grown dissatisfied with the Collective Security Treaty Organization (CSTO), a six-member bloc founded shortly after the breakup of the Soviet Union.',
              },
            ],
          },
          {
            value: '2024-02-23',
            citations: [
              {
                source: 'smotrim-2024-02-23-freeze',
                passage:
                  'Членство Армении в ОДКБ фактически "заморожено", заявил премьер-министр Армении Никол Пашинян в интервью французскому телеканалу France 24.',
                gloss:
                  'Armenia’s CSTO membership is de facto "frozen", Armenian Prime Minister Nikol Pashinyan said in an interview with the French channel France 24. (article dated 23 February 2024)',
              },
            ],
          },
        ],
        chosen: '2024-02-22',
        reason: 'The interview was published on Thursday 22 February; reports dated 23 February relay it.',
      },
    ],
  },
  {
    id: 'am-2024-02-28-statement',
    state: 'AM',
    date: '2024-02-28',
    kind: 'statement',
    text: {
      en: 'In parliament Pashinyan said Armenia had frozen its activity de facto and would do so de jure if the issues were not resolved; the freeze means Armenia has no permanent representative to the organisation and does not take part in high- and highest-level events.',
    },
    citations: [
      {
        source: 'vedomosti-2024-02-28-pashinyan',
        passage:
          '«Если мы сейчас де-факто заморозили свою деятельность, то в случае если вопросы не решатся, сделаем это де-юре, а что нам остается», – задался вопросом Пашинян (цитата по ТАСС).',
        gloss:
          '"If we have now frozen our activity de facto, then if the issues are not resolved we will do it de jure — what else is left to us?" Pashinyan asked (quoted by TASS).',
      },
      {
        source: 'vedomosti-2024-02-28-pashinyan',
        passage:
          'Он также пояснил, что заморозка отношений с ОДКБ означает, что у Армении нет постпреда при организации и она не участвует в мероприятиях на высоком и высшем уровне.',
        gloss:
          'He also explained that the freeze of relations with the CSTO means that Armenia has no permanent representative to the organisation and does not take part in events at the high and highest level.',
      },
    ],
  },
  {
    id: 'am-2024-05-08-funding-stop',
    state: 'AM',
    date: '2024-05-08',
    kind: 'funding-stop',
    text: {
      en: 'Foreign ministry spokeswoman Ani Badalyan announced that Armenia would not join the Collective Security Council decision of 23 November 2023 on the 2024 CSTO budget nor take part in financing the organisation, while not objecting to its adoption in a limited format.',
    },
    citations: [
      {
        source: 'korrespondent-2024-05-08-funding',
        passage:
          'Власти Армении решили прекратить финансирование деятельности Организации Договора о коллективной безопасности (ОДКБ). Об этом сказала спикер МИД страны Ани Бадалян, сообщает Armenpress в среду, 8 мая.',
        gloss:
          'The Armenian authorities decided to stop financing the activities of the CSTO. The foreign ministry spokeswoman Ani Badalyan said so, Armenpress reports on Wednesday, 8 May.',
      },
      {
        source: 'korrespondent-2024-05-08-funding',
        passage:
          '"Республика Армения воздержится от присоединения к решению Совета коллективной безопасности ОДКБ от 23 ноября 2023 г. О бюджете ОДКБ 2024 года и участии в предусмотренном этим решением финансировании деятельности организации", - заявила она.',
        gloss:
          '"The Republic of Armenia will refrain from joining the CSTO Collective Security Council decision of 23 November 2023 On the CSTO budget for 2024 and from taking part in the financing of the organisation’s activities provided for by that decision," she said.',
      },
      {
        source: 'nashaniva-2024-05-08-funding',
        passage:
          'Армения не собирается участвовать в ее финансировании. Об этом заявила пресс-секретарь МИД Армении Ани Бадалян в комментарии агентству Factor.am, пишет «Европейская правда».',
        gloss:
          'Armenia does not intend to take part in its financing. The Armenian foreign ministry’s spokeswoman Ani Badalyan said this in a comment to Factor.am, Yevropeiska Pravda writes.',
      },
    ],
  },
  {
    id: 'am-2024-06-12-statement',
    state: 'AM',
    date: '2024-06-12',
    kind: 'statement',
    text: {
      en: 'In parliament Pashinyan said Armenia "will leave" the CSTO, the timing to be decided later; Foreign Minister Mirzoyan then said no withdrawal had been announced.',
    },
    citations: [
      {
        source: 'panarmenian-2024-06-13-leave',
        passage:
          'Armenia will leave the Russian-led Collective Security Organization (CSTO), Prime Minister Nikol Pashinyan said on Wednesday, June 12, without giving any dates.',
      },
      {
        source: 'trend-2024-06-12-exit',
        passage:
          "BAKU, Azerbaijan, June 12. Armenia is set to exit the CSTO, said the country's Prime Minister Nikol Pashinyan, Trend reports.",
      },
    ],
  },
  {
    id: 'am-2024-11-28-absence',
    state: 'AM',
    date: '2024-11-28',
    kind: 'absence',
    text: {
      en: 'Armenia did not attend the Collective Security Council session in Astana (neither the prime minister nor the foreign minister), while not objecting to the adoption of its documents in a limited format.',
    },
    citations: [
      {
        source: 'izkp-2024-11-astana',
        passage:
          'Премьер-министр Армении Никол Пашинян не собирается участвовать в саммите Организации Договора о коллективной безопасности (ОДКБ), который пройдет 28 ноября в Астане.',
        gloss:
          'Armenian Prime Minister Nikol Pashinyan does not intend to take part in the CSTO summit to be held on 28 November in Astana.',
      },
      {
        source: 'izkp-2024-11-astana',
        passage:
          '"Позиция Республики Армения относительно замораживания участия в деятельности ОДКБ не изменилась", — сказала она.',
        gloss:
          '"The position of the Republic of Armenia on freezing its participation in CSTO activities has not changed," she said.',
      },
      {
        source: 'oragark-2024-11-astana',
        passage:
          '“Our Armenian colleagues have regrettably declined to participate in person,” Viktor Vasiliev, Russia’s ambassador to the CSTO headquarters in Moscow, told RIA Novosti. He added, however, that Armenia does not object to the adoption of the summit’s documents in a limited format.',
      },
    ],
  },
  {
    id: 'am-2025-03-funding-stop',
    state: 'AM',
    date: '2025-03',
    kind: 'funding-stop',
    text: {
      en: 'Armenia’s foreign ministry said the Armenian side had officially notified the CSTO Secretariat that it refrains from signing the Council decision "On the CSTO budget for 2024" and from taking part in financing the organisation.',
    },
    dateDerivation:
      'The notification itself is undated in the sources; the ministry’s answer to Sputnik Armenia is reported in an article dated 31.03.2025.',
    citations: [
      {
        source: 'sensaciy-2025-03-31-budget',
        passage:
          '«Армянская сторона официально уведомила секретариат Организации Договора о коллективной безопасности, что воздерживается от подписания решения Совета коллективной безопасности ОДКБ  «О бюджете ОДКБ на 2024 год» и участия в предусмотренном им финансировании деятельности организации», – говорится в официальном ответе армянского дипведомства.',
        gloss:
          '"The Armenian side has officially notified the CSTO Secretariat that it refrains from signing the decision of the CSTO Collective Security Council "On the CSTO budget for 2024" and from taking part in the financing of the organisation’s activities it provides for," says the official answer of the Armenian foreign ministry.',
      },
      {
        source: 'bakuinform-2025-am-notified-secretariat',
        passage:
          'Ранее заместитель министра иностранных дел России Александр Панкин заявил о том, что если Армения не оплатит взнос до конца 2025 года, государства-члены ОДКБ могут рассмотреть различные сценарии развития ситуации.',
        gloss:
          'Earlier Russian Deputy Foreign Minister Alexander Pankin said that if Armenia did not pay its contribution by the end of 2025, the CSTO member states might consider various scenarios.',
      },
    ],
  },
  {
    id: 'am-2025-06-30-absence',
    state: 'AM',
    date: '2025-06-30',
    kind: 'absence',
    text: {
      en: 'Foreign Minister Ararat Mirzoyan did not attend the Council of Ministers of Foreign Affairs meeting in Cholpon-Ata.',
    },
    citations: [
      {
        source: 'smi-media-2025-06-30-mirzoyan',
        passage:
          'В заседании совета министров иностранных дел стран Организации Договора о коллективной безопасности (ОДКБ) не будет участвовать глава МИД Армении Арарат Мирзоян. Об этом 30 июня сообщила пресс-служба Киргизии, проводящей мероприятия.',
        gloss:
          'Armenian Foreign Minister Ararat Mirzoyan will not take part in the meeting of the CSTO Council of Foreign Ministers. The press service of Kyrgyzstan, which hosts the events, said so on 30 June.',
      },
      {
        source: 'smi-media-2025-06-30-mirzoyan',
        passage: 'Заседание пройдет 30 июня в киргизской Чолпон-Ате.',
        gloss: 'The meeting will take place on 30 June in Cholpon-Ata, Kyrgyzstan.',
      },
    ],
  },
  {
    id: 'am-2025-11-27-absence',
    state: 'AM',
    date: '2025-11-27',
    kind: 'absence',
    text: {
      en: 'Armenia did not take part in the Collective Security Council session in Bishkek, but told the organisers it did not object to the adoption of the agreed documents.',
    },
    citations: [
      {
        source: 'tass-2025-11-24-ushakov-armenia',
        passage:
          'Представители Армении не посетят саммит Организации Договора о коллективной безопасности (ОДКБ) в Бишкеке, однако Ереван сообщил, что не против принятия на встрече касающихся всего блока документов.',
        gloss:
          'Armenia’s representatives will not attend the CSTO summit in Bishkek, but Yerevan said it did not object to the adoption at the meeting of documents concerning the whole bloc.',
      },
      {
        source: 'azernews-2025-11-25-bishkek',
        passage:
          'Armenia will not participate in the Collective Security Treaty Organization (CSTO) summit scheduled to take place in Bishkek on November 27, Azernews reports via TASS Agency.',
      },
    ],
  },
] as const satisfies readonly PoliticalEvent[];
