import type { Logger } from 'pino';
import { backoffDelay } from '../platform/backoff.ts';
import { isAppError } from '../platform/errors.ts';
import type { InboundMessage } from './messages.ts';
import type { InboundHandler } from './ports.ts';

export interface PatientInboundOptions {
  /** First wait after a failure, doubled per failure up to `maxDelayMs`. Default 1 s. */
  initialDelayMs?: number;
  /** Default 60 s. */
  maxDelayMs?: number;
  log?: Logger;
}

/**
 * For transports that never deliver an update again once it was handed over
 * (Telegram long polling confirms it with the next poll; the WhatsApp web
 * session fires each message once): keeps trying to store a message while
 * storing fails for a reason that may pass (the database or Redis is down),
 * waiting longer each time, until it is stored or the channel stops. Errors
 * that will not pass (an AppError that is not `retryable`) are thrown at
 * once. Webhook transports do not need it: they answer 5xx and the sender
 * delivers again.
 */
export class PatientInbound implements InboundHandler {
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly waits = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  private closed = false;

  constructor(
    private readonly inner: InboundHandler,
    private readonly options: PatientInboundOptions = {},
  ) {
    this.initialDelayMs = options.initialDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
  }

  async receive(message: InboundMessage): Promise<{ duplicate: boolean }> {
    for (let failures = 0; ; failures++) {
      try {
        return await this.inner.receive(message);
      } catch (err) {
        if (isAppError(err) && !err.retryable) throw err;
        if (this.closed) throw err;
        const delayMs = backoffDelay(failures, this.initialDelayMs, this.maxDelayMs);
        this.options.log?.warn(
          { module: 'inbound', channel: message.channel, err, failures: failures + 1, retryInMs: delayMs },
          'could not store an incoming message; trying again (this channel does not deliver it again)',
        );
        await this.wait(delayMs);
        if (this.closed) throw err;
      }
    }
  }

  /** Stops waiting: messages still waiting to be stored are given up (and logged by their channel). */
  close(): void {
    this.closed = true;
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.wake();
    }
    this.waits.clear();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wait = {
        timer: setTimeout(() => {
          this.waits.delete(wait);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.waits.add(wait);
    });
  }
}
