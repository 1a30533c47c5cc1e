import type { Language } from '../languages/index.ts';
import { foldText, romanize, skeleton, tokenize } from './normalize.ts';
import { stemmerFor } from './stemmers.ts';
import { stopwords } from './stopwords.ts';
import { GENERIC_WEIGHT, isGeneric } from './generic-words.ts';
import { stayConcept } from './stay-duration.ts';
import { payConcepts } from './pay-amounts.ts';
import { saysNoLonger } from './work-ended.ts';
import { CONCEPT_THEMES, combinedConcepts, conceptIndex, conceptsOfToken, linkedConcepts } from './lexicon/index.ts';
import { conceptsOfTypo } from './lexicon/concept-typos.ts';

/**
 * Turns text into the weighted terms retrieval matches on. Each word yields
 *
 * - `w:<stem>`: the word stemmed by its language's stemmer;
 * - `p:<prefix>`: the first letters of its romanized phonetic skeleton. This
 *   term is script- and spelling-tolerant: it makes "obshtinata" meet
 *   "общината", "zorgverzekering" meet "zorgverzekeringen", and covers
 *   inflection the stemmer misses in highly inflected languages;
 * - `c:<concept>`: the lexicon concepts it names (lexicon/concept-index.ts:
 *   exact form, else stem, plus Dutch and English words in any language).
 *
 * Function words get a small weight instead of being dropped: lists differ
 * in quality per language, and IDF already discounts frequent words.
 */
export interface AnalyzedText {
  /** term id (see `termName`) → weight, summed over occurrences */
  terms: Map<number, number>;
  /** Number of word tokens, for length normalization. */
  length: number;
}

const PREFIX_LENGTH = 5;
const STOPWORD_WEIGHT = 0.15;
const PREFIX_WEIGHT = 1;
const CONCEPT_WEIGHT = 1;

/** Concepts of everyday topics a migrant-information library rarely covers (lexicon theme other-topics). */
const OFF_TOPIC_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(CONCEPT_THEMES['other-topics'] ?? {}).filter((id) => !id.startsWith('_')));
/** Next to such a topic, a concept completes a combination only with at least this weight (more than a generic word gives it). */
const COMBINATION_MIN_WEIGHT = 0.5;
/** A linked concept (lexicon/concept-links.ts) counts this share of the concept that leads to it. */
const LINK_FACTOR = 0.6;
/** Weight of the stay concept read from a duration ("6 weeks", "2 years"): it decides between two registrations. */
const STAY_WEIGHT = 1;
/** Concepts a stated stay contradicts, and the share of their weight they keep. */
const STAY_CONFLICTS: Record<'stay-short' | 'stay-long', readonly string[]> = {
  'stay-short': ['stay-long'],
  'stay-long': ['stay-short', 'short-stay-rni'],
};
const OVERRULED_FACTOR = 0.3;
/** Weight of a concept read from a misspelled word (lexicon/concept-typos.ts): evidence, but weaker than the word itself. */
const TYPO_WEIGHT = 0.7;
/** A misspelled word is also read as Dutch from this length on. */
const MIN_DUTCH_TYPO_LENGTH = 8;
/** Weight of a concept read from the question's numbers (pay-amounts.ts) or completed by a combination of concepts. */
const RULE_WEIGHT = 2;

/**
 * Terms are interned to small integers once, process-wide: the index's
 * posting lists and the per-question score loop then work on numbers.
 */
const termIds = new Map<string, number>();
const termNames: string[] = [];

/** term id → concept id, for the concept terms (`c:<id>`). */
const conceptOfTerm = new Map<number, string>();

function intern(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
    if (term.startsWith('c:')) conceptOfTerm.set(id, term.slice(2));
  }
  return id;
}

/** Concepts of being ill, hurt or in pain: a duration beside them is how long that lasts, not a stay. */
const HEALTH_STATE_TERMS = ['c:illness', 'c:pain', 'c:body-part', 'c:accident-injury'].map(intern);
const JOB_WORK_TERM = intern('c:job-work');
const JOB_ENDED_TERM = intern('c:job-ended');

