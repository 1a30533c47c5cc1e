import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TileTranslationQueue, getTile, publishTile, saveDraft, type ContentChangeNotifier } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { LINKS, SOURCE, TILE_KEY, useTranslationRunWorld } from '../support/translation-run-world.ts';

/**
 * The `tile-translation` queue on real Redis: a publish through the studio's
 * context queues the tile, the worker makes the missing languages, tells the
 * answer engines, and a DeepL failure worth retrying is retried by BullMQ.
 */
const w = useTranslationRunWorld();
const connection = createRedis(config().REDIS_URL);
let queue: TileTranslationQueue | undefined;

afterAll(async () => {
  await connection.quit();
});

afterEach(async () => {
  await queue?.obliterate();
  await queue?.close();
  queue = undefined;
});

function start(changed: string[][]): Promise<TileTranslationQueue> {
  const changes: ContentChangeNotifier = { notifyContentChanged: async (ids) => { changed.push([...ids]); } };
  const q = new TileTranslationQueue({
    translations: w.translations(), connection, prefix: `test-translation-${randomUUID()}`, changes, backoffMs: 100,
    organizationOf: async (id) => (await w.db.tile.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId,
  });
  queue = q;
  return q.start().then(() => q);
}

async function publishChange(q: TileTranslationQueue, body: string): Promise<void> {
  const detail = await getTile(w.db, w.layer, TILE_KEY, new Date());
  const ctx = { ...w.ctx(), translations: q };
  await saveDraft(ctx, w.layer, TILE_KEY, { baseEditVersion: detail.editVersion, theme: 'registration', links: LINKS, content: { en: { ...SOURCE, body } } });
  await publishTile(ctx, w.layer, TILE_KEY);
}

async function origins(): Promise<Record<string, string>> {
  const rows = await w.db.tileTranslation.findMany({ where: { tile: { key: TILE_KEY } }, select: { language: true, origin: true } });
  return Object.fromEntries(rows.map((r) => [r.language, r.origin]));
}

describe('tile translation queue', () => {
  it('translates the missing languages after a publish and tells the answer engines', async () => {
    const changed: string[][] = [];
    const q = await start(changed);
    await publishChange(q, `${SOURCE.body}\n\nOpen on Mondays.`);
    await q.idle();
    expect(await origins()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
    expect(changed).toEqual([[w.layer.id]]);
  });

  it('retries a job whose DeepL calls failed for a passing reason', async () => {
    w.fake.modeByTarget = { pl: { kind: 'server_error', status: 502 } };
    const q = await start([]);
    const failedOnce = new Promise<void>((resolve) => {
      const timer = setInterval(async () => {
        if (w.fake.requests.some((r) => r.params?.target_lang?.toLowerCase().startsWith('pl'))) {
          clearInterval(timer);
          w.fake.modeByTarget = {};
          resolve();
        }
      }, 20);
    });
    await publishChange(q, `${SOURCE.body}\n\nOpen on Tuesdays.`);
    await failedOnce;
    await expect.poll(async () => (await origins()).pl, { timeout: 20_000, interval: 100 }).toBe('machine');
  });
});
