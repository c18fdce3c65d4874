/**
 * The static search index of a language, built at build time from the core's records and served as
 * `/{lang}/search-index.json`: the search page fetches it only when the visitor searches. Every entry is
 * what a page of the site shows, with the address of that page.
 */
import {
  bodies,
  bodiesOf,
  type CollectiveForce,
  forces,
  type Instrument,
  instruments,
  type Language,
  operations,
  politicalEvents,
  type Session,
  type Source,
  sessions,
  sources,
  stateCodes,
  states,
} from '@csto/core';
import { formatDate } from './format';
import { href, t } from './i18n';
import { people } from './people';
import { joinNames, localized } from './site';

/** The kinds of entry, in the order results of equal rank are listed. */
export const searchKinds = [
  'state',
  'body',
  'person',
  'instrument',
  'force',
  'session',
  'document',
  'agenda',
  'event',
  'source',
] as const;

/** A kind of entry. */
export type SearchKind = (typeof searchKinds)[number];

/**
 * One entry, as the index file holds it (short, to keep the file small): the kind's index in
 * {@link searchKinds}, the title, a line of context, the page's address, and other words that find it
 * (the other language's names).
 */
export type SearchEntry = readonly [kind: number, title: string, detail: string, url: string, also: string];

/** The index file of a language: the kind labels in that language and the entries. */
export interface SearchIndex {
  readonly kinds: readonly string[];
  readonly entries: readonly SearchEntry[];
}

/**
 * The search index of a language.
 *
 * @example
 * searchIndex('en').entries.some(([, title]) => title === 'Uzbekistan'); //=> true
 */
export function searchIndex(lang: Language): SearchIndex {
  const s = t(lang);
  const other = lang === 'ru' ? 'en' : 'ru';
  const entries: SearchEntry[] = [];
  const add = (kind: SearchKind, title: string, detail: string, url: string, also = '') =>
    entries.push([searchKinds.indexOf(kind), title, detail, url, also]);
  const text = (value: { en: string; ru?: string }) => localized(value, lang).text;

  for (const code of stateCodes) {
    const state = states[code];
    add(
      'state',
      state.name[lang],
      `${state.officialName[lang]} · ${code} · ${state.alpha3}`,
      href(lang, `states/${code}`),
      `${state.name[other]} ${state.officialName[other]}`,
    );
  }
  for (const body of Object.values(bodies)) {
    const abbreviation = body.abbreviation?.[lang];
    add(
      'body',
      body.name[lang],
      abbreviation ?? s.bodyKind[body.kind],
      href(lang, `bodies/${body.id}`),
      `${body.name[other]} ${body.abbreviation?.en ?? ''} ${body.abbreviation?.ru ?? ''}`,
    );
  }
  for (const person of people()) {
    const roles = [
      ...person.terms.map((term) => `${s.secretaryGeneral} ${formatDate(term.from, lang)}`),
      ...person.chairs.map((c) => `${s.chairOf(c.year)} (${states[c.state].name[lang]})`),
    ];
    add(
      'person',
      person.name[lang],
      roles.join('; '),
      `${href(lang, 'people')}#person-${person.slug}`,
      person.name[other],
    );
  }
  for (const x of Object.values(instruments) as Instrument[]) {
    add(
      'instrument',
      text(x.title),
      `${s.instrumentKind[x.kind]} · ${s.signed} ${formatDate(x.signed, lang)}`,
      `${href(lang, 'instruments')}#${x.id}`,
      lang === 'ru' ? x.title.en : (x.title.ru ?? ''),
    );
  }
  for (const force of Object.values(forces) as CollectiveForce[]) {
    add(
      'force',
      force.name[lang],
      formatDate(force.established, lang),
      `${href(lang, 'forces')}#${force.id}`,
      force.name[other],
    );
  }
  for (const op of operations) {
    add('force', text(op.name), formatDate(op.deployed, lang), `${href(lang, 'forces')}#${op.id}`, op.name.en);
  }
  for (const x of sessions as readonly Session[]) {
    const names = joinNames(
      bodiesOf(x).map((id) => bodies[id].name[lang]),
      lang,
    );
    const label = `${names}, ${x.place?.[lang] ?? s.online}, ${formatDate(x.date, lang)}`;
    const page = href(lang, `sessions/${x.id}`);
    add('session', label, x.status === 'planned' ? s.planned : x.date, page, x.place?.[other] ?? '');
    for (const item of [...x.agenda, ...(x.related ?? [])]) add('agenda', text(item.text), label, page);
    for (const doc of x.documents ?? []) add('document', text(doc.title), label, page);
  }
  for (const e of politicalEvents) {
    add(
      'event',
      text(e.text),
      `${states[e.state].name[lang]}, ${formatDate(e.date, lang)}`,
      `${href(lang, 'events')}#${e.id}`,
    );
  }
  for (const src of Object.values(sources) as Source[]) {
    add(
      'source',
      src.title,
      `${src.publisher}${src.published ? `, ${formatDate(src.published, lang)}` : ''}`,
      `${href(lang, 'sources')}#src-${src.id}`,
    );
  }
  return { kinds: searchKinds.map((kind) => s.searchKinds[kind]), entries };
}
