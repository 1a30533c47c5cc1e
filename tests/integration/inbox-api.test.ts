import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisInboxEvents } from '../../core/handoff/index.ts';
import { config } from '../../core/platform/config.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { useInboxWorld } from '../support/inbox-world.ts';

/**
 * The inbox API through `app.inject()` on the real app (buildApp with staff
 * sign-in and the inbox), PostgreSQL, Redis, BullMQ and the real
 * conversation core; DeepL faked at the network edge, the person's channel
 * a recording sender. The event stream is read from a listening server.
 * Who may see what: inbox-access.test.ts.
 */
const world = useInboxWorld();
const { db, login, get, post, conv, latest, say, waitingConversation } = world;

describe('inbox API: the handoff from waiting to the bot again', () => {
  it('lists, claims, replies translated on the person\'s channel, notes, hands back; the bot answers again', async () => {
    const id = await waitingConversation();
    await say('Am o problemă cu angajatorul meu');
    const anna = await login('anna@testdorp.example');
    await expect.poll(async () => (await get(anna, '/api/inbox/conversations')).json().items[0]?.lastQuestion, { timeout: 10_000 })
      .toBe('Am o problemă cu angajatorul meu');

    const list = await get(anna, '/api/inbox/conversations');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const [item] = list.json().items;
    expect(item).toMatchObject({ id, state: 'waiting', language: 'ro', channel: 'telegram', organizationId: world.orgs.testdorp, assignee: null });
    expect(Date.parse(item.waitingSince)).not.toBeNaN();
    expect(list.body).not.toContain('777'); // no channel identity leaves the server

    const before = (await get(anna, conv(id))).json();
    expect(before.conversation).toMatchObject({ id, state: 'waiting', language: 'ro', channel: 'telegram' });
    const question = before.entries.find((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu');
    expect(question).toMatchObject({ kind: 'message', role: 'contact', language: 'ro', translation: { language: 'nl', text: '[ro→nl] Am o problemă cu angajatorul meu' } });
    const waitingText = FIXED_TEXTS.ro.handoff.waiting.replace('{organization}', 'Gemeente Testdorp');
    expect(before.entries.find((e: { role?: string; text: string }) => e.role === 'bot' && e.text === waitingText)).toBeDefined();
    expect(JSON.stringify(before)).not.toContain('channelUserId');

    const early = await post(anna, conv(id, 'reply'), { text: 'Hallo' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'CONVERSATION_NOT_HELD']);

    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'agent', assignedWorkerId: world.staff.anna });
    const claimedAgain = await post(anna, conv(id, 'claim'));
    expect([claimedAgain.statusCode, claimedAgain.json().code]).toEqual([409, 'INVALID_TRANSITION']);

    const preview = await post(anna, conv(id, 'preview'), { text: 'Hallo, ik heb een afspraak voor u' });
    expect(preview.json()).toEqual({ status: 'translated', language: 'ro', text: '[nl→ro] Hallo, ik heb een afspraak voor u' });
    const sentBefore = world.h.channel.sent.length;
    const replied = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik heb een afspraak voor u' });
    expect(replied.statusCode).toBe(200);
    const { messageId } = replied.json();
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBe(sentBefore + 1);
    expect(world.h.channel.sent.at(-1)).toMatchObject({ channelUserId: '777', text: '[nl→ro] Hallo, ik heb een afspraak voor u' });
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      author: 'worker', authorUserId: world.staff.anna, text: 'Hallo, ik heb een afspraak voor u', language: 'nl',
      translatedText: '[nl→ro] Hallo, ik heb een afspraak voor u', translatedLanguage: 'ro',
    });

    expect((await post(anna, conv(id, 'note'), { text: 'Werkgever: Agrifarm, bellen maandag' })).statusCode).toBe(204);
    const after = (await get(anna, conv(id))).json();
    expect(after.entries.find((e: { id: string }) => e.id === messageId)).toMatchObject({
      role: 'worker', author: 'Anna', text: 'Hallo, ik heb een afspraak voor u', translation: { language: 'ro', text: '[nl→ro] Hallo, ik heb een afspraak voor u' },
    });
    expect(after.entries.find((e: { kind: string }) => e.kind === 'note')).toMatchObject({ author: 'Anna', text: 'Werkgever: Agrifarm, bellen maandag' });
    expect(world.h.channel.sent.some((m) => m.text.includes('Agrifarm'))).toBe(false);

    expect((await post(anna, conv(id, 'hand-back'))).statusCode).toBe(204);
    await expect.poll(() => world.h.channel.sent.at(-1)?.text, { timeout: 10_000 }).toBe(FIXED_TEXTS.ro.handoff.backToBot);
    expect(await latest()).toMatchObject({ id, state: 'bot', assignedWorkerId: null });
    expect((await get(anna, '/api/inbox/conversations')).json().items).toEqual([]);

    const afterHandBack = world.h.channel.sent.length;
    await say('Cum obțin numărul BSN?');
    await expect.poll(() => world.h.channel.sent.slice(afterHandBack).some((m) => m.text.includes('BSN') || m.choices.some((c) => c.payload === 'tile:bsn')), { timeout: 10_000 }).toBe(true);
    const timeline = await db.conversationEvent.findMany({ where: { conversationId: id }, orderBy: { createdAt: 'asc' } });
    expect(timeline.map((e) => e.type)).toEqual(['conversation.handed_off', 'conversation.claimed', 'conversation.note_added', 'conversation.handed_back']);
  });

  it('closes with an outcome, waiting or held; the outcome must be one of the list', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const bogus = await post(anna, conv(id, 'close'), { outcome: 'whatever' });
    expect([bogus.statusCode, bogus.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    expect((await post(anna, conv(id, 'close'), { outcome: 'referred' })).statusCode).toBe(204);
    expect(await db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'closed', outcome: 'referred' });
    expect((await get(anna, '/api/inbox/conversations')).json().items).toEqual([]);
    // Closed conversations stay readable for the municipality's workers.
    expect((await get(anna, conv(id))).json().conversation.state).toBe('closed');
  });

  it('closes with the agency referred to, employment and housing type: one anonymous handoff record', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const options = await get(anna, conv(id, 'close-options'));
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({ outcomes: ['resolved', 'referred', 'no_response', 'other'], employmentTypes: ['agency', 'direct', 'self_employed'] });
    expect(options.json().agencies).toContain('FairWork');
    for (const bad of [{ outcome: 'referred', employmentType: 'freelance' }, { outcome: 'referred', housingType: 'tent' }, { outcome: 'referred', agency: '' }]) {
      const res = await post(anna, conv(id, 'close'), bad);
      expect([res.statusCode, res.json().code], JSON.stringify(bad)).toEqual([400, 'VALIDATION_FAILED']);
    }
    const unknown = await post(anna, conv(id, 'close'), { outcome: 'referred', agency: 'Bureau Nergens' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await latest()).state).toBe('waiting');

    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    const closed = await post(anna, conv(id, 'close'), { outcome: 'referred', agency: 'Juridisch Loket', employmentType: 'direct', housingType: 'private_rent' });
    expect(closed.statusCode).toBe(204);
    expect(await db.handoffRecord.findMany()).toEqual([expect.objectContaining({
      organizationId: world.orgs.testdorp, outcome: 'referred', agency: 'Juridisch Loket', employmentType: 'direct', housingType: 'private_rent',
      channel: 'telegram', language: 'ro', handlingMinutes: 0,
    })]);
  });

  it('assigns to a colleague of the same municipality, who may then answer; never to anyone else', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const colleagues = await get(anna, '/api/inbox/colleagues');
    expect(colleagues.json().items).toEqual([{ id: world.staff.bram, name: 'Bram', languages: ['nl', 'en'], organizationIds: [world.orgs.testdorp] }]);

    for (const userId of [world.staff.bea, world.staff.emp, world.staff.ed, 'no-such-user']) {
      const res = await post(anna, conv(id, 'assign'), { userId });
      expect([res.statusCode, res.json()], userId).toEqual([404, { code: 'NOT_FOUND', message: 'Colleague not found' }]);
    }
    expect((await latest()).state).toBe('waiting');

    expect((await post(anna, conv(id, 'assign'), { userId: world.staff.bram })).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'agent', assignedWorkerId: world.staff.bram });
    expect((await get(anna, '/api/inbox/conversations')).json().items[0].assignee).toEqual({ id: world.staff.bram, name: 'Bram' });
    expect((await post(anna, conv(id, 'reply'), { text: 'Hallo' })).statusCode).toBe(409);
    const bram = await login('bram@testdorp.example');
    expect((await post(bram, conv(id, 'reply'), { text: 'Goedemiddag' })).statusCode).toBe(200);
    // Bram gives it back: release returns it to the queue; only the holder may release.
    expect((await post(anna, conv(id, 'release'))).statusCode).toBe(409);
    expect((await post(bram, conv(id, 'release'))).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
  });

  it('shows a failed delivery in the transcript', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    world.h.channel.failWith = 'outside the 24-hour customer service window';
    const { messageId } = (await post(anna, conv(id, 'reply'), { text: 'Bent u er nog?' })).json();
    await expect.poll(async () => (await get(anna, conv(id))).json().entries.find((e: { id: string }) => e.id === messageId), { timeout: 10_000 })
      .toMatchObject({ deliveryStatus: 'failed', deliveryError: expect.stringContaining('24-hour') });
  });

  it('returns an idle claim to the queue after the timeout (injected clock)', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    world.h.clock.now = new Date(Date.now() + 14 * 60_000);
    expect(await world.h.handoff.releaseIfIdle(id)).toBe(false);
    world.h.clock.now = new Date(Date.now() + 16 * 60_000);
    expect(await world.h.handoff.releaseIfIdle(id)).toBe(true);
    expect((await get(anna, '/api/inbox/conversations')).json().items).toMatchObject([{ id, state: 'waiting', assignee: null }]);
    expect((await post(anna, conv(id, 'reply'), { text: 'Hallo' })).json().code).toBe('CONVERSATION_NOT_HELD');
  });
});

