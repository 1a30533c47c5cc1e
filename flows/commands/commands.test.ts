import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../core/answers/normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import { FIXED_TEXTS } from '../texts/index.ts';
import {
  COMMAND_WORDS, COMMANDS, ENGLISH_FALLBACK, MAX_COMMAND_WORDS, SLASH_COMMANDS,
  commandLanguage, commandWords, detectCommand, matchCommand, type Command,
} from './index.ts';

const key = (text: string) => tokenize(foldText(text)).join(' ');
const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Every (language, command, entry) of commands.json. */
const entries = SUPPORTED_LANGUAGES.flatMap((lang) =>
  COMMANDS.flatMap((command) => COMMAND_WORDS[lang][command].map((entry) => [lang, command, entry] as const)));

/**
 * Per language, a real question that contains one of the language's command
 * words and so must not be taken for the command.
 */
const QUESTIONS: Record<Language, string> = {
  bg: 'Колко плаща всеки човек за стая в квартирата?',
  cs: 'Kolik platí jeden člověk za pokoj v ubytovně?',
  el: 'Πόσο πληρώνει κάθε άνθρωπος για ένα δωμάτιο;',
  en: 'what is on the menu at the canteen',
  es: '¿Cuánto paga cada persona por una habitación?',
  et: 'Mitu tundi nädalas tohib üks inimene töötada?',
  hu: 'Mennyit fizet egy ember a szobáért a szálláson?',
  it: 'Quanto paga ogni persona per una stanza?',
  lt: 'Kiek valandų per savaitę gali dirbti vienas žmogus?',
  lv: 'Cik stundu nedēļā drīkst strādāt viens cilvēks?',
  nl: 'Mag mijn werkgever mijn loon inhouden als medewerker?',
  pl: 'Ile płaci jeden człowiek za pokój na kwaterze?',
  pt: 'Quanto paga cada pessoa por um quarto?',
  ro: 'Cât plătește o persoană pentru o cameră la cazare?',
  sk: 'Koľko platí jeden človek za izbu na ubytovni?',
  sl: 'Koliko plača vsaka oseba za sobo v stanovanju?',
  tr: 'Bir kişi odası için ne kadar kira öder?',
  uk: 'Скільки платить одна людина за кімнату в гуртожитку?',
};

