/**
 * The printed flyer's texts (core/entry-codes/flyer.ts): per language its
 * own name, a one-line title and a short invitation to scan the QR code.
 * One JSON file keyed by language, checked at load like the channels' texts
 * (every language, every key English has, no markup), so a missing
 * translation stops the process and the tests, not a print run.
 */
import type { Language } from '../../core/languages/index.ts';
import type { FlyerText } from '../../core/entry-codes/index.ts';
import { channelTextProblems } from '../channel-texts/index.ts';
import flyer from './flyer.json' with { type: 'json' };

/** Every problem in the flyer texts (see channelTextProblems); empty when they are sound. */
export function flyerTextProblems(data: Partial<Record<string, unknown>>): string[] {
  return channelTextProblems('flyer', data);
}

function checked(data: Record<Language, FlyerText>): Readonly<Record<Language, FlyerText>> {
  const problems = flyerTextProblems(data);
  if (problems.length > 0) throw new Error(`Flyer texts are incomplete:\n${problems.join('\n')}`);
  return data;
}

/** The flyer's invitation in all 18 languages. */
export const FLYER_TEXTS: Readonly<Record<Language, FlyerText>> = checked(flyer);
