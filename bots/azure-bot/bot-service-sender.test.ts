import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import type { ChannelSender } from '../../core/conversation/ports.ts';
import { config } from '../../core/platform/config.ts';
import type { ConversationReference } from './bot-service-activities.ts';
import { BOT_FRAMEWORK_SCOPE, BotServiceSender } from './bot-service-sender.ts';
import { ConversationReferenceStore } from './conversation-references.ts';
import { BotConnectorFake } from './testing/bot-connector-fake.ts';
import { WebChatRoutingSender } from './web-chat-routing-sender.ts';

const USER = 'azure:webchat:user-7f3a';

/** Hands out a fixed token and records the scopes asked for; can be told to fail. */
class StubTokens {
  readonly scopes: string[] = [];
  fail = false;
  async getAccessToken(scope: string) {
    this.scopes.push(scope);
    if (this.fail) throw new Error('AADSTS7000215: Invalid client secret provided. secret=hunter2');
    return 'outgoing-token-123';
  }
}

let connector: BotConnectorFake;
let redis: Redis;
let keyPrefix: string;
let references: ConversationReferenceStore;
let tokens: StubTokens;
let sender: BotServiceSender;

const outbound = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  channel: 'webchat', channelUserId: USER, conversationId: 'core-1', text: 'Witaj!', choices: [{ label: 'Tak', payload: 'feedbackYes:' }], links: [], ...overrides,
});
const reference = (overrides: Partial<ConversationReference> = {}): ConversationReference => ({
  serviceUrl: connector.serviceUrl, channelId: 'webchat', conversationId: 'conv/42?x#y', bot: { id: 'bot-app', name: 'InfoBot' }, userId: 'user-7f3a', ...overrides,
});

beforeAll(async () => {
  connector = await BotConnectorFake.start();
  redis = new Redis(config().REDIS_URL);
});
afterAll(async () => {
  await connector.close();
  redis.disconnect();
});
beforeEach(() => {
  keyPrefix = `test-azurebot-${randomUUID()}:`;
  references = new ConversationReferenceStore(redis, { keyPrefix });
  tokens = new StubTokens();
  sender = new BotServiceSender({ redis, keyPrefix, tokens, timeoutMs: 2000 });
  connector.posted.length = 0;
  connector.answers.length = 0;
});
afterEach(async () => {
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  expect(connector.unexpected).toEqual([]);
});

