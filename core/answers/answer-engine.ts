import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import type { VisibleTile } from '../content/types.ts';
import { analyze, clearTokenCache } from './analyzer.ts';
import { LanguageDetector, type LanguageHints } from './language-detect.ts';
import { cyrillize, foldText } from './normalize.ts';
import { SearchIndex, type LibraryLayer, type OwnLayer, type SearchResult } from './search-index.ts';
import { detectHandoffIntent } from './handoff-intent.ts';
import { detectSmallTalk, smallTalkLanguage, withoutOpening, type SmallTalkKind } from './small-talk.ts';
import type { Decision, Signals } from './confidence.ts';
import { searchAcrossLanguages } from './bridge/cross-lingual.ts';
import { MODEL_CUE, detectCrisis, type CrisisSignal } from '../safety/index.ts';
import { CrisisTiles } from './crisis-tiles.ts';

export type Outcome = 'answered' | 'clarify' | 'unanswered' | 'handoff';

/** Longer questions are read up to this many characters (chat channels cap messages at 4,096). */
export const MAX_QUESTION_CHARS = 4096;

/** At most this many example questions go into `warmUp` after the per-language ones. */
const WARM_UP_QUESTIONS = 1000;

/** HTML/XML tags and their script/style bodies, removed before matching. */
const MARKUP_RE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-z][^>]{0,500}>/gi;

/** What the engine concluded about one question. Rendering it into words is the caller's job. */
export interface EngineAnswer {
  outcome: Outcome;
  /** Language the question was written in, which is the language to answer in. */
  lang: Language;
  /** The chosen tile (answered), the first option (clarify), or absent. */
  tile?: VisibleTile;
  /** Further options for `clarify` (at most 2 more), best first. */
  alternatives: VisibleTile[];
  /** 0..1 */
  confidence: number;
  /**
   * Why: `match`, `uncertain`, `low-confidence`, `no-match`, `empty`, `handoff-intent`, `small-talk`
   * (a greeting, thanks or "ok": no question), `foreign-language` (see `foreign`); for an
   * urgent message `urgent-match` (retrieval found a tile that fits the crisis), `urgent-fit`
   * (the library's tile for this kind of crisis) or `urgent` (no tile fits: a person) (for logs and tests).
   */
  reason: string;
  /** Retrieval figures behind the decision, when retrieval ran. */
  signals?: Signals;
  /**
   * Set when the message describes a danger to life or safety (core/safety): the caller shows
   * the safety card first and offers a person whatever the outcome. The outcome is then the
   * tile that fits the crisis (`answered`/`clarify`) or, when none does, `handoff`.
   */
  urgent?: CrisisSignal;
  /**
   * ISO 639-1 code of a language the bot does not speak ("ru", "de", "ar") when the message is
   * clearly in it: outcome `unanswered`, reason `foreign-language`, `lang` `en` (the caller lists
   * the languages it speaks). Never set for an urgent message: that is answered as urgent first.
   */
  foreign?: string;
  /** Set with reason `small-talk`: what kind of greeting, thanks or "ok" it was (the dialog replies in kind). */
  smallTalk?: SmallTalkKind;
  /** Milliseconds spent in the engine. */
  ms: number;
}

export interface EngineOptions {
  /** Languages the organization offers (detection never answers outside them). */
  languages?: readonly Language[];
  /**
   * The shared library indexes behind some of the tiles (AnswerService passes
   * them, see search-index.ts): those tiles are searched there, through the
   * positions given, and only the other tiles are indexed by this engine.
   */
  libraries?: readonly LibraryLayer[];
  /** With `libraries`: shared indexes of groups of the other tiles (AnswerService passes them); tiles nothing covers are indexed by this engine. */
  own?: readonly OwnLayer[];
}

/**
 * The answer engine for one organization's visible tiles. Immutable: when
 * content changes, build a new one (see AnswerService) and swap it in.
 */
export class AnswerEngine {
  readonly languages: readonly Language[];
  private readonly index: SearchIndex;
  private readonly detector: LanguageDetector;
  private readonly crisisTiles: CrisisTiles;

