/** A letter, an apostrophe and an English contraction ending ("don't", "it's"). */
const CONTRACTION_RE = /(\p{L})'(t|s|re|ll|ve|d|m)(?![\p{L}])/gu;
/** An apostrophe inside a Cyrillic word (Ukrainian "б'є", "сім'я"). */
const CYRILLIC_APOSTROPHE_RE = /(\p{Script=Cyrillic})'(?=\p{Script=Cyrillic})/gu;

/**
 * Joins words that an apostrophe splits but people also type whole: English
 * contractions ("don't" → "dont") and Ukrainian words ("сім'я" → "сімя").
 * Other apostrophes still split ("l'ambulanza", "Hollanda'da").
 */
export function joinContractions(folded: string): string {
  if (!folded.includes("'")) return folded;
  return folded.replace(CONTRACTION_RE, '$1$2').replace(CYRILLIC_APOSTROPHE_RE, '$1');
}
