import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../languages/index.ts';
import type { VisibleTile } from '../../content/types.ts';
import { analyze, termName } from '../analyzer.ts';
import { AnswerEngine } from '../answer-engine.ts';
import { decide } from '../confidence.ts';
import { SearchIndex } from '../search-index.ts';
import { SAMPLE_LIBRARY } from '../testing/sample-library.ts';
import { bridgeTargets, bridgedReading, searchAcrossLanguages } from './cross-lingual.ts';

/**
 * The sample library (written for the unit tests, not learned from: the
 * bridge comes from the starter library) has Polish for every tile, Bulgarian
 * for three of five, Romanian and Hungarian for none.
 */
const LANGUAGES: Language[] = ['en', 'pl', 'bg', 'uk', 'ro', 'hu'];
const ENGLISH_ONLY: VisibleTile[] = SAMPLE_LIBRARY.map((t) => ({ ...t, content: { en: t.content.en } }));

/** The engine's answer without the bridge: the plain search and decision on the same tiles. */
function plainDecision(tiles: readonly VisibleTile[], text: string, lang: Language) {
  return decide(new SearchIndex(tiles, LANGUAGES).search(analyze(text, lang).terms, lang));
}

const found = (engine: AnswerEngine, text: string) => {
  const answer = engine.ask(text);
  return { lang: answer.lang, key: answer.outcome === 'answered' || answer.outcome === 'clarify' ? answer.tile?.key : undefined };
};

describe('cross-lingual retrieval through the word bridge', () => {
  it('finds an English-only tile for a Polish, Romanian or Hungarian question that shares no word with it', () => {
    const englishOnly = new AnswerEngine(ENGLISH_ONLY, { languages: LANGUAGES });
    const sample = new AnswerEngine(SAMPLE_LIBRARY, { languages: LANGUAGES });
    expect(found(englishOnly, 'Czy muszę mieć holenderskie ubezpieczenie zdrowotne?')).toEqual({ lang: 'pl', key: 'health-insurance' });
    expect(found(sample, 'Unde arunc gunoiul și în ce zi vine mașina de gunoi?')).toEqual({ lang: 'ro', key: 'waste' });
    expect(found(sample, 'Trebuie să am asigurare de sănătate olandeză?')).toEqual({ lang: 'ro', key: 'health-insurance' });
    expect(found(sample, 'Mikor viszik el a szemetet?')).toEqual({ lang: 'hu', key: 'waste' });
    expect(found(sample, 'A főnököm elvette az útlevelemet, hol jelenthetem?')).toEqual({ lang: 'hu', key: 'report-exploitation' });
  });

  it('adds the English words of the question\'s words, below the weight of its own words', () => {
    const text = 'Potrzebuję ubezpieczenia zdrowotnego';
    const query = { text, lang: 'pl' as const, romanized: false, terms: analyze(text, 'pl').terms };
    const reading = bridgedReading(query, ['en'])!;
    const added = [...reading.terms].filter(([term]) => !query.terms.has(term));
    expect(added.map(([term]) => termName(term))).toEqual(expect.arrayContaining(['w:insur', 'w:health']));
    for (const [, weight] of added) expect(weight).toBeLessThan(1);
    // The information content counts the translations instead of the Polish forms no English tile has.
    expect([...reading.info.keys()].map(termName)).not.toContain('w:ubezpiecz');
  });

  it('reads romanized Bulgarian through its Cyrillic forms', () => {
    const text = 'koga sabirat bokluka i kade da izhvarlya plastmasata?';
    const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: LANGUAGES });
    expect(engine.ask(text)).toMatchObject({ lang: 'bg', outcome: 'answered', tile: { key: 'waste' } });
    const query = { text, lang: 'bg' as const, romanized: true, terms: analyze(text, 'bg').terms };
    expect([...bridgedReading(query, ['en'])!.terms.keys()].map(termName)).toContain('w:rubbish');
  });

  it('leaves a fully translated library as it is: one search, the plain decision', () => {
    expect(bridgeTargets(SAMPLE_LIBRARY, 'pl')).toEqual([]);
    const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: LANGUAGES });
    const index = new SearchIndex(SAMPLE_LIBRARY, LANGUAGES);
    for (const text of ['Ile wynosi płaca minimalna za godzinę?', 'Gdzie wyrzucić plastik?', 'Szef zabrał mi paszport', 'Potrzebuję ubezpieczenia']) {
      const search = vi.fn((terms: Map<number, number>, normTerms?: Map<number, number>) => index.search(terms, 'pl', { normTerms }));
      const terms = analyze(text, 'pl').terms;
      const bridged = searchAcrossLanguages(SAMPLE_LIBRARY, { text, lang: 'pl', romanized: false, terms }, search);
      expect(search).toHaveBeenCalledTimes(1);
      const plain = plainDecision(SAMPLE_LIBRARY, text, 'pl');
      expect(bridged.decision).toEqual(plain);
      const answer = engine.ask(text);
      expect(answer.lang).toBe('pl');
      expect({ outcome: answer.outcome, tile: answer.tile?.key, confidence: answer.confidence })
        .toEqual({ outcome: plain.outcome, tile: plain.tile === undefined ? undefined : SAMPLE_LIBRARY[plain.tile].key, confidence: plain.confidence });
    }
  });

  it('in a partly translated language, keeps the plain answer for translated tiles and finds the untranslated ones', () => {
    // Bulgarian: the BSN, wage and insurance tiles are translated, waste and exploitation are not.
    expect(bridgeTargets(SAMPLE_LIBRARY, 'bg')).toEqual(['en']);
    const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: LANGUAGES });
    const wage = 'Колко е минималната заплата на час?';
    const plain = plainDecision(SAMPLE_LIBRARY, wage, 'bg');
    const answer = engine.ask(wage);
    expect(answer.tile?.key).toBe('minimum-wage');
    expect(answer.confidence).toBe(plain.confidence);
    expect(found(engine, 'Кога събират боклука и къде да изхвърля пластмаса?')).toEqual({ lang: 'bg', key: 'waste' });
  });
});
