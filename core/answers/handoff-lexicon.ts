/**
 * Lexicon for detecting "I want to talk to a (real) person" in the 18
 * supported languages. Pure data; compiled once by `handoff-intent.ts`.
 *
 * Every group is a comma-separated list of patterns. A pattern is a sequence
 * of token elements separated by spaces:
 *   - `word`    the token equals `word`
 *   - `stem*`   the token starts with `stem` (inflection: człowiek*, людин*)
 *   - `a|b*|c`  any of the alternatives
 *   - `@name`   the alternatives of macro `name` (see `macros`)
 *   - `el?`     an optional element
 *   - `~N`      up to N arbitrary tokens before the next element
 * Entries are written in normal spelling (with diacritics, Cyrillic, Greek);
 * the compiler folds them (lower case, no diacritics) and romanizes Cyrillic,
 * so "людиною" also meets "lyudynoyu". Latin spellings that the romanization
 * does not produce (Bulgarian "4ovek", "nqkoi") are listed as extra variants.
 *
 * Concept groups (see `HandoffGroup`):
 *   human, staff, someone   who the user wants (a human being / a staff member / somebody)
 *   talk, reach, connect    what the user wants to do with them
 *   strong, notBot          phrases that are a handoff request on their own
 *   neutral                 phrases that cancel the person or contact words inside them
 *                           ("human rights", "per person", "forklift operator")
 *   thirdParty, possessive  words that make a person somebody else's staff ("shop employee",
 *                           "my agent"); `bridge` words may stand between ("employee of the agency")
 *   filler                  words allowed around a one-word command ("a human please")
 *   callback                a request to be called or contacted, a request on its own ("call me
 *                           back", "bel me terug", "proszę o telefon", "sunați-mă"): written in
 *                           request forms (imperative, "please", "can you"), not in past or
 *                           reported forms ("my employer called me")
 *   subject                 words that make a callback somebody else's ("they call me", "if he calls me")
 *   other                   somebody else who wants the person ("my colleague wants to talk to someone", "kolega chce
 *                           porozmawiać z kimś"): a request whose clause has one shortly before it is not the user's,
 *                           unless a `self` word ("I", "me") stands between ("my friend said I should talk to someone")
 *   negation                cues that cancel a request right after them in the same clause ("I don't
 *                           want to talk to anyone", "no need to call me", "nie musicie dzwonić"); for
 *                           verb-final languages (`headFinal`) also right before them ("konuşmak istemiyorum")
 */
import type { Language } from '../languages/index.ts';
import lexicon from './handoff-lexicon.json' with { type: 'json' };

/** The concept groups a lexicon entry can belong to. */
export type HandoffGroup =
  | 'human' | 'staff' | 'someone'
  | 'talk' | 'reach' | 'connect'
  | 'strong' | 'notBot' | 'neutral'
  | 'thirdParty' | 'possessive' | 'bridge' | 'filler'
  | 'callback' | 'subject' | 'negation'
  | 'other' | 'self';

/** Macros that the generic patterns of every language are built from. */
export interface HandoffMacros {
  /** "want", "need", "prefer": `@req ~2 @human` is a strong request. */
  req?: string;
  /** Negation: `@neg @prep? @art? @bot` ("not a bot", "nu cu robotul"). */
  neg?: string;
  /** "with"/"to" before the bot word, when the language has a preposition. */
  prep?: string;
  /** Articles and demonstratives that may stand before the bot word. */
  art?: string;
  /** Words that can only mean this chatbot. */
  bot?: string;
  /** Machine words that need a preposition ("not with the robot"), since "we are not robots" is a complaint about work. */
  botWeak?: string;
}

/** One language's patterns, per concept group. */
export type LanguageLexicon = { [G in HandoffGroup]?: string } & {
  macros?: HandoffMacros;
  /** Verb-final languages (Turkish, Hungarian) also get `@human ~2 @req`. */
  headFinal?: boolean;
  /** A negation right after a callback cancels it too ("bel me niet"). Verb-final languages always have this. */
  callbackNegatedAfter?: boolean;
};

/**
 * The data, in handoff-lexicon.json: `universal` holds patterns shared by all
 * languages (chatbot commands, chat shorthand, and the Dutch words for a
 * migrant's third parties, uitzendbureau and werkgever, that people use
 * whatever language they write in); `languages` holds, per language, the ways
 * people ask for a person. Applied to every message whatever its detected
 * language; a request's pieces must come from one language.
 */
const data = lexicon as unknown as { universal: LanguageLexicon; languages: Record<Language, LanguageLexicon> };

export const UNIVERSAL_LEXICON: LanguageLexicon = data.universal;
export const HANDOFF_LEXICON: Record<Language, LanguageLexicon> = data.languages;
