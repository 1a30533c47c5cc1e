import { beforeEach, describe, expect, it } from 'vitest';
import { createEntryCode, importTiles, setParentOrganization } from '../../core/content/index.ts';
import type { InboundHandler, InboundMessage } from '../../core/conversation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { ChoiceMemory, WHATSAPP_TEXTS, WhatsAppWebSession, phoneHasher } from '../../bots/whatsapp/index.ts';
import { FakeWhatsAppWebClient } from '../fakes/whatsapp-web-client.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { useWhatsAppWorld } from '../support/whatsapp-world.ts';

const PERSON = '48601234567@c.us';

let client: FakeWhatsAppWebClient;
let session: WhatsAppWebSession;
/** What reached the core, in order. */
let received: InboundMessage[];
let printed: string[];
/** Calls of receive() that fail as if the database were down. */
let outage: number;
const world = useWhatsAppWorld({ stopChannel: () => session.stop() });
const { db } = world;

beforeEach(async () => {
  client = new FakeWhatsAppWebClient();
  received = [];
  printed = [];
  outage = 0;
  const inbound: InboundHandler = {
    receive: async (message) => {
      if (outage > 0) {
        outage -= 1;
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      }
      received.push(message);
      return world.core.stack.service.receive(message);
    },
  };
  session = new WhatsAppWebSession({
    client,
    inbound,
    choices: new ChoiceMemory(world.redis, { hash: phoneHasher('test-hash-key'), keyPrefix: world.keyPrefix }),
    printQr: (qr) => printed.push(qr),
    reconnect: { initialDelayMs: 5, maxDelayMs: 40 },
  });
  await world.core.stack.startWorkers([session]);
});

/** Starts the session and links it: QR, then ready. */
async function connect(): Promise<void> {
  session.start();
  await expect.poll(() => client.initializeCalls).toBe(1);
  client.emit('ready');
}

