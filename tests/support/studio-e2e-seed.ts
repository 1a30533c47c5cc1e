import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import {
  chooseTile, createEntryCode, createTile, publishAddition, publishTile, saveAdditionDraft, saveDraft, saveSubscription, seedDefaultThemes,
} from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';

/**
 * The organizations and people of the studio browser tests
 * (password TEST_PASSWORD):
 * - `nl` national library: `national@nl.test` (editor)
 * - `holland` region, parent of `demostad`
 * - `demostad` municipality (en, nl, pl), subscribed to `nl` with "ask me first":
 *   `editor@demostad.test` (editor), `boss@demostad.test` (every role in demostad and
 *   administrator of nl: sees every staff page)
 * - `agrifarm` employer active in demostad: `editor@agrifarm.test` (editor)
 */
export const PEOPLE = {
  national: 'national@nl.test',
  demostadEditor: 'editor@demostad.test',
  boss: 'boss@demostad.test',
  farmEditor: 'editor@agrifarm.test',
} as const;

/** Organizations, subscription and people; no content. */
export async function seedStudioOrganizations(db: Db): Promise<Record<string, string>> {
  await seedDefaultThemes(db);
  const org = (slug: string, name: string, kind: 'national' | 'region' | 'municipality' | 'employer', parentId: string | null = null) =>
    db.organization.create({ data: { slug, name, kind, parentId, enabledLanguages: ['en', 'nl', 'pl'] } });
  await org('nl', 'Rijksoverheid', 'national');
  const holland = await org('holland', 'Regio Holland', 'region');
  const demostad = await org('demostad', 'Demostad', 'municipality', holland.id);
  const agrifarm = await org('agrifarm', 'Agrifarm', 'employer', demostad.id);
  await db.layerActivation.create({ data: { layerId: agrifarm.id, municipalityId: demostad.id } });
  await saveSubscription(db, 'demostad', 'nl', { scope: 'all', newTiles: 'ask' }, 'seed');
  const person = async (email: string, name: string, memberships: Array<{ organization: string; role: MembershipRole }>) =>
    (await createStaffUser(db, { email, name, password: TEST_PASSWORD, languages: ['en', 'pl'], memberships })).userId;
  return {
    national: await person(PEOPLE.national, 'Nadia National', [{ organization: 'nl', role: 'editor' }]),
    demostadEditor: await person(PEOPLE.demostadEditor, 'Dirk Demostad', [{ organization: 'demostad', role: 'editor' }]),
    boss: await person(PEOPLE.boss, 'Bea Boss', [
      ...(['admin', 'editor', 'outreach_worker', 'analyst'] as const).map((role) => ({ organization: 'demostad', role })),
      { organization: 'nl', role: 'admin' },
    ]),
    farmEditor: await person(PEOPLE.farmEditor, 'Fred Farm', [{ organization: 'agrifarm', role: 'editor' }]),
  };
}

/**
 * Content for every page to show something: a demostad tile published with
 * a draft and overdue for review, a draft-only demostad tile, a national
 * tile accepted with a local addition (published, plus a draft), one waiting
 * for acceptance, an agrifarm tile and an entry code per layer.
 */
export async function seedStudioContent(db: Db, ids: Record<string, string>): Promise<void> {
  const layer = async (slug: string) => ({ id: (await db.organization.findUniqueOrThrow({ where: { slug } })).id, slug });
  const now = new Date();
  const tile = async (slug: string, actorId: string, key: string, title: string, options: { publish?: boolean; draft?: string; overdue?: boolean } = {}) => {
    const ctx = { db, actorId, now };
    const where = await layer(slug);
    await createTile(ctx, where, {
      key, theme: 'registration', sourceLang: 'en', links: [{ label: 'More', url: `https://${slug}.example/${key}` }],
      content: { en: { title, body: `How **${title.toLowerCase()}** works.`, examples: [`${title}?`] } },
      reviewBy: options.overdue ? new Date(now.getTime() - 86_400_000) : undefined,
    });
    if (!options.publish) return;
    const published = await publishTile(ctx, where, key);
    if (options.draft) {
      await saveDraft(ctx, where, key, { baseEditVersion: published.editVersion, theme: 'registration', content: { en: { title, body: options.draft, examples: [] } }, links: [] });
    }
  };
  await tile('nl', ids.national, 'nl-bsn', 'Getting a BSN', { publish: true });
  await tile('nl', ids.national, 'nl-holiday', 'Holiday pay', { publish: true });
  await tile('demostad', ids.demostadEditor, 'demostad-hours', 'Town hall opening hours', { publish: true, draft: 'Closed on Fridays.', overdue: true });
  await tile('demostad', ids.demostadEditor, 'demostad-parking', 'Parking permits');
  await tile('agrifarm', ids.farmEditor, 'agrifarm-shifts', 'Shift times', { publish: true });
  const actor = `user:${ids.demostadEditor}`;
  await chooseTile(db, 'demostad', 'nl', 'nl-bsn', 'accept', actor);
  const where = { municipalitySlug: 'demostad', librarySlug: 'nl', key: 'nl-bsn' };
  const saved = await saveAdditionDraft(db, where, { baseEditVersion: 0, sourceLang: 'en', content: { en: { body: 'In Demostad: town hall, **Markt 1**.' } } }, actor);
  await publishAddition(db, where, saved.editVersion, actor);
  await createEntryCode(db, { code: 'demostad-flyer', municipalitySlug: 'demostad', label: 'Flyer at the station' }, 'seed');
  await createEntryCode(db, { code: 'agrifarm-gate', municipalitySlug: 'demostad', layerSlug: 'agrifarm', label: 'Farm gate' }, 'seed');
}
