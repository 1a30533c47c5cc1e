import type { CrisisCase } from './crisis-cases.ts';

/** Near-misses in `lang`: messages that must not read as urgent. */
export const no = (lang: CrisisCase['lang'], ...texts: string[]): CrisisCase[] => texts.map((text) => ({ lang, text, kind: null }));

/** Urgent messages in `lang`, each to be recognised as `kind`. */
export const u = (lang: CrisisCase['lang'], kind: NonNullable<CrisisCase['kind']>, ...texts: string[]): CrisisCase[] => texts.map((text) => ({ lang, text, kind }));
