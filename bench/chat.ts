/**
 * `npm run bench:chat [people=10,40,60] [questions-per-person=40]`: simulated people chat
 * over our Direct Line API on loopback against the real stack (Fastify,
 * PostgreSQL, BullMQ on Redis, inbound and delivery workers, answer engine),
 * each asking dev-set questions one after another. Prints messages/s and the
 * p50/p99 time from posting a message to the first bot reply arriving on the
 * person's WebSocket; then, in the same run, the requests/s of a bare Fastify
 * hello-world on this machine and the ratio. The people run in a separate
 * process (chat-load.ts), like any external load tool; the server and its
 * queue workers run in this one.
 *
 * Imports ../shared/eval/dev/corpus.json into a scratch municipality
 * `bench-chat` on DATABASE_URL (the only part that needs ../shared).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { fork } from 'node:child_process';
import { buildApp } from '../server/app.ts';
import { ConversationStack } from '../server/conversation-stack.ts';
import { WebChatSender } from '../bots/webchat/index.ts';
import { AnswerService } from '../core/answers/index.ts';
import { createTileSource, importTiles } from '../core/content/index.ts';
import { contactKeys } from '../core/conversation/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { createRedis } from '../core/platform/redis.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { cpuSplit } from './cpu-split.ts';

/** Loads to measure: simultaneous people (comma-separated), and questions each asks. */
const PEOPLE = (process.argv[2] ?? '10,40,60').split(',').map(Number);
const QUESTIONS = Number(process.argv[3] ?? 40);
if (PEOPLE.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(QUESTIONS) || QUESTIONS < 1) {
  console.error('usage: npm run bench:chat [-- <people, e.g. 10,40,60> [questions per person, e.g. 40]]');
  process.exit(2);
}
/** The issue's target on a 2-core machine. */
const TARGET = { messagesPerSecond: 300, p99Ms: 150 };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, '../shared/eval');
if (!existsSync(path.join(evalDir, 'dev/corpus.json')) || !existsSync(path.join(evalDir, 'dev/questions.jsonl'))) {
  console.error(`bench:chat needs the evaluation set's dev corpus and questions at ${evalDir}/dev`);
  process.exit(1);
}
const corpus = JSON.parse(readFileSync(path.join(evalDir, 'dev/corpus.json'), 'utf8'));
/** The dev set's in-library questions (narrowed below to those the bot answers itself). */
const inLibrary: string[] = readFileSync(path.join(evalDir, 'dev/questions.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; expect: string })
  .filter((q) => !q.expect.startsWith('@')).map((q) => q.text);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

// --- the real stack, in this process -------------------------------------------------
await applyMigrations(config().DATABASE_URL);
const db = createDb();
corpus.organization = { slug: 'bench-chat', name: 'Benchmark municipality', kind: 'municipality' };
await importTiles(db, corpus, 'bench');
const prefix = `bench-${randomUUID()}`;
const queueRedis = createRedis();
const chatRedis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
const chatPrefix = `bench:directline:${randomUUID()}:`;
const answers = new AnswerService(createTileSource(db));
const engine = await answers.engine('bench-chat');
engine.warmUp();
/**
 * A request for a person, an urgent message (which goes to the inbox with the
 * safety card) or two questions the bot cannot answer in a row hand the chat
 * to people, and then the bot rightly stays silent: the load asks only what
 * the bot answers itself.
 */
const questions = inLibrary.filter((text) => {
  const answer = engine.ask(text);
  return answer.urgent === undefined && answer.outcome !== 'handoff' && answer.outcome !== 'unanswered';
});
const core = new ConversationStack({
  db, connection: queueRedis, prefix, keys: contactKeys('bench'), answers, defaultOrganization: 'bench-chat',
  inboundConcurrency: 32, deliveryConcurrency: 32,
});
await core.startWorkers([new WebChatSender({ redis: chatRedis, keyPrefix: chatPrefix })]);
const app = buildApp({
  answers,
  disabled: {},
  webchat: { redis: chatRedis, inbound: core.service, keyPrefix: chatPrefix, lookupOrganization: async () => ({ name: 'Bench' }) },
});
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// --- the load, from a separate process (see chat-load.ts) -------------------------------
function load<T>(job: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./chat-load.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
    child.once('message', (result) => {
      child.kill();
      const failure = (result as { error?: string }).error;
      if (failure) reject(new Error(`the load generator failed: ${failure}`));
      else resolve(result as T);
    });
    child.once('error', reject);
    child.send(job);
  });
}

