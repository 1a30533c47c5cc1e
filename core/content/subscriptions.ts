import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { loadLibrary } from './library-repository.ts';
import { getOrganization, updateOrganization } from './organization-repository.ts';
import { subscribeTile } from './subscription-repository.ts';

/**
 * Lets a municipality show every published tile of a library (the national
 * or a regional one); tiles it shows already are left as they are.
 * @returns how many tiles the municipality now shows from that library.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function subscribeToLibrary(db: DbClient, orgSlug: string, librarySlug: string): Promise<number> {
  const [org, library] = await Promise.all([getOrganization(db, orgSlug), getOrganization(db, librarySlug)]);
  const tiles = (await loadLibrary(db, library.id)).filter((t) => t.status === 'published');
  for (const tile of tiles) await subscribeTile(db, org.id, tile.id);
  return tiles.length;
}

/**
 * Offers every supported language in an organization's chats; languages its
 * tiles do not have yet are answered from the English source.
 */
export async function enableAllLanguages(db: DbClient, orgSlug: string): Promise<void> {
  const org = await getOrganization(db, orgSlug);
  await updateOrganization(db, org.id, { enabledLanguages: [...SUPPORTED_LANGUAGES] });
}