describe('session lifecycle', () => {
  it('shows the QR code while waiting for the scan, then is connected', async () => {
    session.start();
    expect(session.status.current.state).toBe('starting');
    client.emit('qr', '2@abcdefghijklmnop,xyz=,abc=,1');
    await expect.poll(() => session.status.current.state).toBe('waiting_for_qr');
    const status = session.status.current;
    expect(status.state === 'waiting_for_qr' && status.qr).toBe('2@abcdefghijklmnop,xyz=,abc=,1');
    expect(status.state === 'waiting_for_qr' && Buffer.from(status.qrDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
    expect(printed).toEqual(['2@abcdefghijklmnop,xyz=,abc=,1']);

    client.emit('authenticated');
    client.emit('ready');
    expect(session.status.current.state).toBe('connected');
  });

  it('reconnects after a disconnect, with backoff, and is connected again once ready', async () => {
    await connect();
    client.emit('disconnected', 'NAVIGATION');
    expect(session.status.current).toMatchObject({ state: 'failing', lastError: 'disconnected: NAVIGATION' });
    await expect.poll(() => client.initializeCalls).toBe(2);
    expect(client.destroyCalls).toBeGreaterThanOrEqual(1);
    client.emit('ready');
    expect(session.status.current.state).toBe('connected');
  });

  it('keeps trying when the browser cannot start, one attempt at a time', async () => {
    let failures = 2;
    client.initialize = async () => {
      client.initializeCalls += 1;
      if (failures-- > 0) throw new Error('Failed to launch the browser process');
    };
    session.start();
    await expect.poll(() => client.initializeCalls).toBe(3);
    expect(session.status.current).toMatchObject({ state: 'failing', lastError: expect.stringContaining('could not start') });
  });

  it('does not send while not connected: the delivery is retried later', async () => {
    const result = await session.send({ channel: 'whatsapp', channelUserId: '48601234567', conversationId: 'c', text: 'hi', choices: [], links: [] });
    expect(result).toMatchObject({ status: 'retry', error: expect.stringContaining('not connected') });
  });
});

describe('conversation through the web session', () => {
  it('answers with a numbered list, and a reply "2" picks choice 2', async () => {
    await connect();
    client.receive(PERSON, 'Jak dostać numer BSN? Gdzie się zameldować?');
    await expect.poll(() => client.sentTo(PERSON).length, { timeout: 15_000 }).toBe(4);
    expect(received[0]).toMatchObject({ channel: 'whatsapp', channelUserId: '48601234567', locale: 'pl' });

    const [greeting, languages, tile, feedback] = client.sentTo(PERSON);
    expect(greeting).toContain('Testdorp');
    const pl = FIXED_TEXTS.pl;
    expect(languages).toBe(`${pl.welcome.proposeLanguage.replace('{language}', pl.languageName)}\n\n1. Polski\n2. ${FIXED_TEXTS.en.languageName}\n3. ${FIXED_TEXTS.bg.languageName}\n4. ${FIXED_TEXTS.uk.languageName}\n\n_${WHATSAPP_TEXTS.pl.replyWithNumber}_`);
    expect(tile).toContain('*Zameldowanie w gminie i numer BSN*');
    expect(feedback).toContain(`1. ${pl.feedback.yes}\n2. ${pl.feedback.no}`);

    // "2" answers the last list (feedback): No.
    client.receive(PERSON, '2');
    await expect.poll(() => client.sentTo(PERSON).length, { timeout: 15_000 }).toBe(5);
    expect(received.at(-1)).toMatchObject({ text: '2', payload: 'feedbackNo:' });
    expect(client.sentTo(PERSON)[4]).toContain(pl.feedback.sorry);
    await expect.poll(async () => (await db.questionLog.findFirstOrThrow()).feedback, { timeout: 10_000 }).toBe('not_helpful');
    await expect.poll(async () => db.message.count({ where: { direction: 'outbound', deliveryStatus: 'sent' } })).toBe(5);
  });

  it('picks a language by its number and passes a number out of range on as text', async () => {
    await connect();
    client.receive(PERSON, 'hello');
    await expect.poll(() => client.sentTo(PERSON).length, { timeout: 15_000 }).toBe(2);
    const list = client.sentTo(PERSON)[1];
    const ukNumber = list.split('\n').find((line) => line.endsWith(FIXED_TEXTS.uk.languageName))?.split('.')[0];

    client.receive(PERSON, `${ukNumber}.`);
    await expect.poll(() => received.length).toBe(2);
    expect(received[1].payload).toBe('language:uk');
    await expect.poll(async () => (await db.contact.findFirstOrThrow()).preferredLanguage, { timeout: 15_000 }).toBe('uk');

    // The reply's menu is the list now; one past its end is text (a question), not a choice.
    await expect.poll(() => client.sentTo(PERSON).length, { timeout: 15_000 }).toBe(4);
    const menu = client.sentTo(PERSON)[3];
    expect(menu).toContain(WHATSAPP_TEXTS.uk.replyWithNumber);
    const outOfRange = String(menu.split('\n').filter((line) => /^\d+\. /.test(line)).length + 1);
    client.receive(PERSON, outOfRange);
    await expect.poll(() => received.length).toBe(3);
    expect(received[2]).toMatchObject({ text: outOfRange });
    expect(received[2].payload).toBeUndefined();
  });

  it('reads the entry code of a wa.me START link and the language hint of the country code', async () => {
    await importTiles(db, buildTileFile({ organization: { slug: 'agrifarm', name: 'AgriFarm', kind: 'employer' }, tiles: [buildTile({ key: 'agrifarm-shifts' })] }), 'test');
    await setParentOrganization(db, 'agrifarm', 'testdorp', 'test');
    await createEntryCode(db, { code: 'agrifarm', municipalitySlug: 'testdorp', layerSlug: 'agrifarm' });
    await connect();

    client.receive('40721234567@c.us', 'START AgriFarm');
    await expect.poll(() => client.sentTo('40721234567@c.us').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(received[0]).toMatchObject({ channelUserId: '40721234567', entryCode: 'agrifarm', locale: 'ro', text: '/start' });
    const conversation = await db.conversation.findFirstOrThrow({ include: { entryOrganization: true, organization: true } });
    expect(conversation.entryOrganization?.slug).toBe('agrifarm');
    expect(conversation.organization.slug).toBe('testdorp');
    // The code is no question: nothing was logged as one.
    expect(await db.questionLog.count()).toBe(0);
  });

  it('keeps a message the database could not take at first, and answers it once the database is back', async () => {
    await connect();
    outage = 2;
    client.receive(PERSON, 'Jak dostać numer BSN?');
    // The session fires a message once: it is stored on the third try (after 1 s and 2 s).
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(outage).toBe(0);
    await expect.poll(() => client.sentTo(PERSON).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
  }, 30_000);

  it('ignores group chats, status updates, broadcasts and its own messages; media reach the core as media', async () => {
    await connect();
    client.receive('120363025246125486@g.us', 'hello group', { author: PERSON } as never);
    client.receive('status@broadcast', 'my status', { isStatus: true });
    client.receive(PERSON, 'sent from the pilot phone', { fromMe: true });
    client.receive(PERSON, '', { type: 'e2e_notification' });
    client.receive(PERSON, '', { type: 'image', hasMedia: true });
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toMatchObject({ channelUserId: '48601234567', hasMedia: true });
    await expect.poll(() => client.sentTo(PERSON), { timeout: 15_000 }).toEqual([FIXED_TEXTS.pl.input.unsupported]);
    expect(client.sent.every((m) => m.chatId === PERSON)).toBe(true);
  });

  it('sends choices without text as the list alone, and fails for good when the number is not on WhatsApp', async () => {
    await connect();
    const listOnly = await session.send({ channel: 'whatsapp', channelUserId: '48601234567', conversationId: 'c', text: '', choices: [{ label: 'Menu', payload: 'menu:' }], links: [] });
    expect(listOnly).toMatchObject({ status: 'sent' });
    // No text to tell the language by: the phone's country (+48) decides.
    expect(client.sentTo(PERSON)).toEqual([`1. Menu\n\n_${WHATSAPP_TEXTS.pl.replyWithNumber}_`]);

    client.failNextSend = new Error('Evaluation failed: Error: No LID for user');
    const result = await session.send({ channel: 'whatsapp', channelUserId: '48601234567', conversationId: 'c', text: 'hi', choices: [], links: [] });
    expect(result).toMatchObject({ status: 'failed' });
    client.failNextSend = new Error('Protocol error: Target closed');
    expect(await session.send({ channel: 'whatsapp', channelUserId: '48601234567', conversationId: 'c', text: 'hi', choices: [], links: [] })).toMatchObject({ status: 'retry' });
  });
});
