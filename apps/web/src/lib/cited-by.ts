/**
 * Which facts cite each source, with the passage each citation quotes: the sources page lists them under
 * the source, so a reader sees the words that back every fact. Built once per build from the records.
 */
import {
  bodies,
  bodiesOf,
  type Citation,
  chairmanships,
  forces,
  type Language,
  milestones,
  operations,
  type SourceId,
  secretariesGeneral,
  sessions,
  stateCodes,
  states,
} from '@csto/core';
import { formatDate, formatPeriod } from './format';
import { href, t } from './i18n';
import { joinNames } from './site';

/** One fact that cites a source: what it says, where it is shown, and the passage that backs it. */
export interface CitingFact {
  readonly fact: string;
  readonly href?: string;
  readonly citation: Citation;
}

const cache = new Map<Language, Map<SourceId, CitingFact[]>>();

/** Every citing fact, by source id, in the order the records give them. */
export function citedBy(lang: Language): ReadonlyMap<SourceId, readonly CitingFact[]> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const s = t(lang);
  const index = new Map<SourceId, CitingFact[]>();
  const add = (fact: string, link: string | undefined, citations: readonly Citation[]) => {
    for (const citation of citations) {
      const list = index.get(citation.source) ?? [];
      list.push(link === undefined ? { fact, citation } : { fact, href: link, citation });
      index.set(citation.source, list);
    }
  };
  for (const code of stateCodes) {
    const state = states[code];
    const page = href(lang, `states/${code}`);
    add(state.name[lang], page, state.citations);
    state.membership.forEach((p, i) => {
      add(
        `${state.name[lang]}: ${s.status[p.status]}, ${formatPeriod(p.from, p.to, lang)}`,
        `${page}#period-${i + 1}`,
        p.citations,
      );
    });
  }
  for (const m of Object.values(milestones))
    add(`${formatDate(m.date, lang)}: ${m.title[lang]}`, undefined, m.citations);
  for (const c of chairmanships) {
    add(
      `${s.chairOf(c.year)}: ${states[c.state].name[lang]} (${c.chair.name[lang]})`,
      `${href(lang, `states/${c.state}`)}#chair-${c.year}`,
      c.citations,
    );
  }
  for (const term of secretariesGeneral) {
    add(
      `${s.secretaryGeneral}: ${term.person.name[lang]}, ${formatPeriod(term.from, term.to, lang)}`,
      undefined,
      term.citations,
    );
  }
  for (const body of Object.values(bodies)) add(body.name[lang], undefined, body.citations);
  for (const x of sessions) {
    const fact = `${joinNames(
      bodiesOf(x).map((id) => bodies[id].name[lang]),
      lang,
    )}, ${formatDate(x.date, lang)}`;
    const page = href(lang, `sessions/${x.id}`);
    add(fact, page, x.citations);
    for (const item of [...x.agenda, ...(x.related ?? [])])
      add(`${fact}: ${item.text[lang] ?? item.text.en}`, page, item.citations);
    for (const doc of x.documents ?? []) add(`${fact}: ${doc.title[lang] ?? doc.title.en}`, page, doc.citations);
    for (const a of x.absent ?? []) add(`${fact}: ${s.absent} — ${states[a.state].name[lang]}`, page, a.citations);
  }
  for (const force of Object.values(forces)) {
    add(force.name[lang], undefined, force.citations);
    for (const e of force.events)
      add(`${force.name[lang]}, ${formatDate(e.date, lang)}: ${e.text[lang] ?? e.text.en}`, undefined, e.citations);
  }
  for (const op of operations) {
    const name = op.name[lang] ?? op.name.en;
    add(name, undefined, op.citations);
    for (const e of op.events)
      add(`${name}, ${formatDate(e.date, lang)}: ${e.text[lang] ?? e.text.en}`, undefined, e.citations);
  }
  cache.set(lang, index);
  return index;
}
