import type { Language } from '../../languages/index.ts';
import type { CrisisKind } from '../crisis-kind.ts';

/**
 * Urgent messages the rules of core/safety miss (no lexicon cue combination
 * fits them), written for the tests of the learned model and not part of any
 * training or evaluation set. The model is retrained as cases are added, so
 * tests ask that it hears some of these, not one in particular.
 */
export const MODEL_ONLY_CASES: ReadonlyArray<{ lang: Language; text: string; kind: CrisisKind }> = [
  { lang: 'pl', text: 'mam wszystkie tabletki nasenne w sobie', kind: 'suicide' },
  { lang: 'en', text: 'we have not eaten for two days, the boss keeps the door shut', kind: 'exploitation' },
  { lang: 'en', text: 'i took all the sleeping pills in the box', kind: 'suicide' },
  { lang: 'nl', text: 'ik heb alle pillen uit de doos genomen', kind: 'suicide' },
  { lang: 'it', text: 'il capo ci chiude dentro la notte e non ci paga', kind: 'exploitation' },
  { lang: 'es', text: 'el jefe nos encierra por la noche en la nave', kind: 'exploitation' },
  { lang: 'en', text: 'he said next time he will finish me, i am hiding in the bathroom', kind: 'domestic' },
  { lang: 'ro', text: 'am luat toate pastilele din cutie', kind: 'suicide' },
];