  constructor(readonly tiles: readonly VisibleTile[], options: EngineOptions = {}) {
    this.languages = options.languages?.length ? options.languages : SUPPORTED_LANGUAGES;
    const libraries = options.libraries ?? [];
    this.index = new SearchIndex(tiles, this.languages, libraries, libraries.length ? options.own : []);
    this.crisisTiles = new CrisisTiles(tiles);
    if (libraries.length === 0) {
      // An engine on its own reads its crisis tiles and learns its words now, as it always did, and
      // forgets the words it just stemmed (one-off library words).
      this.crisisTiles.prepare();
      this.detector = new LanguageDetector();
      for (const [lang, words] of this.index.takeVocabulary()) this.detector.addTokens(lang, words);
      clearTokenCache();
      return;
    }
    // On shared libraries the stemmed words stay cached (bounded): the next engine's own tiles mostly use
    // them. The detector reads the libraries' and own segments' shared word lists, masked to this engine's
    // languages: the same evidence as learning those words itself, without a copy per engine.
    const vocabularies = [...libraries.map((l) => l.index.vocabulary), ...this.index.segments.map((s) => s.vocabulary)];
    this.detector = new LanguageDetector({ vocabularies, languages: this.languages });
  }

  /**
   * Does now what the first urgent message and the first question in each
   * language would do lazily (read the crisis tiles; make a language's view
   * and its own tiles' index), one piece per call, so AnswerService can spread
   * it over idle moments (idle-preparation.ts).
   * @returns whether a piece was done; false once nothing is left
   */
  prepareNext(): boolean {
    if (this.crisisTiles.prepare()) return true;
    return this.languages.some((lang) => this.index.prepare(lang));
  }

  /**
   * Runs the tiles' own example questions through `ask` (each language first,
   * then as many as fit in `budgetMs`), so lazy per-language tables (stemmers,
   * stop words, lexicon) are built and the hot paths compiled before the
   * first person asks: the first real question is then about as fast as the
   * thousandth. AnswerService calls this for an engine that brings a
   * language no engine of it was warmed up in (what warming builds is process-wide).
   * @returns how many questions it asked
   */
  warmUp(budgetMs = 250): number {
    const deadline = performance.now() + budgetMs;
    this.crisisTiles.prepare();
    for (const lang of this.languages) {
      const tile = this.tiles.find((t) => t.content[lang]?.examples.length);
      const example = tile?.content[lang]?.examples[0];
      if (example) this.ask(example);
      else analyze('warm up', lang);
    }
    let asked = 0;
    for (const tile of this.tiles) {
      for (const content of Object.values(tile.content)) {
        for (const example of content?.examples ?? []) {
          if (asked >= WARM_UP_QUESTIONS || performance.now() > deadline) return asked;
          asked++;
          this.ask(example);
        }
      }
    }
    return asked;
  }

