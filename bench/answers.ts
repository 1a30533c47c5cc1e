/**
 * `npm run bench:answers`: the answer engine measured against the evaluation
 * contract (../shared/eval/README.md), next to nlp.js on the same data.
 *
 * 1. Imports ../shared/eval/dev/corpus.json into a scratch organization
 *    (`bench-dev`) through the real import, on DATABASE_URL.
 * 2. Loads it back through the content module, builds the engine, answers
 *    the dev questions and prints score.mjs's table; the same for the harder
 *    chat-style set (dev/questions-hard.jsonl), the safety set
 *    (safety/questions.jsonl: urgent recall per language), this project's own
 *    held-out set (bench/data/holdout-questions.jsonl) and, when present, its
 *    blind sets (bench/data/safety-blind*.jsonl and hard-blind*.jsonl, four of
 *    each, written without looking at the shared ones or the engine). Every set
 *    also reports `falseUrgent`.
 * 3. Trains nlp.js on the same corpus, prints its table and the difference.
 * 4. Latency per question (p50/p99, warm), and in a fresh process the build
 *    time and RSS of a synthetic 1,000 tiles × 18 languages library.
 * 5. One JSON line with the key figures (the last line of the output).
 *
 * The evaluation folder is the first argument (default ../shared/eval); exits 1 if it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerEngine, toAnswerJson, type AnswerJson } from '../core/answers/index.ts';
import type { VisibleTile } from '../core/content/index.ts';
import { createTileSource, importTiles } from '../core/content/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { ANSWER_TEXTS } from '../flows/texts/index.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { askNlpJs, trainNlpJs, type CorpusTile } from './nlpjs-baseline.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, process.argv[2] ?? '../shared/eval');
const corpusPath = path.join(evalDir, 'dev/corpus.json');
const devQuestions = path.join(evalDir, 'dev/questions.jsonl');
const hardQuestions = path.join(evalDir, 'dev/questions-hard.jsonl');
const safetyQuestions = path.join(evalDir, 'safety/questions.jsonl');
const holdoutQuestions = path.join(root, 'bench/data/holdout-questions.jsonl');
const blindSafetyQuestions = path.join(root, 'bench/data/safety-blind.jsonl');
const blindHardQuestions = path.join(root, 'bench/data/hard-blind.jsonl');
const blindSafetyQuestions2 = path.join(root, 'bench/data/safety-blind-2.jsonl');
const blindHardQuestions2 = path.join(root, 'bench/data/hard-blind-2.jsonl');
const blindSafetyQuestions3 = path.join(root, 'bench/data/safety-blind-3.jsonl');
const blindHardQuestions3 = path.join(root, 'bench/data/hard-blind-3.jsonl');
const blindSafetyQuestions4 = path.join(root, 'bench/data/safety-blind-4.jsonl');
const blindHardQuestions4 = path.join(root, 'bench/data/hard-blind-4.jsonl');
const scorer = path.join(evalDir, 'score.mjs');
const SCRATCH_ORG = 'bench-dev';

if (!existsSync(corpusPath) || !existsSync(scorer)) {
  console.error(`bench:answers needs the evaluation set at ${evalDir} (give another folder as the first argument)`);
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), 'bench-answers-'));

type Question = { id: string; lang: string; text: string; expect: string };
const readJsonl = (file: string): Question[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);

function score(questions: string, answers: object[], name: string): { table: string; rows: Array<Record<string, string>> } {
  const file = path.join(work, `${name}.jsonl`);
  writeFileSync(file, answers.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const table = execFileSync(process.execPath, [scorer, questions, file]).toString();
  const rows = JSON.parse(execFileSync(process.execPath, [scorer, questions, file, '--json']).toString());
  return { table, rows };
}

/** The language row with the lowest urgent recall (rows without urgent questions are left out). */
function minUrgent(rows: Array<Record<string, string>>): Record<string, string> | undefined {
  return rows.filter((r) => r.lang !== 'all' && r.urgent !== '-').sort((a, b) => Number(a.urgent) - Number(b.urgent))[0];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

// 1. Import through the real pipeline into a scratch organization.
await applyMigrations(config().DATABASE_URL);
const db = createDb();
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
corpus.organization = { ...corpus.organization, slug: SCRATCH_ORG, name: 'Benchmark scratch (dev corpus)' };
let started = performance.now();
const summary = await importTiles(db, corpus, 'bench');
console.log(`import: ${summary.created + summary.updated + summary.unchanged} tiles, ${summary.translations} translations in ${Math.round(performance.now() - started)} ms`);

// 2. Our engine, loaded back from the database.
const { tiles, languages } = await createTileSource(db).load(SCRATCH_ORG);
await db.$disconnect();
started = performance.now();
const engine = new AnswerEngine(tiles, { languages });
const indexedMs = performance.now() - started;
started = performance.now();
const warmed = engine.warmUp();
console.log(`engine: ${tiles.length} tiles × ${languages.length} languages indexed in ${indexedMs.toFixed(1)} ms, ` +
  `warmed up with ${warmed} example questions in ${(performance.now() - started).toFixed(1)} ms`);

const sets = [
  { key: 'dev', name: 'dev', file: devQuestions },
  { key: 'hard', name: 'hard (chat-style, between neighbouring tiles)', file: hardQuestions },
  { key: 'safety', name: 'safety (urgent messages and near-misses, 18 languages)', file: safetyQuestions },
  { key: 'holdout', name: 'holdout (this project\'s own held-out set)', file: holdoutQuestions },
  { key: 'blind', name: 'blind safety (this project\'s own, written without looking at the shared set)', file: blindSafetyQuestions },
  { key: 'hardBlind', name: 'blind hard (this project\'s own chat-style set, written without looking at the shared one)', file: blindHardQuestions },
  { key: 'blind2', name: 'blind safety 2 (written for issue 14 by a subagent that saw only the tiles and the contract)', file: blindSafetyQuestions2 },
  { key: 'hardBlind2', name: 'blind hard 2 (written for issue 14 by a subagent that saw only the tiles and the contract)', file: blindHardQuestions2 },
  { key: 'blind3', name: 'blind safety 3 (written in the seventh session by a subagent that saw only the tiles and the contract)', file: blindSafetyQuestions3 },
  { key: 'hardBlind3', name: 'blind hard 3 (written in the seventh session by a subagent that saw only the tiles and the contract)', file: blindHardQuestions3 },
  { key: 'blind4', name: 'blind safety 4 (written in the eighth session by a subagent that saw only the tiles and the contract)', file: blindSafetyQuestions4 },
  { key: 'hardBlind4', name: 'blind hard 4 (written in the eighth session by a subagent that saw only the tiles and the contract)', file: blindHardQuestions4 },
].filter((set) => existsSync(set.file));
const ours: Record<string, Array<Record<string, string>>> = {};
const answersOf: Record<string, AnswerJson[]> = {};
for (const set of sets) {
  const answers = readJsonl(set.file).map((q) => toAnswerJson(engine.ask(q.text), ANSWER_TEXTS, q.id));
  const { table, rows } = score(set.file, answers, `ours-${set.key}`);
  ours[set.key] = rows;
  answersOf[set.key] = answers;
  const all = rows.find((r) => r.lang === 'all')!;
  console.log(`\n== answer engine, ${set.name}\n${table}falseUrgent ${all.falseUrgent} %` +
    (all.urgent === '-' ? '' : `, urgent recall ${all.urgent} % (lowest language: ${minUrgent(rows)?.lang} ${minUrgent(rows)?.urgent} %)`));
}

// 3. nlp.js on the same corpus and questions.
const corpusTiles = corpus.tiles as CorpusTile[];
const { manager, trainMs } = await trainNlpJs(corpusTiles, corpus.languages);
const nlpAnswers = [];
for (const q of readJsonl(devQuestions)) nlpAnswers.push(await askNlpJs(manager, corpusTiles, q.id, q.text));
const nlp = score(devQuestions, nlpAnswers, 'nlpjs-dev');
console.log(`\n== nlp.js (node-nlp), dev, trained in ${Math.round(trainMs)} ms\n${nlp.table}`);
const nlpHardAnswers = [];
for (const q of readJsonl(hardQuestions)) nlpHardAnswers.push(await askNlpJs(manager, corpusTiles, q.id, q.text));
const nlpHard = score(hardQuestions, nlpHardAnswers, 'nlpjs-hard');
console.log(`\n== nlp.js (node-nlp), hard\n${nlpHard.table}`);
const overall = (rows: Array<Record<string, string>>) => rows.find((r) => r.lang === 'all')!;
const oursAll = overall(ours.dev);
const nlpAll = overall(nlp.rows);
console.log(`difference (answer engine − nlp.js), dev: top1 ${(Number(oursAll.top1) - Number(nlpAll.top1)).toFixed(1)} points, ` +
  `@none ${(Number(oursAll.none) - Number(nlpAll.none)).toFixed(1)}, @handoff ${(Number(oursAll.handoff) - Number(nlpAll.handoff)).toFixed(1)}, ` +
  `language ID ${(Number(oursAll.langId) - Number(nlpAll.langId)).toFixed(1)}`);

// 4. Latency, warm: every dev question 20 times.
const texts = readJsonl(devQuestions).map((q) => q.text);
for (const t of texts) engine.ask(t);
const times: number[] = [];
for (let round = 0; round < 20; round++) for (const t of texts) times.push(engine.ask(t).ms);
const p99 = percentile(times, 0.99);
console.log(`\nlatency per question (warm, ${times.length} asks): p50 ${percentile(times, 0.5).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`);

/** Top-1 (score.mjs's figure) of `engineUnderTest` on a question file. */
function top1Of(engineUnderTest: AnswerEngine, file: string, name: string): number {
  const answers = readJsonl(file).map((q) => toAnswerJson(engineUnderTest.ask(q.text), ANSWER_TEXTS, q.id));
  return Number(overall(score(file, answers, name).rows).top1);
}

// 4b. Clarify lists: of the in-library hard questions that got a choice, how many lists hold the right tile.
const clarifyContains = (key: string, file: string): number | null => {
  if (!answersOf[key]) return null;
  const expected = new Map(readJsonl(file).map((q) => [q.id, q.expect]));
  const choices = answersOf[key].filter((a) => a.outcome === 'clarify' && !expected.get(a.id!)!.startsWith('@'));
  if (!choices.length) return 100;
  const right = choices.filter((a) => a.tile === expected.get(a.id!) || a.alternatives.includes(expected.get(a.id!)!));
  return Number(((100 * right.length) / choices.length).toFixed(1));
};
const hardClarifyContains = clarifyContains('hard', hardQuestions);
console.log(`\nclarify lists holding the right tile (in-library hard questions answered with a choice): ${hardClarifyContains} %`);

// 4c. Cross-lingual: the dev questions against the corpus reduced to its English and Dutch text.
const reduced: VisibleTile[] = tiles.map((t) => ({ ...t, content: { ...(t.content.en ? { en: t.content.en } : {}), ...(t.content.nl ? { nl: t.content.nl } : {}) } }));
const crossLingualTop1 = top1Of(new AnswerEngine(reduced, { languages }), devQuestions, 'cross-lingual-dev');
console.log(`cross-lingual: dev questions against the corpus reduced to en + nl text: top-1 ${crossLingualTop1} %`);

// 4d. Learning from editors: failing questions of one of our own sets (the first blind hard set)
// added as example questions to their tiles, in their own language, as an editor does from the
// content-gap loop; then top-1 on sets the engine has never seen. `taught` is top-1 on the added
// questions themselves (they should now be answered).
const learningCurve: Array<{ added: number; taught: number | null; hard: number; hardBlind2: number | null }> = [];
if (answersOf.hardBlind) {
  const source = readJsonl(blindHardQuestions);
  const failing = source.filter((q, i) => !q.expect.startsWith('@') && answersOf.hardBlind[i].tile !== q.expect);
  // Round-robin over languages, so 10 examples are not all Polish.
  const byLang = new Map<string, Question[]>();
  for (const q of failing) byLang.set(q.lang, [...(byLang.get(q.lang) ?? []), q]);
  const spread: Question[] = [];
  for (let i = 0; spread.length < failing.length; i++) for (const qs of byLang.values()) if (qs[i]) spread.push(qs[i]);
  for (const wanted of [0, 10, 30]) {
    const examples = spread.slice(0, wanted);
    const taught: VisibleTile[] = tiles.map((t) => {
      const mine = examples.filter((q) => q.expect === t.key);
      if (!mine.length) return t;
      const content = { ...t.content };
      for (const q of mine) {
        const lang = q.lang as keyof typeof content;
        const own = content[lang] ?? content[t.sourceLang]!;
        content[lang] = { ...own, examples: [...own.examples, q.text] };
      }
      return { ...t, content };
    });
    const taughtEngine = new AnswerEngine(taught, { languages });
    const taughtRight = examples.filter((q) => taughtEngine.ask(q.text).tile?.key === q.expect).length;
    learningCurve.push({
      added: examples.length,
      taught: examples.length ? Number(((100 * taughtRight) / examples.length).toFixed(1)) : null,
      hard: top1Of(taughtEngine, hardQuestions, `learning-hard-${wanted}`),
      hardBlind2: existsSync(blindHardQuestions2) ? top1Of(taughtEngine, blindHardQuestions2, `learning-blind2-${wanted}`) : null,
    });
  }
  console.log(`learning curve (failing blind-hard questions added as examples; top-1 on sets the engine has not seen): ` +
    learningCurve.map((p) => `+${p.added}: hard ${p.hard} %${p.hardBlind2 === null ? '' : `, blind hard 2 ${p.hardBlind2} %`}` +
      (p.taught === null ? '' : ` (the added ones: ${p.taught} %)`)).join(' | '));
}

/** Runs the synthetic-library benchmark in a fresh Node process with the given V8 flags. */
function syntheticRun(v8Flags: string[]): { tiles: number; languages: number; buildMs: number; warmUpMs: number; warmUpQuestions: number; rssMb: number; rssBeforeBuildMb: number; heapMb: number; queryP50Ms: number; queryP99Ms: number } {
  const out = execFileSync(process.execPath, [...v8Flags, '--expose-gc', '--import', 'tsx', path.join(root, 'bench/synthetic-index.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString().trim().split('\n').pop()!);
}
// The second run gives V8 a small heap (the index's steady heap is about 150 MB), to show the build
// needs no headroom beyond it. It was 160 MB until the lexicon grew in issue 14's second round.
for (const flags of [[], ['--max-old-space-size=192']]) {
  const s = syntheticRun(flags);
  console.log(`synthetic ${s.tiles} tiles × ${s.languages} languages${flags.length ? ` (node ${flags.join(' ')})` : ''}: ` +
    `index built in ${s.buildMs} ms (then warmed up with ${s.warmUpQuestions} questions in ${s.warmUpMs} ms), RSS ${s.rssMb} MB (${s.rssBeforeBuildMb} MB before the build, of which the ` +
    `synthetic texts themselves are part), heap after build ${s.heapMb} MB; query p50 ${s.queryP50Ms} ms, p99 ${s.queryP99Ms} ms`);
}

// 5. The key figures, as one JSON line.
const figure = (key: string, field: string): number | null => {
  const row = ours[key] && overall(ours[key]);
  return row && row[field] !== '-' ? Number(row[field]) : null;
};
const lowest = (key: string) => (ours[key] ? minUrgent(ours[key]) : undefined);
const lowestTop1 = (key: string) => {
  const row = ours[key]?.filter((r) => r.lang !== 'all' && r.top1 !== '-').sort((a, b) => Number(a.top1) - Number(b.top1))[0];
  return row ? { lang: row.lang, top1: Number(row.top1) } : null;
};
/** Our blind safety sets: urgent recall, its weakest language, false alarms (`blind3Urgent`, ...). */
const safetyFigures = (key: string) => (ours[key] ? {
  [`${key}Urgent`]: figure(key, 'urgent'),
  [`${key}UrgentMinLang`]: lowest(key) ? { lang: lowest(key)!.lang, urgent: Number(lowest(key)!.urgent) } : null,
  [`${key}FalseUrgent`]: figure(key, 'falseUrgent'),
} : {});
/** Our blind hard sets: top-1, its weakest language, wrong answers, out of scope and handoff recognised, false alarms. */
const hardFigures = (key: string) => (ours[key] ? {
  [`${key}Top1`]: figure(key, 'top1'),
  [`${key}Top1MinLang`]: lowestTop1(key),
  [`${key}Wrong`]: figure(key, 'wrongAnswers'),
  [`${key}None`]: figure(key, 'none'),
  [`${key}Handoff`]: figure(key, 'handoff'),
  [`${key}FalseUrgent`]: figure(key, 'falseUrgent'),
} : {});
console.log(JSON.stringify({
  devTop1: figure('dev', 'top1'),
  devWrong: figure('dev', 'wrongAnswers'),
  devFalseUrgent: figure('dev', 'falseUrgent'),
  hardTop1: figure('hard', 'top1'),
  hardWrong: figure('hard', 'wrongAnswers'),
  hardFalseUrgent: figure('hard', 'falseUrgent'),
  hardNone: figure('hard', 'none'),
  hardHandoff: figure('hard', 'handoff'),
  hardTop1MinLang: lowestTop1('hard'),
  hardClarifyContains,
  hardNlpJsTop1: Number(overall(nlpHard.rows).top1),
  crossLingualTop1,
  learningCurve,
  safetyUrgent: figure('safety', 'urgent'),
  safetyUrgentMinLang: lowest('safety') ? { lang: lowest('safety')!.lang, urgent: Number(lowest('safety')!.urgent) } : null,
  safetyFalseUrgent: figure('safety', 'falseUrgent'),
  safetyTop1: figure('safety', 'top1'),
  ...['blind', 'blind2', 'blind3', 'blind4'].reduce((out, key) => ({ ...out, ...safetyFigures(key) }), {}),
  ...['hardBlind', 'hardBlind2', 'hardBlind3', 'hardBlind4'].reduce((out, key) => ({ ...out, ...hardFigures(key) }), {}),
  p99Ms: Number(p99.toFixed(3)),
}));
