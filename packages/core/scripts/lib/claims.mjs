// The dated claims of the record and whether a cited passage states each one's date. Shared by the
// coverage report, its floor test and the data check, so that all three count the same way.

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

/** Every way a passage may write a day (`YYYY-MM-DD`): ISO, or spelled out in English or Russian. */
export function spellings(date) {
  const [y, m, d] = date.split('-').map(Number);
  const day = String(d);
  const en = [MONTHS_EN[m - 1], `${MONTHS_EN_SHORT[m - 1]}.`, MONTHS_EN_SHORT[m - 1]];
  return [
    date,
    `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
    ...en.flatMap((month) => [`${day} ${month} ${y}`, `${month} ${day}, ${y}`, `${month} ${day} ${y}`]),
    `${day} ${MONTHS_RU[m - 1]} ${y}`,
  ];
}

/** Tells whether a text states a day, in any of its spellings (spacing and non-breaking spaces folded). */
export function statesDate(text, date) {
  const folded = text.replace(/\s+/g, ' ');
  return spellings(date).some((s) => folded.includes(s));
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
  for (const c of lib.chairmanships)
    if (!c.fromWindow) add(`chairmanship ${c.id} from`, c.from, c, c.handover === 'calendar' ? 'calendar' : undefined);
  for (const t of lib.secretariesGeneral) add(`secretary general ${t.id} from`, t.appointed ?? t.from, t);
  for (const s of lib.sessions) add(`session ${s.id}`, s.date, s, s.dateDerivation);
  for (const f of Object.values(lib.forces)) for (const e of f.events) add(`force ${f.id} event`, e.date, e);
  for (const o of lib.operations) add(`operation ${o.id} decided`, o.decided, o);
  return claims;
}

/** Splits the dated claims into those a passage states, those whose derivation is recorded, and the rest. */
export function checkDatedClaims(lib) {
  const stated = [];
  const derived = [];
  const unstated = [];
  for (const claim of datedClaims(lib)) {
    if (claim.citations.some((c) => statesDate(c.passage, claim.date))) stated.push(claim);
    else if (claim.derivation !== undefined) derived.push(claim);
    else unstated.push(claim);
  }
  return { stated, derived, unstated };
}
