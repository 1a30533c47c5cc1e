import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedis, type Redis } from '../platform/redis.ts';
import { Queue } from 'bullmq';
import { QUEUES } from '../platform/queues.ts';
import { DeliveryProducer, DeliveryWorker, UNCONFIRMED_SEND_ERROR, retryAfterMs, type DeliveryJob, type DeliveryStatusStore } from './delivery.ts';
import type { OutboundMessage } from './messages.ts';
import type { ChannelSender, DeliveryResult } from './ports.ts';

/** Records status changes in memory, in order. */
class RecordingStore implements DeliveryStatusStore {
  readonly log: string[] = [];
  async markSent(sent: Array<{ messageId: string; externalId?: string }>) {
    for (const { messageId, externalId } of sent) this.log.push(`${messageId}:sent:${externalId ?? ''}`);
  }
  async markRetrying(id: string, error: string) { this.log.push(`${id}:retry:${error}`); }
  async markFailed(id: string, error: string) { this.log.push(`${id}:failed:${error}`); }
}

/** A channel whose answers are scripted per call. */
class ScriptedSender implements ChannelSender {
  readonly channel = 'telegram' as const;
  readonly calls: { at: number; text: string }[] = [];
  constructor(private readonly script: DeliveryResult[]) {}
  async send(message: OutboundMessage): Promise<DeliveryResult> {
    this.calls.push({ at: Date.now(), text: message.text });
    return this.script[Math.min(this.calls.length - 1, this.script.length - 1)];
  }
}

const outbound = (text: string): OutboundMessage => ({ channel: 'telegram', channelUserId: 'u1', conversationId: 'c1', text, choices: [], links: [] });

let connection: Redis;
let prefix: string;
let producer: DeliveryProducer;
let worker: DeliveryWorker | undefined;

beforeEach(() => {
  connection = createRedis();
  prefix = `test-${randomUUID()}`;
  producer = new DeliveryProducer({ connection, prefix, attempts: 4, backoffMs: 20 });
});

afterEach(async () => {
  await worker?.close();
  await producer.obliterate();
  await producer.close();
  connection.disconnect();
});

async function run(sender: ChannelSender, store: DeliveryStatusStore, until: () => boolean): Promise<void> {
  worker = new DeliveryWorker({ connection, prefix, attempts: 4, backoffMs: 20, senders: [sender], store });
  await worker.waitUntilReady();
  await expect.poll(until, { timeout: 10_000, interval: 20 }).toBe(true);
}

