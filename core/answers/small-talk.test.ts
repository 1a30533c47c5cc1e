import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import { detectSmallTalk, smallTalkLanguage, withoutOpening } from './small-talk.ts';
import data from './small-talk.json' with { type: 'json' };

/** One greeting and one thanks as people type them, per language. */
const TYPED: Record<Language, [string, string]> = {
  bg: ['Здравейте!', 'Благодаря много'],
  cs: ['Dobrý den', 'Děkuji moc!'],
  el: ['Καλημέρα', 'Ευχαριστώ πολύ'],
  en: ['Good morning!', 'Thank you very much for the help'],
  es: ['Hola, buenas tardes', 'Muchas gracias'],
  et: ['Tere!', 'Aitäh'],
  hu: ['Jó napot kívánok', 'Köszönöm szépen'],
  it: ['Buongiorno', 'Grazie mille'],
  lt: ['Laba diena', 'Labai ačiū'],
  lv: ['Labdien', 'Liels paldies'],
  nl: ['Goedemorgen', 'Dank je wel!'],
  pl: ['Dzień dobry', 'dzięki!'],
  pt: ['Olá, bom dia', 'Muito obrigado'],
  ro: ['Bună ziua', 'Mulțumesc frumos'],
  sk: ['Dobrý deň', 'Ďakujem pekne'],
  sl: ['Dober dan', 'Hvala lepa'],
  tr: ['Merhaba', 'Teşekkür ederim'],
  uk: ['Добрий день', 'Дякую!'],
};

/** Chat-style small talk per language: shorthand, no diacritics, doubled letters, Latin-typed Cyrillic and Greek. */
const CHAT: Record<Language, string[]> = {
  bg: ['zdr', 'blagodarq', 'mersi mnogo', 'ок благодаря', 'чао'],
  cs: ['dekuji mockrat', 'diky moc', 'nashle', 'cau'],
  el: ['efxaristo poli', 'kalhmera', 'geia sas', 'ta leme'],
  en: ['hiii', 'thx a lot', 'ok cool thanks', 'np', 'cheers mate', 'ttyl', 'okk'],
  es: ['holaa', 'grax', 'vale gracias', 'mil gracias por la ayuda'],
  et: ['aitah', 'suur aitah', 'tere paevast', 'tsau'],
  hu: ['szius', 'koszi', 'koszonom szepen', 'oke koszi'],
  it: ['grz', 'grazie mille!!', 'ok grazie', 'ciao ciao'],
  lt: ['aciu labai', 'gerai aciu', 'laba diena', 'iki'],
  lv: ['paldies', 'labi paldies', 'cau', 'paldies par palidzibu'],
  nl: ['hoii', 'dankje', 'goeiemorgen', 'ff bedankt', 'top dank je wel'],
  pl: ['czesc', 'siemano', 'dzieki wielkie', 'spoko dzieki', 'pozdro'],
  pt: ['oi', 'obgd', 'valeu', 'ok obrigado', 'tchau'],
  ro: ['buna', 'ms', 'multumesc frumos', 'ok mersi', 'sal'],
  sk: ['dakujem pekne', 'vdaka', 'dovi', 'ok dik'],
  sl: ['zivjo', 'hvala lepa', 'lp', 'ok hvala'],
  tr: ['slm', 'tesekkurler', 'eyw', 'tamam tesekkurler', 'tşk ederim'],
  uk: ['pryvit', 'дякс', 'спс', 'dyakuyu duzhe', 'dobryi vechir'],
};

