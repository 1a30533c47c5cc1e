import { analyze, termName } from '../../answers/analyzer.ts';
import { foldText, tokenize } from '../../answers/normalize.ts';
import { isLanguage, type Language } from '../../languages/index.ts';

/**
 * The words a question is about, as the answer engine sees them
 * (core/answers/analyzer): per content word its stem (`w:`), its
 * spelling-tolerant skeleton prefix (`p:`) and its lexicon concepts (`c:`,
 * so "boss" and "employer" meet). Function words (the analyzer's stop-word
 * lists) and the scrubber's markers are left out: "how do I" says nothing
 * about what is missing.
 */
export function gapTerms(text: string, language: string): Set<string> {
  const lang: Language = isLanguage(language) ? language : 'en';
  const terms = new Set<string>();
  const cleaned = text.replace(/\[(?:email|iban|address|phone|number|name)\]/g, ' ');
  for (const token of tokenize(foldText(cleaned))) {
    const analyzed = analyze(token, lang);
    const content = [...analyzed.terms].some(([id, weight]) => termName(id).startsWith('w:') && weight >= 1);
    for (const [id, weight] of analyzed.terms) {
      const name = termName(id);
      if (name.startsWith('c:') || (content && weight >= 1)) terms.add(name);
    }
  }
  return terms;
}

/** Jaccard similarity of two term sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}
