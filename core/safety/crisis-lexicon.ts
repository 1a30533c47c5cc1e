/**
 * The crisis lexicon as data: per language, the ways people write about a
 * danger, grouped into ROLES (data/<lang>.json), and the RULES that combine
 * roles into a kind of crisis (data/rules.json).
 *
 * A role is one part of a typical message, never a whole message: for
 * exploitation a `withhold` verb ("took", "keeps") and a `document` noun
 * ("passport"); for acute danger a `hazard` ("smoke") and a `spread` cue
 * ("everywhere", "coming from"). Rules say which roles together make a
 * message urgent ("withhold + document"), and which counter roles ("rules",
 * "how do I report", "killing me" about overtime) turn it back into an
 * ordinary question.
 *
 * Cue syntax (one string = one cue; the compiler folds it like a message):
 *   - `word`     exactly this token;
 *   - `stem*`    a token starting with `stem` (inflections: "pożar*", "пожар*", "ég*");
 *   - `a|b*|c`   any of the alternatives;
 *   - `el?`      an optional element;
 *   - `~N`       up to N other tokens before the next element ("took ~2 passport*");
 *   - `a-b`      a hyphenated word is its tokens in a row ("s-a prăbușit").
 * Spaces separate elements, so an alternative is one word: "will not give|return"
 * is three elements; write two-word variants as cues of their own.
 * An alternative is ONE word: "kan|kunnen niet weg|naar buiten" is four
 * elements ("weg|naar" then "buiten"); write "kan|kunnen niet naar buiten"
 * and "kan|kunnen niet weg" as two cues.
 * Entries are written in normal spelling (diacritics, Cyrillic, Greek); Latin
 * spellings that folding and romanization do not produce (Bulgarian chat
 * "4", "q") may be listed as extra alternatives. Bulgarian ъ is also indexed
 * as "u" and "y" ("kurvi", "kyrvi"), and Greek words by their greeklish key
 * (greeklish.ts: "anapnei", "aimatwnei").
 *
 * Inflection: in Slovak, Czech, Polish, Slovene, Bulgarian, Ukrainian,
 * Latvian, Lithuanian, Estonian and Greek, the whole words of cues in the
 * roles of cue-index.ts `STEM_ROLES` also meet other case and tense forms by
 * their stem (inflection.ts: "všetkým" and "všetko"); Hungarian words by
 * hungarian.ts (endings, verb prefixes, also a prefix standing apart: "dobtak
 * ki"). Other roles are read as written, and a stem never cancels a rule.
 *
 * Prefer roles that combine over whole phrases: a situation is told in many
 * word orders and inflections ("the kitchen is burning", "burning is the
 * kitchen"; "vérzik", "vérzett"), so a stem in a role that a rule pairs with
 * another role reaches more messages than one fixed phrase.
 */
import type { Language } from '../languages/index.ts';
import type { CrisisKind } from './crisis-kind.ts';
import bg from './data/bg.json' with { type: 'json' };
import cs from './data/cs.json' with { type: 'json' };
import el from './data/el.json' with { type: 'json' };
import en from './data/en.json' with { type: 'json' };
import es from './data/es.json' with { type: 'json' };
import et from './data/et.json' with { type: 'json' };
import hu from './data/hu.json' with { type: 'json' };
import it from './data/it.json' with { type: 'json' };
import lt from './data/lt.json' with { type: 'json' };
import lv from './data/lv.json' with { type: 'json' };
import nl from './data/nl.json' with { type: 'json' };
import pl from './data/pl.json' with { type: 'json' };
import pt from './data/pt.json' with { type: 'json' };
import ro from './data/ro.json' with { type: 'json' };
import sk from './data/sk.json' with { type: 'json' };
import sl from './data/sl.json' with { type: 'json' };
import tr from './data/tr.json' with { type: 'json' };
import uk from './data/uk.json' with { type: 'json' };
import rules from './data/rules.json' with { type: 'json' };

/**
 * The roles a cue can play. Documented per role in data/rules.json's
 * `roles`; `topic:<kind>` roles name the help for a kind (112, Veilig Thuis,
 * FairWork) and only decide which tiles fit a crisis, never urgency.
 */
export type CueRole = string;

/** One language's cues: role → cue strings. */
export type LanguageCues = Record<CueRole, string[]>;

/** A combination of roles that makes a message urgent of `kind`. */
export interface CrisisRule {
  kind: CrisisKind;
  /** All of these roles must be present, from one language (Dutch and English words mix into any). */
  roles: CueRole[];
  /** Any of these roles in the message (same language) cancels the rule. */
  unless?: CueRole[];
  /** The roles' cues must lie within this many tokens (default `defaultWindow`). */
  window?: number;
  /** `true`: the roles' cues must lie on different tokens ("fighting" + "knife", not "knife" playing both). */
  distinct?: boolean;
  /** `false`: only cues of the message's own language count (for roles made of short, common words: pronouns, "someone"). */
  mixed?: boolean;
}

export interface CrisisRules {
  /** Roles and what they mean, for people editing the lexicon. */
  roles: Record<CueRole, string>;
  defaultWindow: number;
  /** Languages whose words people mix into any other language. */
  mixable: Language[];
  /** Tried in order; the first rule that fires decides the kind. */
  rules: CrisisRule[];
  /**
   * Counter role → roles that void it: "past" ("yesterday") cancels nothing
   * when the danger is still going on ("since yesterday he hasn't woken up",
   * "still bleeding", "for two hours").
   */
  overrides?: Record<CueRole, CueRole[]>;
}

export const CRISIS_CUES: Record<Language, LanguageCues> = {
  bg, cs, el, en, es, et, hu, it, lt, lv, nl, pl, pt, ro, sk, sl, tr, uk,
};

export const CRISIS_RULES: CrisisRules = rules as CrisisRules;
