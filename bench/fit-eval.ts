/**
 * `npx tsx bench/fit-eval.ts [set.jsonl ...] [--cross] [--dump signals.jsonl] [--misses]`:
 * answer-quality figures without the database, for tuning the analyzer,
 * lexicon and confidence model. Builds the engine in memory from
 * ../shared/eval/dev/corpus.json (the same tiles `bench:answers` imports) and
 * prints, per question set and language, top-1, wrong answers and
 * out-of-scope recognition as score.mjs counts them, plus the right answers
 * given directly (direct%) and the choices (clarify) whose list holds the
 * right tile (listHolds%, bench:answers' hardClarifyContains).
 *
 * --cross: the corpus reduced to its English and Dutch text (the cross-lingual check).
 * --dump: writes each question's retrieval signals and whether its best tile was right (input of fit-confidence.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerEngine } from '../core/answers/index.ts';
import { THRESHOLDS } from '../core/answers/confidence.ts';
import type { VisibleTile } from '../core/content/types.ts';
import type { Language } from '../core/languages/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
type Question = { id: string; lang: string; text: string; expect: string };
type CorpusTile = { key: string; theme: string; sourceLang: Language; content: VisibleTile['content']; links?: VisibleTile['links'] };

export function loadCorpusEngine(options: { onlyLanguages?: Language[] } = {}): AnswerEngine {
  const corpus = JSON.parse(readFileSync(path.join(root, '../shared/eval/dev/corpus.json'), 'utf8')) as { languages: Language[]; tiles: CorpusTile[] };
  const tiles: VisibleTile[] = corpus.tiles.map((t, i) => {
    const content = options.onlyLanguages
      ? Object.fromEntries(Object.entries(t.content).filter(([lang]) => options.onlyLanguages!.includes(lang as Language)))
      : t.content;
    return { id: `t${i}`, key: t.key, ownerSlug: 'bench-dev', theme: t.theme, sensitive: false, sourceLang: t.sourceLang, content, links: t.links ?? [] };
  });
  return new AnswerEngine(tiles, { languages: corpus.languages });
}

export const readJsonl = (file: string): Question[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);

export const DEFAULT_SETS = [
  path.join(root, '../shared/eval/dev/questions.jsonl'),
  path.join(root, 'bench/data/holdout-questions.jsonl'),
  path.join(root, 'bench/data/tuning-natural.jsonl'),
  path.join(root, 'bench/data/tuning-natural-2.jsonl'),
];

interface Row { n: number; wrong: number; nNone: number; none: number; nIn: number; inTop1: number; direct: number; asked: number; askedHolds: number }
const blank = (): Row => ({ n: 0, wrong: 0, nNone: 0, none: 0, nIn: 0, inTop1: 0, direct: 0, asked: 0, askedHolds: 0 });
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const cross = args.includes('--cross');
  const misses = args.includes('--misses');
  const dumpAt = args.indexOf('--dump');
  const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (dumpAt < 0 || i !== dumpAt + 1));
  const sets = (files.length ? files : DEFAULT_SETS).filter((f) => !/blind|questions-hard|safety\/questions/.test(f));
  const engine = loadCorpusEngine(cross ? { onlyLanguages: ['en', 'nl'] } : {});
  engine.warmUp();
  const dump: string[] = [];
  for (const file of sets) {
    const rows = new Map<string, Row>();
    const missLines: string[] = [];
    for (const q of readJsonl(file)) {
      const a = engine.ask(q.text);
      const key = a.tile?.key;
      const shown = a.outcome === 'answered' || a.outcome === 'clarify';
      for (const lang of ['all', q.lang]) {
        if (!rows.has(lang)) rows.set(lang, blank());
        const r = rows.get(lang)!;
        r.n++;
        if (q.expect === '@none') {
          r.nNone++;
          if (!shown) r.none++; else r.wrong++;
        } else if (q.expect !== '@handoff') {
          r.nIn++;
          if (shown && key === q.expect) r.inTop1++;
          else if (a.outcome === 'answered') r.wrong++;
          if (a.outcome === 'answered' && key === q.expect) r.direct++;
          // Clarify lists (bench:answers' hardClarifyContains): does the offered choice hold the right tile?
          if (a.outcome === 'clarify') {
            r.asked++;
            if (key === q.expect || a.alternatives.some((t) => t.key === q.expect)) r.askedHolds++;
          }
        }
      }
      const ok = q.expect === '@none' ? !shown : shown && key === q.expect;
      if (misses && !ok && q.expect !== '@handoff') {
        missLines.push(`  ${q.id} ${q.lang} expect ${q.expect} got ${a.outcome} ${key ?? ''} conf ${a.confidence.toFixed(2)} | ${q.text}`);
      }
      if (dumpFile && a.signals && q.expect !== '@handoff') {
        // The label is whether retrieval's best tile is right, whatever the decision made of it:
        // ask again with the thresholds off, so an unanswered question still names its best tile.
        const saved = { ...THRESHOLDS };
        Object.assign(THRESHOLDS, { answer: -1, clarify: -1 });
        const best = engine.ask(q.text).tile?.key;
        Object.assign(THRESHOLDS, saved);
        dump.push(JSON.stringify({ set: path.basename(file), id: q.id, lang: q.lang, none: q.expect === '@none', positive: q.expect !== '@none' && best === q.expect, signals: a.signals }));
      }
    }
    console.log(`\n${path.basename(file)}${cross ? ' (corpus en+nl only)' : ''}`);
    console.log('lang   n  top1%  wrong%  none%  direct%  listHolds%');
    for (const [lang, r] of [...rows].sort()) {
      const top1 = pct(r.inTop1, r.nIn);
      console.log(`${lang.padEnd(4)} ${String(r.n).padStart(3)}  ${top1.padStart(5)}  ${pct(r.wrong, r.n).padStart(6)}  ${pct(r.none, r.nNone).padStart(5)}  ${pct(r.direct, r.nIn).padStart(7)}  ${pct(r.askedHolds, r.asked).padStart(10)}`);
    }
    if (missLines.length) console.log(missLines.join('\n'));
  }
  if (dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
}
