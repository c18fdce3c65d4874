import type { BodyId, Language, MembershipStatus, SessionStatus } from '@csto/core';

/** The site's languages, in the order of the language switch. */
export const languages = ['en', 'ru'] as const satisfies readonly Language[];

/** A status as drawn on the map: the library's statuses, with `not-member` split into `former` and `none`. */
export type MapStatus = Exclude<MembershipStatus, 'not-member'> | 'former' | 'none';

/** The order of the legend. */
export const mapStatuses: readonly MapStatus[] = ['member', 'frozen', 'suspended', 'former', 'none'];

const sessionKinds: Readonly<Record<string, string>> = {
  regular: 'a regular session',
  extraordinary: 'an extraordinary session',
  informal: 'an informal meeting',
  jubilee: 'a jubilee session',
};
/**
 * A month written out in Russian ("июнь 2011 г.") turned to the prepositional case that follows «в»
 * ("июне 2011 г."): every Russian month name ends in ь or й, or takes е.
 */
function inMonthRu(month: string): string {
  return month.replace(/^(\p{L}+?)[ьй]?(?=\s)/u, '$1е');
}

const sessionKindsRu: Readonly<Record<string, string>> = {
  regular: 'Очередное заседание',
  extraordinary: 'Внеочередное заседание',
  informal: 'Неформальная встреча',
  jubilee: 'Юбилейное заседание',
};

