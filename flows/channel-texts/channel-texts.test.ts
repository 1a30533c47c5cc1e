import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import telegramJson from './telegram.json' with { type: 'json' };
import { TELEGRAM_TEXTS, channelTextProblems, channelTexts, textAt, textKeys } from './index.ts';

const english = textKeys(TELEGRAM_TEXTS.en).sort();
const others = SUPPORTED_LANGUAGES.filter((lang) => lang !== 'en');

describe('channel texts loader', () => {
  it('accepts the Telegram file: all 18 languages, every key English has', () => {
    expect(channelTextProblems('telegram', telegramJson)).toEqual([]);
    expect(Object.keys(TELEGRAM_TEXTS).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const lang of SUPPORTED_LANGUAGES) expect(textKeys(TELEGRAM_TEXTS[lang]).sort(), lang).toEqual(english);
  });

  it('names every problem: missing language, missing and extra keys, empty values, markup, placeholders', () => {
    const broken: Record<string, unknown> = structuredClone(telegramJson);
    delete broken.lv;
    (broken.pl as { buttons: Record<string, unknown> }).buttons = { expired: 'x', unknown: '', failed: 'y', extra: 'z' };
    (broken.ro as { description: string }).description = 'Apăsați <b>Start</b>';
    (broken.en as { description: string }).description = 'Hello {name}';
    broken.xx = {};
    const problems = channelTextProblems('telegram', broken);
    expect(problems).toEqual(expect.arrayContaining([
      'telegram lv: language missing',
      'telegram pl: buttons.unknown: must be a non-empty string',
      'telegram pl: buttons.extra: not in English',
      'telegram ro: description: contains markup',
      'telegram bg: description: placeholders differ from English',
      'telegram xx: not a supported language',
    ]));
    expect(() => channelTexts('telegram', broken as typeof telegramJson)).toThrow(/telegram lv: language missing/);
  });

  it('reports a file without English', () => {
    expect(channelTextProblems('whatsapp', { pl: {} })).toEqual(['whatsapp: the English texts are missing']);
  });
});

describe('Telegram texts', () => {
  it.each(others)('%s is translated (no text left in English)', (lang) => {
    const untranslated = english.filter((key) => textAt(TELEGRAM_TEXTS[lang], key) === textAt(TELEGRAM_TEXTS.en, key));
    expect(untranslated).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s fits Telegram\'s limits', (lang) => {
    const texts = TELEGRAM_TEXTS[lang];
    // setMyCommands: description 1-256 characters; setMyDescription: 0-512; answerCallbackQuery: 0-200.
    for (const description of Object.values(texts.commands)) expect(description.length).toBeLessThanOrEqual(256);
    expect(texts.description.length).toBeLessThanOrEqual(512);
    for (const answer of Object.values(texts.buttons)) expect(answer.length).toBeLessThanOrEqual(200);
  });

  it('command descriptions are unique within each language', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const descriptions = Object.values(TELEGRAM_TEXTS[lang].commands);
      expect(new Set(descriptions).size, lang).toBe(descriptions.length);
    }
  });
});
