import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RedisHealth } from './redis-health.ts';

/** A BullMQ-like component: errors on itself, `ready` on its backend. */
class FakeComponent extends EventEmitter {
  readonly backend = new EventEmitter();
  getBackend() {
    return this.backend;
  }
}

describe('RedisHealth', () => {
  let lines: Array<{ level: number; msg: string; connection: string; downMs?: number; errors?: number }>;
  let health: RedisHealth;
  let clock: number;

  beforeEach(() => {
    vi.useFakeTimers();
    lines = [];
    clock = 0;
    const stream = { write: (line: string) => lines.push(JSON.parse(line)) };
    health = new RedisHealth(pino({ level: 'info' }, stream), { settleMs: 1000, now: () => clock });
  });
  afterEach(() => vi.useRealTimers());

  it('logs the first error of an outage and the recovery, nothing in between', () => {
    const connection = new EventEmitter();
    health.watchConnection('requests', connection);
    connection.emit('ready'); // first connect: not a recovery
    for (let i = 0; i < 200; i++) connection.emit('error', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379\n    at stack'), { code: 'ECONNREFUSED' }));
    expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'Redis unavailable', connection: 'requests', code: 'ECONNREFUSED', error: 'connect ECONNREFUSED 127.0.0.1:6379' })]);
    expect(health.down()).toEqual(['requests']);
    clock = 5_000;
    connection.emit('ready');
    vi.advanceTimersByTime(1000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: 30, msg: 'Redis available again', connection: 'requests', downMs: 5_000, errors: 200 });
    expect(health.down()).toEqual([]);
  });

  it('a ready followed by an error within settleMs is not a recovery (a worker\'s second connection still down)', () => {
    const worker = new FakeComponent();
    health.watchQueue('outbound-delivery:worker', worker);
    worker.emit('error', new Error('Connection is closed.'));
    worker.backend.emit('ready');
    vi.advanceTimersByTime(500);
    worker.emit('error', new Error('connect ECONNREFUSED'));
    vi.advanceTimersByTime(2000);
    expect(lines.map((l) => l.msg)).toEqual(['Redis unavailable']);
    worker.backend.emit('ready');
    vi.advanceTimersByTime(1000);
    expect(lines.map((l) => l.msg)).toEqual(['Redis unavailable', 'Redis available again']);
  });

  it('a connection closed on purpose (end without errors) is no outage', () => {
    const connection = new EventEmitter();
    health.watchConnection('inbox-events', connection);
    connection.emit('end');
    expect(lines).toEqual([]);
    connection.emit('error', new Error('connect ECONNREFUSED'));
    expect(lines).toEqual([expect.objectContaining({ msg: 'Redis unavailable', connection: 'inbox-events' })]);
  });
});