const en = {
  langName: 'English',
  siteName: 'CSTO at a glance',
  siteTagline: 'The Collective Security Treaty Organization, fact by fact, with sources',
  skip: 'Skip to content',
  nav: {
    home: 'Home',
    on: 'On this date',
    timeline: 'Timeline',
    sessions: 'Sessions',
    sources: 'Sources',
    downloads: 'Downloads',
    bodies: 'Bodies',
    people: 'People',
    instruments: 'Legal texts',
    forces: 'Forces',
    events: 'Events',
    questions: 'Open questions',
    search: 'Search',
  },
  status: {
    member: 'member',
    frozen: 'member, participation frozen',
    suspended: 'membership suspended',
    former: 'former member',
    none: 'not a party',
  } satisfies Record<MapStatus, string>,
  statusShort: { member: 'member', frozen: 'frozen', suspended: 'suspended', former: 'former', none: 'not a party' },
  legend: 'Legend',
  mapTitle: (date: string) => `Map of the region: the states party to the treaty on ${date}`,
  neighbours: 'other states',
  members: 'Members',
  chair: 'Chair',
  chairOf: (year: number) => `Chairmanship in ${year}`,
  secretaryGeneral: 'Secretary General',
  acting: 'acting',
  notInData: 'not in the data for this day',
  dataAsOf: 'Data checked against its sources up to',
  laterDays: 'Answers for later days assume nothing has changed since.',
  builtOn: 'Page built on',
  anniversaries: 'Next anniversaries',
  anniversary: (years: number, title: string) => `${years} years since: ${title}`,
  homeIntro:
    'Who is a member, who chairs, who is Secretary General, and what the organisation’s bodies met about: every fact on this site links to its source.',
  todayTitle: 'Today',
  statesList: 'States ever party to the treaty',
  onTitle: 'On this date',
  onIntro:
    'Pick a day, or move the slider from 1992 to today: the map, the list, the chair and the Secretary General follow. The answers are computed in your browser by the library’s helpers.',
  date: 'Date',
  slider: 'Move through time',
  shownFor: 'Shown for',
  projection: (date: string, asOf: string) =>
    `${date} is after ${asOf}, the day the data was last checked: the answers assume nothing has changed since.`,
  invalidDate: (value: string) =>
    `“${value}” is not a day this page can show (a real calendar day written YYYY-MM-DD, from 1992 to 2100): showing today instead.`,
  noScript: (date: string) =>
    `JavaScript is off, so this page shows ${date}, the day it was built: choosing another day needs JavaScript. The timeline and the state pages show every date without it.`,
  memberCount: (n: number) => `${n} formal member${n === 1 ? '' : 's'}`,
  timelineTitle: 'Timeline',
  timelineIntro:
    'One row per state ever party to the treaty. Bars are membership periods; marks are milestones and handovers of the chairmanship. Hover or focus a bar or mark to see the fact and its source.',
  scrollCue: 'The timeline is wider than this screen: scroll it sideways to see every year →',
  milestones: 'Milestones',
  chairmanships: 'Chair handovers',
  secretariesGeneral: 'Secretaries General',
  sessionsTitle: 'Sessions',
  sessionsIntro: 'Sessions of the organisation’s bodies in the data, newest first.',
  year: 'Year',
  body: 'Body',
  all: 'All',
  shown: (n: number, total: number) => `${n} of ${total} sessions shown`,
  online: 'by videoconference',
  hybrid: 'in person and by videoconference',
  kind: {
    regular: 'Regular session',
    extraordinary: 'Extraordinary session',
    informal: 'Informal meeting',
    jubilee: 'Jubilee session',
  },
  joint: 'Joint session',
  planned: 'planned',
  plannedNote: 'Announced, not yet known to have been held: the date, place and agenda are as announced.',
  cancelled: 'cancelled',
  cancelledNote: 'Announced, then cancelled: not held. The date, place and agenda are as announced.',
  documents: 'Documents adopted',
  absent: 'Absent',
  agenda: 'On the agenda',
  related: 'Also at the session',
  notes: 'Note',
  conflicts: 'Where sources disagree',
  chosen: 'Value used',
  conflictField: {
    from: 'first day',
    to: 'end (the first day it no longer held)',
    date: 'date',
    endDate: 'last day',
    signed: 'date of signature',
    established: 'date of establishment',
    place: 'place',
    kind: 'kind',
    chair: 'chair',
  } as Readonly<Record<string, string>>,
  reason: 'Why',
  sourcesTitle: 'Sources',
  sourcesIntro:
    'Every source the data cites. Primary sources are the organisation’s own publications, official sites of states and legal texts.',
  primary: 'primary',
  secondary: 'secondary',
  published: 'published',
  source: 'Source',
  sourcesShort: 'Sources',
  enOnly: 'English only: no Russian source gives this text.',
  credits: 'Map data and software',
  place: 'Place',
  when: 'Date',
  chairedBy: 'Chaired by',
  previous: 'Previous session',
  next: 'Next session',
  sameWeek: 'Same week, same city',
  statusHistory: 'Membership history',
  since: 'since',
  until: 'until',
  basis: 'Basis',
  officialName: 'Official name',
  currentStatus: 'Status on',
  chairedIn: 'Chairmanships',
  hosted: 'Sessions hosted',
  none: 'None in the data.',
  lede: (
    body: string,
    joint: boolean,
    kind: string,
    status: SessionStatus,
    place: string | undefined,
    date: string,
    chair: string | undefined,
  ) =>
    `The ${body} of the CSTO ${{ held: 'held', planned: joint ? 'are to hold' : 'is to hold', cancelled: joint ? 'were to hold' : 'was to hold' }[status]} ${
      joint ? 'a joint session' : (sessionKinds[kind] ?? 'a session')
    } ${place ? `in ${place}` : 'by videoconference'} ${/^\d/.test(date) ? 'on' : 'in'} ${date}${chair ? `, chaired by ${chair}` : ''}${
      status === 'cancelled' ? '; it was cancelled' : ''
    }.`,
  headline: (body: string, place: string | undefined, status: SessionStatus) =>
    `${body} ${{ held: 'meets', planned: 'to meet', cancelled: 'meeting' }[status]} ${place ? `in ${place}` : 'by videoconference'}${status === 'cancelled' ? ' cancelled' : ''}`,
  jointHeadline: (place: string | undefined, status: SessionStatus) =>
    `${{ held: 'Joint session', planned: 'Planned joint session', cancelled: 'Cancelled joint session' }[status]} ${place ? `in ${place}` : 'by videoconference'}`,
  and: 'and',
  footer: {
    demo: 'An open-source demo of @csto/core.',
    repository: 'Source code',
    npm: '@csto/core on npm',
    code: 'Code',
    data: 'Data',
    publicDomain: 'dedicated to the public domain under',
    quotations: 'Quotations remain their publishers’ and are reproduced as short citations with attribution.',
  },
  openSource: 'Open the source',
  rootTitle: 'Choose a language',
  stateDescription: (name: string) =>
    `${name} and the Collective Security Treaty: every period of membership with its basis and sources, chairmanships and sessions hosted.`,
  downloadsTitle: 'Downloads',
  downloadsIntro:
    'The whole record as one JSON file, as published with @csto/core, the JSON Schema that describes it, the sessions as a calendar to subscribe to, and the record as CSV tables with their Data Package descriptor.',
  file: 'File',
  what: 'What it holds',
  size: 'Size',
  bytes: (n: string, gz: string) => `${n} bytes (${gz} gzipped)`,
  dataFile:
    'Every domain of the record: states, milestones, chairmanships, Secretaries General, bodies, sessions, forces, operations, sources and open questions.',
  schemaFile: 'The JSON Schema (draft 2020-12) of data.json.',
  licence: 'Licence',
  licenceText:
    'Data: the compilation of facts is dedicated to the public domain under CC0 1.0; quotations remain their publishers’ and are reproduced as short citations with attribution. Code: MIT.',
  enOnlyMark: 'English only',
  bodiesTitle: 'Bodies',
  bodiesIntro:
    'The organisation’s bodies, statutory, working and parliamentary, each with the sessions the data records.',
  bodyKind: { statutory: 'Statutory bodies', working: 'Working bodies', parliamentary: 'Parliamentary body' },
  abbreviation: 'Abbreviation',
  composition: 'Composition',
  sessionsOf: (n: number) => `${n} session${n === 1 ? '' : 's'} in the data`,
  bodyDescription: (name: string) =>
    `The ${name} of the CSTO: its composition, its sources and every session in the data.`,
  peopleTitle: 'People',
  peopleIntro:
    'The people who chaired the Collective Security Council and the Secretaries General, as the data records their terms.',
  chairsTitle: 'Chairs of the Collective Security Council',
  nationality: 'Nationality',
  state: 'State',
  instrumentsTitle: 'Legal texts',
  instrumentsIntro:
    'The organisation’s legal instruments: the treaty, the Charter, the agreements and the protocols amending them.',
  instrumentKind: { treaty: 'Treaty', protocol: 'Protocol', charter: 'Charter', agreement: 'Agreement' },
  instrumentKindLabel: 'Kind',
  signed: 'Signed',
  inForce: 'In force',
  notInForce: 'entry into force not in the data',
  parties: 'Parties',
  amends: 'Amends',
  amendedBy: 'Amended by',
  forcesTitle: 'Collective forces and operations',
  forcesIntro: 'The collective forces of the organisation and the operations they carried out.',
  established: 'Established',
  operations: 'Operations',
  host: 'Host state',
  requested: 'Requested',
  decided: 'Decided',
  deployed: 'Deployed',
  withdrawalBegan: 'Withdrawal began',
  withdrawn: 'Withdrawn',
  contributors: 'Contributors',
  events: 'Events',
  eventsTitle: 'Political events',
  eventsIntro:
    'Dated events that changed how a member takes part, apart from its legal status: boycotts, absences, statements.',
  eventKind: {
    statement: 'statement',
    'refusal-to-sign': 'refusal to sign',
    boycott: 'boycott',
    'funding-stop': 'funding stopped',
    absence: 'absence',
    'suspension-note': 'suspension',
    other: 'event',
  },
  dateDerivation: 'How the date is known',
  questionsTitle: 'Open questions',
  questionsIntro:
    'Facts looked for and not established, or declined, with the reason: what this record does not claim.',
  questionDomain: {
    membership: 'Membership',
    milestones: 'Milestones',
    chairmanships: 'Chairmanships',
    'secretaries-general': 'Secretaries General',
    bodies: 'Bodies',
    sessions: 'Sessions',
    forces: 'Forces',
  },
  searchTitle: 'Search',
  searchIntro:
    'Search states, sessions and their agendas, documents, legal texts, people and sources. The index loads from this site when you search.',
  searchLabel: 'Search the record',
  searchButton: 'Search',
  searchNoScript: 'Search needs JavaScript. Every page is also reachable from the menu.',
  searchResults: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
  searchMore: (n: number) => `Showing the first ${n}; add a word to narrow the search.`,
  searchKinds: {
    state: 'State',
    session: 'Session',
    agenda: 'Agenda item',
    document: 'Document',
    instrument: 'Legal text',
    person: 'Person',
    source: 'Source',
    body: 'Body',
    event: 'Event',
    force: 'Collective force',
  },
  filterPublisher: 'Publisher',
  filterLanguage: 'Language',
  filterPrimary: 'Kind',
  sourcesShown: (n: number, total: number) => `${n} of ${total} sources shown`,
  citedBy: 'Cited by',
  calendarFile: (lang: string) =>
    `Every session as an all-day event (planned sessions marked tentative) and round anniversaries, in ${lang}: subscribe to this address in a calendar application.`,
  tableFile: (title: string) => `CSV table: ${title}.`,
  packageFile: 'The Data Package descriptor (datapackage.json) of the CSV tables.',
} as const;

