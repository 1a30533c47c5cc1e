import { ensureCannedReply } from '../core/handoff/index.ts';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createTileSource,
  enableAllLanguages,
  ensureEntryCode,
  entryLinks,
  importTiles,
  seedDefaultThemes,
  seedDemoLibrary,
  seedDemoSubscriptions,
  setParentOrganization,
  subscribeToLibrary,
} from '../core/content/index.ts';
import { seedReportRows } from '../core/reports/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import { createStaffUser, type MembershipRole } from '../core/staff/index.ts';
import { FIXED_TEXTS } from '../flows/texts/index.ts';

/**
 * `npm run db:seed`: the default themes (named in all 18 languages), then the demo content: the
 * project's starter national library (prisma/demo/national-library.json)
 * and the demo municipality `demostad` with two local tiles, showing every
 * national tile and offering all 18 languages; the demo employer
 * `agrifarm-demo` (prisma/demo/agrifarm.json) active in demostad; and the entry
 * codes `demostad` (the municipality) and `agrifarm` (demostad with the
 * AgriFarm layer on top), whose web links it prints; a second, small
 * municipality `tweestad` (one local tile, every national tile); and the demo
 * staff accounts ({@link DEMO_STAFF}), whose passwords come from
 * DEMO_STAFF_PASSWORD or are generated anew on every run and are printed
 * once, at the end, with the sign-in URL (nowhere else, never logged).
 * Idempotent: running it again updates the demo tiles and accounts (new
 * passwords) and leaves everything else alone.
 */
const DEMO = new URL('./demo/', import.meta.url);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(name, DEMO), 'utf8'));

const db = createDb();

/** The second demo municipality: one local tile; it shows the national library too. */
const TWEESTAD = {
  format: 'tiles/v1',
  organization: { slug: 'tweestad', name: 'Gemeente Tweestad (demo)', kind: 'municipality' },
  languages: ['en', 'nl', 'pl', 'ro'],
  tiles: [{
    key: 'tweestad-town-hall',
    theme: 'registration',
    sourceLang: 'en',
    content: {
      en: {
        title: 'Tweestad town hall: appointments',
        body: 'The town hall of Tweestad is at **Kerkstraat 2**. Registration (BRP) and your BSN need an appointment: call **14 0456**. Open Monday to Friday 8:30–16:00.',
        examples: ['Where is the town hall in Tweestad?', 'How do I register in Tweestad?'],
      },
      nl: {
        title: 'Gemeentehuis Tweestad: afspraken',
        body: 'Het gemeentehuis van Tweestad staat aan de **Kerkstraat 2**. Voor inschrijving (BRP) en uw BSN heeft u een afspraak nodig: bel **14 0456**. Open maandag tot en met vrijdag 8.30–16.00 uur.',
        examples: ['Waar is het gemeentehuis van Tweestad?', 'Hoe schrijf ik me in bij de gemeente Tweestad?'],
      },
    },
  }],
};

/** A demo staff account: roles by organization slug. */
interface DemoStaff {
  email: string;
  name: string;
  /** What the printed list says about the account. */
  description: string;
  languages: string[];
  memberships: Array<{ organization: string; role: MembershipRole }>;
}

