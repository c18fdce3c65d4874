/**
 * Text as the library compares it: lower case, without accents or other combining marks (so `ё` reads as
 * `е` and `й` as `и`), so that `Dushanbé`, `DUSHANBE` and `dushanbe` (or `Алматы` and `алматы`) are the same word. It is
 * the rule of every look-up that takes typed text: {@link findSessions}, {@link resolveState} and
 * {@link searchRecord}.
 *
 * @example
 * foldText('Dushanbé'); //=> 'dushanbe'
 * foldText('Совёт'); //=> 'совет'
 */
export function foldText(text: string): string {
  // Most texts are ASCII or plain Cyrillic, which have nothing to decompose: only the others pay for Unicode
  // normalisation (й and ё decompose, and so do Latin letters with accents, `№` and ligatures).
  if (!NEEDS_DECOMPOSING.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A character that NFKD may change: anything but ASCII and the Cyrillic letters А to я other than Й, й, Ё and ё. */
const NEEDS_DECOMPOSING = /[^\p{ASCII}\u0410-\u0418\u041a-\u0438\u043a-\u044f]/u;
