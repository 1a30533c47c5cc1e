/**
 * `npm run lexicon:bridge`: learns the cross-lingual word bridge
 * (core/answers/bridge/bridge-data.json) from the starter library's parallel
 * text: prisma/demo/*.json, whose tiles are written in English and translated
 * line by line into the other languages. For every language and each of the
 * two languages tiles are written in (English, Dutch) it keeps, per word,
 * the words it translates to (align.ts: IBM Model 1 in both directions).
 *
 * Never learned from the evaluation corpus: the bridge must work for tiles it
 * has not seen. Prints the size per language pair; rerun when the starter
 * library changes and commit the result.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import { alignSegments, learnLinks, type ParallelText, type SegmentPair } from '../core/answers/bridge/align.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = path.join(root, 'prisma/demo');
const outFile = path.join(root, 'core/answers/bridge/bridge-data.json');
/** The languages tiles are written in: a tile without a translation is searched in one of these. */
const TARGETS: readonly Language[] = ['en', 'nl'];

type DemoTile = { content: Partial<Record<Language, ParallelText>> };
const files = readdirSync(demoDir).filter((f) => f.endsWith('.json')).sort();
const tiles: DemoTile[] = files.flatMap((f) => (JSON.parse(readFileSync(path.join(demoDir, f), 'utf8')) as { tiles?: DemoTile[] }).tiles ?? []);

const pairs: Record<string, string> = {};
const sizes: string[] = [];
for (const target of TARGETS) {
  for (const source of SUPPORTED_LANGUAGES) {
    if (source === target) continue;
    const segments: SegmentPair[] = tiles.flatMap((t) => {
      const [from, to] = [t.content[source], t.content[target]];
      return from && to ? alignSegments(from, to) : [];
    });
    const links = learnLinks(segments, source, target);
    const lines = [...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([stem, found]) => [stem, ...found.flatMap((l) => [l.target, String(Math.round(l.weight * 100))])].join(' '));
    pairs[`${source}>${target}`] = lines.join('\n');
    sizes.push(`${source}>${target} ${links.size}`);
  }
}
const about = `Learned by bench/learn-bridge.ts from ${tiles.length} tiles of prisma/demo (${files.join(', ')}); ` +
  'per language pair, lines "stem target weight% [target weight%]...". Do not edit by hand: rerun npm run lexicon:bridge.';
const json = JSON.stringify({ about, pairs }, null, 1) + '\n';
writeFileSync(outFile, json);
console.log(`${path.relative(root, outFile)}: ${(json.length / 1024).toFixed(0)} KB, words per pair: ${sizes.join(', ')}`);