describe('BotServiceSender', () => {
  it('posts the reply into the remembered conversation with the bot\'s token', async () => {
    await references.save(USER, reference());
    expect(await sender.send(outbound())).toEqual({ status: 'sent', externalId: 'azure:conv/42?x#y:reply-1' });
    expect(tokens.scopes).toEqual([BOT_FRAMEWORK_SCOPE]);
    expect(connector.posted).toHaveLength(1);
    const [post] = connector.posted;
    // The conversation id is one path segment, whatever it contains.
    expect(post.conversationId).toBe('conv/42?x#y');
    expect(post.authorization).toBe('Bearer outgoing-token-123');
    expect(post.activity).toMatchObject({
      type: 'message',
      conversation: { id: 'conv/42?x#y' },
      from: { id: 'bot-app', name: 'InfoBot', role: 'bot' },
      recipient: { id: 'user-7f3a', role: 'user' },
      text: 'Witaj!',
      suggestedActions: { actions: [{ type: 'postBack', title: 'Tak', value: 'feedbackYes:' }] },
    });
  });

  it('fails for good when nobody is there to answer, or the user is not a Bot Service user', async () => {
    expect(await sender.send(outbound())).toEqual({ status: 'failed', error: 'Bot Service conversation not found or expired' });
    expect((await sender.send(outbound({ channelUserId: 'dl_abc' }))).status).toBe('failed');
    expect(connector.posted).toEqual([]);
  });

  it('retries on 429 with the connector\'s Retry-After, on 5xx and 401, and fails for good on 403 and 404', async () => {
    await references.save(USER, reference());
    connector.answers.push(
      { status: 429, headers: { 'retry-after': '7' } },
      { status: 503 },
      { status: 401 },
      { status: 403 },
      { status: 404 },
    );
    expect(await sender.send(outbound())).toEqual({ status: 'retry', error: 'Bot Connector answered HTTP 429', retryAfterMs: 7000 });
    expect(await sender.send(outbound())).toEqual({ status: 'retry', error: 'Bot Connector answered HTTP 503' });
    expect(await sender.send(outbound())).toEqual({ status: 'retry', error: 'Bot Connector answered HTTP 401' });
    expect(await sender.send(outbound())).toEqual({ status: 'failed', error: 'Bot Connector answered HTTP 403' });
    expect(await sender.send(outbound())).toEqual({ status: 'failed', error: 'Bot Connector answered HTTP 404' });
    expect(connector.posted).toEqual([]);
  });

  it('retries when the connector is unreachable or no token can be had, without leaking secrets', async () => {
    const closed = await BotConnectorFake.start();
    const deadUrl = closed.serviceUrl;
    await closed.close();
    await references.save(USER, reference({ serviceUrl: deadUrl }));
    const unreachable = await sender.send(outbound());
    expect(unreachable.status).toBe('retry');

    await references.save(USER, reference());
    tokens.fail = true;
    const noToken = await sender.send(outbound());
    expect(noToken).toEqual({ status: 'retry', error: 'no Bot Service access token: Error' });
    expect(JSON.stringify(noToken)).not.toContain('hunter2');
    expect(connector.posted).toEqual([]);
  });

  it('treats an unreadable stored reference as no reference', async () => {
    await references.save(USER, reference());
    const [key] = await redis.keys(`${keyPrefix}ref:*`);
    await redis.set(key, '{"serviceUrl":42}');
    expect(await references.get(USER)).toBeNull();
    await redis.set(key, 'not json');
    expect(await references.get(USER)).toBeNull();
    expect((await sender.send(outbound())).status).toBe('failed');
  });
});

describe('WebChatRoutingSender', () => {
  it('sends Bot Service users\' replies through the Bot Service and everyone else\'s through the built-in web chat', async () => {
    const calls: string[] = [];
    const recording = (name: string): ChannelSender => ({
      channel: 'webchat',
      async send(message) {
        calls.push(`${name}:${message.channelUserId}`);
        return { status: 'sent' };
      },
    });
    const router = new WebChatRoutingSender({ botService: recording('azure'), webChat: recording('directline') });
    expect(router.channel).toBe('webchat');
    await router.send(outbound({ channelUserId: 'azure:webchat:u1' }));
    await router.send(outbound({ channelUserId: 'dl_abc123' }));
    expect(calls).toEqual(['azure:azure:webchat:u1', 'directline:dl_abc123']);
  });

  it('gives a Direct Line person\'s turn to the web chat in one step, and says who deduplicates', async () => {
    const calls: string[] = [];
    const webChat: ChannelSender = {
      channel: 'webchat',
      send: async () => ({ status: 'failed', error: 'one step expected' }),
      async sendAll(messages) {
        calls.push(`directline:${messages.map((m) => m.text).join('+')}`);
        return messages.map(() => ({ status: 'sent' as const }));
      },
      deduplicates: () => true,
    };
    const botService: ChannelSender = {
      channel: 'webchat',
      async send(message) {
        calls.push(`azure:${message.text}`);
        return message.text === 'b' ? { status: 'retry', error: 'busy' } : { status: 'sent' };
      },
    };
    const router = new WebChatRoutingSender({ botService, webChat });
    const turn = (user: string) => ['a', 'b', 'c'].map((text) => outbound({ channelUserId: user, text }));
    expect(await router.sendAll(turn('dl_abc123'))).toHaveLength(3);
    // Bot Service: one by one, stopping at the first that did not go out.
    expect(await router.sendAll(turn(USER))).toEqual([{ status: 'sent' }, { status: 'retry', error: 'busy' }]);
    expect(calls).toEqual(['directline:a+b+c', 'azure:a', 'azure:b']);
    // The Bot Connector has no idempotency key: the delivery worker guards those sends itself.
    expect(router.deduplicates(outbound({ channelUserId: 'dl_abc123' }))).toBe(true);
    expect(router.deduplicates(outbound({ channelUserId: USER }))).toBe(false);
  });
});
