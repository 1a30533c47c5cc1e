import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import type { VisibleContent, VisibleTile } from '../../core/content/types.ts';
import {
  ConversationService, DeliveryProducer, contactKeys, type MissingTranslations,
} from '../../core/conversation/index.ts';
import { receiveInbound } from '../../core/conversation/turn-repository.ts';
import type { Language } from '../../core/languages/index.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { DIALOG_CONTEXT, FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The chat's side of instant translation (MissingTranslations, a port of the
 * conversation core): a tile without text in the person's language is
 * translated while the turn waits a few seconds at most, and shown in their
 * language; otherwise the source text goes out with the "not yet in your
 * language" line. The port here is a small in-memory one; the DeepL one is
 * tested with core/content/translations.
 */

const db = createTestDb();
const keys = contactKeys('test');

/** An in-memory MissingTranslations: answers with `content` after `delayMs`, or fails; records what it was asked. */
class FakeTranslations implements MissingTranslations {
  asked: Array<{ organizationId: string; tileKey: string; lang: Language }> = [];
  constructor(private readonly behaviour: { content?: VisibleContent; delayMs?: number; fail?: boolean }) {}
  async translate(request: { organizationId: string; tile: VisibleTile; lang: Language }): Promise<VisibleContent | undefined> {
    this.asked.push({ organizationId: request.organizationId, tileKey: request.tile.key, lang: request.lang });
    await new Promise((r) => setTimeout(r, this.behaviour.delayMs ?? 0));
    if (this.behaviour.fail) throw new Error('DeepL is down');
    return this.behaviour.content;
  }
}

const ROMANIAN: VisibleContent = {
  title: 'Înregistrarea la primărie și numărul BSN',
  body: 'Stați mai mult de patru luni? Înregistrați-vă la primărie.',
  examples: [],
  linkLabels: ['Informații'],
};

let connection: Redis;
let delivery: DeliveryProducer;
let service: ConversationService | undefined;
let organizationId: string;
const prefix = `test-${randomUUID()}`;

function createService(missingTranslations?: MissingTranslations, instantTranslationTimeoutMs?: number): ConversationService {
  service = new ConversationService({
    db, connection, prefix, keys, delivery,
    answers: new AnswerService(createTileSource(db)),
    dialog: DIALOG_CONTEXT,
    defaultOrganization: 'testdorp',
    missingTranslations,
    instantTranslationTimeoutMs,
  });
  return service;
}

/** One message of the person (a button when `payload`), processed at once; returns the texts and links the turn stored. */
async function send(svc: ConversationService, text: string, payload?: string) {
  const stored = await receiveInbound(db, keys, { channel: 'telegram', channelUserId: '4242', externalId: randomUUID(), text, organizationId });
  await svc.process({ messageId: stored.id, message: { channel: 'telegram', channelUserId: '4242', payload }, context: stored.context });
  const replies = await db.message.findMany({ where: { direction: 'outbound', replyToId: stored.id } });
  // One turn's replies share a creation time: find them by what they are.
  const tile = replies.find((r) => r.text.includes('**'));
  const feedback = replies.find((r) => JSON.stringify(r.choices).includes('feedbackYes:'));
  return { tile, feedback };
}

beforeEach(async () => {
  await truncateAll(db);
  // The sample library has English, Polish, Bulgarian and Ukrainian texts; Romanian is offered too but has none.
  await importTiles(db, { ...engineLibraryFile(), languages: ['en', 'pl', 'bg', 'uk', 'ro'] }, 'test');
  organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id;
  connection = createRedis();
  delivery = new DeliveryProducer({ connection, prefix });
});

afterEach(async () => {
  await service?.obliterate();
  await service?.close();
  await delivery.obliterate();
  await delivery.close();
  connection.disconnect();
  service = undefined;
});

/** A Romanian speaker who chose Romanian asks for the BSN tile. */
async function romanianAsksForBsn(svc: ConversationService) {
  await send(svc, 'hello');
  await send(svc, '', 'language:ro');
  return send(svc, '', 'tile:bsn');
}

describe('instant translation in the chat', () => {
  it('shows the translation made at once, in Romanian, without the note, with its link labels', async () => {
    const port = new FakeTranslations({ content: ROMANIAN });
    const replies = await romanianAsksForBsn(createService(port));
    expect(port.asked).toEqual([{ organizationId, tileKey: 'bsn', lang: 'ro' }]);
    expect(replies.tile?.text).toContain('**Înregistrarea la primărie și numărul BSN**');
    expect(replies.tile?.text).not.toContain(FIXED_TEXTS.ro.answer.notTranslated);
    expect(replies.tile?.text).toContain(FIXED_TEXTS.ro.answer.links);
    expect(replies.tile?.links).toEqual([{ label: 'Informații', url: 'https://example.org/bsn' }]);
    expect(replies.tile?.language).toBe('ro');
    // The feedback question follows as before.
    expect(replies.feedback?.text).toBe(FIXED_TEXTS.ro.feedback.question);
  });

  it('keeps the source text with the note when the translation fails, comes back empty, or is too slow', async () => {
    for (const behaviour of [{ fail: true }, {}, { content: ROMANIAN, delayMs: 2_000 }]) {
      await truncateAll(db);
      await importTiles(db, { ...engineLibraryFile(), languages: ['en', 'pl', 'bg', 'uk', 'ro'] }, 'test');
      organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id;
      await service?.close();
      const svc = createService(new FakeTranslations(behaviour), 300);
      const started = Date.now();
      const replies = await romanianAsksForBsn(svc);
      expect(replies.tile?.text.startsWith(`_${FIXED_TEXTS.ro.answer.notTranslated}_`)).toBe(true);
      expect(replies.tile?.text).toContain('**Register at the municipality and get a BSN**');
      expect(replies.feedback?.text).toBe(FIXED_TEXTS.ro.feedback.question);
      // The slow translation does not hold the turn beyond the timeout (three turns, one waits 300 ms).
      expect(Date.now() - started).toBeLessThan(1_900);
    }
  });

  it('without the port: the source text with the note, and no question goes unanswered for want of a translation', async () => {
    const replies = await romanianAsksForBsn(createService());
    expect(replies.tile?.text.startsWith(`_${FIXED_TEXTS.ro.answer.notTranslated}_`)).toBe(true);
    const log = await db.questionLog.findFirstOrThrow({ where: { tileKey: 'bsn' } });
    expect(log).toMatchObject({ outcome: 'answered', language: 'ro' });
  });

  it('does not call the port when the tile has the person\'s language; shows the stored link labels', async () => {
    const tile = await db.tile.findFirstOrThrow({ where: { key: 'bsn' } });
    await db.tileTranslation.update({ where: { tileId_language: { tileId: tile.id, language: 'pl' } }, data: { linkLabels: ['Strona o BSN'] } });
    const port = new FakeTranslations({ content: ROMANIAN });
    const svc = createService(port);
    await send(svc, 'hello');
    await send(svc, '', 'language:pl');
    const replies = await send(svc, '', 'tile:bsn');
    expect(port.asked).toEqual([]);
    expect(replies.tile?.text).toContain('- [Strona o BSN](https://example.org/bsn)');
    expect(replies.tile?.links).toEqual([{ label: 'Strona o BSN', url: 'https://example.org/bsn' }]);
  });
});
