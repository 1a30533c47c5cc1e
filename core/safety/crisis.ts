import type { Language } from '../languages/index.ts';
import { CRISIS_KINDS, type CrisisKind, type CrisisSignal } from './crisis-kind.ts';
import { crisisTokens, findCues } from './cue-matcher.ts';
import { applyRules } from './crisis-rules.ts';

export { CRISIS_KINDS, type CrisisKind, type CrisisSignal } from './crisis-kind.ts';

/** Messages are read up to this many characters (a crisis is told in the first lines). */
const MAX_CHARS = 2000;

/**
 * Recognises a message that describes a danger to life or safety, in any of
 * the 18 languages, also typed without diacritics, with typos, or (Bulgarian,
 * Ukrainian) in Latin letters. `lang`, the detected language, is only a hint:
 * the cues of every language are tried. Undefined for everything else,
 * including near-misses that use alarming words for an ordinary need ("the
 * non-urgent police number", "this overtime is killing me", "fire-safety
 * rules for my house"). Pure and fast (tens of microseconds): the lexicon in
 * data/ is compiled once at module load.
 */
export function detectCrisis(text: string, lang?: Language): CrisisSignal | undefined {
  const tokens = crisisTokens(String(text ?? '').slice(0, MAX_CHARS));
  return applyRules(findCues(tokens), lang);
}

/**
 * The kinds of crisis a piece of help text is about: those its words name
 * (the lexicon's `topic:<kind>` cues: "112", "Veilig Thuis", "uitbuiting")
 * and the kind it would itself be recognised as ("my boss keeps my
 * passport"). The answer engine reads tiles' titles and example questions
 * with it, to know which tile fits an urgent message.
 */
export function crisisTopics(text: string): CrisisKind[] {
  const hits = findCues(crisisTokens(String(text ?? '').slice(0, MAX_CHARS)));
  const kinds = new Set<CrisisKind>();
  for (const h of hits) {
    if (!h.role.startsWith('topic:')) continue;
    const kind = h.role.slice('topic:'.length) as CrisisKind;
    if (CRISIS_KINDS.includes(kind)) kinds.add(kind);
  }
  const own = applyRules(hits);
  if (own) kinds.add(own.kind);
  return [...kinds];
}