describe('commands.json', () => {
  it.each(SUPPORTED_LANGUAGES)('%s: 3–8 lower-case entries of at most 4 words per command', (lang) => {
    expect(Object.keys(COMMAND_WORDS[lang]).sort()).toEqual([...COMMANDS].sort());
    for (const command of COMMANDS) {
      const list = COMMAND_WORDS[lang][command];
      expect(list.length, `${lang} ${command}`).toBeGreaterThanOrEqual(3);
      expect(list.length, `${lang} ${command}`).toBeLessThanOrEqual(8);
      for (const entry of list) {
        expect(entry, `${lang} ${command}`).toBe(entry.toLowerCase().trim());
        const words = tokenize(foldText(entry)).length;
        expect(words, `${lang} ${command}: ${entry}`).toBeGreaterThan(0);
        expect(words, `${lang} ${command}: ${entry}`).toBeLessThanOrEqual(MAX_COMMAND_WORDS);
      }
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: no two entries meet after folding (no word in two commands)', (lang) => {
    const seen = new Map<string, string>();
    for (const command of COMMANDS) {
      for (const entry of COMMAND_WORDS[lang][command]) {
        const k = key(entry);
        expect(seen.get(k), `${lang} "${entry}" (${command})`).toBeUndefined();
        seen.set(k, `${command}: ${entry}`);
      }
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: no own word contradicts an English fallback word', (lang) => {
    for (const command of COMMANDS) {
      for (const entry of COMMAND_WORDS[lang][command]) {
        const fallback = ENGLISH_FALLBACK[key(entry)];
        if (fallback) expect(fallback, `${lang} "${entry}"`).toBe(command);
      }
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: the person word is the one the "unanswered" text asks to type', (lang) => {
    expect(key(FIXED_TEXTS[lang].answer.unanswered)).toContain(key(COMMAND_WORDS[lang].person[0]));
  });
});

describe('detectCommand', () => {
  it.each(entries)('%s %s: "%s"', (lang, command, entry) => {
    expect(detectCommand(entry, lang)).toBe(command);
  });

  it.each(entries)('%s %s without diacritics: "%s"', (lang, command, entry) => {
    expect(detectCommand(stripMarks(entry), lang)).toBe(command);
  });

  it.each(SUPPORTED_LANGUAGES)('%s: first entries in capitals, with punctuation and emoji', (lang) => {
    for (const command of COMMANDS) {
      const first = COMMAND_WORDS[lang][command][0];
      expect(detectCommand(`  ${first.toUpperCase()}!!`, lang), first).toBe(command);
      expect(detectCommand(`${first}? 🙂`, lang), first).toBe(command);
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: slash commands', (lang) => {
    for (const [name, command] of SLASH_COMMANDS) {
      expect(detectCommand(`/${name}`, lang)).toBe(command);
    }
    expect(detectCommand('/MENU', lang)).toBe('menu');
    expect(detectCommand('/menu@MigrantInfoBot', lang)).toBe('menu');
    expect(detectCommand('/start demostad', lang)).toBe('menu');
    expect(detectCommand('/unknown', lang)).toBeUndefined();
    expect(detectCommand('/constructor', lang)).toBeUndefined();
  });

  it.each(SUPPORTED_LANGUAGES)('%s: English fallback words', (lang) => {
    for (const [word, command] of Object.entries(ENGLISH_FALLBACK)) {
      expect(detectCommand(word, lang), word).toBe(command);
      expect(detectCommand(`${word[0].toUpperCase()}${word.slice(1)}.`, lang), word).toBe(command);
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: a question containing a command word is not a command', (lang) => {
    expect(detectCommand(QUESTIONS[lang], lang)).toBeUndefined();
  });

  it.each(SUPPORTED_LANGUAGES)('%s: no entry is a command inside a longer message', (lang) => {
    const filler = Array.from({ length: MAX_COMMAND_WORDS }, () => 'ok').join(' ');
    for (const command of COMMANDS) {
      for (const entry of COMMAND_WORDS[lang][command]) {
        expect(detectCommand(`${entry} ${filler}`, lang), entry).toBeUndefined();
        expect(detectCommand(`${filler} ${entry}`, lang), entry).toBeUndefined();
      }
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: empty and wordless messages are not commands', (lang) => {
    for (const text of ['', '   ', '?!', '👍', '🙂🙂', '/']) expect(detectCommand(text, lang), JSON.stringify(text)).toBeUndefined();
  });

  it.each(['human rights', 'menu of the canteen', 'help me with my rent', 'which language is spoken here', 'privacy of my payslip'])(
    'short English that is not a command: %s', (text) => {
      expect(detectCommand(text, 'en')).toBeUndefined();
    },
  );

  it('Turkish capitals with and without dots', () => {
    expect(detectCommand('KİŞİ', 'tr')).toBe('person');
    expect(detectCommand('YARDIM', 'tr')).toBe('help');
    expect(detectCommand('DİL', 'tr')).toBe('language');
  });

  it('every language\'s words are understood whatever the conversation\'s language (also before one is chosen)', () => {
    const missed: string[] = [];
    for (const current of SUPPORTED_LANGUAGES) {
      for (const [lang, command, entry] of entries) {
        if (detectCommand(entry, current) !== command) missed.push(`${current}: ${lang} "${entry}"`);
        if (detectCommand(stripMarks(entry), current) !== command) missed.push(`${current}: ${lang} "${stripMarks(entry)}" (no diacritics)`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('no word means two different commands in two languages (so no other language can take a word from the own one)', () => {
    const meaning = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [lang, command, entry] of entries) {
      const k = key(entry);
      const seen = meaning.get(k);
      if (seen && !seen.startsWith(`${command}:`)) conflicts.push(`${lang} "${entry}" (${command}) vs ${seen}`);
      meaning.set(k, `${command}: ${lang}`);
    }
    expect(conflicts).toEqual([]);
  });

  it('"delete my data" and a bare delete word before a language is chosen, in every language', () => {
    expect(detectCommand('usuń moje dane', 'nl')).toBe('delete');
    expect(detectCommand('usun', 'en')).toBe('delete');
    expect(detectCommand('usuń', 'ro')).toBe('delete');
    expect(detectCommand('Delete', 'bg')).toBe('delete');
    expect(detectCommand('moje dane', 'nl')).toBe('mydata');
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const other of SUPPORTED_LANGUAGES) expect(detectCommand(COMMAND_WORDS[lang].delete[0], other), `${lang} in ${other}`).toBe('delete');
    }
  });

  it('the conversation\'s own words come first; another language\'s words say which language they are', () => {
    expect(matchCommand('język', 'pl')).toEqual({ command: 'language', language: 'pl' });
    expect(matchCommand('język', 'ro')).toEqual({ command: 'language', language: 'pl' });
    expect(commandLanguage('usuń moje dane', 'nl')).toBe('pl');
    expect(commandLanguage('видали мої дані', 'bg')).toBe('uk');
    expect(commandLanguage('menu', 'pl')).toBeUndefined(); // Polish's own word
    expect(commandLanguage('delete my data', 'pl')).toBeUndefined(); // English words keep the chat's language
    expect(detectCommand('delete my data', 'pl')).toBe('delete');
    expect(commandLanguage('/menu', 'pl')).toBeUndefined();
    expect(commandLanguage('what is on the menu at the canteen', 'pl')).toBeUndefined();
    expect(matchCommand('/mydata', 'pl')).toEqual({ command: 'mydata' });
    expect(matchCommand('/delete', 'pl')).toEqual({ command: 'delete' });
  });

  it.each(SUPPORTED_LANGUAGES)('%s: a question containing a command word is not a command in any language', (lang) => {
    for (const current of SUPPORTED_LANGUAGES) expect(detectCommand(QUESTIONS[lang], current), current).toBeUndefined();
  });

  it('a very long message is never a command', () => {
    expect(detectCommand(`menu${' '.repeat(500)}`, 'en')).toBeUndefined();
  });
});

describe('commandWords', () => {
  it.each(SUPPORTED_LANGUAGES)('%s: the first word of every command, which detectCommand understands', (lang) => {
    const shown = commandWords(lang);
    expect(Object.keys(shown).sort()).toEqual([...COMMANDS].sort());
    for (const command of COMMANDS) {
      expect(shown[command]).toBe(COMMAND_WORDS[lang][command][0]);
      expect(detectCommand(shown[command], lang)).toBe(command satisfies Command);
    }
  });
});
