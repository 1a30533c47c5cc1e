/**
 * Typed commands: the few words people type to steer the bot ("menu",
 * "język", "/human") instead of asking a question. Pure, no I/O: the words of
 * each language live in `commands.json` and are compiled once at module load.
 *
 * A message is a command only when the whole message is one: "menu" and
 * "Menu!" are, "what is on the menu at the canteen" is not. Matching is done
 * on folded text (lower case, no diacritics, no punctuation or emoji), so
 * "jezyk", "JĘZYK" and "język?" meet.
 */
import { foldText, tokenize } from '../../core/answers/normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import words from './commands.json' with { type: 'json' };

export type Command = 'menu' | 'help' | 'language' | 'person' | 'privacy' | 'delete';

export const COMMANDS: readonly Command[] = ['menu', 'help', 'language', 'person', 'privacy', 'delete'];

/**
 * The words of each language per command, first entry first: it is the word
 * the bot shows (help text, "type … to delete your data"). Typed against the
 * JSON so a missing language or command fails the type check.
 */
export const COMMAND_WORDS: Readonly<Record<Language, Readonly<Record<Command, readonly string[]>>>> = words;

/** The longest message, in words, that can be a command. */
export const MAX_COMMAND_WORDS = 4;

/** Longer messages are never commands; skips folding a pasted essay. */
const MAX_COMMAND_CHARS = 200;

/**
 * English words understood in every language, next to the language's own
 * (many migrants know them from other apps).
 */
export const ENGLISH_FALLBACK: Readonly<Record<string, Command>> = {
  menu: 'menu', help: 'help', language: 'language', human: 'person', privacy: 'privacy',
};

/** Slash commands (Telegram, web chat), the same in every language. */
export const SLASH_COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['start', 'menu'], ['menu', 'menu'], ['language', 'language'], ['human', 'person'], ['privacy', 'privacy'], ['help', 'help'],
]);

/**
 * `/name`, optionally addressed to a bot (`/menu@SomeBot`) and followed by
 * arguments, as Telegram sends them (`/start <entry code>` from a deep link):
 * the arguments are for the channel adapter, the command is still the command.
 */
const SLASH_RE = /^\/([a-z]+)(?:@\w+)?(?:\s|$)/i;

/** The form a message and an entry are compared in: folded tokens joined by one space. */
function matchKey(text: string): string {
  return tokenize(foldText(text)).join(' ');
}

/** Per language: match key → command, the English fallback words included. */
const INDEX: ReadonlyMap<Language, ReadonlyMap<string, Command>> = new Map(
  SUPPORTED_LANGUAGES.map((lang) => {
    const index = new Map<string, Command>(Object.entries(ENGLISH_FALLBACK));
    // The language's own words win over the English fallback (the tests keep them from disagreeing).
    for (const command of COMMANDS) {
      for (const entry of COMMAND_WORDS[lang][command]) index.set(matchKey(entry), command);
    }
    return [lang, index];
  }),
);

/** The command a whole short message is, or undefined. Only short messages (≤ 4 words) that ARE a command count: "menu" and "/menu" yes; "what is on the menu at the canteen" no. */
export function detectCommand(text: string, lang: Language): Command | undefined {
  if (text.length > MAX_COMMAND_CHARS) return undefined;
  const slash = SLASH_RE.exec(text.trim());
  if (slash) return SLASH_COMMANDS.get(slash[1].toLowerCase());
  const tokens = tokenize(foldText(text));
  if (tokens.length === 0 || tokens.length > MAX_COMMAND_WORDS) return undefined;
  return INDEX.get(lang)?.get(tokens.join(' '));
}

/** The words of a language for the help text, e.g. "menu, language, person, privacy". */
export function commandWords(lang: Language): Record<Command, string> {
  const own = COMMAND_WORDS[lang];
  return {
    menu: own.menu[0], help: own.help[0], language: own.language[0],
    person: own.person[0], privacy: own.privacy[0], delete: own.delete[0],
  };
}