/** Whether concept term `term` leads to other concepts (lexicon links): a situation that names its topics. */
export function isLinkedConcept(term: number): boolean {
  const concept = conceptOfTerm.get(term);
  return concept !== undefined && linkedConcepts(concept).length > 0;
}

/** Whether concept term `term` is an everyday topic a migrant-information library rarely covers (lexicon theme other-topics). */
export function isOffTopicConcept(term: number): boolean {
  const concept = conceptOfTerm.get(term);
  return concept !== undefined && OFF_TOPIC_CONCEPTS.has(concept);
}

/** The readable form of a term id (`w:stem`, `p:prefix`), for debugging and tests. */
export function termName(id: number): string {
  return termNames[id];
}

/** Number of distinct terms seen so far (upper bound of term ids). */
export function termCount(): number {
  return termNames.length;
}

/** A token's terms as two parallel arrays (indexed loops, no tuple allocation on the hot path). */
interface TermList {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/**
 * Forgets the per-token cache (it refills from chat traffic). The engine
 * calls this after indexing a library, whose many one-off words would
 * otherwise stay in memory.
 */
export function clearTokenCache(): void {
  tokenTermCache.clear();
}

/** Per language, token → its terms; chat vocabulary is small, so this saves most stemming work. */
const tokenTermCache = new Map<Language, Map<string, TermList>>();
const TOKEN_CACHE_LIMIT = 200_000;

function termsOfToken(token: string, lang: Language): TermList {
  let cache = tokenTermCache.get(lang);
  if (!cache) tokenTermCache.set(lang, (cache = new Map()));
  const cached = cache.get(token);
  if (cached) return cached;
  const computed = computeTerms(token, lang);
  const terms: TermList = { ids: computed.map(([term]) => intern(term)), weights: computed.map(([, weight]) => weight) };
  if (cache.size > TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token, terms);
  return terms;
}

function computeTerms(token: string, lang: Language): Array<[string, number]> {
  if (/^\d+$/.test(token)) return token.length >= 3 ? [[`w:${token}`, 1]] : [];
  if (token.length < 2) return [];
  const weight = stopwords(lang).has(token) ? STOPWORD_WEIGHT : 1;
  const terms: Array<[string, number]> = [[`w:${stemmerFor(lang)(token)}`, weight]];
  const latin = /[\u0400-\u04ff]/.test(token) ? romanize(token, lang === 'uk' ? 'uk' : 'bg') : token;
  const skel = skeleton(latin);
  if (skel.length >= 4 && weight === 1) terms.push([`p:${skel.slice(0, PREFIX_LENGTH)}`, PREFIX_WEIGHT]);
  for (const concept of conceptsOfToken(token, lang)) terms.push([`c:${concept}`, CONCEPT_WEIGHT]);
  return terms;
}

/**
 * Analyzes a question written in `lang`. Besides each word's terms (as tiles
 * get them), a question gets what only a reader adds:
 *
 * - generic words ("money", "insurance", "says", month names: generic-words.ts)
 *   count with a small weight, so they never carry a tile alone;
 * - concepts of two words written apart that the lexicon has as one ("town hall");
 * - `stay-short` / `stay-long` when it names how long the person stays
 *   (stay-duration.ts), and pay concepts its numbers name (pay-amounts.ts);
 * - the concepts its concepts lead to (lexicon links: back pain → doctor, a
 *   job that stopped → unemployment) at a share of their weight, and those
 *   its concepts mean together (money + health insurance → allowance).
 */
export function analyze(text: string, lang: Language): AnalyzedText {
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const terms = new Map<number, number>();
  for (const token of tokens) {
    const generic = isGeneric(token, lang);
    const scale = generic ? GENERIC_WEIGHT : 1;
    const { ids, weights } = termsOfToken(token, lang);
    let named = false;
    for (let i = 0; i < ids.length; i++) {
      terms.set(ids[i], (terms.get(ids[i]) ?? 0) + weights[i] * scale);
      if (conceptOfTerm.has(ids[i])) named = true;
    }
    // Only questions are read for typos: tiles are edited text, and a near miss there would be noise.
    if (!named && !generic) for (const term of typoTermsOf(token, lang)) raise(terms, term, TYPO_WEIGHT);
  }
  addCompoundConcepts(tokens, lang, terms);
  // How long someone has been ill or in pain is no stay ("my back hurts for 2 weeks").
  const stay = HEALTH_STATE_TERMS.some((term) => terms.has(term)) ? undefined : stayConcept(folded);
  if (stay) {
    raise(terms, intern(`c:${stay}`), STAY_WEIGHT);
    // A stated duration decides: "5 months, the agency says RNI is enough" is a long stay.
    for (const other of STAY_CONFLICTS[stay]) {
      const term = intern(`c:${other}`);
      const weight = terms.get(term);
      if (weight !== undefined) terms.set(term, weight * OVERRULED_FACTOR);
    }
  }
  for (const concept of payConcepts(folded)) raise(terms, intern(`c:${concept}`), RULE_WEIGHT);
  // "No more work", "geen werk meer": work denied to go on is a job that ended (work-ended.ts).
  if (terms.has(JOB_WORK_TERM) && saysNoLonger(folded)) raise(terms, JOB_ENDED_TERM, CONCEPT_WEIGHT);
  addLinkedConcepts(terms);
  return { terms, length: tokens.length };
}

/** Per language, token → the concept terms it names as a misspelling (cached like tokenTermCache). */
const typoCache = new Map<Language, Map<string, readonly number[]>>();

function typoTermsOf(token: string, lang: Language): readonly number[] {
  let cache = typoCache.get(lang);
  if (!cache) typoCache.set(lang, (cache = new Map()));
  let found = cache.get(token);
  if (!found) {
    // Long misspelled Dutch words come inside every language ("zorgverzekring", "uitzendburo").
    const dutch = lang !== 'nl' && token.length >= MIN_DUTCH_TYPO_LENGTH ? conceptsOfTypo(token, 'nl') : [];
    found = [...new Set([...conceptsOfTypo(token, lang), ...dutch])].map((concept) => intern(`c:${concept}`));
    if (cache.size > TOKEN_CACHE_LIMIT) cache.clear();
    cache.set(token, found);
  }
  return found;
}

/** Lexicons whose compounds are looked up in every language (Dutch loanwords, English). */
const COMPOUND_LANGUAGES: readonly Language[] = ['nl', 'en'];
const compoundSources = new Map<Language, readonly Language[]>();

/**
 * Two words written apart that the lexicon lists as one ("town hall" →
 * townhall, "pay slip" → payslip, "zorg verzekering" → zorgverzekering): the
 * lexicon holds single tokens, people split compounds.
 */
function addCompoundConcepts(tokens: readonly string[], lang: Language, terms: Map<number, number>): void {
  // Exact forms only: a stem of two glued words matches by accident too easily.
  const { found, overruled } = compoundTerms(tokens, lang);
  for (const term of found) raise(terms, term, CONCEPT_WEIGHT);
  for (const { term, token } of overruled) {
    const left = (terms.get(term) ?? 0) - CONCEPT_WEIGHT * (isGeneric(token, lang) ? GENERIC_WEIGHT : 1);
    if (left > 1e-9) terms.set(term, left);
    else terms.delete(term);
  }
}

function compoundSourcesOf(lang: Language): readonly Language[] {
  let sources = compoundSources.get(lang);
  if (!sources) compoundSources.set(lang, (sources = [...new Set([lang, ...COMPOUND_LANGUAGES])]));
  return sources;
}

/**
 * One step along the lexicon's links from every concept of the question, then
 * the combinations its concepts (named or linked) complete.
 */
function addLinkedConcepts(terms: Map<number, number>): void {
  const linked: Array<[number, number]> = [];
  for (const [term, weight] of terms) {
    const concept = conceptOfTerm.get(term);
    if (concept === undefined) continue;
    for (const next of linkedConcepts(concept)) linked.push([intern(`c:${next}`), weight * LINK_FACTOR]);
  }
  for (const [term, weight] of linked) raise(terms, term, weight);
  // A concept only a generic word names ("insurance", weight GENERIC_WEIGHT) completes a combination
  // unless the question names an everyday topic libraries rarely cover ("car insurance": not the care allowance).
  let offTopic = false;
  for (const term of terms.keys()) if ((offTopic = isOffTopicConcept(term))) break;
  const present = new Set<string>();
  for (const [term, weight] of terms) {
    const concept = conceptOfTerm.get(term);
    if (concept !== undefined && (!offTopic || weight >= COMBINATION_MIN_WEIGHT)) present.add(concept);
  }
  for (const concept of combinedConcepts(present)) raise(terms, intern(`c:${concept}`), RULE_WEIGHT);
}

/** Sets `term` to at least `weight` (a link or rule never lowers what the words gave). */
function raise(terms: Map<number, number>, term: number, weight: number): void {
  if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
}

/**
 * Adds the terms of already folded and tokenized text to `into`, each weight
 * multiplied by `scale` (the index uses this to fold field weight and length
 * normalization in without intermediate maps).
 */
export function addTokenTerms(tokens: readonly string[], lang: Language, scale: number, into: Map<number, number>): void {
  for (const token of tokens) {
    const { ids, weights } = termsOfToken(token, lang);
    for (let i = 0; i < ids.length; i++) into.set(ids[i], (into.get(ids[i]) ?? 0) + weights[i] * scale);
  }
}

/**
 * The same as addTokenTerms into a dense accumulator: `acc[id] += weight *
 * scale`, with first-touched ids appended to `touched`. Used by the index
 * build, where a Map per document would dominate the cost.
 */
export function accumulateTokenTerms(
  tokens: readonly string[],
  lang: Language,
  scale: number,
  acc: { values: Float64Array; touched: number[] },
): void {
  const add = (term: number, weight: number) => {
    if (term >= acc.values.length) {
      const grown = new Float64Array(Math.max(term + 1, acc.values.length * 2));
      grown.set(acc.values);
      acc.values = grown;
    }
    if (acc.values[term] === 0) acc.touched.push(term);
    acc.values[term] += weight;
  };
  for (const token of tokens) {
    const { ids, weights } = termsOfToken(token, lang);
    for (let i = 0; i < ids.length; i++) add(ids[i], weights[i] * scale);
  }
  // A tile names a concept in two words as a question does ("ziek melden", "pay slip").
  const { found, overruled } = compoundTerms(tokens, lang);
  for (const term of found) add(term, CONCEPT_WEIGHT * scale);
  for (const { term } of overruled) if (acc.values[term] > 0) acc.values[term] = Math.max(0, acc.values[term] - CONCEPT_WEIGHT * scale);
}

/**
 * The concept terms of consecutive word pairs the lexicon lists as one word
 * (see addCompoundConcepts), once per pair, also two words joined by a short
 * stop word, listed with it ("masinadegunoi"); and the concepts the pair's own
 * words name that the compound overrules: a "family doctor" is a doctor, not
 * family, so "family" does not name family-partner there.
 */
function compoundTerms(tokens: readonly string[], lang: Language): { found: number[]; overruled: Array<{ term: number; token: string }> } {
  const found: number[] = [];
  const overruled: Array<{ term: number; token: string }> = [];
  const stops = stopwords(lang);
  const sources = compoundSourcesOf(lang);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    if (first.length < 2 || stops.has(first)) continue;
    // Two words ("pay slip"), or two joined by a short stop word ("mașina de gunoi": the garbage truck).
    const second = tokens[i + 1];
    const third = tokens[i + 2];
    let last: string;
    let joined: string;
    if (stops.has(second) && second.length <= 3 && third !== undefined && third.length >= 2 && !stops.has(third)) {
      last = third;
      joined = first + second + third;
    } else if (second.length < 2 || stops.has(second)) continue;
    else {
      last = second;
      joined = first + second;
    }
    const named: number[] = [];
    for (const source of sources) {
      for (const concept of conceptIndex(source).get(joined) ?? []) named.push(intern(`c:${concept}`));
    }
    if (!named.length) continue;
    found.push(...named);
    for (const token of [first, last]) {
      for (const term of termsOfToken(token, lang).ids) {
        if (conceptOfTerm.has(term) && !named.includes(term)) overruled.push({ term, token });
      }
    }
  }
  return { found, overruled };
}