describe('inbox API: translation unavailable', () => {
  it('refuses to send without a translation unless told to send untranslated; the transcript shows originals with a warning', async () => {
    const id = await waitingConversation();
    await say('Am o problemă cu angajatorul meu');
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    // The person is told who now reads along (in Romanian, signed by Anna).
    await expect.poll(() => world.h.channel.sent.at(-1)?.from, { timeout: 10_000 }).toEqual({ kind: 'worker', name: 'Anna', organization: 'Gemeente Testdorp' });
    world.deepl.mode = { kind: 'quota_exceeded' };

    await expect.poll(async () => (await get(anna, conv(id))).json().entries.some((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu'), { timeout: 10_000 }).toBe(true);
    const transcript = (await get(anna, conv(id))).json();
    const question = transcript.entries.find((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu');
    expect(question.translation.text).toBe('Am o problemă cu angajatorul meu');
    expect(question.translation.warning).toMatch(/over quota/);

    const preview = (await post(anna, conv(id, 'preview'), { text: 'Hallo, ik bel u morgen' })).json();
    expect(preview).toMatchObject({ status: 'unavailable', reason: 'quota_exceeded', text: 'Hallo, ik bel u morgen', language: 'ro' });
    const sentBefore = world.h.channel.sent.length;
    const refused = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik bel u morgen' });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ code: 'TRANSLATION_UNAVAILABLE', message: expect.stringMatching(/^Not sent: .*over quota/) });
    expect(await db.message.count({ where: { author: 'worker' } })).toBe(0);

    const forced = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik bel u morgen', untranslated: true });
    expect(forced.statusCode).toBe(200);
    await expect.poll(() => world.h.channel.sent.length, { timeout: 10_000 }).toBe(sentBefore + 1);
    // The worker's own words, under a note in the person's language that they are untranslated.
    const received = `_${FIXED_TEXTS.ro.worker.untranslatedNote}_\n\nHallo, ik bel u morgen`;
    expect(world.h.channel.sent.at(-1)).toMatchObject({ text: received, language: 'ro', from: { kind: 'worker', name: 'Anna' } });
    expect(await db.message.findUniqueOrThrow({ where: { id: forced.json().messageId } })).toMatchObject({
      text: 'Hallo, ik bel u morgen', translatedText: received, translatedLanguage: 'ro',
    });
  });
});

/** Reads the stream until `done(received)` holds. */
function readUntil(response: IncomingMessage, done: (received: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (done(received)) {
        response.off('data', onData);
        resolve(received);
      }
    };
    response.on('data', onData);
    response.once('error', reject);
    response.once('end', () => reject(new Error(`stream ended; received: ${received}`)));
  });
}

describe('inbox live events (SSE)', () => {
  it('streams events of the worker\'s municipality published by any Redis connection, and nobody else\'s', async () => {
    const anna = await login('anna@testdorp.example');
    await world.h.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = world.h.app.server.address() as AddressInfo;
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path: '/api/inbox/events', headers: { cookie: anna.cookie, accept: 'text/event-stream' } }, resolve)
        .on('error', reject)
        .end();
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    await readUntil(response, (r) => r.includes(': connected'));

    // Another process: its own connection, the same prefix.
    const otherProcess = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
    try {
      const publisher = new RedisInboxEvents(otherProcess, world.h.prefix);
      await publisher.publish({ type: 'conversation.handed_off', organizationId: world.orgs.otherdorp, conversationId: 'otherdorp-conversation' });
      await publisher.publish({ type: 'conversation.handed_off', organizationId: world.orgs.testdorp, conversationId: 'testdorp-conversation' });
      const first = await readUntil(response, (r) => r.includes('testdorp-conversation'));
      expect(first).toContain(`event: inbox\ndata: {"type":"conversation.handed_off","conversationId":"testdorp-conversation","organizationId":"${world.orgs.testdorp}"}`);
      expect(first).not.toContain('otherdorp-conversation');
    } finally {
      otherProcess.disconnect();
    }

    // The real path: a person asks for a person; the core announces it.
    const live = readUntil(response, (r) => r.includes('conversation.handed_off'));
    const id = await waitingConversation();
    expect(await live).toContain(`"conversationId":"${id}"`);

    // Shutting down ends open streams instead of waiting for the browsers.
    const ended = new Promise((resolve) => response.once('end', resolve));
    await world.h.app.close();
    await ended;
  });
});