describe('outbound delivery queue (real Redis)', () => {
  it('delivers and records sent with the channel id', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'sent', externalId: 'tg-1' }]);
    await producer.enqueue({ items: [{ messageId: 'm1', message: outbound('hello') }] });
    await run(sender, store, () => store.log.length === 1);
    expect(store.log).toEqual(['m1:sent:tg-1']);
    expect(sender.calls.map((c) => c.text)).toEqual(['hello']);
  });

  it('retries a temporary failure with backoff, then records sent', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'retry', error: 'ECONNRESET' }, { status: 'retry', error: 'ECONNRESET' }, { status: 'sent' }]);
    await producer.enqueue({ items: [{ messageId: 'm2', message: outbound('retry me') }] });
    await run(sender, store, () => store.log.some((l) => l.includes(':sent')));
    expect(store.log).toEqual(['m2:retry:ECONNRESET', 'm2:retry:ECONNRESET', 'm2:sent:']);
    // Exponential backoff from 20 ms: at least 20 ms before the 2nd attempt, 40 ms before the 3rd (never earlier).
    expect(sender.calls[1].at - sender.calls[0].at).toBeGreaterThanOrEqual(18);
    expect(sender.calls[2].at - sender.calls[1].at).toBeGreaterThanOrEqual(38);
  });

  it("waits as long as the channel's retry-after says", async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'retry', error: '429 Too Many Requests', retryAfterMs: 400 }, { status: 'sent' }]);
    await producer.enqueue({ items: [{ messageId: 'm3', message: outbound('slow down') }] });
    await run(sender, store, () => store.log.some((l) => l.includes(':sent')));
    expect(sender.calls[1].at - sender.calls[0].at).toBeGreaterThanOrEqual(380);
  });

  it('stops at once on a permanent failure and records it', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'failed', error: '403 bot was blocked by the user' }]);
    await producer.enqueue({ items: [{ messageId: 'm4', message: outbound('blocked') }] });
    await run(sender, store, () => store.log.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(store.log).toEqual(['m4:failed:403 bot was blocked by the user']);
    expect(sender.calls).toHaveLength(1);
  });

  it('marks failed after the last attempt instead of dropping the message', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'retry', error: 'ETIMEDOUT' }]);
    await producer.enqueue({ items: [{ messageId: 'm5', message: outbound('never arrives') }] });
    await run(sender, store, () => store.log.some((l) => l.includes(':failed')));
    expect(sender.calls).toHaveLength(4);
    expect(store.log.at(-1)).toBe('m5:failed:ETIMEDOUT');
  });

  it('treats a throwing adapter as a temporary failure', async () => {
    const store = new RecordingStore();
    let calls = 0;
    const sender: ChannelSender = {
      channel: 'telegram',
      async send() {
        calls++;
        if (calls === 1) throw new Error('socket hang up');
        return { status: 'sent' };
      },
    };
    await producer.enqueue({ items: [{ messageId: 'm6', message: outbound('flaky') }] });
    await run(sender, store, () => store.log.some((l) => l.includes(':sent')));
    expect(store.log).toEqual(['m6:retry:socket hang up', 'm6:sent:']);
  });

  it("sends a turn's replies in order, and resumes after the one that failed", async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'sent' }, { status: 'retry', error: 'ECONNRESET' }, { status: 'sent' }]);
    await producer.enqueue({ items: ['a', 'b', 'c'].map((t, i) => ({ messageId: `t${i}`, message: outbound(t) })) });
    await run(sender, store, () => store.log.includes('t2:sent:'));
    expect(sender.calls.map((c) => c.text)).toEqual(['a', 'b', 'b', 'c']);
    // The retry records `a` again with the rest (idempotent: the first attempt might have died before recording it).
    expect(store.log).toEqual(['t0:sent:', 't1:retry:ECONNRESET', 't0:sent:', 't1:sent:', 't2:sent:']);
  });

  it('marks the rest of a turn failed on a permanent failure', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'sent' }, { status: 'failed', error: 'blocked' }]);
    await producer.enqueue({ items: ['a', 'b', 'c'].map((t, i) => ({ messageId: `f${i}`, message: outbound(t) })) });
    await run(sender, store, () => store.log.length === 3);
    expect(store.log).toEqual(['f0:sent:', 'f1:failed:blocked', 'f2:failed:blocked']);
  });

  it('hands a whole turn to a sender that sends in one go, and resumes after what it sent', async () => {
    const store = new RecordingStore();
    const batches: string[][] = [];
    // First call: two of three sent, then a temporary failure; the retry gets only the rest.
    const script: DeliveryResult[][] = [
      [{ status: 'sent', externalId: 'x0' }, { status: 'sent', externalId: 'x1' }, { status: 'retry', error: 'busy' }],
      [{ status: 'sent', externalId: 'x2' }, { status: 'sent', externalId: 'x3' }],
    ];
    const sender: ChannelSender = {
      channel: 'telegram',
      send: async () => ({ status: 'failed', error: 'send() must not be used when sendAll exists' }),
      // One step is only for a sender a re-run cannot make show a message twice.
      deduplicates: () => true,
      async sendAll(messages) {
        batches.push(messages.map((m) => m.text));
        return script[batches.length - 1];
      },
    };
    await producer.enqueue({ items: ['a', 'b', 'c', 'd'].map((t, i) => ({ messageId: `b${i}`, message: outbound(t) })) });
    await run(sender, store, () => store.log.includes('b3:sent:x3'));
    expect(batches).toEqual([['a', 'b', 'c', 'd'], ['c', 'd']]);
    expect(store.log).toEqual(['b0:sent:x0', 'b1:sent:x1', 'b2:retry:busy', 'b0:sent:', 'b1:sent:', 'b2:sent:x2', 'b3:sent:x3']);
  });

  it('delivers a message enqueued twice only once', async () => {
    const store = new RecordingStore();
    const sender = new ScriptedSender([{ status: 'sent' }]);
    await producer.enqueue({ items: [{ messageId: 'm7', message: outbound('once') }] });
    await producer.enqueue({ items: [{ messageId: 'm7', message: outbound('once') }] });
    await run(sender, store, () => store.log.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(sender.calls).toHaveLength(1);
  });
});

