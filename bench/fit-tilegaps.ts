/**
 * `npx tsx bench/fit-tilegaps.ts [min languages]`: lexicon gaps seen through
 * translated tiles. A tile says the same in every language, so a concept its
 * text names in most languages but not in one points at a word of that
 * language the lexicon lacks (the sick-leave tile names "contract" and "job
 * ended" in English but its Dutch "uitzendcontract … eindigt" named neither).
 * Prints, per tile and language, the concepts missing there and the tile's
 * words in that language that name no concept (where the missing word is).
 */
import { readFileSync } from 'node:fs';
import { conceptsOfToken } from '../core/answers/lexicon/index.ts';
import { stopwords } from '../core/answers/stopwords.ts';
import { foldText, tokenize } from '../core/answers/normalize.ts';
import type { Language } from '../core/languages/index.ts';

const corpus = JSON.parse(readFileSync(new URL('../../shared/eval/dev/corpus.json', import.meta.url), 'utf8'));
const minLanguages = Number(process.argv[2] ?? 6);
for (const tile of corpus.tiles) {
  const byLang = new Map<Language, Set<string>>();
  const bare = new Map<Language, Set<string>>();
  for (const [lang, c] of Object.entries(tile.content) as Array<[Language, { title: string; body: string; examples: string[] }]>) {
    const found = new Set<string>();
    const unnamed = new Set<string>();
    for (const token of tokenize(foldText(`${c.title}\n${c.examples.join('\n')}\n${c.body}`))) {
      const ids = conceptsOfToken(token, lang);
      ids.forEach((id) => found.add(id));
      if (!ids.length && token.length >= 4 && !stopwords(lang).has(token) && !/\d/.test(token)) unnamed.add(token);
    }
    byLang.set(lang, found);
    bare.set(lang, unnamed);
  }
  const counts = new Map<string, number>();
  for (const set of byLang.values()) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [lang, set] of byLang) {
    const missing = [...counts].filter(([id, n]) => n >= minLanguages && !set.has(id)).map(([id]) => id);
    if (missing.length) console.log(`${tile.key} ${lang}: missing ${missing.join(', ')}\n    unnamed: ${[...bare.get(lang)!].join(' ')}`);
  }
}
