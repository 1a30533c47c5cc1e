import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botServicePlugin, BotServiceSender, WebChatRoutingSender } from '../../bots/azure-bot/index.ts';
import { buildMessageActivity } from '../../bots/azure-bot/testing/activity-builder.ts';
import { BotConnectorFake } from '../../bots/azure-bot/testing/bot-connector-fake.ts';
import { BotFrameworkIssuer } from '../../bots/azure-bot/testing/bot-framework-issuer.ts';
import { importTiles } from '../../core/content/index.ts';
import type { ProcessingJob } from '../../core/conversation/index.ts';
import { config } from '../../core/platform/config.ts';
import { QUEUES } from '../../core/platform/queues.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Azure Bot Service end to end, without the internet: a local token issuer
 * (JWKS) stands in for Entra, a local Bot Connector for the channel's
 * serviceUrl. The Agents SDK validates the tokens; the real core answers on
 * PostgreSQL and Redis; the reply goes back through the routing sender.
 */

const APP_ID = '00000000-0000-4000-8000-00000000a11d';
const TIMEOUT = { timeout: 15_000, interval: 50 };
const db = createTestDb();


let core: TestConversationStack;
let issuer: BotFrameworkIssuer;
let connector: BotConnectorFake;
let redis: Redis;
let keyPrefix: string;
let directLine: RecordingChannel;
let inboundQueue: Queue<ProcessingJob>;
let app: FastifyInstance;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  core = createTestConversationStack(db);
  issuer = await BotFrameworkIssuer.start();
  connector = await BotConnectorFake.start();
  redis = new Redis(config().REDIS_URL);
  keyPrefix = `test-azurebot-${randomUUID()}:`;
  directLine = new RecordingChannel('webchat');
  inboundQueue = new Queue<ProcessingJob>(QUEUES.inbound, { connection: core.connection, prefix: core.prefix });
  app = Fastify({ logger: false });
  await app.register(botServicePlugin, {
    inbound: core.stack.service, redis, keyPrefix,
    settings: { appId: APP_ID, appPassword: 'secret', tenantId: issuer.tenantId, authorityEndpoint: issuer.authorityEndpoint },
  });
  const botService = new BotServiceSender({ redis, keyPrefix, tokens: { getAccessToken: async () => 'outgoing-token' } });
  await core.stack.startWorkers([new WebChatRoutingSender({ botService, webChat: directLine })]);
});

afterEach(async () => {
  await app.close();
  await inboundQueue.close();
  await core.destroy();
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await connector.close();
  await issuer.close();
});

const post = (activity: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${issuer.token(APP_ID, connector.serviceUrl)}` }, payload: activity });

/** Nothing left to process or deliver. */
async function pendingJobs(): Promise<number> {
  const inbound = await inboundQueue.getJobCounts('waiting', 'active', 'delayed');
  const delivery = await core.stack.delivery.counts();
  return inbound.waiting + inbound.active + inbound.delayed + delivery.waiting + delivery.active + delivery.delayed;
}

describe('Azure Bot Service registration on the real core', () => {
  it('answers a Web Chat message through the Bot Connector, once, and takes the pressed choice', async () => {
    const first = buildMessageActivity(connector.serviceUrl, { text: 'Jak dostać numer BSN? Gdzie się zameldować?' });
    expect((await post(first)).statusCode).toBe(202);
    // Stored before any reply: the message is committed when the connector gets its 202.
    expect(await db.message.count({ where: { direction: 'inbound', channel: 'webchat' } })).toBe(1);

    await expect.poll(pendingJobs, TIMEOUT).toBe(0);
    const outbound = await db.message.findMany({ where: { direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
    expect(outbound.length).toBeGreaterThan(1);
    expect(outbound.every((m) => m.deliveryStatus === 'sent')).toBe(true);
    expect(connector.posted.map((p) => p.activity.text)).toEqual(outbound.map((m) => m.text));
    expect(connector.posted[0].activity.text).toContain('Testdorp');
    expect(connector.posted.some((p) => String(p.activity.text).includes('Zameldowanie w gminie i numer BSN'))).toBe(true);
    for (const { conversationId, authorization, activity } of connector.posted) {
      expect(conversationId).toBe('conv-42|livechat');
      expect(authorization).toBe('Bearer outgoing-token');
      expect(activity).toMatchObject({ type: 'message', from: { id: 'bot-app@abc', role: 'bot' }, recipient: { id: 'user-7f3a', role: 'user' } });
    }
    expect(directLine.sent).toEqual([]);
    expect(await db.questionLog.findFirstOrThrow()).toMatchObject({ channel: 'webchat', language: 'pl', tileKey: 'bsn', outcome: 'answered' });

    // The connector redelivers the same activity: accepted, not answered again.
    const answered = connector.posted.length;
    expect((await post(first)).statusCode).toBe(202);
    await expect.poll(pendingJobs, TIMEOUT).toBe(0);
    expect(connector.posted).toHaveLength(answered);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);

    // Web Chat's postBack of the "helpful?" choice.
    const actions = (connector.posted.at(-1)?.activity.suggestedActions as { actions: Array<{ type: string; value: string }> }).actions;
    expect(actions.map((a) => a.value)).toEqual(['feedbackYes:', 'feedbackNo:']);
    expect(actions.every((a) => a.type === 'postBack')).toBe(true);
    expect((await post(buildMessageActivity(connector.serviceUrl, { text: actions[0].value, channelData: { postBack: true } }))).statusCode).toBe(202);
    await expect.poll(async () => (await db.questionLog.findFirstOrThrow()).feedback, TIMEOUT).toBe('helpful');
    await expect.poll(() => connector.posted.length, TIMEOUT).toBeGreaterThan(answered);
    expect(connector.unexpected).toEqual([]);
  });

  it('keeps Bot Service users and built-in web chat users apart', async () => {
    expect((await post(buildMessageActivity(connector.serviceUrl, { text: 'hello' }))).statusCode).toBe(202);
    await core.stack.service.receive({ channel: 'webchat', channelUserId: 'dl_builtin-user', externalId: 'dl-1', text: 'hello', organizationSlug: 'testdorp', receivedAt: new Date() });
    await expect.poll(pendingJobs, TIMEOUT).toBe(0);
    expect(await db.contact.count({ where: { channel: 'webchat' } })).toBe(2);
    expect(connector.posted.length).toBeGreaterThan(0);
    expect(directLine.sent.length).toBeGreaterThan(0);
    expect(directLine.sent.every((m) => m.channelUserId === 'dl_builtin-user')).toBe(true);
    expect(connector.posted.every((p) => (p.activity.recipient as { id: string }).id === 'user-7f3a')).toBe(true);
  });
});
