/**
 * `npx tsx bench/fit-latency.ts`: time per question of `ask` and of the
 * analyzer alone over the tuning sets (warm), to see what the analyzer's
 * links and rules cost.
 */
import { analyze } from '../core/answers/analyzer.ts';
import { DEFAULT_SETS, loadCorpusEngine, readJsonl } from './fit-eval.ts';

const engine = loadCorpusEngine();
engine.warmUp();
const questions = DEFAULT_SETS.flatMap((f) => readJsonl(f));
for (const q of questions) engine.ask(q.text);
const percentiles = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  return `p50 ${xs[Math.floor(xs.length / 2)].toFixed(3)} ms, p99 ${xs[Math.floor(xs.length * 0.99)].toFixed(3)} ms`;
};
for (const [name, run] of [
  ['ask', (q: (typeof questions)[number]) => engine.ask(q.text)],
  ['analyze', (q: (typeof questions)[number]) => analyze(q.text, q.lang as Parameters<typeof analyze>[1])],
] as const) {
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const q of questions) {
      const started = performance.now();
      run(q);
      times.push(performance.now() - started);
    }
  }
  console.log(`${name}: ${times.length} calls, ${percentiles(times)}`);
}
