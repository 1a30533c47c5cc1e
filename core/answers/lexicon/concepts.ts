import type { Language } from '../../languages/index.ts';
import type { ConceptTheme } from './concept-table.ts';
import { DAILY_LIFE_CONCEPTS } from './daily-life.ts';
import { EMPLOYMENT_CONCEPTS } from './employment.ts';
import { FAMILY_EDUCATION_CONCEPTS } from './family-education.ts';
import { HEALTH_CONCEPTS } from './health.ts';
import { HOUSING_CONDITION_CONCEPTS } from './housing-conditions.ts';
import { HOUSING_CONCEPTS } from './housing.ts';
import { INCOME_CONCEPTS } from './income.ts';
import { LEGAL_HELP_CONCEPTS } from './legal-help.ts';
import { PAPERWORK_CONCEPTS } from './paperwork.ts';
import { REGISTRATION_CONCEPTS } from './registration.ts';
import { SAFETY_CONCEPTS } from './safety.ts';
import { SECTOR_CONCEPTS } from './sectors.ts';
import { TAX_BENEFIT_CONCEPTS } from './tax-benefits.ts';
import { WORKING_TIME_CONCEPTS } from './working-time.ts';

/** The theme files the lexicon is written in, by theme name. Concept ids are unique across themes (tested). */
export const CONCEPT_THEMES: Readonly<Record<string, ConceptTheme>> = {
  registration: REGISTRATION_CONCEPTS,
  health: HEALTH_CONCEPTS,
  safety: SAFETY_CONCEPTS,
  employment: EMPLOYMENT_CONCEPTS,
  'working-time': WORKING_TIME_CONCEPTS,
  income: INCOME_CONCEPTS,
  'tax-benefits': TAX_BENEFIT_CONCEPTS,
  paperwork: PAPERWORK_CONCEPTS,
  housing: HOUSING_CONCEPTS,
  'housing-conditions': HOUSING_CONDITION_CONCEPTS,
  'family-education': FAMILY_EDUCATION_CONCEPTS,
  'daily-life': DAILY_LIFE_CONCEPTS,
  'legal-help': LEGAL_HELP_CONCEPTS,
  sectors: SECTOR_CONCEPTS,
};

/**
 * Concept id → per-language words (single words, lower case, with correct
 * diacritics; inflected variants included).
 *
 * Words of one concept share a concept term, so a question and a tile that
 * name the same thing differently ("got the flu" / "calling in sick",
 * "sacked" / "dismissed", "fluturaș" / "payslip") still meet, also across
 * languages. Every concept has words in all 18 supported languages. Match on
 * folded tokens: see `conceptIndex`.
 */
export const CONCEPTS: Record<string, Partial<Record<Language, readonly string[]>>> = Object.freeze(
  Object.assign({}, ...Object.values(CONCEPT_THEMES)) as Record<string, Partial<Record<Language, readonly string[]>>>,
);
