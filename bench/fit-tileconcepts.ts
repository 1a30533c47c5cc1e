/**
 * `npx tsx bench/fit-tileconcepts.ts <lang> <tile key> ...`: the lexicon
 * concepts each tile's own text names in one language (as the index sees
 * them: no links, no rules), to check why a situation does or does not reach a tile.
 */
import { readFileSync } from 'node:fs';
import { conceptsOfToken } from '../core/answers/lexicon/index.ts';
import { foldText, tokenize } from '../core/answers/normalize.ts';
import type { Language } from '../core/languages/index.ts';

const corpus = JSON.parse(readFileSync(new URL('../../shared/eval/dev/corpus.json', import.meta.url), 'utf8'));
const [lang, ...keys] = process.argv.slice(2) as [Language, ...string[]];
for (const tile of corpus.tiles) {
  if (keys.length && !keys.includes(tile.key)) continue;
  const c = tile.content[lang];
  if (!c) continue;
  const counts = new Map<string, number>();
  for (const token of tokenize(foldText(`${c.title}\n${c.examples.join('\n')}\n${c.body}`))) {
    for (const id of conceptsOfToken(token, lang)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  console.log(`${tile.key}: ${[...counts].map(([id, n]) => `${id}×${n}`).join(' ')}`);
}
