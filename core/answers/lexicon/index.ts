/**
 * Concept lexicon: groups the words that name one thing in the migrant-worker
 * domain (in all 18 languages, with Dutch loanwords) under one concept id, so
 * lexical retrieval can match a question to a tile that words it differently.
 */
export { CONCEPTS, CONCEPT_THEMES } from './concepts.ts';
export { conceptIndex, type ConceptIndex } from './concept-index.ts';
export type { ConceptTheme, ConceptWords } from './concept-table.ts';
