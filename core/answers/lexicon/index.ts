/**
 * Concept lexicon: groups the words that name one thing in the migrant-worker
 * domain (in all 18 languages, with Dutch loanwords) under one concept id, so
 * lexical retrieval can match a question to a tile that words it differently.
 * Links between concepts (concept-links.ts) carry situations to the topics they need.
 */
export { CONCEPTS, CONCEPT_THEMES } from './concepts.ts';
export { conceptIndex, conceptStemIndex, conceptsOfToken, type ConceptIndex } from './concept-index.ts';
export { CONCEPT_COMBINATIONS, CONCEPT_LINKS, combinedConcepts, linkedConcepts, type ConceptCombination } from './concept-links.ts';
export type { ConceptTheme, ConceptWords } from './concept-table.ts';
