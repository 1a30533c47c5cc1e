import { isLanguage, type Language } from '../languages/index.ts';
import { foldText, romanize, tokenize } from './normalize.ts';
import data from './small-talk.json' with { type: 'json' };

/**
 * Small talk: a message that is only a greeting, thanks, an acknowledgement
 * or a farewell ("Bună ziua", "dzięki!", "ok", "hello 👋", "thank you very
 * much for the help") in any of the 18 languages. It is not a question: the
 * dialog answers it briefly and does not log it (reports count questions).
 * A message with anything else in it ("Bună ziua, cum obțin BSN?") is not
 * small talk. Pure, no I/O; the phrases are data (small-talk.json).
 *
 * Matching folds case and diacritics (normalize.ts), ignores punctuation and
 * emoji, shortens letters typed three times or more ("hiii", "okkk"), and
 * accepts Cyrillic phrases typed in Latin letters (romanized). The words of
 * the message must be covered, end to end, by phrases of the lists, with at
 * least one phrase that is not filler. Phrases of every language are tried
 * at once: people mix ("ok mersi").
 */
export type SmallTalkKind = 'greeting' | 'thanks' | 'acknowledgement' | 'farewell';

export interface SmallTalk {
  /** What the message mainly is: thanks before a farewell before a greeting before an acknowledgement ("ok thanks" is thanks). */
  kind: SmallTalkKind;
  /** The languages whose phrases it used (every language that has them all); a hint where the language detector has little to go on. */
  languages: Language[];
}

/** Longer messages are never small talk (and are not worth covering). */
export const SMALL_TALK_MAX_WORDS = 12;
/** Nor are messages this long (saves folding an essay). */
const SMALL_TALK_MAX_CHARS = 200;

const KINDS: readonly SmallTalkKind[] = ['thanks', 'farewell', 'greeting', 'acknowledgement'];
type Group = SmallTalkKind | 'filler';
type Lists = Partial<Record<Group, string[]>>;

interface Phrase {
  tokens: string[];
  group: Group;
  languages: Set<Language>;
}

/**
 * Repeated letters ("hiiii", "okkkk") shortened to one, and a doubled last letter too ("hoii",
 * "holaa", "okk"); double letters inside a word stay ("hello"). Phrases get the same treatment.
 */
const squeeze = (token: string) => token.replace(/(.)\1{2,}/gu, '$1').replace(/(\p{L})\1$/u, '$1');

/** The token forms of one phrase: folded, and for Cyrillic also romanized as Bulgarian and Ukrainian are typed in Latin letters. */
function forms(phrase: string, lang: Language): string[][] {
  const folded = foldText(phrase);
  const variants = [folded];
  if (/\p{Script=Cyrillic}/u.test(folded)) variants.push(romanize(folded, lang === 'uk' ? 'uk' : 'bg'));
  return variants.map((v) => tokenize(v).map(squeeze)).filter((t) => t.length > 0);
}

