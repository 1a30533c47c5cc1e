import type { AnswerEngine } from './answer-engine.ts';

/**
 * Prepares engines in idle moments: what the first urgent message and the
 * first question in each language at an entry point would otherwise build
 * while the person waits (the crisis tiles; a language's own-tiles index, a
 * few ms for a municipality's tiles). At national scale that is thousands of
 * small builds, too many to do before the engines are ready (it doubled the
 * start-up time) and too slow to do on a question (it set the p99).
 *
 * Work runs in slices of about `sliceMs` between other events (setImmediate),
 * so a question that arrives waits for one slice at most. Engines replaced
 * before their turn are skipped (`isCurrent`).
 */
export class IdlePreparation {
  private readonly queue: Array<{ engine: AnswerEngine; isCurrent: () => boolean }> = [];
  private running = false;
  private waiters: Array<() => void> = [];

  /** @param onError a preparation that failed (the engine is skipped; its questions build lazily as before) */
  constructor(private readonly onError: (error: unknown) => void = () => {}, private readonly sliceMs = 2) {}

  /** Queues `engine` for preparation; `isCurrent` says whether it still serves questions. */
  add(engine: AnswerEngine, isCurrent: () => boolean): void {
    this.queue.push({ engine, isCurrent });
    if (!this.running) {
      this.running = true;
      setImmediate(() => this.slice());
    }
  }

  /** Engines waiting for preparation (including the one in progress). */
  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once every queued engine is prepared (at once when none is queued). */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private slice(): void {
    const deadline = performance.now() + this.sliceMs;
    while (this.queue.length && performance.now() < deadline) {
      const next = this.queue[0];
      try {
        if (!next.isCurrent() || !next.engine.prepareNext()) this.queue.shift();
      } catch (error) {
        this.queue.shift();
        this.onError(error);
      }
    }
    if (this.queue.length) {
      setImmediate(() => this.slice());
      return;
    }
    this.running = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
