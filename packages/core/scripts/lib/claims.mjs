// The dated claims of the record and whether a cited passage states each one's date. Shared by the
// coverage report, its floor test and the data check, so that all three count the same way.

/**
 * How many dated claims a cited passage states the date of, at least: the data check and the coverage test
 * fail below it. Raise it as passages improve; the target is every dated claim.
 */
export const STATED_DATES_FLOOR = 179;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// The genitive Russian month names, as in «15 мая 1992 года».
const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/**
 * Tells whether a text states a day (`YYYY-MM-DD`): in ISO or `DD.MM.YYYY` form, or spelled out in English
 * or Russian (`15 May 1992`, `May 15, 1992`, `15 мая 1992`, the first day of a range such as
 * `19-20 ноября 2003`), case and spacing folded. Without a year the day and month count only when
 * `yearOfSource` (the year of the article, which then supplies the year) is the claim's year.
 */
export function statesDate(text, date, yearOfSource) {
  const folded = text.replace(/\s+/g, ' ').toLowerCase();
  const [y, m, d] = date.split('-').map(Number);
  if (folded.includes(date) || folded.includes(`${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`))
    return true;
  const day = `0?${d}(?:\\s?[-–]\\s?\\d{1,2})?`;
  const months = [MONTHS_EN[m - 1], `${MONTHS_EN_SHORT[m - 1]}\\.?`, MONTHS_RU[m - 1]].map((s) => s.toLowerCase());
  const year = `,?\\s${y}`;
  const optionalYear = yearOfSource === y ? `(?:${year})?` : year;
  return months.some((month) =>
    new RegExp(
      `(?<![\\d])(?:${day}\\s${month}${optionalYear}|${month}\\s${day}(?:st|nd|rd|th)?${optionalYear})(?![\\d])`,
      'u',
    ).test(folded),
  );
}

/**
 * Every claim of the record that is dated to the day: what it is, the day, its citations, and the note
 * that says how the day was derived where no passage spells it out.
 */
export function datedClaims(lib) {
  const claims = [];
  const add = (label, date, record, derivation) => {
    if (typeof date === 'string' && date.length === 10)
      claims.push({ label, date, citations: record.citations, derivation });
  };
  for (const state of Object.values(lib.states))
    for (const p of state.membership) add(`membership ${state.code} from ${p.from}`, p.from, p);
  for (const m of Object.values(lib.milestones)) add(`milestone ${m.id}`, m.date, m);
  for (const i of Object.values(lib.instruments ?? {})) add(`instrument ${i.id} signed`, i.signed, i);
  for (const e of lib.politicalEvents ?? []) add(`political event ${e.id}`, e.date, e, e.dateDerivation);
  for (const c of lib.chairmanships)
    if (!c.fromWindow) add(`chairmanship ${c.id} from`, c.from, c, c.handover === 'calendar' ? 'calendar' : undefined);
  for (const t of lib.secretariesGeneral) add(`secretary general ${t.id} from`, t.appointed ?? t.from, t);
  for (const s of lib.sessions) add(`session ${s.id}`, s.date, s, s.dateDerivation);
  for (const f of Object.values(lib.forces)) for (const e of f.events) add(`force ${f.id} event`, e.date, e);
  for (const o of lib.operations) add(`operation ${o.id} decided`, o.decided, o);
  return claims;
}

const yearOf = (date) => (date === undefined ? undefined : Number(date.slice(0, 4)));

/** Splits the dated claims into those a passage states, those whose derivation is recorded, and the rest. */
export function checkDatedClaims(lib) {
  const stated = [];
  const derived = [];
  const unstated = [];
  for (const claim of datedClaims(lib)) {
    if (claim.citations.some((c) => statesDate(c.passage, claim.date, yearOf(lib.sources[c.source]?.published))))
      stated.push(claim);
    else if (claim.derivation !== undefined) derived.push(claim);
    else unstated.push(claim);
  }
  return { stated, derived, unstated };
}
