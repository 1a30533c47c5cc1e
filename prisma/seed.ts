import { readFile } from 'node:fs/promises';
import {
  createTileSource,
  enableAllLanguages,
  ensureEntryCode,
  entryLinks,
  importTiles,
  seedDefaultThemes,
  setParentOrganization,
  subscribeToLibrary,
} from '../core/content/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import { FIXED_TEXTS } from '../flows/texts/index.ts';

/**
 * `npm run db:seed`: the default themes (named in all 18 languages), then the demo content: the
 * project's starter national library (prisma/demo/national-library.json)
 * and the demo municipality `demostad` with two local tiles, showing every
 * national tile and offering all 18 languages; the demo employer
 * `agrifarm-demo` (prisma/demo/agrifarm.json) active in demostad; and the entry
 * codes `demostad` (the municipality) and `agrifarm` (demostad with the
 * AgriFarm layer on top), whose web links it prints. Idempotent: running it
 * again updates the demo tiles and leaves everything else alone.
 */
const DEMO = new URL('./demo/', import.meta.url);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(name, DEMO), 'utf8'));

const db = createDb();

/** Offers all 18 languages in the organization's chats; writes nothing when it does already. */
async function offerAllLanguages(slug: string): Promise<void> {
  const { languages } = await createTileSource(db).load(slug);
  if (SUPPORTED_LANGUAGES.some((lang) => !languages.includes(lang))) await enableAllLanguages(db, slug);
}

try {
  // Theme names in every language, from the bot's reviewed fixed texts.
  const themeNames: Record<string, Record<string, string>> = {};
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const [key, name] of Object.entries(FIXED_TEXTS[lang].themes)) (themeNames[key] ??= {})[lang] = name;
  }
  const themes = await seedDefaultThemes(db, themeNames);
  const national = await importTiles(db, await readJson('national-library.json'), 'seed');
  const municipality = await importTiles(db, await readJson('demostad.json'), 'seed');
  await offerAllLanguages(municipality.organization);
  const shown = await subscribeToLibrary(db, municipality.organization, national.organization);
  const employer = await importTiles(db, await readJson('agrifarm.json'), 'seed');
  await setParentOrganization(db, employer.organization, municipality.organization, 'seed');
  // Chats through the employer's code offer the same languages as the municipality's.
  await offerAllLanguages(employer.organization);
  const codes = [
    await ensureEntryCode(db, { code: 'demostad', municipalitySlug: municipality.organization, label: 'Demostad: posters and website (demo)' }, 'seed'),
    await ensureEntryCode(db, {
      code: 'agrifarm', municipalitySlug: municipality.organization, layerSlug: employer.organization, label: 'AgriFarm housing and site (demo)',
    }, 'seed'),
  ];
  const webBaseUrl = `http://localhost:${config().PORT}`;
  process.stdout.write(
    `seed: ${themes} themes created; national library ${national.created + national.updated + national.unchanged} tiles; ` +
      `${municipality.organization} shows ${shown} national tiles and ${municipality.created + municipality.updated + municipality.unchanged} of its own; ` +
      `${employer.organization} adds ${employer.created + employer.updated + employer.unchanged} tiles on top\n` +
      codes.map(({ entryCode, created }) =>
        `seed: entry code ${entryCode.code}${created ? ' (new)' : ''}: ${entryLinks(entryCode, { webBaseUrl }).web}\n`).join(''),
  );
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
