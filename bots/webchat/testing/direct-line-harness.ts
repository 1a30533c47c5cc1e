import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { Redis } from 'ioredis';
import type { InboundMessage, OutboundMessage } from '../../../core/conversation/messages.ts';
import type { DeliveryResult, InboundHandler } from '../../../core/conversation/ports.ts';
import { config } from '../../../core/platform/config.ts';
import { directLinePlugin, WebChatEraser, WebChatSender, type DirectLinePluginOptions, type WebChatEraserOptions, type WebChatSenderOptions } from '../index.ts';

/** The secret the tests sign with (not the configured one, so a test can also prove a foreign secret fails). */
export const TEST_SECRET = 'test-directline-secret-0123456789abcdef';

/** A reply the fake bot sends, without the routing fields. */
export type FakeReply = Pick<OutboundMessage, 'text'> & Partial<Pick<OutboundMessage, 'choices' | 'links'>>;

/**
 * The conversation core as the adapter sees it: records what it receives
 * (idempotent on externalId, like the real one), can be told to fail, and
 * answers through WebChatSender *after* receive() resolved, as the real core
 * does from its queue.
 */
export class FakeBot implements InboundHandler {
  /** Messages accepted, in order (duplicates excluded). */
  readonly received: InboundMessage[] = [];
  /** Every call of receive(), duplicates and failures included. */
  calls = 0;
  /** The next this many receive() calls reject. */
  failures = 0;
  private readonly seen = new Set<string>();
  private readonly deliveries: Promise<DeliveryResult>[] = [];

  constructor(
    private readonly sender: WebChatSender,
    private readonly reply: (message: InboundMessage) => FakeReply | undefined = (m) => ({ text: `You said: ${m.text ?? m.payload ?? ''}` }),
  ) {}

  async receive(message: InboundMessage): Promise<{ duplicate: boolean }> {
    this.calls += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('queue unavailable');
    }
    if (this.seen.has(message.externalId)) return { duplicate: true };
    this.seen.add(message.externalId);
    this.received.push(message);
    const reply = this.reply(message);
    if (reply) {
      const outbound: OutboundMessage = {
        channel: 'webchat',
        channelUserId: message.channelUserId,
        conversationId: 'core-conversation',
        // As the delivery worker does: the stored reply's id, which makes the append idempotent.
        messageId: `reply-to-${message.externalId}`,
        choices: [],
        links: [],
        ...reply,
      };
      this.deliveries.push(new Promise((resolve) => setTimeout(resolve, 5)).then(() => this.sender.send(outbound)));
    }
    return { duplicate: false };
  }

  /** Waits for every reply scheduled so far and returns their delivery results. */
  async settled(): Promise<DeliveryResult[]> {
    return Promise.all(this.deliveries);
  }
}

/**
 * One test's world: its own Redis key prefix, its apps and connections,
 * all closed and deleted by {@link DirectLineHarness.cleanup}.
 */
export class DirectLineHarness {
  readonly prefix = `test:directline:${randomUUID()}:`;
  private readonly connections: Redis[] = [];
  private readonly apps: FastifyInstance[] = [];
  /** The Redis of the web chat (default REDIS_URL; a test's own server for fault tests). */
  readonly redisUrl: string;
  readonly redis: Redis;

  constructor(options: { redisUrl?: string } = {}) {
    this.redisUrl = options.redisUrl ?? config().REDIS_URL;
    this.redis = this.connection();
  }

  /** A new Redis connection (another "process"), closed at cleanup. */
  connection(): Redis {
    const redis = new Redis(this.redisUrl, { maxRetriesPerRequest: 2 });
    this.connections.push(redis);
    return redis;
  }

  sender(redis = this.redis, options: Partial<WebChatSenderOptions> = {}): WebChatSender {
    return new WebChatSender({ redis, keyPrefix: this.prefix, botName: 'Infobot', ...options });
  }

  eraser(redis = this.redis, options: Partial<WebChatEraserOptions> = {}): WebChatEraser {
    return new WebChatEraser({ redis, keyPrefix: this.prefix, ...options });
  }

  /** Every key under this harness's prefix. */
  async keys(): Promise<string[]> {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return found;
  }

  /** An app with only the Direct Line plugin, on this harness's prefix and the test secret; silent unless `server.logger` is given. */
  async app(options: Partial<DirectLinePluginOptions> & { inbound: InboundHandler }, server: FastifyServerOptions = { logger: false }): Promise<FastifyInstance> {
    const app = Fastify(server);
    this.apps.push(app);
    await app.register(directLinePlugin, { redis: this.redis, keyPrefix: this.prefix, secret: TEST_SECRET, botName: 'Infobot', ...options });
    await app.ready();
    return app;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.apps.map((app) => app.close()));
    const keys = await this.keys().catch(() => []);
    if (keys.length > 0) await this.redis.del(...keys);
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

/** Generates a token and starts its conversation through the API, as Web Chat's page and client do. */
export async function startConversation(
  app: FastifyInstance,
  body: { org: string; entry?: string } = { org: 'demostad' },
): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const generated = await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', payload: body });
  if (generated.statusCode !== 200) throw new Error(`generate answered ${generated.statusCode}: ${generated.body}`);
  const { token } = generated.json<{ token: string }>();
  const started = await app.inject({ method: 'POST', url: '/v3/directline/conversations', headers: { authorization: `Bearer ${token}` } });
  if (started.statusCode !== 201) throw new Error(`start answered ${started.statusCode}: ${started.body}`);
  return started.json();
}

/** Posts a message to the conversation as Web Chat does: its own id in `channelData.clientActivityID`, and its `locale` when given. */
export function postMessage(
  app: FastifyInstance,
  conversation: { conversationId: string; token: string },
  text: string,
  clientActivityID: string,
  locale?: string,
) {
  return app.inject({
    method: 'POST', url: `/v3/directline/conversations/${conversation.conversationId}/activities`, headers: { authorization: `Bearer ${conversation.token}` },
    payload: { type: 'message', text, ...(locale ? { locale } : {}), channelData: { clientActivityID } },
  });
}
