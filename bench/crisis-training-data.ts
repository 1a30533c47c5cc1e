/**
 * What the learned crisis model (core/safety/crisis-model.ts) is trained on,
 * in a fixed order: only this project's own messages, never an evaluation set
 * (neither the shared ones nor our blind ones, and not the shared dev set, so
 * that its false alarms there stay a held-out figure).
 * - the crisis table cases (core/safety/testing): urgent ones with their kind, near-misses;
 * - our safety training sets (bench/data/safety-train*.jsonl): urgent with a kind, or near-misses;
 * - ordinary questions: our holdout and tuning sets 1 to 5, ordinary-chat.jsonl and -2 (18 languages:
 *   topics, other topics, safe everyday feelings, greetings; health, work, money, housing and
 *   police matters with no danger), the out-of-scope and
 *   request-for-a-person cases of the answer tests. (The demo library's tile
 *   examples were tried as well and left out: clean, well-formed questions
 *   taught the model that chat style itself sounds urgent.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANDOFF_CASES } from '../core/answers/testing/handoff-cases.ts';
import { OUT_OF_SCOPE_CASES } from '../core/answers/testing/out-of-scope-cases.ts';
import type { CrisisKind } from '../core/safety/index.ts';
import { CRISIS_CASES } from '../core/safety/testing/crisis-cases.ts';
import { readJsonl } from './fit-eval.ts';

/**
 * `nearMiss`: not urgent, but written with alarming words (the table's and safety sets' near-misses);
 * `chat`: the source of an ordinary question written as people write in chat (a set's file name, or
 * the answer-test cases it comes from): the ordinary messages the decision threshold is set on.
 */
export interface TrainingMessage { text: string; urgent: boolean; kind: CrisisKind | null; nearMiss?: boolean; chat?: string }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jsonl = (file: string) => readJsonl(path.join(root, file)) as Array<{ text: string; urgent?: boolean; kind?: CrisisKind }>;

export function crisisTrainingData(): TrainingMessage[] {
  const chat = (source: string) => (text: string): TrainingMessage => ({ text, urgent: false, kind: null, chat: source });
  return [
    ...CRISIS_CASES.map((c) => ({ text: c.text, urgent: c.kind !== null, kind: c.kind, nearMiss: c.kind === null })),
    ...['bench/data/safety-train.jsonl', 'bench/data/safety-train2.jsonl', 'bench/data/safety-train3.jsonl', 'bench/data/safety-train4.jsonl', 'bench/data/safety-train5.jsonl',
      'bench/data/safety-train6.jsonl'].flatMap(jsonl)
      .map((q) => ({ text: q.text, urgent: q.urgent === true, kind: q.urgent === true ? q.kind ?? null : null, nearMiss: q.urgent !== true })),
    ...['bench/data/holdout-questions.jsonl', 'bench/data/tuning-natural.jsonl', 'bench/data/tuning-natural-2.jsonl', 'bench/data/tuning-natural-3.jsonl',
      'bench/data/tuning-natural-4.jsonl', 'bench/data/tuning-natural-5.jsonl', 'bench/data/ordinary-chat.jsonl', 'bench/data/ordinary-chat-2.jsonl']
      .flatMap((file) => jsonl(file).map((q) => chat(path.basename(file))(q.text))),
    ...Object.values(OUT_OF_SCOPE_CASES).flatMap((c) => [...c.none, ...c.inScope.map(([q]) => q)]).map(chat('out-of-scope cases')),
    ...Object.values(HANDOFF_CASES).flatMap((c) => c.yes).map(chat('handoff cases')),
  ];
}

/**
 * A fingerprint of the training data and of the crisis lexicon (core/safety/data: the roles it
 * finds are features of the model), kept in the model's header: a test says when the model is
 * older than either.
 */
export function trainingFingerprint(messages: readonly TrainingMessage[]): string {
  const hash = createHash('sha256');
  for (const m of messages) hash.update(`${m.urgent ? 1 : 0}\t${m.kind ?? ''}\t${m.text}\n`);
  const lexicon = path.join(root, 'core/safety/data');
  for (const file of readdirSync(lexicon).filter((f) => f.endsWith('.json') && !f.startsWith('crisis-model')).sort()) {
    hash.update(`${file}\n${readFileSync(path.join(lexicon, file), 'utf8')}`);
  }
  return hash.digest('hex').slice(0, 16);
}
