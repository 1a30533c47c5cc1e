import type { Db } from '../platform/db.ts';
import { getTile, publishTile, saveDraft } from './library/index.ts';
import { findAddition } from './local-additions-repository.ts';
import { publishAddition, saveAdditionDraft, type AdditionTarget } from './local-additions.ts';
import { getOrganization } from './organization-repository.ts';
import { clearTileChoice, listSubscriptions } from './subscription-repository.ts';
import { listLibraryTiles } from './subscription-states.ts';
import { subscribeToLibrary } from './subscriptions.ts';

/**
 * The demo's subscription state (`npm run demo`), so every studio page has
 * something to show: the demo municipality subscribes to the national
 * library with "ask me first", one national tile waits for acceptance, one
 * local addition is live under a national tile, and one is flagged for
 * review because the national editors published a new revision of its tile
 * after it was written. Idempotent: a second run changes nothing (what the
 * demo's editors did meanwhile stays).
 */

/** A harmless tile to leave waiting (never a safety or abuse tile: people would miss it). */
export const DEMO_WAITING_TILE = 'sports-and-clubs';
/** The tile with a published, up-to-date local addition. */
export const DEMO_ADDITION_TILE = 'brp-registration-bsn';
/** The tile whose local addition needs review. */
export const DEMO_STALE_ADDITION_TILE = 'household-waste';

const ADDITIONS: Record<string, Record<string, { body: string }>> = {
  [DEMO_ADDITION_TILE]: {
    en: { body: 'In Demostad: make your appointment at the town hall, **Marktplein 1**, by calling **14 0123**. Open Monday to Friday 9:00–16:30, Thursday until 20:00.' },
    nl: { body: 'In Demostad: maak een afspraak bij het stadhuis, **Marktplein 1**, via **14 0123**. Open maandag tot en met vrijdag 9.00–16.30 uur, donderdag tot 20.00 uur.' },
    pl: { body: 'W Demostad: umów wizytę w ratuszu, **Marktplein 1**, dzwoniąc pod **14 0123**. Otwarte od poniedziałku do piątku 9:00–16:30, w czwartek do 20:00.' },
  },
  [DEMO_STALE_ADDITION_TILE]: {
    en: { body: 'In Demostad the bins are emptied every other week; the **Afvalwijzer** app shows your dates. Bulky waste: call **14 0123**.' },
    nl: { body: 'In Demostad worden de containers om de week geleegd; de app **Afvalwijzer** toont uw data. Grofvuil: bel **14 0123**.' },
  },
};

/** What {@link seedDemoSubscriptions} did (for the seed's printout). */
export interface DemoSubscriptionsSummary {
  /** Keys of national tiles waiting for the municipality's acceptance. */
  waiting: string[];
  /** Local additions created by this run. */
  additionsCreated: string[];
}

/** Writes and publishes one addition unless the municipality has one under that tile. @returns whether it was created. */
async function ensureAddition(db: Db, where: AdditionTarget, municipalityId: string): Promise<boolean> {
  const tile = await db.tile.findFirst({ where: { key: where.key, organization: { slug: where.librarySlug }, status: 'published' }, select: { id: true } });
  if (!tile || (await findAddition(db, municipalityId, tile.id))) return false;
  const draft = await saveAdditionDraft(db, where, { baseEditVersion: 0, sourceLang: 'en', content: ADDITIONS[where.key] }, 'seed');
  await publishAddition(db, where, draft.editVersion, 'seed');
  return true;
}

/**
 * A new revision of a national tile with its live text unchanged, as the
 * national editors' publish would make it: its local additions then need review.
 */
async function republishNationalTile(db: Db, library: { id: string; slug: string }, key: string): Promise<void> {
  const ctx = { db, actorId: null, now: new Date() };
  const tile = await getTile(db, library, key, ctx.now);
  if (!tile.live) return;
  const content = Object.fromEntries(Object.entries(tile.live.content).map(([lang, c]) => [lang, { title: c.title, body: c.body, examples: c.examples }]));
  await saveDraft(ctx, library, key, {
    baseEditVersion: tile.editVersion, theme: tile.live.theme, links: tile.live.links, sensitive: tile.live.sensitive, content,
  });
  await publishTile(ctx, library, key);
}

/**
 * Call from the seed after the national library and the municipality were imported.
 * @param options.municipality default `demostad`; options.national default `national`.
 * @throws AppError ORGANIZATION_NOT_FOUND and the errors of the commands it runs.
 */
export async function seedDemoSubscriptions(
  db: Db,
  options: { municipality?: string; national?: string } = {},
): Promise<DemoSubscriptionsSummary> {
  const municipality = await getOrganization(db, options.municipality ?? 'demostad');
  const library = await getOrganization(db, options.national ?? 'national');
  const before = (await listSubscriptions(db, municipality.id)).find((s) => s.libraryId === library.id);
  await subscribeToLibrary(db, municipality.slug, library.slug, { newTiles: 'ask', actor: 'seed' });
  if (before?.newTiles !== 'ask') {
    // Subscribing accepted every tile there was; one is left waiting, as if published after the subscription.
    const tile = await db.tile.findFirst({ where: { organizationId: library.id, key: DEMO_WAITING_TILE, status: 'published' }, select: { id: true } });
    if (tile) await clearTileChoice(db, municipality.id, tile.id);
  }
  const target = (key: string): AdditionTarget => ({ municipalitySlug: municipality.slug, librarySlug: library.slug, key });
  const additionsCreated: string[] = [];
  if (await ensureAddition(db, target(DEMO_ADDITION_TILE), municipality.id)) additionsCreated.push(DEMO_ADDITION_TILE);
  if (await ensureAddition(db, target(DEMO_STALE_ADDITION_TILE), municipality.id)) {
    additionsCreated.push(DEMO_STALE_ADDITION_TILE);
    await republishNationalTile(db, library, DEMO_STALE_ADDITION_TILE);
  }
  const waiting = await listLibraryTiles(db, municipality.slug, { library: library.slug, state: 'waiting' });
  return { waiting: waiting.map((t) => t.key), additionsCreated };
}
