/**
 * Chairmanships of the organisation (the chair of the Collective Security Council), oldest first.
 * Until 2023 the chair passed at the Council's regular session (Charter, Article 13: the head of the
 * host state chairs until the next regular session); the Minsk session of 23 November 2023 passed it to
 * Kazakhstan from 1 January 2024, and since then it runs by calendar year. The chairmanships before
 * Armenia's of 2008–2009 are not established well enough to be recorded (see DATA.md).
 */
import type { Chairmanship } from '../chairmanships.js';

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
    sources: ['liquisearch-csto-recent', 'regnum-1109382', 'newsarmenia-2009-06-14', 'glavnoe-ua-26729'],
    conflicts: [
      {
        field: 'from',
        values: [
          { value: '2008-09-05', sources: ['liquisearch-csto-recent'] },
          { value: 'before 2008-09-05', sources: ['armeniandiaspora-ria-2007-10-06'] },
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
    sources: ['glavnoe-ua-26729', 'survincity-2010', 'data-minsk-2010-12'],
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
    sources: ['data-minsk-2010-12', 'trend-2011-08-12', 'vybory-29516', 'moscow-post-49860', 'asiaplus-2011-10-10'],
    conflicts: [
      {
        field: 'to',
        values: [
          { value: '2011-12-20', sources: ['asiaplus-2011-10-10', 'tass-2011-12-21-moscow'] },
          { value: '2011-12-21', sources: ['liquisearch-csto-recent'] },
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
    sources: ['moscow-post-49860', 'asiaplus-2012-05-15', 'tass-en-archive-685227', 'asiaplus-2011-10-10'],
    conflicts: [
      {
        field: 'from',
        values: [
          { value: '2011-12-20', sources: ['asiaplus-2011-10-10', 'tass-2011-12-21-moscow'] },
          { value: '2011-12-21', sources: ['liquisearch-csto-recent'] },
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
    sources: ['tass-en-archive-685227', 'knews-2012-12-20', 'livekuban-sochi-2013'],
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
    sources: ['livekuban-sochi-2013', 'khovar-2014-12-23'],
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
    sources: ['khovar-2014-12-23', 'csabusiness-tj-chair', 'csto-en-session201509'],
    conflicts: [
      {
        field: 'from',
        values: [
          { value: '2014-12-23', sources: ['khovar-2014-12-23'] },
          { value: '2014-12-22', sources: ['csabusiness-tj-chair'] },
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
    sources: [
      'csto-en-session201509',
      'anca-armenpress-2015-12-21-moscow',
      'sputnik-tj-2016-10-14',
      'president-gov-by-14659',
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
    sources: ['president-gov-by-14659', 'rusteam-minsk-2017', 'cerbanet-2017-11-29', 'en-csto-csc-page'],
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
    sources: ['cerbanet-2017-11-29', 'asiaplus-2017-11-29', 'primeminister-am-2018-11-08'],
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
    sources: ['primeminister-am-2018-11-08', 'inform-en-a3589713'],
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
    sources: ['inform-en-a3589713', 'khovar-2020-11-30', 'asiaplus-2020-12-03'],
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
    sources: ['asiaplus-2021-01-20', 'tass-en-1338563', 'kazinform-2021-04-23', 'asbarez-2021-armenia-assumes'],
    conflicts: [
      {
        field: 'from',
        values: [
          { value: '2020-12-02', sources: ['asiaplus-2021-01-20', 'asiaplus-2020-12-03'] },
          { value: '2020-11-17', sources: ['khovar-en-2020-11-17'] },
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
    sources: ['asbarez-2021-armenia-assumes', 'tass-en-1382261', 'primeminister-am-2022-01-10', 'csto-en-yerevan-2022'],
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
    sources: ['belarus-by-2022-11-23', 'pacsto-yerevan-2022', 'csto-en-minsk-2023', 'caspian-grinevich-2023'],
  },
  {
    id: 'kz-2024',
    state: 'KZ',
    chair: { name: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' } },
    year: 2024,
    from: '2024-01-01',
    to: '2025-01-01',
    handover: 'calendar',
    sources: ['csto-en-minsk-2023', 'menafn-trend-2024-01-10', 'liter-kz-2024-01-10', '24kg-en-312537'],
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
    sources: ['24kg-en-312537', 'sputnik-kg-2025-02-10', '24kg-en-352506', 'qazinform-en-4d721a'],
  },
  {
    id: 'ru-2026',
    state: 'RU',
    chair: PUTIN,
    year: 2026,
    from: '2026-01-01',
    handover: 'calendar',
    sources: ['inform-kz-ru-a88338', 'qazinform-en-4d721a', 'pacsto-2026-russia-chair', 'inforos-189361'],
  },
] as const satisfies readonly (Omit<Chairmanship, 'sources'> & { readonly sources: readonly string[] })[];