  /**
   * Answers one question. Never throws on user input: empty, emoji-only or
   * binary text is `unanswered` (reason `empty`); text past
   * MAX_QUESTION_CHARS is read only up to that length.
   *
   * A message that describes a danger (core/safety's `detectCrisis`, run
   * before anything else) carries `urgent`, also when it asks for a person;
   * its outcome is the tile that fits the crisis, or `handoff`.
   */
  ask(rawText: string, hints: Omit<LanguageHints, 'enabled'> = {}): EngineAnswer {
    const started = performance.now();
    // Markup is never interpreted; for matching, tags are noise ("<script>" is no question word).
    const text = String(rawText ?? '').slice(0, MAX_QUESTION_CHARS).replace(MARKUP_RE, ' ');
    const detected = this.detector.detect(text, { ...hints, enabled: this.languages });
    const lang = detected.lang;
    const urgent = detectCrisis(text, lang);
    const finish = (d: Decision): EngineAnswer => ({
      outcome: d.outcome,
      lang,
      tile: d.tile === undefined ? undefined : this.tiles[d.tile],
      alternatives: d.alternatives.map((i) => this.tiles[i]),
      confidence: d.confidence,
      reason: d.reason,
      signals: d.signals,
      ...(urgent ? { urgent } : {}),
      ms: performance.now() - started,
    });

    if (!/[\p{L}\p{N}]/u.test(text)) {
      return finish({ outcome: 'unanswered', alternatives: [], confidence: 0, reason: 'empty' });
    }
    if (detectHandoffIntent(text).matched) {
      return finish({ outcome: 'handoff', alternatives: [], confidence: 1, reason: 'handoff-intent' });
    }
    // Only a greeting, thanks or "ok": no question, so no tile (the dialog replies to it in kind).
    const talk = urgent ? undefined : detectSmallTalk(text);
    if (talk) {
      return { ...finish({ outcome: 'unanswered', alternatives: [], confidence: 0, reason: 'small-talk' }), lang: smallTalkLanguage(talk, lang, this.languages), smallTalk: talk.kind };
    }
    // A language the bot does not speak: no tile from a misreading; in English, with the languages it speaks.
    if (!urgent && detected.foreign) {
      return { ...finish({ outcome: 'unanswered', alternatives: [], confidence: 0, reason: 'foreign-language' }), lang: this.languages.includes('en') ? 'en' : lang, foreign: detected.foreign };
    }

    // The question without the greeting or thanks it opens with: tiles never use those words.
    const question = withoutOpening(text) ?? text;
    const query = analyze(question, lang);
    let normTerms: Map<number, number> | undefined;
    if (detected.romanized && (lang === 'bg' || lang === 'uk')) {
      // Search both the Latin spelling and its Cyrillic reading; count the words once.
      normTerms = analyze(cyrillize(foldText(question), lang), lang).terms;
      for (const [term, weight] of normTerms) query.terms.set(term, Math.max(query.terms.get(term) ?? 0, weight));
    }
    // Tiles without text in `lang` are also sought through the word bridge (bridge/cross-lingual.ts).
    const { result, decision } = searchAcrossLanguages(this.tiles, { text: question, lang, romanized: detected.romanized, terms: query.terms, normTerms },
      (terms, norm) => this.index.search(terms, lang, { normTerms: norm, limit: urgent ? URGENT_SEARCH_LIMIT : undefined }));
    return finish(urgent ? this.urgentDecision(urgent, result, decision) : decision);
  }

  /**
   * The outcome for an urgent message: retrieval's own answer when its tile
   * fits the crisis; else the best-ranked retrieved tile that fits; else the
   * library's tile for this kind of crisis (an emergency-numbers tile for a
   * fire, an exploitation tile for a withheld passport), since the words of
   * someone in danger rarely match a tile's; else a person.
   *
   * When only the learned model called the message urgent (the rules saw
   * nothing), a tile retrieval answers with confidence stands: the person
   * still gets the safety card and a person offered first, but an ordinary
   * question that merely sounds alarming keeps its answer.
   */
  private urgentDecision(urgent: CrisisSignal, result: SearchResult, decision: Decision): Decision {
    const fitting = this.crisisTiles.fitting(urgent.kind);
    const { confidence, signals } = decision;
    if (decision.tile !== undefined && fitting.includes(decision.tile) && (decision.outcome === 'answered' || decision.outcome === 'clarify')) {
      return decision;
    }
    if (decision.outcome === 'answered' && urgent.cues.includes(MODEL_CUE)) return decision;
    const retrieved = result.hits.find((h) => fitting.includes(h.tile));
    if (retrieved) return { outcome: 'answered', tile: retrieved.tile, alternatives: [], confidence, reason: 'urgent-match', signals };
    if (fitting.length) return { outcome: 'answered', tile: fitting[0], alternatives: [], confidence, reason: 'urgent-fit', signals };
    return { outcome: 'handoff', alternatives: [], confidence, reason: 'urgent', signals };
  }
}

/** How many retrieved tiles an urgent message looks through for one that fits the crisis. */
const URGENT_SEARCH_LIMIT = 10;