/** A sender that records what reached it; `deduplicates` as given. */
function recordingSender(dedup: boolean): ChannelSender & { got: string[] } {
  const got: string[] = [];
  return {
    channel: 'telegram',
    got,
    ...(dedup ? { deduplicates: () => true } : {}),
    async send(message) {
      got.push(message.text);
      return { status: 'sent', externalId: `x-${message.messageId}` };
    },
  };
}

const turn = (prefix: string) => ['a', 'b', 'c'].map((t) => ({ messageId: `${prefix}-${t}`, message: outbound(t) }));

/**
 * A job as a worker that died mid-send leaves it: `a` sent and confirmed,
 * `b` handed to the channel (`sending`) with no outcome recorded. (Real
 * processes killed with SIGKILL: tests/integration/delivery-kill.test.ts.)
 */
describe('the re-run of a job whose worker died mid-send', () => {
  it('does not send again a message whose outcome it never learned, says so, and sends the rest once', async () => {
    const store = new RecordingStore();
    const sender = recordingSender(false);
    await producer.enqueue({ items: turn('k'), done: 1, sending: 1 });
    await run(sender, store, () => store.log.length === 3);
    expect(sender.got).toEqual(['c']);
    expect(store.log).toEqual([`k-b:failed:${UNCONFIRMED_SEND_ERROR}`, 'k-a:sent:', 'k-c:sent:x-k-c']);
  });

  it('gives a channel that deduplicates the unconfirmed message again', async () => {
    const store = new RecordingStore();
    const sender = recordingSender(true);
    await producer.enqueue({ items: turn('d'), done: 1, sending: 1 });
    await run(sender, store, () => store.log.length === 3);
    expect(sender.got).toEqual(['b', 'c']);
    expect(store.log).toEqual(['d-a:sent:', 'd-b:sent:x-d-b', 'd-c:sent:x-d-c']);
  });

  it('records progress before and after every send to a channel that cannot deduplicate', async () => {
    const store = new RecordingStore();
    const seen: Array<{ text: string; done?: number; sending?: number }> = [];
    const queue = new Queue<DeliveryJob>(QUEUES.delivery, { connection, prefix });
    // What the job's stored data says at the moment each message is being sent.
    const sender: ChannelSender = {
      channel: 'telegram',
      async send(message) {
        const job = await queue.getJob('p-a');
        seen.push({ text: message.text, done: job?.data.done, sending: job?.data.sending });
        return { status: 'sent' };
      },
    };
    await producer.enqueue({ items: turn('p') });
    await run(sender, store, () => store.log.length === 3);
    await queue.close();
    expect(seen).toEqual([{ text: 'a', done: 0, sending: 1 }, { text: 'b', done: 1, sending: 1 }, { text: 'c', done: 2, sending: 1 }]);
  });

  it('gives up on nothing when the dead run had confirmed everything', async () => {
    const store = new RecordingStore();
    const sender = recordingSender(false);
    await producer.enqueue({ items: turn('z'), done: 3, sending: 0 });
    await run(sender, store, () => store.log.length === 3);
    expect(sender.got).toEqual([]);
    expect(store.log).toEqual(['z-a:sent:', 'z-b:sent:', 'z-c:sent:']);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
