/**
 * `npm run --silent ask -- --org <slug> "question"`: one answer object.
 * `npm run --silent ask -- --org <slug> --jsonl < questions.jsonl`: one
 * answer object per input line, in order (shared/eval/README.md contract).
 *
 * Only `id` and `text` of an input line are used. A line that is not valid
 * JSON or has no text yields `{"id":…,"error":"…"}` in its place, so the
 * output stays aligned with the input; the count of such lines goes to stderr.
 * Exit codes: 0 done, 1 runtime error (database, unknown organization), 2 usage.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AnswerEngine, toAnswerJson } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { isLanguage } from '../../core/languages/index.ts';
import { config } from '../../core/platform/config.ts';
import { createDb } from '../../core/platform/db.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { runCommand, UsageError } from './run-command.ts';

const USAGE = 'usage: ask [--org <slug>] [--previous <lang>] [--locale <lang>] (--jsonl | "question")';

runCommand(USAGE, async () => {
  const { values, positionals } = parseArgs({
    options: {
      org: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      previous: { type: 'string' },
      locale: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (!values.jsonl && positionals.length === 0) throw new UsageError('give a question, or --jsonl to read questions from stdin');
  for (const hint of [values.previous, values.locale]) {
    if (hint !== undefined && !isLanguage(hint)) throw new UsageError(`unsupported language "${hint}"`);
  }
  const hints = {
    previous: isLanguage(values.previous) ? values.previous : undefined,
    locale: isLanguage(values.locale) ? values.locale : undefined,
  };

  const db = createDb();
  try {
    const org = values.org ?? config().DEFAULT_ORGANIZATION;
    const source = createTileSource(db);
    const { tiles, languages } = await source.load(org);
    const engine = new AnswerEngine(tiles, { languages });
    engine.warmUp();

    if (!values.jsonl) {
      process.stdout.write(`${JSON.stringify(toAnswerJson(engine.ask(positionals.join(' '), hints), ANSWER_TEXTS))}\n`);
      return;
    }
    let bad = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const out = answerLine(engine, line, hints);
      if ('error' in out) bad++;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    if (bad) process.stderr.write(`${bad} input line(s) could not be read; see their "error" fields\n`);
  } finally {
    await db.$disconnect();
  }
});

function answerLine(engine: AnswerEngine, line: string, hints: Parameters<AnswerEngine['ask']>[1]): object {
  let question: unknown;
  try {
    question = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not JSON' };
  }
  const { id, text } = (question ?? {}) as { id?: unknown; text?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  if (typeof text !== 'string') return { id: safeId, error: 'line has no "text" string' };
  return toAnswerJson(engine.ask(text, hints), ANSWER_TEXTS, safeId ?? undefined);
}
