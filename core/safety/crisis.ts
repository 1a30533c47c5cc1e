import type { Language } from '../languages/index.ts';

/**
 * Kinds of danger the bot recognises before it looks for a tile. Each kind
 * decides which numbers the safety reply shows (core/safety/safety-card.ts):
 * - `acute`: danger to life now: fire, smoke, gas, an accident with injured people,
 *   someone unconscious or not breathing, violence or a break-in happening;
 * - `suicide`: thoughts of ending one's life, also written indirectly;
 * - `domestic`: violence at home (a partner or family member who hits, threatens);
 * - `exploitation`: trafficking and forced-labour signals (passport withheld, locked in,
 *   a debt that keeps growing, threats to family, forced to work while ill or injured);
 * - `eviction`: thrown out of one's housing tonight, by force.
 */
export type CrisisKind = 'acute' | 'suicide' | 'domestic' | 'exploitation' | 'eviction';

export const CRISIS_KINDS: readonly CrisisKind[] = ['acute', 'suicide', 'domestic', 'exploitation', 'eviction'];

/** A message recognised as urgent. */
export interface CrisisSignal {
  kind: CrisisKind;
  /** The cues that decided it (lexicon entry names, for logs and tests; never the person's text). */
  cues: string[];
}

/**
 * Recognises a message that describes a danger to life or safety, in any of
 * the 18 languages (`lang` is the detected language, a hint: cues of every
 * language are tried). Undefined for everything else, including near-misses
 * such as asking for the non-urgent police number.
 *
 * PLACEHOLDER until the crisis lexicon lands (issue 10): a handful of English cues only.
 */
export function detectCrisis(text: string, _lang?: Language): CrisisSignal | undefined {
  const t = text.toLowerCase();
  if (/\b(kill myself|end my life|want to die)\b/.test(t)) return { kind: 'suicide', cues: ['suicide'] };
  if (/\b(not breathing|house is on fire|fire in our|smoke everywhere)\b/.test(t)) return { kind: 'acute', cues: ['acute'] };
  if (/\b(took|keeps?) (my|our) passports?\b/.test(t)) return { kind: 'exploitation', cues: ['passport-withheld'] };
  return undefined;
}
