import { readFile } from 'node:fs/promises';
import { enableAllLanguages, importTiles, seedDefaultThemes, subscribeToLibrary } from '../core/content/index.ts';
import { createDb } from '../core/platform/db.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import { FIXED_TEXTS } from '../flows/texts/index.ts';

/**
 * `npm run db:seed`: the default themes (named in all 18 languages), then the demo content: the
 * project's starter national library (prisma/demo/national-library.json)
 * and the demo municipality `demostad` with two local tiles, showing every
 * national tile and offering all 18 languages. Idempotent: running it again
 * updates the demo tiles and leaves everything else alone.
 */
const DEMO = new URL('./demo/', import.meta.url);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(name, DEMO), 'utf8'));

const db = createDb();
try {
  // Theme names in every language, from the bot's reviewed fixed texts.
  const themeNames: Record<string, Record<string, string>> = {};
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const [key, name] of Object.entries(FIXED_TEXTS[lang].themes)) (themeNames[key] ??= {})[lang] = name;
  }
  const themes = await seedDefaultThemes(db, themeNames);
  const national = await importTiles(db, await readJson('national-library.json'), 'seed');
  const municipality = await importTiles(db, await readJson('demostad.json'), 'seed');
  await enableAllLanguages(db, municipality.organization);
  const shown = await subscribeToLibrary(db, municipality.organization, national.organization);
  process.stdout.write(
    `seed: ${themes} themes created; national library ${national.created + national.updated + national.unchanged} tiles; ` +
      `${municipality.organization} shows ${shown} national tiles and ${municipality.created + municipality.updated + municipality.unchanged} of its own\n`,
  );
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
