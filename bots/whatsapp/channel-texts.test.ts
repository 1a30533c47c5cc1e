import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import texts from '../../flows/channel-texts/whatsapp.json' with { type: 'json' };
import { replyLanguage, WHATSAPP_TEXTS } from './channel-texts.ts';

const KEYS = Object.keys(texts.en).sort();

describe('WhatsApp channel texts', () => {
  it('has exactly the 18 supported languages', () => {
    expect(Object.keys(texts).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('%s has every key, none empty, list button within WhatsApp\'s 20 characters', (lang) => {
    const t = WHATSAPP_TEXTS[lang];
    expect(Object.keys(t).sort()).toEqual(KEYS);
    for (const key of KEYS) expect((t as unknown as Record<string, string>)[key].trim(), key).not.toBe('');
    expect([...t.listButton].length).toBeLessThanOrEqual(20);
    if (lang !== 'en') expect(t.replyWithNumber).not.toBe(WHATSAPP_TEXTS.en.replyWithNumber);
  });
});

describe('replyLanguage', () => {
  it.each(SUPPORTED_LANGUAGES)('recognises the %s fixed texts that come with choices', (lang) => {
    const t = FIXED_TEXTS[lang];
    for (const text of [t.welcome.chooseLanguage, t.menu.intro, t.feedback.question, t.answer.clarify, t.commands.deleteConfirm]) {
      // A few texts are the same in two languages (Czech and Slovak "Pomohlo vám to?"): then the hint decides.
      const sameIn = SUPPORTED_LANGUAGES.filter((l) => Object.values(FIXED_TEXTS[l]).some((section) => Object.values(section).includes(text)));
      expect(sameIn, text).toContain(replyLanguage(text));
      expect(replyLanguage(text, lang), text).toBe(lang);
      if (sameIn.length === 1) expect(replyLanguage(text, lang === 'en' ? 'pl' : 'en'), text).toBe(lang);
    }
    expect(replyLanguage(t.welcome.proposeLanguage.replace('{language}', 'X'))).toBe(lang);
    expect(replyLanguage(t.menu.tilesIntro.replace('{theme}', 'BSN'))).toBe(lang);
  });

  it('detects other text, and falls back to the hint or English when there are no words', () => {
    expect(replyLanguage('Gdzie mogę się zarejestrować w gminie i dostać numer BSN?')).toBe('pl');
    expect(replyLanguage('12345', 'ro')).toBe('ro');
    expect(replyLanguage('')).toBe('en');
  });
});
