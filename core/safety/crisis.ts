import type { Language } from '../languages/index.ts';
import { CRISIS_KINDS, type CrisisKind, type CrisisSignal } from './crisis-kind.ts';
import { crisisTokens, findCues, type CueHit } from './cue-matcher.ts';
import { MAX_CHARS } from './crisis-features.ts';
import { applyRules } from './crisis-rules.ts';
import { shippedCrisisModel } from './crisis-model.ts';

export { CRISIS_KINDS, type CrisisKind, type CrisisSignal } from './crisis-kind.ts';

/** The cue a signal of the learned model carries instead of lexicon cues. */
export const MODEL_CUE = 'model';

/** The lexicon's cues found in a message's first MAX_CHARS characters. */
function cuesOf(text: string): CueHit[] {
  return findCues(crisisTokens(String(text ?? '').slice(0, MAX_CHARS)));
}

/**
 * Recognises a message that describes a danger to life or safety, in any of
 * the 18 languages, also typed without diacritics, with typos, or (Bulgarian,
 * Ukrainian) in Latin letters. `lang`, the detected language, is only a hint:
 * the cues of every language are tried. Undefined for everything else,
 * including near-misses that use alarming words for an ordinary need ("the
 * non-urgent police number", "this overtime is killing me", "fire-safety
 * rules for my house").
 *
 * Two opinions: the rules over the cue lexicon (data/) decide first, and
 * their kind stands; when they see nothing, the learned model
 * (crisis-model.ts), which also hears messages whose words the lexicon
 * lacks, may still call the message urgent, with the kind it finds most
 * alike. Pure and fast (tens of microseconds).
 */
export function detectCrisis(text: string, lang?: Language): CrisisSignal | undefined {
  const hits = cuesOf(text);
  const byRules = applyRules(hits, lang);
  if (byRules) return byRules;
  const model = shippedCrisisModel().judge(text, rolesOf(hits));
  return model.urgent ? { kind: model.kind, ...(model.also ? { also: model.also } : {}), cues: [MODEL_CUE] } : undefined;
}

/** The lexicon roles found in a message: with its n-grams, what the learned model reads (the rules' partial evidence, their counter cues). */
export function cueRoles(text: string): string[] {
  return rolesOf(cuesOf(text));
}

function rolesOf(hits: readonly { role: string }[]): string[] {
  return [...new Set(hits.map((h) => h.role))];
}

/** The rules' verdict alone, without the learned model (for measuring each opinion). */
export function detectByRules(text: string, lang?: Language): CrisisSignal | undefined {
  return applyRules(cuesOf(text), lang);
}

/**
 * The kinds of crisis a piece of help text is about: those its words name
 * (the lexicon's `topic:<kind>` cues: "112", "Veilig Thuis", "uitbuiting")
 * and the kind it would itself be recognised as ("my boss keeps my
 * passport"). The answer engine reads tiles' titles and example questions
 * with it, to know which tile fits an urgent message.
 */
export function crisisTopics(text: string): CrisisKind[] {
  const hits = cuesOf(text);
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
