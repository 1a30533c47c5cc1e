import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import {
  createEntryCode, importTiles, publishAddition, saveAdditionDraft, saveSubscription, seedDefaultThemes, setParentOrganization,
} from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { buildTile, buildTileFile } from './factories.ts';

/**
 * The layers the preview and "try it" tests work on: the national library
 * nl with a BSN tile (English and Polish), the municipality demostad
 * (subscribed to nl, with a published local addition under the BSN tile and
 * a tile of its own), the employer agrifarm active in demostad, and
 * anderdorp next door. Entry codes: demostad-flyer (demostad alone) and
 * agrifarm-site (agrifarm's layer in demostad). One editor per organization:
 * `editor@<org>.example`, password TEST_PASSWORD.
 */

/** Where demostad's local addition hangs. */
export const ADDITION = { municipalitySlug: 'demostad', librarySlug: 'nl', key: 'nl-bsn' };
/** The addition's Polish text. */
export const ADDITION_PL = 'Demostad: Marktplein 1, od poniedziałku do piątku 9:00-17:00.';

const ACCOUNTS: Array<[string, MembershipRole]> = [['demostad', 'editor'], ['anderdorp', 'editor'], ['agrifarm', 'editor'], ['nl', 'editor']];

/** The sign-in address of an organization's account. */
export const email = (org: string, role: MembershipRole = 'editor') => `${role}@${org}.example`;

/** Seeds the themes, the layers, the entry codes and the editors into an emptied database. */
export async function seedPreviewLandscape(db: Db): Promise<void> {
  await seedDefaultThemes(db);
  await importTiles(db, buildTileFile({
    organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
    languages: ['en', 'pl'],
    tiles: [buildTile({
      key: 'nl-bsn', theme: 'registration', languages: ['en', 'pl'],
      content: {
        en: { title: 'Registration and BSN', body: 'Register at the town hall to get your **BSN**.', examples: ['How do I register and get a BSN number?'] },
        pl: { title: 'Zameldowanie i BSN', body: 'Zamelduj się w urzędzie gminy, aby dostać **BSN**.', examples: ['Jak się zameldować i dostać numer BSN?'] },
      },
      links: [{ label: 'BSN', url: 'https://example.org/bsn' }],
    })],
  }), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'demostad', name: 'Gemeente Demostad', kind: 'municipality' },
    languages: ['en', 'pl'],
    tiles: [buildTile({
      key: 'bike-rental', theme: 'practical', languages: ['en'], links: [],
      content: { en: { title: 'Renting a bicycle', body: 'Bicycles can be rented at the station.', examples: ['Where can I rent a bicycle?'] } },
    })],
  }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'anderdorp', name: 'Anderdorp', kind: 'municipality' }, tiles: [] }), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'agrifarm', name: 'AgriFarm', kind: 'employer' },
    languages: ['en', 'pl'],
    tiles: [buildTile({
      key: 'shifts', theme: 'work', languages: ['en', 'pl'], links: [],
      content: {
        en: { title: 'Shift times at AgriFarm', body: 'Shifts start at 6:00 and 14:00.', examples: ['When does my shift start?'] },
        pl: { title: 'Godziny zmian w AgriFarm', body: 'Zmiany zaczynają się o 6:00 i 14:00.', examples: ['Kiedy zaczyna się moja zmiana?'] },
      },
    })],
  }), 'test');
  await setParentOrganization(db, 'agrifarm', 'demostad', 'test');
  await saveSubscription(db, 'demostad', 'nl', { scope: 'all', newTiles: 'automatic' }, 'test');
  await saveAdditionDraft(db, ADDITION, {
    baseEditVersion: 0, sourceLang: 'en',
    content: { en: { body: 'Demostad: Marktplein 1, Monday to Friday 9:00-17:00.' }, pl: { body: ADDITION_PL } },
  }, 'test');
  await publishAddition(db, ADDITION, undefined, 'test');
  await createEntryCode(db, { code: 'demostad-flyer', municipalitySlug: 'demostad' });
  await createEntryCode(db, { code: 'agrifarm-site', municipalitySlug: 'demostad', layerSlug: 'agrifarm' });
  for (const [org, role] of ACCOUNTS) {
    await createStaffUser(db, { email: email(org, role), name: `${role} ${org}`, password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: org, role }] });
  }
}