describe('small talk', () => {
  it.each(Object.entries(CHAT).flatMap(([lang, texts]) => texts.map((text) => [lang, text])))('%s: chat-style %s is small talk', (_lang, text) => {
    expect(detectSmallTalk(text)).toBeDefined();
  });

  it.each([
    'hi, how do i get a bsn?', 'hoii, waar vraag ik huurtoeslag aan', 'czesc, gdzie jest urzad?', 'merhaba kira yardimi nasil alinir',
    'ok and how about the health insurance?', 'привіт, як отримати BSN', 'hola, necesito ayuda con el alquiler', 'szia, hogyan kapok bsn-t?',
  ])('a greeting or "ok" with a question is not small talk: %s', (text) => {
    expect(detectSmallTalk(text)).toBeUndefined();
  });

  it('has greetings, thanks, acknowledgements and farewells in all 18 languages', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const lists = (data as unknown as Record<string, Record<string, string[]>>)[lang];
      for (const group of ['greeting', 'thanks', 'acknowledgement', 'farewell']) expect(lists?.[group]?.length, `${lang} ${group}`).toBeGreaterThan(0);
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s: a greeting and thanks as typed, in their language', (lang) => {
    const [greeting, thanks] = TYPED[lang];
    expect(detectSmallTalk(greeting), greeting).toMatchObject({ kind: 'greeting' });
    expect(detectSmallTalk(greeting)?.languages, greeting).toContain(lang);
    expect(detectSmallTalk(thanks), thanks).toMatchObject({ kind: 'thanks' });
    expect(detectSmallTalk(thanks)?.languages, thanks).toContain(lang);
  });

  it('folds case, diacritics, punctuation, emoji and stretched letters', () => {
    expect(detectSmallTalk('BUNA ZIUA!!!')).toEqual({ kind: 'greeting', languages: ['ro'] });
    expect(detectSmallTalk('dzieki')).toMatchObject({ kind: 'thanks', languages: ['pl'] });
    expect(detectSmallTalk('hello 👋')).toMatchObject({ kind: 'greeting' });
    expect(detectSmallTalk('hiiiii')).toMatchObject({ kind: 'greeting' });
    expect(detectSmallTalk('okkk 👍')).toMatchObject({ kind: 'acknowledgement' });
  });

  it('takes Bulgarian and Ukrainian typed in Latin letters', () => {
    expect(detectSmallTalk('blagodarya')).toMatchObject({ kind: 'thanks', languages: ['bg'] });
    expect(detectSmallTalk('dyakuyu')).toMatchObject({ kind: 'thanks', languages: ['uk'] });
  });

  it('names the main kind of a mixed message: thanks before farewell before greeting before "ok"', () => {
    expect(detectSmallTalk('ok thanks')?.kind).toBe('thanks');
    expect(detectSmallTalk('ok mersi')?.kind).toBe('thanks');
    expect(detectSmallTalk('ok bye')?.kind).toBe('farewell');
    expect(detectSmallTalk('hi, ok')?.kind).toBe('greeting');
    expect(detectSmallTalk('ok')).toMatchObject({ kind: 'acknowledgement' });
    expect(detectSmallTalk('ok')?.languages).toHaveLength(18);
  });

  it('is not small talk when anything else is in the message', () => {
    for (const text of [
      'Bună ziua, cum obțin BSN?', 'hello, how do I register?', 'Dzień dobry, gdzie się zameldować?', 'thanks, but where is the town hall?',
      'help', 'hello help', 'thank you for the help with my contract', 'for the help', 'very much', 'menu', 'What is the minimum wage per hour?',
      'hello Testdorp', '', '👋', '123',
    ]) expect(detectSmallTalk(text), text).toBeUndefined();
  });

  it('never takes a long message', () => {
    expect(detectSmallTalk(Array.from({ length: 13 }, () => 'hello').join(' '))).toBeUndefined();
    expect(detectSmallTalk(Array.from({ length: 12 }, () => 'hello').join(' '))).toMatchObject({ kind: 'greeting' });
  });

  it('smallTalkLanguage prefers the detector when the phrase is of its language too, else the phrase\'s enabled language', () => {
    const ok = detectSmallTalk('ok')!;
    expect(smallTalkLanguage(ok, 'pl', ['en', 'pl'])).toBe('pl');
    const buna = detectSmallTalk('Bună ziua')!;
    expect(smallTalkLanguage(buna, 'en', ['en', 'ro'])).toBe('ro');
    expect(smallTalkLanguage(buna, 'en', ['en', 'pl'])).toBe('en');
  });
});

describe('withoutOpening', () => {
  it.each([
    ['Bună ziua, cum obțin BSN?', 'cum obtin bsn'],
    ['hi there! how do i get a bsn', 'how do i get a bsn'],
    ['dzien dobry, gdzie jest urzad?', 'gdzie jest urzad'],
    ['thanks! and what about rent allowance?', 'what about rent allowance'],
    ['привіт, як отримати BSN', 'як отримати bsn'],
  ])('drops the opening of %s', (text, rest) => {
    expect(withoutOpening(text)).toBe(rest);
  });

  it.each(['how do i get a bsn', 'fine for not checking out?', 'ok and the insurance?', 'hello', 'thanks a lot'])('leaves %s alone', (text) => {
    expect(withoutOpening(text)).toBeUndefined();
  });
});
