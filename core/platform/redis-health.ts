import type { Logger } from 'pino';
import { logger } from './logger.ts';

/**
 * One place that hears every Redis connection, queue and worker of the
 * process fail, and says so once. ioredis retries a lost connection every
 * moment and BullMQ re-emits each failed attempt as an `error` event; an
 * emitter without an `error` listener throws, and BullMQ then prints the
 * stack trace to stderr, hundreds of times per outage. Every connection,
 * Queue, Worker and QueueEvents is watched here instead, and a small state
 * machine per name logs transitions only:
 *
 *   up --error--> down   one warning "Redis unavailable" (module, connection, error code and message; no stack)
 *   down --ready, then quiet for settleMs--> up   one info "Redis available again" (with the outage's length)
 *
 * Further errors while down are counted, not logged; a `ready` followed by
 * an error within `settleMs` (one of a worker's two connections back, the
 * other not yet) is not a recovery.
 */

/** What {@link RedisHealth.watchConnection} needs of an ioredis connection. */
export interface WatchedConnection {
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
}

/** What {@link RedisHealth.watchQueue} needs of a BullMQ Queue, Worker or QueueEvents. */
export interface WatchedQueue {
  on(event: 'error', listener: (err: Error) => void): unknown;
  /** BullMQ's backend: it emits `ready` whenever one of the component's connections is (again) ready. */
  getBackend?(): { on(event: 'ready', listener: () => void): unknown };
}

interface ConnectionState {
  down: boolean;
  since: number;
  /** Errors heard during the current outage (the first one was logged). */
  errors: number;
  settling?: NodeJS.Timeout;
}

/** Options of {@link RedisHealth}. */
export interface RedisHealthOptions {
  /** Quiet time after `ready` before the connection counts as back, in ms; default 1 s. */
  settleMs?: number;
  /** The clock; tests pass their own. */
  now?: () => number;
}

function describe(err: unknown): { code?: string; error: string } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; message?: unknown };
  return {
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    error: typeof e.message === 'string' ? e.message.split('\n')[0].slice(0, 300) : String(err),
  };
}

/** Watches Redis connections and BullMQ components by name; logs when one goes away and when it is back. */
export class RedisHealth {
  private readonly states = new Map<string, ConnectionState>();
  private readonly settleMs: number;
  private readonly now: () => number;

  constructor(private readonly log: Logger, options: RedisHealthOptions = {}) {
    this.settleMs = options.settleMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Watches an ioredis connection under `name` (e.g. `requests`, `inbox-events`).
   * Its `end` is not an outage: the project's connections retry forever
   * (ioredis's default strategy), so a connection ends only when it is
   * closed on purpose (shutdown, a closed stream); an outage shows as errors.
   */
  watchConnection(name: string, connection: WatchedConnection): void {
    connection.on('error', (err) => this.failed(name, err));
    connection.on('ready', () => this.ready(name));
  }

  /** Watches a BullMQ Queue, Worker or QueueEvents under `name` (e.g. `outbound-delivery:worker`). */
  watchQueue(name: string, component: WatchedQueue): void {
    component.on('error', (err) => this.failed(name, err));
    component.getBackend?.().on('ready', () => this.ready(name));
  }

  /** The names that are down right now. */
  down(): string[] {
    return [...this.states].filter(([, s]) => s.down).map(([name]) => name);
  }

  /** Reports an error of `name`: logs the first one of an outage. Usable as an `error` listener. */
  failed(name: string, err: unknown): void {
    const state = this.state(name);
    if (state.settling) {
      clearTimeout(state.settling);
      state.settling = undefined;
    }
    if (state.down) {
      state.errors += 1;
      return;
    }
    state.down = true;
    state.since = this.now();
    state.errors = 1;
    this.log.warn({ module: 'redis', connection: name, ...describe(err) }, 'Redis unavailable');
  }

  /** Reports that `name` is ready: back once it stays quiet for `settleMs`. */
  ready(name: string): void {
    const state = this.state(name);
    if (!state.down || state.settling) return;
    state.settling = setTimeout(() => {
      state.settling = undefined;
      state.down = false;
      this.log.info({ module: 'redis', connection: name, downMs: this.now() - state.since, errors: state.errors }, 'Redis available again');
    }, this.settleMs);
    state.settling.unref();
  }

  private state(name: string): ConnectionState {
    let state = this.states.get(name);
    if (!state) {
      state = { down: false, since: 0, errors: 0 };
      this.states.set(name, state);
    }
    return state;
  }
}

let shared: RedisHealth | undefined;

/** The process's reporter, logging through the root logger; components use it unless given their own. */
export function redisHealth(): RedisHealth {
  shared ??= new RedisHealth(logger());
  return shared;
}
