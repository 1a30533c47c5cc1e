/**
 * Kinds of danger the bot recognises before it looks for a tile. Each kind
 * decides which numbers the safety reply shows:
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
  /** A second kind the message may be (only from the learned model, when unsure): its numbers go on the card too. */
  also?: CrisisKind;
  /** The cues that decided it (lexicon entry names, or `model` for the learned model; for logs and tests, never the person's text). */
  cues: string[];
}
