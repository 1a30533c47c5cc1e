import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  TileTranslations, createTile, publishTile, saveDraft, seedDefaultThemes, type LayerId, type StudioContext,
} from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { DeepLTranslator, NoTranslator, type SegmentTranslator } from '../../core/translation/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/**
 * A national layer with one published English tile, the DeepL fake on
 * loopback (checking every segment it is sent) and `TileTranslations` on a
 * DeepLTranslator pointed at it: the world of the machine-translation tests
 * and of `npm run bench:translation`.
 */
export const TILE_KEY = 'register';
export const GLOSSARY = ['BSN', 'gemeente'];
export const SOURCE = {
  title: 'Register at the gemeente',
  body: [
    'Staying **more than 4 months**? Register at the gemeente within 5 days.',
    '',
    '- Bring your passport.',
    '- Bring a rental contract or a letter from your agency.',
    '',
    'You get your BSN at the appointment. Call 14 020 or see [the gemeente](https://example.org/register).',
  ].join('\n'),
  examples: ['How do I get a BSN?', 'Where do I register?'],
};
export const LINKS = [{ label: 'Register with the gemeente', url: 'https://example.org/register' }];

export interface TranslationRunWorld {
  db: Db;
  fake: DeepLFake;
  layer: LayerId;
  translations(options?: { off?: boolean }): TileTranslations;
  ctx(now?: Date): StudioContext;
  /** Publishes the tile's source with `body` (a new draft first). */
  publishSource(body: string, options?: { keepTranslations?: boolean }): Promise<void>;
}

export async function seedTranslationLayer(db: Db, languages: readonly string[]): Promise<LayerId> {
  await seedDefaultThemes(db);
  const org = await db.organization.create({
    data: { slug: 'nl', name: 'National', kind: 'national', enabledLanguages: [...languages], glossary: [...GLOSSARY] },
  });
  return { id: org.id, slug: org.slug };
}

export function useTranslationRunWorld(languages: readonly string[] = ['en', 'nl', 'pl', 'tr']): TranslationRunWorld {
  const db = createTestDb();
  let fake: DeepLFake;
  let layer: LayerId;
  const silent = pino({ level: 'silent' });
  const ctx = (now = new Date()): StudioContext => ({ db, actorId: null, now });
  const world: TranslationRunWorld = {
    db,
    get fake() { return fake; },
    get layer() { return layer; },
    ctx,
    translations(options = {}) {
      const translator: SegmentTranslator = options.off
        ? new NoTranslator()
        : new DeepLTranslator({ authKey: 'run-key:fx', serverUrl: fake.url, breaker: { cooldownMs: 1 }, log: silent });
      return new TileTranslations({ db, translator });
    },
    async publishSource(body, options = {}) {
      const tile = await db.tile.findUniqueOrThrow({ where: { organizationId_key: { organizationId: layer.id, key: TILE_KEY } } });
      await saveDraft(ctx(), layer, TILE_KEY, { baseEditVersion: tile.editVersion, theme: 'registration', links: LINKS, content: { en: { ...SOURCE, body } } });
      await publishTile(ctx(), layer, TILE_KEY, options);
    },
  };
  beforeAll(async () => {
    fake = await DeepLFake.start({ authKey: 'run-key:fx' });
  });
  afterAll(async () => {
    await fake.close();
    await db.$disconnect();
  });
  beforeEach(async () => {
    await truncateAll(db);
    fake.mode = { kind: 'ok' };
    fake.modeByTarget = {};
    fake.checkSegments = true;
    fake.protectedTerms = [...GLOSSARY];
    fake.violations.length = 0;
    fake.requests.length = 0;
    layer = await seedTranslationLayer(db, languages);
    await createTile(ctx(), layer, { key: TILE_KEY, sourceLang: 'en', theme: 'registration', links: LINKS, content: { en: SOURCE } });
    await publishTile(ctx(), layer, TILE_KEY);
  });
  return world;
}
