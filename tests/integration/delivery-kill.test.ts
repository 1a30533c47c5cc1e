import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { ConversationReferenceStore } from '../../bots/azure-bot/conversation-references.ts';
import { BotConnectorFake } from '../../bots/azure-bot/testing/bot-connector-fake.ts';
import { CustomerServiceWindow, phoneHasher } from '../../bots/whatsapp/index.ts';
import { DeliveryProducer, UNCONFIRMED_SEND_ERROR, type OutboundMessage } from '../../core/conversation/index.ts';
import { config } from '../../core/platform/config.ts';
import { GraphApiFake } from '../fakes/graph-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-bot-api.ts';
import type { DeliveryWorkerProcessConfig } from '../support/delivery-worker-process.ts';
import { HoldingProxy } from '../support/holding-proxy.ts';

/**
 * "No doubled reply" for the channels that cannot deduplicate: a real
 * delivery worker process with the real Telegram, WhatsApp Cloud API or
 * Azure Bot Service sender sends a turn of three messages through a proxy
 * in front of the channel's fake; the proxy holds the second request, and
 * the test kills the worker with SIGKILL while it waits. A new worker takes
 * the job over. The channel must have received every message at most once:
 * the held one is not sent again but marked failed with the "may not have
 * been delivered" error (whether or not it had reached the channel, which
 * the worker cannot know), and the third is sent once.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'tests/support/delivery-worker-process.ts');
const TEXTS = ['Message A', 'Message B', 'Message C'];
const PHONE = '48601234567';
const AZURE_USER = 'azure:webchat:user-7f3a';
const HASH_KEY = 'delivery-kill-hash-key';

let redis: Redis;
let telegram: FakeTelegramApi;
let graph: GraphApiFake;
let connector: BotConnectorFake;
const cleanup: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  redis = new Redis(config().REDIS_URL);
  telegram = await new FakeTelegramApi().start();
  graph = new GraphApiFake('1234567890');
  await graph.start();
  connector = await BotConnectorFake.start();
});

afterAll(async () => {
  await Promise.all([telegram.stop(), graph.close(), connector.close()]);
  redis.disconnect();
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function startWorker(workerConfig: DeliveryWorkerProcessConfig): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT, env: { ...process.env, DELIVERY_WORKER: JSON.stringify(workerConfig), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(() => kill(child, 'SIGTERM'));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`delivery worker exited (${code}) before it was ready:\n${stderr}`));
    child.once('exit', onExit);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) {
        child.off('exit', onExit);
        resolve(child);
      }
    });
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}

interface Channel {
  kind: DeliveryWorkerProcessConfig['kind'];
  /** The fake's URL the proxy forwards to. */
  upstream: () => string;
  token: () => string;
  message: (text: string) => OutboundMessage;
  /** Prepares the channel's own state (window, conversation reference) with the proxy's URL. */
  prepare: (keyPrefix: string, proxyUrl: string) => Promise<void>;
  /** What the channel's fake received, as texts, in order. */
  received: () => string[];
  reset: () => void;
}

const CHANNELS: Channel[] = [
  {
    kind: 'telegram',
    upstream: () => telegram.apiRoot,
    token: () => telegram.token,
    message: (text) => ({ channel: 'telegram', channelUserId: '5551234', conversationId: 'c1', text, choices: [], links: [] }),
    prepare: async () => undefined,
    received: () => telegram.sent.map((m) => m.text),
    reset: () => {
      telegram.sent.length = 0;
    },
  },
  {
    kind: 'whatsapp',
    upstream: () => graph.baseUrl,
    token: () => 'graph-token',
    message: (text) => ({ channel: 'whatsapp', channelUserId: PHONE, conversationId: 'c1', text, choices: [], links: [] }),
    prepare: (keyPrefix) => new CustomerServiceWindow(redis, { hash: phoneHasher(HASH_KEY), keyPrefix }).recordInbound(PHONE, new Date()),
    received: () => graph.sentTo(PHONE).map((b) => b.text?.body ?? ''),
    reset: () => {
      graph.requests.length = 0;
    },
  },
  {
    kind: 'azure',
    upstream: () => connector.serviceUrl,
    token: () => 'outgoing-token',
    message: (text) => ({ channel: 'webchat', channelUserId: AZURE_USER, conversationId: 'c1', text, choices: [], links: [] }),
    prepare: (keyPrefix, proxyUrl) => new ConversationReferenceStore(redis, { keyPrefix }).save(AZURE_USER, {
      serviceUrl: proxyUrl, channelId: 'webchat', conversationId: 'conv-42', bot: { id: 'bot-app', name: 'InfoBot' }, userId: 'user-7f3a',
    }),
    received: () => connector.posted.map((p) => String(p.activity.text)),
    reset: () => {
      connector.posted.length = 0;
    },
  },
];

/** Kills a worker while the channel holds the second message's request; returns what the channel got and what was recorded. */
async function killMidSend(channel: Channel, reach: boolean) {
  channel.reset();
  const prefix = `test-kill-${randomUUID()}`;
  const keyPrefix = `test-kill-${randomUUID()}:`;
  const statusKey = `${keyPrefix}statuses`;
  const proxy = await HoldingProxy.start(channel.upstream(), { holdAt: 2, reach });
  cleanup.push(() => proxy.close());
  await channel.prepare(keyPrefix, proxy.url);
  const producer = new DeliveryProducer({ connection: redis, prefix, attempts: 4 });
  cleanup.push(async () => {
    await producer.obliterate();
    await producer.close();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  const workerConfig: DeliveryWorkerProcessConfig = {
    prefix, kind: channel.kind, url: proxy.url, token: channel.token(), keyPrefix, statusKey, phoneNumberId: '1234567890', hashKey: HASH_KEY,
  };

  const first = await startWorker(workerConfig);
  await producer.enqueue({ items: TEXTS.map((text, i) => ({ messageId: `${prefix}-m${i}`, message: channel.message(text) })) });
  await proxy.held;
  await kill(first, 'SIGKILL');
  await startWorker(workerConfig);
  await expect.poll(() => redis.llen(statusKey), { timeout: 20_000, interval: 100 }).toBe(3);
  const statuses = (await redis.lrange(statusKey, 0, -1)).map((line) => JSON.parse(line) as { messageId: string; status: string; error?: string });
  const byText = Object.fromEntries(statuses.map((s) => [TEXTS[Number(s.messageId.slice(-1))], s.status === 'failed' ? `failed: ${s.error}` : s.status]));
  return { received: channel.received(), byText };
}

describe.each(CHANNELS)('$kind: a delivery worker killed mid-send', (channel) => {
  it('does not send the message in flight again; the rest goes out once', { timeout: 90_000 }, async () => {
    const { received, byText } = await killMidSend(channel, true);
    // Message B had reached the channel when the worker died: it arrives once, never twice.
    expect(received).toEqual(TEXTS);
    expect(byText).toEqual({ 'Message A': 'sent', 'Message B': `failed: ${UNCONFIRMED_SEND_ERROR}`, 'Message C': 'sent' });
  });
});

describe('a delivery worker killed before the message left', () => {
  it('reports it as maybe undelivered all the same (the worker cannot tell) and sends the rest once', { timeout: 90_000 }, async () => {
    const { received, byText } = await killMidSend(CHANNELS[0], false);
    expect(received).toEqual(['Message A', 'Message C']);
    expect(byText).toEqual({ 'Message A': 'sent', 'Message B': `failed: ${UNCONFIRMED_SEND_ERROR}`, 'Message C': 'sent' });
  });
});
