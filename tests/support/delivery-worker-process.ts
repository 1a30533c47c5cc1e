/**
 * A delivery worker process for tests that kill it mid-send
 * (tests/integration/delivery-kill.test.ts): the core's DeliveryWorker with
 * one real channel sender — Telegram, WhatsApp Cloud API or Azure Bot
 * Service — pointed at the URL the test gives (a proxy in front of that
 * channel's fake). What the worker records (sent, retrying, failed) is
 * appended as JSON lines to a Redis list, for the test to read. Prints
 * `ready` once the worker takes jobs.
 *
 * Usage: node --import tsx tests/support/delivery-worker-process.ts
 * Environment: DELIVERY_WORKER (JSON of {@link DeliveryWorkerProcessConfig}), REDIS_URL.
 */
import { Telegram } from 'telegraf';
import { BotServiceSender } from '../../bots/azure-bot/bot-service-sender.ts';
import { CallbackDataCodec, TelegramSender } from '../../bots/telegram/index.ts';
import { CustomerServiceWindow, phoneHasher, WhatsAppCloudSender } from '../../bots/whatsapp/index.ts';
import { DeliveryWorker, type ChannelSender, type DeliveryStatusStore } from '../../core/conversation/index.ts';
import { createRedis } from '../../core/platform/redis.ts';

/** What the test tells the process. */
export interface DeliveryWorkerProcessConfig {
  prefix: string;
  kind: 'telegram' | 'whatsapp' | 'azure';
  /** The channel's API root (Telegram apiRoot, Graph base URL, unused for Azure: the reference names it). */
  url: string;
  /** Bot token (Telegram) or access token (Graph). */
  token: string;
  /** Redis key prefix of the channel's own state (callback data, service window, conversation references). */
  keyPrefix: string;
  /** Redis list the recorded statuses go to. */
  statusKey: string;
  phoneNumberId?: string;
  /** Secret of the phone-number hashes (WhatsApp window). */
  hashKey?: string;
}

const config = JSON.parse(process.env.DELIVERY_WORKER ?? '{}') as DeliveryWorkerProcessConfig;
const redis = createRedis();

function sender(): ChannelSender {
  if (config.kind === 'telegram') {
    return new TelegramSender({
      telegram: new Telegram(config.token, { apiRoot: config.url, webhookReply: false }),
      codec: new CallbackDataCodec({ redis, keyPrefix: config.keyPrefix, knownKinds: [] }),
      token: config.token,
    });
  }
  if (config.kind === 'whatsapp') {
    return new WhatsAppCloudSender({
      graph: { baseUrl: config.url, token: config.token, phoneNumberId: config.phoneNumberId ?? '' },
      window: new CustomerServiceWindow(redis, { hash: phoneHasher(config.hashKey ?? ''), keyPrefix: config.keyPrefix }),
    });
  }
  return new BotServiceSender({ redis, keyPrefix: config.keyPrefix, tokens: { getAccessToken: async () => config.token }, timeoutMs: 60_000 });
}

const record = (entry: Record<string, unknown>) => redis.rpush(config.statusKey, JSON.stringify(entry)).then(() => undefined);
const store: DeliveryStatusStore = {
  async markSent(sent) {
    for (const { messageId, externalId } of sent) await record({ messageId, status: 'sent', externalId });
  },
  markRetrying: (messageId, error) => record({ messageId, status: 'retrying', error }),
  markFailed: (messageId, error) => record({ messageId, status: 'failed', error }),
};

const worker = new DeliveryWorker({
  connection: redis, prefix: config.prefix, senders: [sender()], store, attempts: 4, backoffMs: 50, lockDurationMs: 1000, stalledIntervalMs: 500,
});
await worker.waitUntilReady();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.close().then(() => redis.quit()).finally(() => process.exit(0));
});
