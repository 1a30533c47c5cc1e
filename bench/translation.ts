/**
 * `npm run bench:translation`: what publishing a tile costs in DeepL characters.
 *
 * On a scratch database (`migrantbot_bench_translation`), the starter
 * library's registration tile is imported with its English source only and
 * the organization offers all 18 languages; DeepL is the project's fake on
 * loopback (the same one the tests use), which counts what it is sent.
 * 1. first publish: every other language is made (the whole tile × 17);
 * 2. republish the unchanged text: 0 characters (segment cache);
 * 3. change one sentence and publish: only that sentence, once per language;
 * 4. publish again unchanged (steady state): 0.
 * Ends with one JSON line of the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import {
  TileTranslations, getTile, importTiles, publishTile, saveDraft, type LayerId, type StudioContext,
} from '../core/content/index.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { DeepLTranslator, organizationGlossary, segmentMarkdown } from '../core/translation/index.ts';
import { dropDatabase, withDatabase } from '../prisma/databases.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { DeepLFake } from '../tests/fakes/deepl-fake.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TILE = 'brp-registration-bsn';
const databaseUrl = withDatabase(config().DATABASE_URL, 'migrantbot_bench_translation');
await dropDatabase(databaseUrl);
await applyMigrations(databaseUrl);
const db = createDb(databaseUrl);
const fake = await DeepLFake.start({ authKey: 'bench-key:fx' });

try {
  const library = JSON.parse(readFileSync(path.join(root, 'prisma/demo/national-library.json'), 'utf8'));
  const tile = library.tiles.find((t: { key: string }) => t.key === TILE);
  tile.content = { en: tile.content.en };
  await importTiles(db, { ...library, languages: [...SUPPORTED_LANGUAGES], tiles: [tile] }, 'bench');
  const org = await db.organization.findUniqueOrThrow({ where: { slug: library.organization.slug } });
  await db.organization.update({ where: { id: org.id }, data: { enabledLanguages: [...SUPPORTED_LANGUAGES] } });
  const layer: LayerId = { id: org.id, slug: org.slug };
  const ctx = (): StudioContext => ({ db, actorId: null, now: new Date() });
  const translations = new TileTranslations({
    db, translator: new DeepLTranslator({ authKey: 'bench-key:fx', serverUrl: fake.url, log: pino({ level: 'silent' }) }),
  });
  const tileId = (await db.tile.findFirstOrThrow({ where: { organizationId: org.id, key: TILE } })).id;
  const source = tile.content.en as { title: string; body: string; examples: string[] };

  const publish = async (body: string) => {
    const detail = await getTile(db, layer, TILE, new Date());
    await saveDraft(ctx(), layer, TILE, { baseEditVersion: detail.editVersion, theme: tile.theme, links: tile.links, content: { en: { ...source, body } } });
    await publishTile(ctx(), layer, TILE);
  };
  const step = async (name: string, work: () => Promise<void>) => {
    const requestsBefore = fake.requests.length;
    await work();
    const report = await translations.translateTile(tileId);
    const requests = fake.requests.slice(requestsBefore).filter((r) => r.path === '/v2/translate');
    const sent = requests.reduce((n, r) => n + (r.params?.text ?? []).reduce((m, t) => m + t.length, 0), 0);
    console.log(`${name.padEnd(44)} languages ${String(report.translated).padStart(2)}  characters ${String(report.characters).padStart(6)}  requests ${String(requests.length).padStart(3)}  sent ${String(sent).padStart(6)}`);
    return report;
  };

  const first = await step('first publish (17 languages missing)', async () => {});
  const unchanged = await step('republish, text unchanged', () => publish(source.body));
  const sentence = source.body.match(/[^.!?\n]*\.\s/)?.[0].trim() ?? '';
  const changedSentence = sentence.replace(/\.$/, ', as the law requires.');
  const changed = await step('one sentence changed', () => publish(source.body.replace(sentence, changedSentence)));
  const steady = await step('republish again (steady state)', () => publish(source.body.replace(sentence, changedSentence)));
  // The bound: the segments the change created (as sent to DeepL, with their tags) × the languages remade.
  const glossary = await organizationGlossary(db, org.id);
  const before = new Set(segmentMarkdown(source.body, 'en', glossary).segments);
  const newSegments = segmentMarkdown(source.body.replace(sentence, changedSentence), 'en', glossary).segments.filter((s) => !before.has(s));
  const segmentLength = newSegments.reduce((n, s) => n + s.length, 0);
  console.log(`changed segment (${newSegments.length}): ${newSegments.join(' | ')} — ${segmentLength} characters × ${changed.translated} languages = ${segmentLength * changed.translated}`);
  console.log(JSON.stringify({
    firstPublishCharacters: first.characters,
    unchangedRepublishCharacters: unchanged.characters,
    oneSentenceCharacters: changed.characters,
    oneSentenceBound: segmentLength * changed.translated,
    languagesRetranslated: changed.translated,
    steadyStateCharacters: steady.characters,
  }));
} finally {
  await fake.close();
  await db.$disconnect();
  await dropDatabase(databaseUrl);
}
