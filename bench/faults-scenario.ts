import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import type { Db } from '../core/platform/db.ts';
import { QUEUES } from '../core/platform/queues.ts';
import { runPerson, type FinishedPerson } from './faults-client.ts';
import { countMessages, type MessageCounts } from './faults-count.ts';
import { RedisServerProcess } from './faults-redis.ts';

/**
 * The fault scenario of `npm run bench:faults` and of
 * tests/integration/faults.test.ts (one module, two callers, so the test
 * checks what the benchmark measures). Real processes on loopback: a Redis
 * of its own, the HTTP server and the conversation workers as child
 * processes (bench/faults-stack.ts), PostgreSQL at `databaseUrl`. Per row,
 * `conversations` people each send `messages` messages over the Direct Line
 * REST API, retrying on errors and timeouts with the same client activity
 * id, while one fault happens at random moments:
 *
 * - `kill-worker`: the worker process is killed with SIGKILL `times` times
 *   and started again at once (as a supervisor would);
 * - `redis-stop`: Redis stops cleanly for `downMs` and comes back with its data;
 * - `redis-empty`: Redis is killed and comes back empty, at a moment when
 *   its queues hold work (a message waiting for its turn or its delivery).
 *
 * Then it waits for the stack to finish what it has (or to stop making
 * progress), lets every stream catch up, and counts (bench/faults-count.ts).
 */

export type Fault =
  | { kind: 'kill-worker'; times: number }
  | { kind: 'redis-stop'; downMs: number }
  | { kind: 'redis-empty' };

export interface FaultScenarioOptions {
  /** A migrated database holding the municipality `org` and its tiles; the stack processes use it. */
  databaseUrl: string;
  /** A client on that database, for the counts. */
  db: Db;
  org: string;
  /** Questions the municipality's tiles answer; each person asks `messages` of them, different ones. */
  questions: string[];
  redisPort: number;
  conversations: number;
  messages: number;
  /** One row per fault, run one after another on the same stack. */
  faults: Fault[];
  /** Pause before each message, ms; default [1000, 3000]. */
  thinkMs?: [number, number];
  /** Where progress lines go (the benchmark prints them; the test keeps them for a failure message). */
  progress?: (line: string) => void;
}

/** One row: the fault and what the people experienced. */
export interface FaultRow extends MessageCounts {
  fault: string;
  seconds: number;
  /** When each fault action happened, seconds from the row's start. */
  events: string[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STACK = path.join(ROOT, 'bench/faults-stack.ts');
/** How soon a dead worker's jobs are taken over (BullMQ lock), ms. */
const LOCK_MS = 2000;
const CONTACT_KEY = 'faults-benchmark-contact-key';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

/** Human name of a fault, as printed. */
export function faultName(fault: Fault): string {
  if (fault.kind === 'kill-worker') return `worker SIGKILL ×${fault.times}`;
  if (fault.kind === 'redis-stop') return `Redis stopped ${Math.round(fault.downMs / 1000)} s, restarted with its data`;
  return 'Redis restarted empty';
}

/** A child process of the stack, and the line it printed when ready. */
interface StackProcess {
  child: ChildProcess;
  ready: string;
}

function startStackProcess(role: 'server' | 'worker', env: NodeJS.ProcessEnv): Promise<StackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', STACK, role], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onExit = (code: number | null) => reject(new Error(`faults-stack ${role} exited (${code}) before it was ready:\n${stderr}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /^ready.*$/m.exec(stdout);
      if (line) {
        child.off('exit', onExit);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve({ child, ready: line[0] });
      }
    });
  });
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
  await exited;
}

/** Waits (at most `maxMs`) until a message waits for or is in its turn or delivery in Redis. */
async function untilWorkInFlight(url: string, prefix: string, maxMs: number): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const until = Date.now() + maxMs;
    while (Date.now() < until) {
      const lengths = await Promise.all([QUEUES.inbound, QUEUES.delivery].flatMap((queue) => [
        client.llen(`${prefix}:${queue}:wait`), client.llen(`${prefix}:${queue}:active`),
      ]));
      if (lengths.some((n) => n > 0)) return;
      await sleep(5);
    }
  } finally {
    client.disconnect();
  }
}

