import { describe, expect, it } from 'vitest';
import { analyze } from './analyzer.ts';
import { languageDocs } from './language-index.ts';
import { OwnLanguageIndex } from './own-index.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

/** Every posting of every term of `questions`, summed as a search would, for one index. */
function scores(index: OwnLanguageIndex, questions: string[]): number[][] {
  const factors = index.factors({ title: 4, examples: 12, body: 40 });
  const target = Int32Array.from({ length: index.size }, (_, d) => d);
  return questions.map((q) => {
    const into = new Float64Array(index.size);
    for (const term of analyze(q, 'en').terms.keys()) {
      const t = index.termOf(term);
      if (t >= 0) index.addPostings(t, 1, into, target, factors);
    }
    return [...into];
  });
}

describe('OwnLanguageIndex posting forms', () => {
  const docs = languageDocs(SAMPLE_LIBRARY, 'en');
  const questions = ['minimum wage per hour', 'my boss keeps my passport', 'garbage trash', 'health insurance for my children', 'bsn number registration'];

  it('scores the same in the compact form (count patterns) as in the wide one', () => {
    const compact = new OwnLanguageIndex(docs);
    const wide = new OwnLanguageIndex(docs, { compact: false });
    expect([compact.compact, wide.compact]).toEqual([true, false]);
    expect(scores(compact, questions)).toEqual(scores(wide, questions));
    for (const term of analyze(questions.join(' '), 'en').terms.keys()) {
      const t = compact.termOf(term);
      expect(t).toBe(wide.termOf(term));
      for (let doc = 0; doc < compact.size; doc++) expect(compact.containsAt(t, doc)).toBe(wide.containsAt(t, doc));
    }
  });

  it('falls back to the wide form for more than 256 documents, with the same scores per document', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...docs[i % docs.length], tile: i }));
    const big = new OwnLanguageIndex(many);
    const small = new OwnLanguageIndex(docs);
    expect(big.compact).toBe(false);
    const bigScores = scores(big, questions);
    const smallScores = scores(small, questions);
    // Statistics differ only by length averages, which are given: the same doc text scores the same.
    bigScores.forEach((row, q) => row.forEach((score, d) => expect(score).toBe(smallScores[q][d % docs.length])));
  });
});