/** The demo staff accounts; `national` is the national library's slug. */
const DEMO_STAFF = (national: string): DemoStaff[] => [
  {
    email: 'outreach@demostad.example', name: 'Anna de Vries', description: 'outreach worker, demostad (speaks nl, pl, en)',
    languages: ['nl', 'pl', 'en'], memberships: [{ organization: 'demostad', role: 'outreach_worker' }],
  },
  {
    email: 'editor@demostad.example', name: 'Pieter Jansen', description: 'editor, demostad',
    languages: ['nl', 'en'], memberships: [{ organization: 'demostad', role: 'editor' }],
  },
  {
    email: 'analyst@demostad.example', name: 'Sanne Bakker', description: 'analyst, demostad',
    languages: ['nl', 'en'], memberships: [{ organization: 'demostad', role: 'analyst' }],
  },
  {
    email: 'outreach@tweestad.example', name: 'Mihai Popescu', description: 'outreach worker, tweestad (speaks nl, ro, en)',
    languages: ['nl', 'ro', 'en'], memberships: [{ organization: 'tweestad', role: 'outreach_worker' }],
  },
  {
    email: 'editor@national.example', name: 'Eva Visser', description: 'national editor',
    languages: ['nl', 'en'], memberships: [{ organization: national, role: 'editor' }],
  },
  {
    email: 'translator@national.example', name: 'Ayşe Demir', description: 'translator, national library (edits and checks translations)',
    languages: ['tr', 'en', 'nl'], memberships: [{ organization: national, role: 'translator' }],
  },
  {
    email: 'admin@national.example', name: 'Joost Mulder', description: 'national administrator (creates organizations, sets where employers are active)',
    languages: ['nl', 'en'], memberships: [{ organization: national, role: 'admin' }],
  },
  {
    email: 'editor@regio-demo.example', name: 'Fatima El Amrani', description: 'editor, region Demoland',
    languages: ['nl', 'en'], memberships: [{ organization: 'regio-demo', role: 'editor' }],
  },
  {
    email: 'admin@demostad.example', name: 'Karin Smit', description: 'administrator, demostad (staff, settings, entry codes, audit log)',
    languages: ['nl', 'en'], memberships: [{ organization: 'demostad', role: 'admin' }],
  },
  {
    email: 'admin@tweestad.example', name: 'Ruud Hendriks', description: 'administrator, tweestad',
    languages: ['nl', 'en'], memberships: [{ organization: 'tweestad', role: 'admin' }],
  },
  {
    email: 'editor@agrifarm.example', name: 'Tomasz Nowak', description: 'employer editor, AgriFarm (its own layer only)',
    languages: ['pl', 'en'], memberships: [{ organization: 'agrifarm-demo', role: 'editor' }],
  },
  {
    email: 'editor@flexwonen.example', name: 'Lotte de Boer', description: 'housing-provider editor, FlexWonen (its own layer only)',
    languages: ['nl', 'en'], memberships: [{ organization: 'flexwonen-demo', role: 'editor' }],
  },
];

/** Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i). */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Demo canned replies (Dutch source text). */
const CANNED_REPLIES = [
  { title: 'Afspraak maken', text: 'U kunt een afspraak maken bij het loket van de gemeente. Neem uw paspoort en uw huurcontract mee.' },
  { title: 'Terugbellen', text: 'Ik bel u morgen terug. Op welk telefoonnummer en hoe laat kan ik u bereiken?' },
  { title: 'Doorverwijzen', text: 'Voor deze vraag verwijs ik u door naar het Juridisch Loket. Zij helpen gratis.' },
];

