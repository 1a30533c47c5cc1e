import { createRequire } from 'node:module';
import type { Language } from '../languages/index.ts';
import { foldText, tokenize } from './normalize.ts';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

/**
 * natural's stop word lists where it has one: they are classic function-word
 * lists. stopwords-iso's merged lists are used for the other languages; its
 * English list is not, because it holds content words ("fire", "room",
 * "call", "ill", "help") that questions turn on.
 */
const NATURAL_STOPWORDS: Partial<Record<Language, string>> = {
  en: 'stopwords.js', es: 'stopwords_es.js', it: 'stopwords_it.js', nl: 'stopwords_nl.js',
  pl: 'stopwords_pl.js', pt: 'stopwords_pt.js', uk: 'stopwords_uk.js',
};
/**
 * Function words of chat that the classic lists lack: contractions typed with
 * or without the apostrophe ("dont", "don't" → don + t, "im"), greetings and
 * thanks, "no"/"not". Left at full weight they count as rare words no tile
 * has, and make a chatty question look like one about something else.
 */
const CHAT_FUNCTION_WORDS: Partial<Record<Language, string>> = {
  en: "no not don dont doesn doesnt didn didnt isn isnt aren arent wasn wasnt weren werent won wont wouldn wouldnt couldn couldnt shouldn shouldnt haven havent hasn hasnt hadn hadnt cant im ive youre theyre hes shes thats whats theres us ur pls plz please ok okay hi hello hey thanks thank thx just really anything something every single even still gonna wanna gotta kinda yeah yes yep nope bro lol idk also already maybe anyway",
  nl: "mn zn ff effe ofzo hoi hallo hey bedankt dank alvast graag oke ok aub pls",
  pl: "hej czesc dzien dobry dziekuje dzieki prosze pozdrawiam ok",
  ro: "buna salut mersi multumesc va rog ok",
  bg: "здравейте здрасти привет благодаря мерси моля ок",
  uk: "привіт вітаю дякую будь ласка ок",
  lt: "labas sveiki aciu prasau ok",
  hu: "szia sziasztok hello koszi koszonom kerem ok",
  tr: "merhaba selam tesekkurler tesekkur lutfen abi ok",
};

const cache = new Map<Language, ReadonlySet<string>>();

/** The function words of `lang`, folded (`foldText`) and tokenized like message text. */
export function stopwords(lang: Language): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const file = NATURAL_STOPWORDS[lang];
    const words = file ? (require(`natural/lib/natural/util/${file}`) as { words: string[] }).words : (stopwordsIso[lang] ?? []);
    const chat = (CHAT_FUNCTION_WORDS[lang] ?? '').split(' ').filter(Boolean);
    set = new Set([...words, ...chat].flatMap((w) => tokenize(foldText(w))));
    cache.set(lang, set);
  }
  return set;
}
