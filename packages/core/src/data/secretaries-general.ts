/** Secretaries General of the organisation, acting holders included, oldest first. */
import type { SecretaryGeneralTerm } from '../secretaries-general.js';

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
    sources: [
      'dkb-gov-ru-bordyuzha',
      'armeniasputnik-2017-01-01',
      'irin-2003-04-29-dushanbe',
      'armenianclub-panarmenian-2009-02-04',
      'knews-2012-12-20',
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
    sources: ['armeniasputnik-2017-01-01', 'kavkaz-uzel-302027'],
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
    sources: ['vpk-179521', 'kavkaz-uzel-302027', 'rg-2018-11-02', 'armenpress-953167'],
  },
  {
    id: 'semerikov-2018',
    person: SEMERIKOV,
    nationality: 'RU',
    acting: true,
    from: '2018-11-02',
    to: '2020-01-01',
    sources: ['kommersant-3794185', 'belsat-zas-2019', 'kyrtag-zas'],
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
    sources: ['kyrtag-zas', 'sputnik-tj-2019-11-28', 'euroradio-zas-2019', 'kazinform-2021-04-23'],
    conflicts: [
      {
        field: 'foreign ministers’ agreement',
        values: [
          { value: '2019-05-22', sources: ['euroradio-zas-2019'] },
          { value: '2019-05-23', sources: ['azatutyun-29968629'] },
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
    sources: ['weeklyblitz-shoigu-tasmagambetov', 'newsmail-55704460', 'csto-en-secretariat', 'tass-en-2058773'],
  },
  {
    id: 'masadykov',
    person: { name: { en: 'Taalatbek Masadykov', ru: 'Таалатбек Масадыков' } },
    nationality: 'KG',
    acting: false,
    appointed: '2025-11-27',
    from: '2026-01-01',
    note: 'Appointed at the Bishkek session of 27 November 2025 for three years, 1 January 2026 to 31 December 2028.',
    sources: ['eccis-31236', 'inform-kz-ru-81fe44', 'trend-4122731', 'vb-kg-454342'],
    conflicts: [
      {
        field: 'from',
        values: [
          { value: '2026-01-01', sources: ['eccis-31236', 'tass-en-2058773', 'vb-kg-454342'] },
          { value: '2025-12-28', sources: ['newsmail-69270002'] },
        ],
        chosen: '2026-01-01',
        reason:
          'BelTA called Masadykov acting Secretary General on 28 December 2025, before his term began; the appointment decision and later reports give 1 January 2026.',
      },
    ],
  },
] as const satisfies readonly (Omit<SecretaryGeneralTerm, 'sources'> & { readonly sources: readonly string[] })[];