// Warm-up, not counted: a server that has just started compiles its hot code, opens its pool
// connections and prepares its statements during its first hundreds of messages.
const WARM_UP = { people: 20, questionsPerPerson: 10 };
await load({ kind: 'chat', base, org: 'bench-chat', ...WARM_UP, questions: [...questions].reverse() });
console.log(`chat over Direct Line (post → first bot reply on the person's WebSocket), ${QUESTIONS} questions per person, after a warm-up of ${WARM_UP.people * WARM_UP.questionsPerPerson} messages`);

const results: Array<{ people: number; messagesPerSecond: number; p99: number }> = [];
for (const people of PEOPLE) {
  const measureCpu = cpuSplit();
  const { latencies, firsts, seconds, cpuSeconds } = await load<{ latencies: number[]; firsts: number[]; seconds: number; cpuSeconds: number }>({
    kind: 'chat', base, org: 'bench-chat', people, questionsPerPerson: QUESTIONS, questions,
  });
  const cpu = measureCpu();
  const messagesPerSecond = latencies.length / seconds;
  const p99 = percentile(latencies, 0.99);
  results.push({ people, messagesPerSecond, p99 });
  console.log(`${people} people: ${latencies.length} messages in ${seconds.toFixed(1)} s`);
  console.log(`  ${messagesPerSecond.toFixed(0)} messages/s; p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(`  of which first contacts (all people start at once): ${firsts.length}, p50 ${percentile(firsts, 0.5).toFixed(1)} ms, p99 ${percentile(firsts, 0.99).toFixed(1)} ms`);
  if (cpu) {
    const perMessage = (s: number) => `${((s * 1000) / latencies.length).toFixed(2)} ms`;
    const parts: Array<[string, number]> = [['server and workers', cpu.server], ['PostgreSQL', cpu.postgres], ['Redis', cpu.redis], ['load generator', cpuSeconds]];
    console.log(`  CPU (s, and per message): ${parts.map(([name, s]) => `${name} ${s.toFixed(2)} (${perMessage(s)})`).join(', ')}`);
  }
}

// --- a bare Fastify hello-world on this machine, same client --------------------------------
const hello = Fastify({ logger: false });
hello.get('/', async () => ({ hello: 'world' }));
await hello.listen({ host: '127.0.0.1', port: 0 });
const clients = Math.max(...PEOPLE);
const { requestsPerSecond: helloRps } = await load<{ requestsPerSecond: number }>({
  kind: 'hello', url: `http://127.0.0.1:${(hello.server.address() as AddressInfo).port}/`, clients, seconds: 3,
});
console.log(`bare Fastify hello-world, same machine and client, ${clients} concurrent: ${helloRps.toFixed(0)} requests/s`);
console.log(`ratio chat messages/s ÷ hello-world requests/s: ${results.map((r) => `${r.people} people ${(r.messagesPerSecond / helloRps).toFixed(3)}`).join(', ')}`);
const met = results.filter((r) => r.messagesPerSecond >= TARGET.messagesPerSecond && r.p99 <= TARGET.p99Ms);
console.log(
  `target ≥ ${TARGET.messagesPerSecond} messages/s with p99 ≤ ${TARGET.p99Ms} ms: ${
    met.length > 0 ? `met at ${met.map((r) => `${r.people} people (${r.messagesPerSecond.toFixed(0)} messages/s, p99 ${r.p99.toFixed(0)} ms)`).join(', ')}` : 'not met at any load measured'
  }`,
);

await hello.close();
await app.close();
await core.destroy();
queueRedis.disconnect();
chatRedis.disconnect();
await db.$disconnect();