/** A random password like `k7mqp-2xzab-…`: 4 groups of 5 (about 99 bits). */
function generatePassword(): string {
  const group = () => Array.from({ length: 5 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/** Offers all 18 languages in the organization's chats; writes nothing when it does already. */
async function offerAllLanguages(slug: string): Promise<void> {
  const { languages } = await createTileSource(db).load(slug);
  if (SUPPORTED_LANGUAGES.some((lang) => !languages.includes(lang))) await enableAllLanguages(db, slug);
}

/** Organization.settings of the demo municipality (core/content/organization-settings.ts). */
const DEMO_SETTINGS = {
  safetyCard: [{ name: 'Outreach team Demostad (demo)', phone: '0800 123 45 67', kinds: ['exploitation', 'eviction'] }],
  privacyStatementUrl: 'https://demostad.example/privacy',
};

try {
  // Theme names in every language, from the bot's reviewed fixed texts.
  const themeNames: Record<string, Record<string, string>> = {};
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const [key, name] of Object.entries(FIXED_TEXTS[lang].themes)) (themeNames[key] ??= {})[lang] = name;
  }
  const themes = await seedDefaultThemes(db, themeNames);
  const national = await importTiles(db, await readJson('national-library.json'), 'seed');
  const region = await importTiles(db, await readJson('region.json'), 'seed');
  const municipality = await importTiles(db, await readJson('demostad.json'), 'seed');
  // Demostad lies in the demo region and inherits its tiles.
  await setParentOrganization(db, municipality.organization, region.organization, 'seed');
  await offerAllLanguages(municipality.organization);
  // Demo settings (only while the municipality has none, so an administrator's own settings stay): its own
  // line on the safety card, and a privacy statement for the first-contact notice.
  await db.organization.updateMany({
    where: { slug: municipality.organization, settings: { equals: {} } },
    data: { settings: DEMO_SETTINGS },
  });
  const shown = await subscribeToLibrary(db, municipality.organization, national.organization);
  const employer = await importTiles(db, await readJson('agrifarm.json'), 'seed');
  await setParentOrganization(db, employer.organization, municipality.organization, 'seed');
  // Chats through the employer's code offer the same languages as the municipality's.
  await offerAllLanguages(employer.organization);
  const housing = await importTiles(db, await readJson('flexwonen.json'), 'seed');
  await setParentOrganization(db, housing.organization, municipality.organization, 'seed');
  await offerAllLanguages(housing.organization);
  const codes = [
    await ensureEntryCode(db, { code: 'demostad', municipalitySlug: municipality.organization, label: 'Demostad: posters and website (demo)' }, 'seed'),
    await ensureEntryCode(db, {
      code: 'agrifarm', municipalitySlug: municipality.organization, layerSlug: employer.organization, label: 'AgriFarm housing and site (demo)',
    }, 'seed'),
    await ensureEntryCode(db, {
      code: 'flexwonen', municipalitySlug: municipality.organization, layerSlug: housing.organization, label: 'FlexWonen houses (demo)',
    }, 'seed'),
  ];
  const second = await importTiles(db, TWEESTAD, 'seed');
  await setParentOrganization(db, second.organization, region.organization, 'seed');
  const secondShown = await subscribeToLibrary(db, second.organization, national.organization);
  // Canned replies for the inbox, in Dutch (the workers' language); translated for the person on use.
  for (const slug of [municipality.organization, second.organization]) {
    const { id } = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    for (const reply of CANNED_REPLIES) await ensureCannedReply(db, id, { ...reply, language: 'nl' });
  }

  // Something for the studio to show: drafts waiting to be published and a tile overdue for review.
  const studio = await seedDemoLibrary(db);
  // Demostad asks before showing new national tiles (one is waiting), with local additions under two national tiles
  // (one flagged for review because the national tile changed since).
  const subscriptions = await seedDemoSubscriptions(db, { municipality: municipality.organization, national: national.organization });
  // Two years of synthetic, anonymous question-log rows for demostad, so the reports dashboard has something to show
  // (marked by id, replaced on every run; core/reports/seed).
  const reportRows = await seedReportRows(db, { org: municipality.organization, rows: 20_000, seed: 'demo' });

  const accounts: Array<DemoStaff & { password: string; created: boolean }> = [];
  for (const account of DEMO_STAFF(national.organization)) {
    const password = config().DEMO_STAFF_PASSWORD ?? generatePassword();
    const { created } = await createStaffUser(db, { ...account, password });
    accounts.push({ ...account, password, created });
  }

  const webBaseUrl = `http://localhost:${config().PORT}`;
  process.stdout.write(
    `seed: ${themes} themes created; national library ${national.created + national.updated + national.unchanged} tiles; ` +
      `${municipality.organization} shows ${shown} national tiles and ${municipality.created + municipality.updated + municipality.unchanged} of its own; ` +
      `${employer.organization} adds ${employer.created + employer.updated + employer.unchanged} tiles on top\n` +
      codes.map(({ entryCode, created }) =>
        `seed: entry code ${entryCode.code}${created ? ' (new)' : ''}: ${entryLinks(entryCode, { webBaseUrl }).web}\n`).join('') +
      `seed: ${second.organization} shows ${secondShown} national tiles and ${second.created + second.updated + second.unchanged} of its own: ${webBaseUrl}/chat/${second.organization}\n` +
      `seed: studio: ${studio.drafts} new drafts, ${studio.overdue} tiles newly overdue for review; ` +
      `${municipality.organization} asks before showing new national tiles (waiting: ${subscriptions.waiting.join(', ') || 'none'}); ` +
      `${subscriptions.additionsCreated.length} new local additions\n` +
      `seed: reports: ${reportRows.rows} synthetic question-log rows and ${reportRows.handoffRecords} handoff records for ${reportRows.organization}, ${reportRows.from} to ${reportRows.to}\n`,
  );
  // The passwords are shown here and nowhere else (not logged, not stored in clear).
  const width = Math.max(...accounts.map((a) => a.email.length));
  process.stdout.write(
    `\nDemo staff accounts: sign in at ${webBaseUrl}/login\n` +
      (config().DEMO_STAFF_PASSWORD
        ? 'Passwords: DEMO_STAFF_PASSWORD.\n'
        : 'Passwords are new on every setup run (set DEMO_STAFF_PASSWORD to choose one); they are shown only here.\n') +
      accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.password}  ${a.description}${a.created ? ' (new)' : ''}\n`).join(''),
  );
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