/** Phrases by their first token, longest first. */
function compile(source: Record<string, unknown>): Map<string, Phrase[]> {
  const byKey = new Map<string, Phrase>();
  for (const [lang, lists] of Object.entries(source)) {
    if (!isLanguage(lang)) continue;
    for (const [group, phrases] of Object.entries(lists as Lists) as Array<[Group, string[]]>) {
      for (const phrase of phrases) {
        for (const tokens of forms(phrase, lang)) {
          const key = `${tokens.join(' ')}\u0000${group === 'filler' ? 'filler' : 'talk'}`;
          const known = byKey.get(key);
          if (known) known.languages.add(lang);
          else byKey.set(key, { tokens, group, languages: new Set([lang]) });
        }
      }
    }
  }
  const index = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const list = index.get(phrase.tokens[0]) ?? [];
    list.push(phrase);
    index.set(phrase.tokens[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || (a.group === 'filler' ? 1 : 0) - (b.group === 'filler' ? 1 : 0));
  return index;
}

const INDEX = compile(data as Record<string, unknown>);

/** The phrases covering tokens[from..] to the end (non-filler ones first found), or undefined when they cannot be covered. */
function cover(tokens: readonly string[], from: number, seen: Map<number, Phrase[] | null>): Phrase[] | undefined {
  if (from === tokens.length) return [];
  const memo = seen.get(from);
  if (memo !== undefined) return memo ?? undefined;
  let found: Phrase[] | undefined;
  for (const phrase of INDEX.get(tokens[from]) ?? []) {
    const end = from + phrase.tokens.length;
    if (end > tokens.length || phrase.tokens.some((t, i) => tokens[from + i] !== t)) continue;
    const rest = cover(tokens, end, seen);
    if (rest) {
      found = [phrase, ...rest];
      break;
    }
  }
  seen.set(from, found ?? null);
  return found;
}

/** The message as small talk, or undefined when it is (or may be) something else: a question, a request, a word we do not know. */
export function detectSmallTalk(text: string): SmallTalk | undefined {
  const raw = String(text ?? '');
  if (raw.length > SMALL_TALK_MAX_CHARS) return undefined;
  const tokens = tokenize(foldText(raw)).map(squeeze);
  if (tokens.length === 0 || tokens.length > SMALL_TALK_MAX_WORDS) return undefined;
  const phrases = cover(tokens, 0, new Map());
  const talk = phrases?.filter((p) => p.group !== 'filler');
  if (!talk?.length) return undefined;
  const kind = KINDS.find((k) => talk.some((p) => p.group === k)) ?? 'acknowledgement';
  // The languages that have every phrase used; when none has them all (mixed), those of any.
  const all = talk.reduce<Set<Language> | undefined>((acc, p) => (acc ? new Set([...acc].filter((l) => p.languages.has(l))) : new Set(p.languages)), undefined);
  const languages = all?.size ? [...all] : [...new Set(talk.flatMap((p) => [...p.languages]))];
  return { kind, languages: languages.sort() };
}

/** Kinds of small talk that may open a question ("Hi! How do I…", "Thanks. And what about…", "ciao" is both hello and bye); not acknowledgements: "fine" and "no" may be the question's words. */
const OPENING_KINDS: ReadonlySet<Group> = new Set(['greeting', 'thanks', 'farewell', 'filler']);

/**
 * The question without the greeting or thanks it opens with ("Bună ziua, cum obțin BSN?" → "cum obtin bsn"),
 * as folded tokens joined by spaces; undefined when it opens with none or is nothing else (then it is small
 * talk, or has no opening). Retrieval can read this instead of the whole message, so an opening the tiles
 * never use does not count against the question. At most SMALL_TALK_MAX_WORDS opening words are looked at.
 */
export function withoutOpening(text: string): string | undefined {
  const tokens = tokenize(foldText(String(text ?? '').slice(0, SMALL_TALK_MAX_CHARS * 10)));
  const squeezed = tokens.slice(0, SMALL_TALK_MAX_WORDS + 1).map(squeeze);
  // Most questions start with a word no phrase starts with: no opening, and no small talk either.
  if (!INDEX.has(squeezed[0]) || detectSmallTalk(text)) return undefined;
  for (let end = Math.min(squeezed.length - 1, SMALL_TALK_MAX_WORDS); end >= 1; end--) {
    const phrases = cover(squeezed.slice(0, end), 0, new Map());
    if (phrases?.some((p) => p.group !== 'filler') && phrases.every((p) => OPENING_KINDS.has(p.group))) return tokens.slice(end).join(' ');
  }
  return undefined;
}

/**
 * The language to greet small talk in on first contact: the detector's when the phrases are of that
 * language too ("ok" is everyone's), else the phrases' own language ("Bună ziua" is Romanian) when enabled.
 */
export function smallTalkLanguage(talk: SmallTalk, detected: Language, enabled: readonly Language[]): Language {
  if (talk.languages.includes(detected)) return detected;
  return talk.languages.find((l) => enabled.includes(l)) ?? detected;
}
