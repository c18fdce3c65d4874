/**
 * The people of the record, derived from the core's data: everyone who chaired the Collective Security
 * Council (`chairmanships`) or was Secretary General (`secretariesGeneral`), each once, with every term.
 * The data names people, it gives them no id: a person is their English name.
 */
import {
  type Chairmanship,
  chairmanships,
  type LocalizedText,
  type SecretaryGeneralTerm,
  secretariesGeneral,
} from '@csto/core';

/** One person and their terms, in date order. */
export interface PersonEntry {
  /** The anchor of the person on the people page, from the English name. */
  readonly slug: string;
  readonly name: LocalizedText;
  readonly chairs: readonly Chairmanship[];
  readonly terms: readonly SecretaryGeneralTerm[];
}

/**
 * The anchor of a person's entry on the people page.
 *
 * @example
 * personSlug('Vladimir Putin'); //=> 'vladimir-putin'
 */
export function personSlug(englishName: string): string {
  return englishName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Every person: first the Secretaries General in the order of their first term, then the chairs in the
 * order of their first chairmanship (a person who held both is listed once, where they first appear).
 *
 * @example
 * people().find((p) => p.slug === 'stanislav-zas')?.terms.length; //=> 1
 */
export function people(): PersonEntry[] {
  const found = new Map<string, { name: LocalizedText; chairs: Chairmanship[]; terms: SecretaryGeneralTerm[] }>();
  const entry = (name: LocalizedText) => {
    const slug = personSlug(name.en);
    const known = found.get(slug) ?? { name, chairs: [], terms: [] };
    found.set(slug, known);
    return known;
  };
  for (const term of secretariesGeneral) entry(term.person.name).terms.push(term);
  for (const chair of chairmanships) entry(chair.chair.name).chairs.push(chair);
  return [...found].map(([slug, p]) => ({ slug, ...p }));
}
