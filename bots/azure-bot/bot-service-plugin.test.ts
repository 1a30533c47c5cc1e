import { randomUUID } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../core/conversation/messages.ts';
import type { InboundHandler } from '../../core/conversation/ports.ts';
import { config } from '../../core/platform/config.ts';
import { AppError } from '../../core/platform/errors.ts';
import { botServicePlugin } from './bot-service-plugin.ts';
import { ConversationReferenceStore } from './conversation-references.ts';
import { buildMessageActivity } from './testing/activity-builder.ts';
import { BotFrameworkIssuer, signJwt } from './testing/bot-framework-issuer.ts';

const APP_ID = '00000000-0000-4000-8000-00000000a11d';
const SERVICE_URL = 'https://webchat.botframework.com';

/** The core as the endpoint sees it: records what it receives; can be told to fail. */
class RecordingInbound implements InboundHandler {
  readonly received: InboundMessage[] = [];
  failWith: Error | undefined;
  async receive(message: InboundMessage) {
    if (this.failWith) throw this.failWith;
    this.received.push(message);
    return { duplicate: false };
  }
}

let issuer: BotFrameworkIssuer;
let redis: Redis;
let keyPrefix: string;
let inbound: RecordingInbound;
let app: FastifyInstance;

beforeAll(async () => {
  issuer = await BotFrameworkIssuer.start();
  redis = new Redis(config().REDIS_URL);
});
afterAll(async () => {
  await issuer.close();
  redis.disconnect();
});

beforeEach(async () => {
  keyPrefix = `test-azurebot-${randomUUID()}:`;
  inbound = new RecordingInbound();
  app = Fastify({ logger: false });
  await app.register(botServicePlugin, {
    inbound, redis, keyPrefix,
    settings: { appId: APP_ID, appPassword: 'secret', tenantId: issuer.tenantId, authorityEndpoint: issuer.authorityEndpoint },
  });
});
afterEach(async () => {
  await app.close();
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
});

function post(activity: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/messages', headers, payload: activity as object });
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('POST /api/messages: authentication', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  it.each([
    ['no Authorization header', 'authorization header not found', () => ({})],
    ['another scheme', 'invalid authorization header', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token that is not a JWT', 'invalid token', () => bearer('not-a-jwt')],
    ['a token signed with another key', 'invalid signature', () => bearer(signJwt({ iss: issuer.issuer, aud: APP_ID, serviceurl: SERVICE_URL, exp: now() + 600 }, foreignKey, issuer.kid))],
    ['a token for another app', 'Audience mismatch', () => bearer(issuer.token('someone-else', SERVICE_URL))],
    ['an expired token', 'jwt expired', () => bearer(issuer.token(APP_ID, SERVICE_URL, { iat: now() - 7200, nbf: now() - 7200, exp: now() - 900 }))],
    ['a token from another tenant', 'Issuer mismatch', () => bearer(issuer.token(APP_ID, SERVICE_URL, { iss: `${issuer.authorityEndpoint}/other-tenant/v2.0` }))],
    ['a token naming another serviceUrl', 'serviceUrl does not match the token', () => bearer(issuer.token(APP_ID, 'https://evil.example'))],
    ['a token naming no serviceUrl', 'the token names no serviceUrl', () => bearer(issuer.token(APP_ID, SERVICE_URL, { serviceurl: undefined }))],
  ])('rejects %s with 401 (%s) and receives nothing', async (_case, reason, headers) => {
    const res = await post(buildMessageActivity(SERVICE_URL), headers());
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'BOT_SERVICE_UNAUTHORIZED', message: `Bot Service request rejected: ${reason}` });
    expect(JSON.stringify(res.json())).not.toMatch(/eyJ/); // no token echoed
    expect(inbound.received).toEqual([]);
    expect(await redis.keys(`${keyPrefix}*`)).toEqual([]);
  });

  it('rejects before reading the body', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { 'content-type': 'application/json' }, payload: '{not json' });
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /api/messages: a valid Bot Service request', () => {
  const token = () => issuer.token(APP_ID, SERVICE_URL);

  it('hands a message to the core, remembers the conversation reference, and answers 202', async () => {
    const activity = buildMessageActivity(SERVICE_URL, { id: 'm-1', channelData: { entry: 'agrifarm' } });
    const res = await post(activity, bearer(token()));
    expect(res.statusCode).toBe(202);
    expect(inbound.received).toHaveLength(1);
    expect(inbound.received[0]).toMatchObject({
      channel: 'webchat', channelUserId: 'azure:webchat:user-7f3a', externalId: 'azure:conv-42|livechat:m-1',
      text: 'Jak dostać numer BSN?', locale: 'pl-PL', entryCode: 'agrifarm',
    });
    const stored = await new ConversationReferenceStore(redis, { keyPrefix }).get('azure:webchat:user-7f3a');
    expect(stored).toEqual({ serviceUrl: SERVICE_URL, channelId: 'webchat', conversationId: 'conv-42|livechat', bot: { id: 'bot-app@abc', name: 'InfoBot' }, userId: 'user-7f3a' });
    // The user id is never a key in clear.
    expect((await redis.keys(`${keyPrefix}*`)).join()).not.toContain('user-7f3a');
  });

  it('acknowledges other activity types with 200 and does nothing', async () => {
    const res = await post(buildMessageActivity(SERVICE_URL, { type: 'conversationUpdate', membersAdded: [{ id: 'user-7f3a' }] }), bearer(token()));
    expect(res.statusCode).toBe(200);
    expect(inbound.received).toEqual([]);
  });

  it('answers 400 for a malformed activity and 413 for an oversized one', async () => {
    const bad = await post(buildMessageActivity(SERVICE_URL, { conversation: undefined }), bearer(token()));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const huge = await post(buildMessageActivity(SERVICE_URL, { text: 'a'.repeat(300 * 1024) }), bearer(token()));
    expect(huge.statusCode).toBe(413);
    expect(inbound.received).toEqual([]);
  });

  it('answers 503 when the core cannot store the message, and passes the core\'s client errors on', async () => {
    inbound.failWith = new Error('database down');
    const down = await post(buildMessageActivity(SERVICE_URL), bearer(token()));
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ code: 'BOT_SERVICE_UNAVAILABLE', message: 'Cannot accept Bot Service activities right now' });
    inbound.failWith = new AppError('MESSAGE_TOO_LONG', { max: 4096 });
    expect((await post(buildMessageActivity(SERVICE_URL), bearer(token()))).statusCode).toBe(413);
  });
});
