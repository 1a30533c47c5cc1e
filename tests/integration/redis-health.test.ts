import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ClaimTimeouts } from '../../core/handoff/claim-timeouts.ts';
import { QUEUES } from '../../core/platform/queues.ts';
import { RedisHealth } from '../../core/platform/redis-health.ts';
import { createRedis } from '../../core/platform/redis.ts';

/**
 * A Redis of its own (port 6398) goes away for a few seconds and comes back,
 * under the connections, queues and workers the server has: the JSON log
 * holds exactly one "Redis unavailable" warning and one "Redis available
 * again" note per connection name, and nothing reached stderr or the
 * console (no raw stack traces from ioredis or BullMQ).
 */
const PORT = 6398;
const URL = `redis://127.0.0.1:${PORT}`;

let server: ChildProcess | undefined;

async function startRedis(): Promise<void> {
  server = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const probe = new Redis(URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    for (let i = 0; ; i++) {
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch (err) {
        if (i > 50) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    probe.disconnect();
  }
}

async function stopRedis(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

afterAll(async () => {
  await stopRedis();
});

interface LogLine { level: number; msg: string; connection?: string; module?: string; error?: string; errors?: number; stack?: unknown; err?: unknown }

describe('Redis outage', () => {
  it('one warning per connection when Redis goes away, one note when it is back, nothing on stderr', async () => {
    await startRedis();
    const lines: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    const health = new RedisHealth(pino({ level: 'info' }, sink), { settleMs: 300 });

    const stderr: string[] = [];
    const realWrite = process.stderr.write.bind(process.stderr);
    const stderrSpy = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      stderr.push(String(chunk));
      return realWrite(chunk, ...(rest as []));
    }) as typeof process.stderr.write);
    const consoleSpies = (['error', 'warn', 'log'] as const).map((method) => vi.spyOn(console, method));

    // As the server has them: a fail-fast connection for requests, BullMQ's, queues and workers on it, and an observer.
    const requests = new Redis(URL, { maxRetriesPerRequest: 2 });
    const queues = createRedis(URL);
    health.watchConnection('requests', requests);
    health.watchConnection('queues', queues);
    const prefix = `test-health-${randomUUID()}`;
    const timeouts = new ClaimTimeouts({ connection: queues, prefix, timeoutMs: 60_000, health });
    await timeouts.start(async () => undefined);
    const events = new QueueEvents(QUEUES.claimTimeouts, { connection: { host: '127.0.0.1', port: PORT }, prefix });
    health.watchQueue(`${QUEUES.claimTimeouts}:events`, events);
    await events.waitUntilReady();
    const names = ['requests', 'queues', 'claim-timeouts:queue', 'claim-timeouts:worker', 'claim-timeouts:events'];

    try {
      await stopRedis();
      // Several seconds of failed reconnects: hundreds of error events without the reporter.
      await expect.poll(() => health.down().sort(), { timeout: 10_000 }).toEqual([...names].sort());
      await new Promise((r) => setTimeout(r, 3_000));
      await startRedis();
      await expect.poll(() => health.down(), { timeout: 20_000, interval: 200 }).toEqual([]);
      // Working again: a job can be scheduled.
      await timeouts.schedule('conversation-after-outage');

      const warnings = lines.filter((l) => l.msg === 'Redis unavailable');
      const back = lines.filter((l) => l.msg === 'Redis available again');
      expect(warnings.map((l) => l.connection).sort()).toEqual([...names].sort());
      expect(back.map((l) => l.connection).sort()).toEqual([...names].sort());
      for (const line of warnings) {
        expect(line).toMatchObject({ level: 40, module: 'redis' });
        expect(line.error).toMatch(/ECONNREFUSED|closed|ended|ECONNRESET/);
        expect(line.stack).toBeUndefined();
        expect(line.err).toBeUndefined();
      }
      expect(back.every((l) => l.level === 30)).toBe(true);
      // Many more errors were heard than logged.
      expect(back.reduce((n, l) => n + (l.errors ?? 0), 0)).toBeGreaterThan(names.length * 3);
      expect(lines).toHaveLength(warnings.length + back.length);
      expect(stderr.join('')).toBe('');
      for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    } finally {
      stderrSpy.mockRestore();
      for (const spy of consoleSpies) spy.mockRestore();
      await events.close();
      await timeouts.obliterate().catch(() => undefined);
      await timeouts.close();
      requests.disconnect();
      queues.disconnect();
    }
  }, 60_000);
});