type Dictionary = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { readonly [P in keyof (typeof en)[K]]: string };
};

const ru: Dictionary = {
  langName: 'Русский',
  siteName: 'ОДКБ с первого взгляда',
  siteTagline: 'Организация Договора о коллективной безопасности — факт за фактом, с источниками',
  skip: 'Перейти к содержанию',
  nav: {
    home: 'Главная',
    on: 'На дату',
    timeline: 'Хронология',
    sessions: 'Заседания',
    sources: 'Источники',
    downloads: 'Скачать',
    bodies: 'Органы',
    people: 'Люди',
    instruments: 'Документы',
    forces: 'Силы',
    events: 'События',
    questions: 'Открытые вопросы',
    search: 'Поиск',
  },
  status: {
    member: 'член',
    frozen: 'член, участие заморожено',
    suspended: 'членство приостановлено',
    former: 'бывший член',
    none: 'не участник',
  },
  statusShort: {
    member: 'член',
    frozen: 'заморожено',
    suspended: 'приостановлено',
    former: 'бывший',
    none: 'не участник',
  },
  legend: 'Условные обозначения',
  mapTitle: (date) => `Карта региона: государства — участники Договора на ${date}`,
  neighbours: 'другие государства',
  members: 'Члены',
  chair: 'Председатель',
  chairOf: (year) => `Председательство в ${year} году`,
  secretaryGeneral: 'Генеральный секретарь',
  acting: 'исполняющий обязанности',
  notInData: 'на этот день нет в данных',
  dataAsOf: 'Данные сверены с источниками по',
  laterDays: 'Для более поздних дней предполагается, что ничего не изменилось.',
  builtOn: 'Страница собрана',
  anniversaries: 'Ближайшие годовщины',
  anniversary: (years, title) => `${years} лет: ${title}`,
  homeIntro:
    'Кто член, кто председательствует, кто генеральный секретарь и что обсуждали органы Организации: каждый факт на сайте ведёт к своему источнику.',
  todayTitle: 'Сегодня',
  statesList: 'Государства, когда-либо участвовавшие в Договоре',
  onTitle: 'На дату',
  onIntro:
    'Выберите день или передвиньте ползунок от 1992 года до сегодняшнего дня: карта, список, председатель и генеральный секретарь меняются вслед. Ответы вычисляются в браузере функциями библиотеки.',
  date: 'Дата',
  slider: 'Перемещение во времени',
  shownFor: 'Показано на',
  projection: (date, asOf) =>
    `${date} — позже ${asOf}, дня последней сверки данных: ответы исходят из того, что с тех пор ничего не изменилось.`,
  invalidDate: (value) =>
    `«${value}» — не день, который может показать эта страница (нужна настоящая дата в виде ГГГГ-ММ-ДД, с 1992 по 2100 год); показан сегодняшний день.`,
  noScript: (date) =>
    `JavaScript отключён, поэтому страница показывает ${date} — день её сборки: чтобы выбрать другой день, нужен JavaScript. Хронология и страницы государств показывают все даты и без него.`,
  memberCount: (n) => `Формальных членов: ${n}`,
  timelineTitle: 'Хронология',
  timelineIntro:
    'По строке на каждое государство, когда-либо участвовавшее в Договоре. Полосы — периоды членства, отметки — вехи и передача председательства. Наведите курсор или фокус на полосу или отметку, чтобы увидеть факт и источник.',
  scrollCue: 'Хронология шире экрана: прокрутите её вбок, чтобы увидеть все годы →',
  milestones: 'Вехи',
  chairmanships: 'Передача председательства',
  secretariesGeneral: 'Генеральные секретари',
  sessionsTitle: 'Заседания',
  sessionsIntro: 'Заседания органов Организации, имеющиеся в данных, от новых к старым.',
  year: 'Год',
  body: 'Орган',
  all: 'Все',
  shown: (n, total) => `Показано заседаний: ${n} из ${total}`,
  online: 'в режиме видеоконференции',
  hybrid: 'очно и по видеосвязи',
  kind: {
    regular: 'Очередное заседание',
    extraordinary: 'Внеочередное заседание',
    informal: 'Неформальная встреча',
    jubilee: 'Юбилейное заседание',
  },
  joint: 'Совместное заседание',
  planned: 'запланировано',
  plannedNote: 'Объявлено; о том, что заседание состоялось, пока не известно. Дата, место и повестка — по объявлению.',
  cancelled: 'отменено',
  cancelledNote: 'Объявлено, затем отменено: заседание не состоялось. Дата, место и повестка — по объявлению.',
  documents: 'Принятые документы',
  absent: 'Не присутствовали',
  agenda: 'Повестка дня',
  related: 'Также в ходе заседания',
  notes: 'Примечание',
  conflicts: 'Где источники расходятся',
  chosen: 'Принятое значение',
  conflictField: {
    from: 'первый день',
    to: 'конец (первый день, когда уже не действовало)',
    date: 'дата',
    endDate: 'последний день',
    signed: 'дата подписания',
    established: 'дата создания',
    place: 'место',
    kind: 'вид',
    chair: 'председатель',
  },
  reason: 'Почему',
  sourcesTitle: 'Источники',
  sourcesIntro:
    'Все источники, на которые ссылаются данные. Первичные — публикации самой Организации, официальные сайты государств и правовые тексты.',
  primary: 'первичный',
  secondary: 'вторичный',
  published: 'опубликовано',
  source: 'Источник',
  sourcesShort: 'Источники',
  enOnly: 'Только по-английски: русскоязычного источника с этим текстом нет.',
  credits: 'Картографические данные и программы',
  place: 'Место',
  when: 'Дата',
  chairedBy: 'Председательствовал',
  previous: 'Предыдущее заседание',
  next: 'Следующее заседание',
  sameWeek: 'На той же неделе в том же городе',
  statusHistory: 'История членства',
  since: 'с',
  until: 'по',
  basis: 'Основание',
  officialName: 'Официальное название',
  currentStatus: 'Статус на',
  chairedIn: 'Председательство',
  hosted: 'Заседания на территории государства',
  none: 'В данных нет.',
  lede: (body, joint, kind, status, place, date, chair) =>
    `${
      joint
        ? `Совместное заседание органов ОДКБ (${body})`
        : `${sessionKindsRu[kind] ?? 'Заседание'} органа ОДКБ «${body}»`
    } ${{ held: 'прошло', planned: 'запланировано на', cancelled: '— отменено заседание, назначенное на' }[status]} ${status !== 'held' || /^\d/.test(date) ? date : `в ${inMonthRu(date)}`}${
      place ? ` (место проведения: ${place})` : ' в режиме видеоконференции'
    }${chair ? `; председательствовал ${chair}` : ''}`.replace(/\.?$/, '.'),
  headline: (body, place, status) =>
    `${body}: ${{ held: '', planned: 'запланированное ', cancelled: 'отменённое ' }[status]}заседание${place ? `, ${place}` : ' по видеосвязи'}`,
  jointHeadline: (place, status) =>
    `${{ held: 'Совместное заседание', planned: 'Запланированное совместное заседание', cancelled: 'Отменённое совместное заседание' }[status]}${place ? `, ${place}` : ' по видеосвязи'}`,
  and: 'и',
  footer: {
    demo: 'Открытая демонстрация библиотеки @csto/core.',
    repository: 'Исходный код',
    npm: '@csto/core в npm',
    code: 'Код',
    data: 'Данные',
    publicDomain: 'переданы в общественное достояние на условиях',
    quotations: 'Цитаты принадлежат своим издателям и приводятся кратко, со ссылкой на источник.',
  },
  openSource: 'Открыть источник',
  rootTitle: 'Выберите язык',
  stateDescription: (name) =>
    `${name} и Договор о коллективной безопасности: все периоды членства с основаниями и источниками, председательство и проведённые заседания.`,
  downloadsTitle: 'Скачать данные',
  downloadsIntro:
    'Все данные одним файлом JSON, как в пакете @csto/core, JSON Schema, которая его описывает, заседания как календарь для подписки и данные в виде таблиц CSV с описанием Data Package.',
  file: 'Файл',
  what: 'Содержание',
  size: 'Размер',
  bytes: (n, gz) => `${n} байт (${gz} в gzip)`,
  dataFile:
    'Все разделы данных: государства, вехи, председательство, генеральные секретари, органы, заседания, силы, операции, источники и открытые вопросы.',
  schemaFile: 'JSON Schema (draft 2020-12) файла data.json.',
  licence: 'Лицензия',
  licenceText:
    'Данные: подборка фактов передана в общественное достояние по CC0 1.0; цитаты принадлежат их издателям и приводятся как короткие цитаты со ссылкой. Код: MIT.',
  enOnlyMark: 'только по-английски',
  bodiesTitle: 'Органы',
  bodiesIntro: 'Уставные, рабочие и парламентский органы Организации, у каждого — заседания, имеющиеся в данных.',
  bodyKind: { statutory: 'Уставные органы', working: 'Рабочие органы', parliamentary: 'Парламентский орган' },
  abbreviation: 'Сокращение',
  composition: 'Состав',
  sessionsOf: (n) => `Заседаний в данных: ${n}`,
  bodyDescription: (name) => `${name} ОДКБ: состав, источники и все заседания, имеющиеся в данных.`,
  peopleTitle: 'Люди',
  peopleIntro:
    'Председатели Совета коллективной безопасности и генеральные секретари — по срокам, записанным в данных.',
  chairsTitle: 'Председатели Совета коллективной безопасности',
  nationality: 'Гражданство',
  state: 'Государство',
  instrumentsTitle: 'Правовые документы',
  instrumentsIntro: 'Правовые документы Организации: Договор, Устав, соглашения и протоколы о внесении изменений.',
  instrumentKind: { treaty: 'Договор', protocol: 'Протокол', charter: 'Устав', agreement: 'Соглашение' },
  instrumentKindLabel: 'Вид',
  signed: 'Подписан',
  inForce: 'Вступил в силу',
  notInForce: 'вступления в силу в данных нет',
  parties: 'Участники',
  amends: 'Изменяет',
  amendedBy: 'Изменён документами',
  forcesTitle: 'Коллективные силы и операции',
  forcesIntro: 'Коллективные силы Организации и проведённые ими операции.',
  established: 'Созданы',
  operations: 'Операции',
  host: 'Принимающее государство',
  requested: 'Запрос',
  decided: 'Решение',
  deployed: 'Развёртывание',
  withdrawalBegan: 'Начало вывода',
  withdrawn: 'Выведены',
  contributors: 'Участвовали',
  events: 'События',
  eventsTitle: 'Политические события',
  eventsIntro:
    'Датированные события, изменившие участие государства, помимо его правового статуса: бойкоты, неявки, заявления.',
  eventKind: {
    statement: 'заявление',
    'refusal-to-sign': 'отказ подписать',
    boycott: 'бойкот',
    'funding-stop': 'прекращение финансирования',
    absence: 'неявка',
    'suspension-note': 'приостановление',
    other: 'событие',
  },
  dateDerivation: 'Как известна дата',
  questionsTitle: 'Открытые вопросы',
  questionsIntro: 'Факты, которые искали и не установили или отклонили, с причиной: то, чего эти данные не утверждают.',
  questionDomain: {
    membership: 'Членство',
    milestones: 'Вехи',
    chairmanships: 'Председательство',
    'secretaries-general': 'Генеральные секретари',
    bodies: 'Органы',
    sessions: 'Заседания',
    forces: 'Силы',
  },
  searchTitle: 'Поиск',
  searchIntro:
    'Поиск по государствам, заседаниям и их повесткам, документам, правовым текстам, людям и источникам. Индекс загружается с этого сайта, когда вы ищете.',
  searchLabel: 'Поиск по данным',
  searchButton: 'Найти',
  searchNoScript: 'Для поиска нужен JavaScript. Все страницы доступны и из меню.',
  searchResults: (n, q) => `Найдено по запросу «${q}»: ${n}`,
  searchMore: (n) => `Показаны первые ${n}; добавьте слово, чтобы сузить поиск.`,
  searchKinds: {
    state: 'Государство',
    session: 'Заседание',
    agenda: 'Пункт повестки',
    document: 'Документ',
    instrument: 'Правовой документ',
    person: 'Человек',
    source: 'Источник',
    body: 'Орган',
    event: 'Событие',
    force: 'Коллективные силы',
  },
  filterPublisher: 'Издатель',
  filterLanguage: 'Язык',
  filterPrimary: 'Вид',
  sourcesShown: (n, total) => `Показано источников: ${n} из ${total}`,
  citedBy: 'Ссылаются',
  calendarFile: (lang) =>
    `Все заседания как события на весь день (запланированные — как предварительные) и круглые годовщины, ${lang}: подпишитесь на этот адрес в приложении календаря.`,
  tableFile: (title) => `Таблица CSV: ${title}.`,
  packageFile: 'Описание таблиц CSV в формате Data Package (datapackage.json).',
};

/** The user-interface strings of a language. */
export function t(lang: Language): Dictionary {
  return lang === 'ru' ? ru : en;
}

/** The site path of a page in a language, always with a trailing slash. */
export function href(lang: Language, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** The other language. */
export function otherLanguage(lang: Language): Language {
  return lang === 'ru' ? 'en' : 'ru';
}

/** Body ids in the order the site lists them. */
export type { BodyId };
