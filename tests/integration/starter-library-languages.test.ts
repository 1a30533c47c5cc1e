import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerService, renderReply } from '../../core/answers/index.ts';
import { createTileSource, importTiles, type TileFileV1 } from '../../core/content/index.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import { ANSWER_TEXTS } from '../../flows/index.ts';
import { ROOT } from '../support/cli.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The starter library ships in all 18 languages, so "how do I get a BSN?"
 * is answered from the registration tile in the person's own language with
 * no DeepL at all (the target; `npm run ask` runs the same engine):
 * directly, or, where the engine is not sure enough (the question does not
 * say how long the person stays, so short-stay RNI registration is a close
 * second), as the first of a short choice, in that language either way.
 */
const QUESTIONS: Record<Language, string> = {
  bg: 'Как да получа BSN номер?',
  cs: 'Jak získám číslo BSN?',
  el: 'Πώς μπορώ να πάρω αριθμό BSN;',
  en: 'How do I get a BSN?',
  es: '¿Cómo consigo un número BSN?',
  et: 'Kuidas ma saan BSN numbri?',
  hu: 'Hogyan kapok BSN számot?',
  it: 'Come ottengo il numero BSN?',
  lt: 'Kaip gauti BSN numerį?',
  lv: 'Kā es varu saņemt BSN numuru?',
  nl: 'Hoe krijg ik een BSN?',
  pl: 'Jak dostać numer BSN?',
  pt: 'Como obtenho um número BSN?',
  ro: 'Cum obțin un număr BSN?',
  sk: 'Ako získam číslo BSN?',
  sl: 'Kako dobim številko BSN?',
  tr: 'BSN numarasını nasıl alırım?',
  uk: 'Як отримати номер BSN?',
};

const db = createTestDb();
const library = JSON.parse(readFileSync(path.join(ROOT, 'prisma/demo/national-library.json'), 'utf8')) as TileFileV1;

let engine: Awaited<ReturnType<AnswerService['engine']>>;

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, library, 'test');
  engine = await new AnswerService(createTileSource(db)).engine('national');
});
afterAll(() => db.$disconnect());

describe('the starter library in 18 languages', () => {
  it('has every tile in every language, the ones no person wrote marked machine', () => {
    for (const tile of library.tiles) {
      expect(Object.keys(tile.content).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
      for (const lang of ['cs', 'el', 'es', 'et', 'hu', 'it', 'lt', 'lv', 'pt', 'sk', 'sl', 'tr'] as const) expect(tile.content[lang]?.origin).toBe('machine');
    }
  });

  it.each(SUPPORTED_LANGUAGES.map((lang) => [lang, QUESTIONS[lang]] as const))('%s: "%s" finds the registration tile, in that language', (lang, question) => {
    const answer = engine.ask(question);
    expect(answer.lang).toBe(lang);
    expect(answer.tile?.key).toBe('brp-registration-bsn');
    expect(['answered', 'clarify']).toContain(answer.outcome);
    expect(renderReply(answer, ANSWER_TEXTS)).toContain(answer.tile!.content[lang]!.title);
  });
});
