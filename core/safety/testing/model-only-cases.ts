import type { CrisisKind } from '../crisis-kind.ts';

/**
 * Urgent messages the rules of core/safety miss (no lexicon cue combination
 * fits them), written for the tests of the learned model and not part of any
 * training or evaluation set. The model is retrained as cases are added, so
 * tests ask that it hears most of these, not one in particular.
 */
export const MODEL_ONLY_CASES: ReadonlyArray<{ text: string; kind: CrisisKind }> = [
  { text: 'mam wszystkie tabletki nasenne w sobie', kind: 'suicide' },
  { text: 'we have not eaten for two days, the boss keeps the door shut', kind: 'exploitation' },
  { text: 'i took all the sleeping pills in the box', kind: 'suicide' },
  { text: 'ik heb alle pillen uit de doos genomen', kind: 'suicide' },
  { text: 'il capo ci chiude dentro la notte e non ci paga', kind: 'exploitation' },
  { text: 'el jefe nos encierra por la noche en la nave', kind: 'exploitation' },
  { text: 'he said next time he will finish me, i am hiding in the bathroom', kind: 'domestic' },
  { text: 'am luat toate pastilele din cutie', kind: 'suicide' },
];
