import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import { DEFAULT_THEMES } from '../../core/content/index.ts';
import { FIXED_TEXTS } from './index.ts';

/** Flattens nested text objects to dotted keys. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function valueAt(texts: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], texts);
}

/** The `{name}` placeholders of a text, sorted and without repeats. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * Texts that are rightly the same as English in a language, with the reason.
 * Everything else must be translated (compared as whole strings, so "BSN"
 * inside a theme name is fine).
 */
const SAME_AS_ENGLISH: Partial<Record<Language, Record<string, string>>> = {
  es: { 'feedback.no': 'Spanish for "No" is "No"' },
  it: { 'feedback.no': 'Italian for "No" is "No"' },
};

const reference = keys(FIXED_TEXTS.en).sort();
const others = SUPPORTED_LANGUAGES.filter((l) => l !== 'en');

describe('fixed texts', () => {
  it.each(SUPPORTED_LANGUAGES)('%s has every key English has, none empty, no markup', (lang) => {
    const texts = FIXED_TEXTS[lang];
    expect(keys(texts).sort()).toEqual(reference);
    for (const key of reference) {
      const value = valueAt(texts, key);
      expect(typeof value, key).toBe('string');
      expect((value as string).trim().length, key).toBeGreaterThan(0);
      expect(value, key).not.toMatch(/<[a-z/!]/i);
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s has the placeholders English has, and no stray braces', (lang) => {
    for (const key of reference) {
      const value = valueAt(FIXED_TEXTS[lang], key) as string;
      expect(placeholders(value), `${lang} ${key}`).toEqual(placeholders(valueAt(FIXED_TEXTS.en, key) as string));
      expect(value.replace(/\{\w+\}/g, ''), `${lang} ${key}`).not.toMatch(/[{}]/);
    }
  });

  it.each(others)('%s is actually translated', (lang) => {
    const allowed = SAME_AS_ENGLISH[lang] ?? {};
    const untranslated = reference.filter((key) => !(key in allowed) && valueAt(FIXED_TEXTS[lang], key) === valueAt(FIXED_TEXTS.en, key));
    expect(untranslated).toEqual([]);
  });

  it('languageName is unique per language', () => {
    const names = SUPPORTED_LANGUAGES.map((lang) => FIXED_TEXTS[lang].languageName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names exactly the default themes', () => {
    expect(Object.keys(FIXED_TEXTS.en.themes).sort()).toEqual(DEFAULT_THEMES.map((t) => t.key).sort());
  });
});
