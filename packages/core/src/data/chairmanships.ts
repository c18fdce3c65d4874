/**
 * Chairmanships of the organisation (the chair of the Collective Security Council), oldest first.
 * Until 2023 the chair passed at the Council's regular session (Charter, Article 13: the head of the
 * host state chairs until the next regular session); the Minsk session of 23 November 2023 passed it to
 * Kazakhstan from 1 January 2024, and since then it runs by calendar year.
 */
import type { Chairmanship } from '../chairmanships.js';

const PUTIN = { name: { en: 'Vladimir Putin', ru: 'Владимир Путин' } } as const;
const RAHMON = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' } } as const;
const LUKASHENKO = { name: { en: 'Alexander Lukashenko', ru: 'Александр Лукашенко' } } as const;

export const chairmanshipData = [
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
