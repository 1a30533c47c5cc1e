/**
 * Typed commands: the few words people type to steer the bot ("menu",
 * "język", "/human") instead of asking a question. Pure, no I/O: the words of
 * each language live in `commands.json` and are compiled once at module load.
 *
 * A message is a command only when the whole message is one: "menu" and
 * "Menu!" are, "what is on the menu at the canteen" is not. Matching is done
 * on folded text (lower case, no diacritics, no punctuation or emoji), so
 * "jezyk", "JĘZYK" and "język?" meet.
 *
 * Commands are understood in every supported language at any point, also
 * before the person has confirmed a language (a Polish "usuń moje dane" in a
 * chat the bot still holds in Dutch): the words of the conversation's
 * language are tried first, then those of every other language.
 */
import { foldText, tokenize } from '../../core/answers/normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import words from './commands.json' with { type: 'json' };

export type Command = 'menu' | 'help' | 'language' | 'person' | 'privacy' | 'mydata' | 'delete';

export const COMMANDS: readonly Command[] = ['menu', 'help', 'language', 'person', 'privacy', 'mydata', 'delete'];

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
  ['mydata', 'mydata'], ['delete', 'delete'],
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

/**
 * Every language's words: match key → the commands it means and the
 * languages that have it (in SUPPORTED_LANGUAGES order). A key two languages
 * give different commands is ambiguous outside those languages and is then
 * no command (the tests keep commands.json free of such keys).
 */
const ALL_LANGUAGES: ReadonlyMap<string, { commands: ReadonlySet<Command>; languages: readonly Language[] }> = (() => {
  const all = new Map<string, { commands: Set<Command>; languages: Language[] }>();
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const command of COMMANDS) {
      for (const entry of COMMAND_WORDS[lang][command]) {
        const key = matchKey(entry);
        const found = all.get(key) ?? { commands: new Set<Command>(), languages: [] };
        found.commands.add(command);
        if (!found.languages.includes(lang)) found.languages.push(lang);
        all.set(key, found);
      }
    }
  }
  return all;
})();

/** A recognised command and, when it was typed in words, a language whose words they are. */
export interface CommandMatch {
  command: Command;
  /** `lang` itself when its own words (or the English fallback) matched; another language's otherwise; undefined for slash commands. */
  language?: Language;
}

/**
 * The command a whole short message is, or undefined. Only short messages
 * (≤ 4 words) that ARE a command count: "menu" and "/menu" yes; "what is on
 * the menu at the canteen" no. The words of `lang` (the conversation's
 * language) are tried first, then every other supported language's.
 */
export function matchCommand(text: string, lang: Language): CommandMatch | undefined {
  if (text.length > MAX_COMMAND_CHARS) return undefined;
  const slash = SLASH_RE.exec(text.trim());
  if (slash) {
    const command = SLASH_COMMANDS.get(slash[1].toLowerCase());
    return command && { command };
  }
  const tokens = tokenize(foldText(text));
  if (tokens.length === 0 || tokens.length > MAX_COMMAND_WORDS) return undefined;
  const key = tokens.join(' ');
  const own = INDEX.get(lang)?.get(key);
  if (own) return { command: own, language: lang };
  const other = ALL_LANGUAGES.get(key);
  if (!other || other.commands.size !== 1) return undefined;
  return { command: [...other.commands][0], language: other.languages[0] };
}

/** The command a whole short message is, or undefined (see {@link matchCommand}). */
export function detectCommand(text: string, lang: Language): Command | undefined {
  return matchCommand(text, lang)?.command;
}

/**
 * The language whose command words a message is, when they are not `lang`'s
 * own: the language to answer a command in while the person has not chosen
 * one ("usuń moje dane" in a chat the bot holds in Dutch: Polish). English
 * words say nothing about the person's language (people know them from other
 * apps, see ENGLISH_FALLBACK), so they keep `lang`. Undefined for slash
 * commands, the conversation's own words, English words and non-commands.
 */
export function commandLanguage(text: string, lang: Language): Language | undefined {
  const match = matchCommand(text, lang);
  return match?.language !== lang && match?.language !== 'en' ? match?.language : undefined;
}

/** The words of a language for the help text, e.g. "menu, language, person, privacy". */
export function commandWords(lang: Language): Record<Command, string> {
  const own = COMMAND_WORDS[lang];
  return {
    menu: own.menu[0], help: own.help[0], language: own.language[0],
    person: own.person[0], privacy: own.privacy[0], mydata: own.mydata[0], delete: own.delete[0],
  };
}
