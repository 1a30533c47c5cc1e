import { isLanguage, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import type { OrganizationKind } from './organization-repository.ts';
import { parseOrganizationSettings } from './organization-settings.ts';

/** What a chat page shows of an organization. */
export interface OrganizationProfile {
  slug: string;
  name: string;
  kind: OrganizationKind;
  /** Brand colour (`branding.colour`), when set and a valid #rrggbb. */
  colour?: string;
  languages: Language[];
  /** Sites allowed to frame its chat page (`settings.embedOrigins`); empty: none. */
  embedOrigins: string[];
}

/** The organization's public profile, or undefined for an unknown slug. */
export async function findOrganizationProfile(db: DbClient, slug: string): Promise<OrganizationProfile | undefined> {
  const row = await db.organization.findUnique({
    where: { slug },
    select: { slug: true, name: true, kind: true, branding: true, enabledLanguages: true, settings: true },
  });
  if (!row) return undefined;
  const colour = (row.branding as { colour?: unknown } | null)?.colour;
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    ...(typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? { colour } : {}),
    languages: row.enabledLanguages.filter(isLanguage),
    embedOrigins: parseOrganizationSettings(row.settings).embedOrigins,
  };
}
