/**
 * `npm run bench:faults [-- conversations messages]` (default 200 × 10):
 * web chat conversations through the real Direct Line REST API while the
 * stack suffers one fault per row — the worker process killed three times,
 * Redis stopped for 30 s and restarted with its data, Redis restarted
 * empty — and, per row, how many messages were answered exactly once,
 * lost or duplicated, as the people saw it (bench/faults-scenario.ts).
 * Target: 0 lost and 0 duplicated in every row. Ends with one JSON line.
 *
 * Runs on its own: a scratch database `migrantbot_bench_faults` next to
 * DATABASE_URL (dropped and migrated on every run, holding the sample
 * library's municipality `testdorp`), a redis-server on port
 * FAULTS_REDIS_PORT (default 6395, must be free), and the server and
 * workers as child processes. Needs `redis-server` on the PATH.
 */
import { importTiles } from '../core/content/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { dropDatabase, withDatabase } from '../prisma/databases.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { engineLibraryFile } from '../tests/fixtures/engine-library.ts';
import { FAULT_QUESTIONS } from './faults-questions.ts';
import { runFaultScenario, type FaultRow } from './faults-scenario.ts';

const conversations = Number(process.argv[2] ?? 200);
const messages = Number(process.argv[3] ?? 10);
if (!Number.isInteger(conversations) || conversations < 1 || !Number.isInteger(messages) || messages < 1 || messages > FAULT_QUESTIONS.length) {
  console.error(`usage: npm run bench:faults [-- <conversations, e.g. 200> [messages per conversation, 1..${FAULT_QUESTIONS.length}]]`);
  process.exit(2);
}
const redisPort = Number(process.env.FAULTS_REDIS_PORT ?? 6395);
const databaseUrl = withDatabase(config().DATABASE_URL, 'migrantbot_bench_faults');

await dropDatabase(databaseUrl);
await applyMigrations(databaseUrl);
const db = createDb(databaseUrl);
await importTiles(db, engineLibraryFile(), 'bench');

console.log(`bench:faults: ${conversations} web chat conversations × ${messages} messages per row, Redis on port ${redisPort}, database ${databaseUrl.replace(/\/\/[^@]*@/, '//')}`);
let rows: FaultRow[];
try {
  rows = await runFaultScenario({
    databaseUrl, db, org: 'testdorp', questions: FAULT_QUESTIONS, redisPort, conversations, messages,
    faults: [{ kind: 'kill-worker', times: 3 }, { kind: 'redis-stop', downMs: 30_000 }, { kind: 'redis-empty' }],
    progress: (line) => console.log(line),
  });
} finally {
  await db.$disconnect();
}

const columns = ['fault', 'sent', 'answered once', 'lost', 'duplicated', 'gave up', 'retries', 'unconfirmed', 'stray', 'stream drops', 's'] as const;
const cells = rows.map((r) => [
  r.fault, r.sent, r.answeredOnce, r.lost, r.duplicated, r.gaveUp, r.retries, r.unconfirmedReplies, r.strayActivities, r.streamDrops, r.seconds,
].map(String));
const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
const line = (values: readonly string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(columns));
for (const row of cells) console.log(line(row));
const met = rows.every((r) => r.lost === 0 && r.duplicated === 0);
console.log(`target 0 lost and 0 duplicated in every row: ${met ? 'met' : 'NOT met'}`);
console.log(JSON.stringify({
  benchmark: 'faults', conversations, messagesPerConversation: messages, targetMet: met,
  rows: rows.map(({ events: _events, ...r }) => r),
}));
