import type { Language, LocalizedText, MembershipStatus, PartiallyLocalizedText } from '@csto/core';
import { unbroken } from './_text.js';

const labels = {
  overviewTitle: { en: 'CSTO on', ru: 'ОДКБ на' },
  dataAsOf: { en: 'data checked to', ru: 'данные проверены по' },
  membership: { en: 'Membership', ru: 'Членство' },
  formalMembers: { en: 'formal members', ru: 'государств-членов' },
  states: { en: 'states', ru: 'государств' },
  membersOn: { en: 'Members on', ru: 'Государства-члены на' },
  everParty: { en: 'Every state ever party to the treaty, status on', ru: 'Все участники Договора, статус на' },
  chair: { en: 'Chair', ru: 'Председательство' },
  chairIn: { en: 'Chairmanship of', ru: 'Председательство в' },
  chairOn: { en: 'Chair on', ru: 'Председатель на' },
  noChair: { en: 'The data has no chairmanship for', ru: 'В данных нет председательства на' },
  secretaryGeneral: { en: 'Secretary General', ru: 'Генеральный секретарь' },
  secretaryGeneralOn: { en: 'Secretary General on', ru: 'Генеральный секретарь на' },
  noSecretaryGeneral: { en: 'The data has no Secretary General on', ru: 'В данных нет Генерального секретаря на' },
  acting: { en: 'acting', ru: 'исполняющий обязанности' },
  appointed: { en: 'appointed', ru: 'назначен' },
  nextAnniversary: { en: 'Next anniversary', ru: 'Ближайшая годовщина' },
  years: { en: 'years', ru: 'лет' },
  since: { en: 'since', ru: 'с' },
  until: { en: 'until', ru: 'до' },
  from: { en: 'from', ru: 'с' },
  handoverSession: { en: 'handed over at a session', ru: 'передано на сессии' },
  handoverCalendar: { en: 'by the calendar, on 1 January', ru: 'по календарю, с 1 января' },
  statusToday: { en: 'Status on', ru: 'Статус на' },
  basis: { en: 'Basis', ru: 'Основание' },
  note: { en: 'Note', ru: 'Примечание' },
  conflict: { en: 'Sources disagree on', ru: 'Источники расходятся в поле' },
  chosen: { en: 'chosen', ru: 'выбрано' },
  sources: { en: 'Sources', ru: 'Источники' },
  sessions: { en: 'Sessions', ru: 'Сессии' },
  sessionsIn: { en: 'Sessions in', ru: 'Сессии в' },
  noSessions: { en: 'No sessions in the data.', ru: 'В данных нет сессий.' },
  noSessionsIn: { en: 'The data has no sessions for', ru: 'В данных нет сессий за' },
  online: { en: 'online', ru: 'онлайн' },
  'in-person': { en: 'in person', ru: 'очно' },
  hybrid: { en: 'hybrid', ru: 'гибридный формат' },
  regular: { en: 'regular', ru: 'очередная' },
  extraordinary: { en: 'extraordinary', ru: 'внеочередная' },
  informal: { en: 'informal', ru: 'неформальная' },
  jubilee: { en: 'jubilee', ru: 'юбилейная' },
  chairedBy: { en: 'Chaired by', ru: 'Председательствовал' },
  agenda: { en: 'Agenda', ru: 'Повестка дня' },
  related: { en: 'Related', ru: 'Связанные события' },
  noAgenda: { en: 'No agenda in the data.', ru: 'В данных нет повестки.' },
  timeline: { en: 'Timeline', ru: 'Хронология' },
  noEvents: { en: 'No events in this range.', ru: 'В этом промежутке нет событий.' },
  session: { en: 'Session', ru: 'Сессия' },
  anniversariesIn: { en: 'Round anniversaries in', ru: 'Юбилейные даты в' },
  noAnniversaries: { en: 'No round anniversary in', ru: 'Нет юбилейных дат в' },
  instruments: { en: 'Legal instruments', ru: 'Правовые документы' },
  inForce: { en: 'in force', ru: 'вступил в силу' },
  leaves: { en: 'no longer a party', ru: 'больше не участник' },
  help: { en: 'Run `csto --help` for every command.', ru: 'Все команды: `csto --help`.' },
  planned: { en: 'planned', ru: 'запланирована' },
  cancelled: { en: 'cancelled', ru: 'отменена' },
  joint: { en: 'joint meeting', ru: 'совместное заседание' },
  documents: { en: 'Documents', ru: 'Документы' },
  documentsAdopted: { en: 'Documents adopted at sessions', ru: 'Документы, принятые на сессиях' },
  noDocuments: {
    en: 'No documents of sessions in the data for this choice.',
    ru: 'В данных нет документов сессий для этого выбора.',
  },
  forces: { en: 'Collective forces', ru: 'Коллективные силы' },
  established: { en: 'established', ru: 'созданы' },
  operations: { en: 'Operations', ru: 'Операции' },
  operationsOn: { en: 'Operations under way on', ru: 'Операции, идущие на' },
  noOperations: { en: 'none', ru: 'нет' },
  decided: { en: 'decided', ru: 'решение' },
  deployed: { en: 'deployed', ru: 'развёрнута' },
  withdrawn: { en: 'withdrawn', ru: 'выведена' },
  contributors: { en: 'contributors', ru: 'участники' },
  absent: { en: 'Absent', ru: 'Отсутствовали' },
  englishOnly: { en: '', ru: '[англ.]' },
  projection: {
    en: 'is after the data was last checked against its sources, on',
    ru: 'позже даты последней сверки данных с источниками,',
  },
  projectionTail: {
    en: 'this answer assumes nothing changed since.',
    ru: 'ответ предполагает, что с тех пор ничего не изменилось.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * A label of the interface in a language.
 * @example
 * const label: Label = 'since';
 */
export type Label = keyof typeof labels;

/**
 * Translates a label of the interface.
 * @example
 * t('since', 'ru'); //=> 'с'
 */
export function t(label: Label, lang: Language): string {
  return labels[label][lang];
}

/**
 * Picks a text of the data in a language. Where the data has no Russian, Russian output gets the English
 * text marked as English (`[англ.]`): the data is never machine-translated.
 * @example
 * pick({ en: 'Dushanbe', ru: 'Душанбе' }, 'ru'); //=> 'Душанбе'
 * pick({ en: 'Plans' }, 'ru'); //=> 'Plans [англ.]'
 */
export function pick(text: LocalizedText | PartiallyLocalizedText, lang: Language): string {
  if (lang === 'en') return text.en;
  return text.ru ?? `${text.en} ${labels.englishOnly.ru}`;
}

/**
 * Picks a name (of a person, a state, a place, a body) in a language, held together so that line
 * wrapping never breaks it.
 * @example
 * nameIn({ en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' }, 'en'); //=> 'Emomali\u00a0Rahmon'
 */
export function nameIn(text: LocalizedText | PartiallyLocalizedText, lang: Language): string {
  return unbroken(pick(text, lang));
}

/**
 * English text of the data (notes, bases), marked as English in Russian output.
 * @example
 * english('Signed in Tashkent.', 'ru'); //=> 'Signed in Tashkent. [англ.]'
 */
export function english(text: string, lang: Language): string {
  return lang === 'en' ? text : `${text} ${labels.englishOnly.ru}`;
}

const statuses = {
  member: { en: 'member', ru: 'член' },
  frozen: { en: 'frozen', ru: 'участие заморожено' },
  suspended: { en: 'suspended', ru: 'членство приостановлено' },
  'not-member': { en: 'not a member', ru: 'не член' },
} as const satisfies Record<MembershipStatus, LocalizedText>;

/**
 * A membership status in words.
 * @example
 * statusText('frozen', 'en'); //=> 'frozen'
 */
export function statusText(status: MembershipStatus, lang: Language): string {
  return statuses[status][lang];
}