/** Messages the stack still has to process or deliver (all rows so far). */
async function pending(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM messages
    WHERE (direction = 'inbound' AND delivery_status = 'received') OR (direction = 'outbound' AND delivery_status = 'queued')`;
  return row.n;
}

/** Waits until nothing is pending, or nothing has changed for `quietMs` (work that will never be done), at most `maxMs`. */
async function drain(db: Db, quietMs: number, maxMs: number): Promise<number> {
  const until = Date.now() + maxMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await pending(db);
    if (n === 0 || Date.now() >= until) return n;
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return n;
    await sleep(500);
  }
}

/** Runs the scenario: one row per fault. Always stops every process it started. */
export async function runFaultScenario(options: FaultScenarioOptions): Promise<FaultRow[]> {
  const say = options.progress ?? (() => undefined);
  if (options.questions.length < options.messages) throw new Error(`each person needs ${options.messages} different questions; ${options.questions.length} given`);
  const redis = new RedisServerProcess(options.redisPort);
  const runId = randomUUID().slice(0, 8);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: redis.url,
    CONTACT_ENCRYPTION_KEY: CONTACT_KEY,
    LOG_LEVEL: 'silent',
    DIRECTLINE_RATE_LIMIT: '100000',
    DIRECTLINE_TOKEN_RATE_LIMIT: '100000',
    // Every simulated person connects from 127.0.0.1: the per-address stream cap would refuse most of them.
    DIRECTLINE_STREAMS_PER_ADDRESS: '100000',
    ASK_RATE_LIMIT: '100000',
    FAULTS_QUEUE_PREFIX: `faults-${runId}`,
    FAULTS_DIRECTLINE_PREFIX: `faults:${runId}:directline:`,
    FAULTS_ORG: options.org,
    FAULTS_LOCK_MS: String(LOCK_MS),
  };
  let server: StackProcess | undefined;
  let worker: StackProcess | undefined;
  const rows: FaultRow[] = [];
  try {
    await redis.start();
    [server, worker] = await Promise.all([startStackProcess('server', env), startStackProcess('worker', env)]);
    const base = `http://127.0.0.1:${server.ready.split(' ')[1]}`;
    say(`stack up: server ${base}, worker pid ${worker.child.pid}, Redis on port ${options.redisPort}`);

    for (const [index, fault] of options.faults.entries()) {
      const started = Date.now();
      const at = () => ((Date.now() - started) / 1000).toFixed(1);
      const events: string[] = [];
      const thinkMs = options.thinkMs ?? [1000, 3000];
      // The time people spend sending (without faults); faults happen inside it.
      const activeMs = options.messages * ((thinkMs[0] + thinkMs[1]) / 2);
      say(`row ${index + 1}: ${faultName(fault)}; ${options.conversations} conversations × ${options.messages} messages`);

      const people = Array.from({ length: options.conversations }, (_, p) => {
        const offset = Math.floor(Math.random() * options.questions.length);
        const texts = Array.from({ length: options.messages }, (_, k) => options.questions[(offset + k) % options.questions.length]);
        return runPerson({
          base, org: options.org, texts, idPrefix: `${runId}-${index}-${p}`, thinkMs,
          postTimeoutMs: 5000, giveUpMs: 90_000, replyWaitMs: 20_000, settleMs: 300, now: () => Date.now() - started,
        });
      });

      const injected = (async () => {
        if (fault.kind === 'kill-worker') {
          const moments = Array.from({ length: fault.times }, () => between(0.1, 0.8) * activeMs).sort((a, b) => a - b);
          for (const moment of moments) {
            // A worker that has just started gets a moment of work first (a restart can take longer than the gaps).
            await sleep(Math.max(moment - (Date.now() - started), between(1000, 4000)));
            await stopProcess(worker!.child, 'SIGKILL');
            events.push(`worker killed at ${at()} s`);
            worker = await startStackProcess('worker', env);
            events.push(`worker ready at ${at()} s`);
          }
        } else {
          await sleep(between(0.15, 0.5) * activeMs);
          // At a moment when the queues hold work (as they do in production under load), not between two bursts.
          if (fault.kind === 'redis-empty') await untilWorkInFlight(redis.url, env.FAULTS_QUEUE_PREFIX!, 10_000);
          if (fault.kind === 'redis-stop') {
            await redis.stop();
            events.push(`Redis stopped at ${at()} s`);
            await sleep(fault.downMs);
          } else {
            await redis.killAndForget();
            events.push(`Redis killed, data deleted at ${at()} s`);
          }
          await redis.start();
          events.push(`Redis back at ${at()} s`);
        }
      })();

      const finished: FinishedPerson[] = await Promise.all(people);
      await injected;
      for (const event of events) say(`  ${event}`);
      const left = await drain(options.db, 10_000, 60_000);
      if (left > 0) say(`  ${left} messages still waiting to be processed or delivered after the drain`);
      await Promise.all(finished.map((f) => f.finish()));
      const counts = await countMessages(options.db, finished.map((f) => f.log));
      const row: FaultRow = { fault: faultName(fault), seconds: Math.round((Date.now() - started) / 100) / 10, events, ...counts };
      rows.push(row);
      say(`  sent ${row.sent}, answered exactly once ${row.answeredOnce}, lost ${row.lost}, duplicated ${row.duplicated}, gave up ${row.gaveUp} (${row.seconds} s)`);
    }
    return rows;
  } finally {
    await Promise.all([server, worker].filter((p): p is StackProcess => p !== undefined).map((p) => stopProcess(p.child, 'SIGTERM')));
    await redis.destroy();
  }
}
