import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEntryCode, listEntryCodes, setEntryCodeActive } from '../../core/content/index.ts';
import type { ConversationService, InboundMessage } from '../../core/conversation/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { importTiles } from '../../core/content/index.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * EntryCode.chatsStarted: how many people started a chat through a code,
 * counted where the conversation core stores a message (receiveInbound), once
 * per person: a repeated or redelivered message, a second visit or a second
 * channel message of the same person adds nothing. Counts only.
 */
const db = createTestDb();
let core: TestConversationStack;
let service: ConversationService;

const message = (channelUserId: string, entryCode?: string, overrides: Partial<InboundMessage> = {}): InboundMessage => ({
  channel: 'telegram', channelUserId, externalId: randomUUID(), text: 'Hallo', receivedAt: new Date(), entryCode, ...overrides,
});

const counts = async () => Object.fromEntries((await db.entryCode.findMany({ orderBy: { code: 'asc' } })).map((c) => [c.code, c.chatsStarted]));

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  await db.organization.create({ data: { slug: 'agrifarm', name: 'AgriFarm', kind: 'employer', enabledLanguages: ['en'] } });
  await db.layerActivation.create({
    data: {
      layer: { connect: { slug: 'agrifarm' } },
      municipality: { connect: { slug: 'testdorp' } },
    },
  });
  await createEntryCode(db, { code: 'markt', municipalitySlug: 'testdorp' });
  await createEntryCode(db, { code: 'agrifarm', municipalitySlug: 'testdorp', layerSlug: 'agrifarm' });
  core = createTestConversationStack(db);
  service = core.stack.service;
});

afterEach(() => core.destroy());

describe('chats started through an entry code', () => {
  it('counts each new person once, however many messages they send through the code', async () => {
    const first = message('1001', 'markt');
    await service.receive(first);
    await service.receive(first); // redelivered by the channel
    await service.receive(message('1001', 'MARKT'));
    await service.receive(message('1001'));
    expect(await counts()).toEqual({ agrifarm: 0, markt: 1 });
    await service.receive(message('1002', ' markt '));
    await service.receive(message('1003', 'agrifarm'));
    expect(await counts()).toEqual({ agrifarm: 1, markt: 2 });
    expect((await listEntryCodes(db, 'testdorp')).map((c) => [c.code, c.chatsStarted])).toEqual([['agrifarm', 1], ['markt', 2]]);
  });

  it('counts a known person once for an employer\'s code the first time it brings them to that employer', async () => {
    await service.receive(message('2001', 'markt'));
    await service.receive(message('2001', 'agrifarm'));
    await service.receive(message('2001', 'agrifarm'));
    expect(await counts()).toEqual({ agrifarm: 1, markt: 1 });
  });

  it('counts a person\'s first messages arriving at the same moment once', async () => {
    await Promise.all(Array.from({ length: 5 }, () => service.receive(message('3001', 'markt'))));
    expect(await counts()).toEqual({ agrifarm: 0, markt: 1 });
  });

  it('counts nothing for messages without a code, with an unknown or an inactive one', async () => {
    await setEntryCodeActive(db, 'agrifarm', false);
    await service.receive(message('4001'));
    await service.receive(message('4002', 'nope'));
    await service.receive(message('4003', 'agrifarm'));
    await service.receive(message('4004', undefined, { organizationSlug: 'testdorp' }));
    expect(await counts()).toEqual({ agrifarm: 0, markt: 0 });
    expect(await db.contact.count()).toBe(4);
  });

  it('counts the same phone on another channel as another person (a contact is a channel identity)', async () => {
    await service.receive(message('5001', 'markt'));
    await service.receive(message('5001', 'markt', { channel: 'whatsapp' }));
    expect(await counts()).toEqual({ agrifarm: 0, markt: 2 });
  });
});
