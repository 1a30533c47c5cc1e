import { describe, expect, it } from 'vitest';
import { LanguageDetector } from './language-detect.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const detector = new LanguageDetector();
for (const tile of SAMPLE_LIBRARY) {
  for (const [lang, c] of Object.entries(tile.content)) detector.addWords(lang as never, [c!.title, c!.body, ...c!.examples]);
}

describe('language detection', () => {
  it.each([
    ['en', 'Where can I find a doctor for my children?'],
    ['nl', 'Waar kan ik een huisarts vinden voor mijn kinderen?'],
    ['pl', 'Gdzie mogę znaleźć lekarza dla moich dzieci?'],
    ['pl', 'gdzie moge znalezc lekarza dla dzieci'],
    ['ro', 'unde pot gasi un medic pentru copiii mei?'],
    ['bg', 'Къде мога да намеря лекар за децата си?'],
    ['uk', 'Де я можу знайти лікаря для своїх дітей?'],
    ['bg', 'kade moga da namerya lekar za decata si?'],
    ['uk', 'de ya mozhu znayty likarya dlya svoyikh ditey?'],
    ['lt', 'Kur galiu rasti gydytoją savo vaikams?'],
    ['hu', 'Hol találok orvost a gyerekeimnek?'],
    ['tr', 'Çocuklarım için nerede doktor bulabilirim?'],
    ['cs', 'Kde najdu lékaře pro své děti?'],
    ['el', 'Πού μπορώ να βρω γιατρό για τα παιδιά μου;'],
  ])('%s: %s', (lang, text) => {
    const result = detector.detect(text);
    expect(result.lang).toBe(lang);
  });

  it('flags Latin-typed Bulgarian as romanized', () => {
    expect(detector.detect('kolko e minimalnata zaplata na chas?').romanized).toBe(true);
    expect(detector.detect('Колко е минималната заплата на час?').romanized).toBe(false);
  });

  it('falls back to the previous language, then the locale, for text without words', () => {
    expect(detector.detect('👍', { previous: 'pl', locale: 'ro' }).lang).toBe('pl');
    expect(detector.detect('???', { locale: 'ro' }).lang).toBe('ro');
    expect(detector.detect('', {}).lang).toBe('en');
  });

  it('lets the previous language decide a one-word message that could be several', () => {
    expect(detector.detect('ok', { previous: 'nl' }).lang).toBe('nl');
  });

  it('never answers outside the enabled languages', () => {
    const result = detector.detect('Kde najdu lékaře pro své děti?', { enabled: ['en', 'pl', 'sk'] });
    expect(['pl', 'sk']).toContain(result.lang);
  });
});
