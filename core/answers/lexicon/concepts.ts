import type { Language } from '../../languages/index.ts';
import type { ConceptTheme } from './concept-table.ts';
import registration from './data/registration.json' with { type: 'json' };
import health from './data/health.json' with { type: 'json' };
import safety from './data/safety.json' with { type: 'json' };
import employment from './data/employment.json' with { type: 'json' };
import working_time from './data/working-time.json' with { type: 'json' };
import income from './data/income.json' with { type: 'json' };
import tax_benefits from './data/tax-benefits.json' with { type: 'json' };
import paperwork from './data/paperwork.json' with { type: 'json' };
import housing from './data/housing.json' with { type: 'json' };
import housing_conditions from './data/housing-conditions.json' with { type: 'json' };
import family_education from './data/family-education.json' with { type: 'json' };
import daily_life from './data/daily-life.json' with { type: 'json' };
import legal_help from './data/legal-help.json' with { type: 'json' };
import sectors from './data/sectors.json' with { type: 'json' };
import situations from './data/situations.json' with { type: 'json' };
import other_topics from './data/other-topics.json' with { type: 'json' };

/**
 * The lexicon's data, one JSON file per theme in ./data (concept id → words
 * per language). Concept ids are unique across themes and every concept has
 * words in all 18 languages (both checked by lexicon.test.ts).
 */
export const CONCEPT_THEMES: Readonly<Record<string, ConceptTheme>> = {
  /** Registration, identity papers, moving, arriving and leaving, DigiD. */
  'registration': registration,
  /** Being ill or hurt, doctors and medicine, health insurance. */
  'health': health,
  /** Emergencies, police, crime, violence and danger. */
  'safety': safety,
  /** Work itself, and the people and paper of a job: employer, agency, contract, its phases and its end. */
  'employment': employment,
  /** Hours, shifts, breaks, overtime, leave and time off sick. */
  'working-time': working_time,
  /** Pay: wage, payslip, deductions, holiday pay, pay that never came, income and savings. */
  'income': income,
  /** Tax, allowances and benefits, pension, debts, fines and what things cost. */
  'tax-benefits': tax_benefits,
  /** Bank, bills, letters and forms, applying and cancelling, translation, phoning. */
  'paperwork': paperwork,
  /** Finding and renting a place, and losing it. */
  'housing': housing,
  /** What a place is like: damp, crowded, dirty, broken, noisy; its rooms and utilities. */
  'housing-conditions': housing_conditions,
  /** Children, school and childcare, family; learning Dutch, integration, the library. */
  'family-education': family_education,
  /** Getting around, rubbish, sport and free time, church. */
  'daily-life': daily_life,
  /** Rights and the law, legal help, unions, reporting exploitation and discrimination. */
  'legal-help': legal_help,
  /** The kinds of work migrants do: warehouse, greenhouse, meat, factory, cleaning, building, driving. */
  'sectors': sectors,
  /**
   * How people describe a situation rather than its topic: a job that ended, insults, a body part,
   * a nationality, how many people, how long they stay, help from the state. Links and combinations
   * (data/links.json) carry these to the topics they need.
   */
  'situations': situations,
  /**
   * Everyday topics a migrant-information library rarely covers (cars, pets, weather, food, loans,
   * shopping). Named as concepts they count as what a question is about: a library without a tile
   * on them cannot reach a confident answer on the question's other words; one with such a tile finds it.
   */
  'other-topics': other_topics,
};

/**
 * Concept id → per-language words (single words, lower case, with correct
 * diacritics; inflected variants included).
 *
 * Words of one concept share a concept term, so a question and a tile that
 * name the same thing differently ("got the flu" / "calling in sick",
 * "sacked" / "dismissed", "fluturaș" / "payslip") still meet, also across
 * languages. Match on folded tokens: see `conceptIndex`.
 */
export const CONCEPTS: Record<string, Partial<Record<Language, readonly string[]>>> = Object.freeze(
  Object.assign({}, ...Object.values(CONCEPT_THEMES)) as Record<string, Partial<Record<Language, readonly string[]>>>,
);
