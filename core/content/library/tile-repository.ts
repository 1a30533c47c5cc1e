import { Prisma, type DbClient } from '../../platform/db.ts';
import { TRANSLATION_SELECT, linksJson, parseLinks, type StoredTranslation, type TileStatus } from '../library-repository.ts';
import type { TileLink } from '../types.ts';
import type { Person } from './layer-repository.ts';
import { draftJson, parseStoredDraft, type TileDraft } from './tile-draft.ts';
import { parseProblems, type TranslationProblems } from '../translations/translation-problems.ts';

/** Database access of the studio's tile editing: one tile with its live rows, draft, schedule and people; compare-and-set writes. */

/** A tile as the studio edits it. `translations` are the live rows (what the bot answers from when published). */
export interface EditableTile {
  id: string;
  organizationId: string;
  /** The slug of the layer (organization) the tile belongs to. */
  layerSlug: string;
  key: string;
  sourceLang: string;
  status: TileStatus;
  /** Source-text version: translations made from an older one are stale. */
  version: number;
  /** Latest published revision; 0 until first published. */
  revision: number;
  /** Bumped by every save and publish (optimistic concurrency). */
  editVersion: number;
  themeKey: string;
  links: TileLink[];
  sensitive: boolean;
  draft: TileDraft | null;
  draftUpdatedAt: Date | null;
  owner: Person | null;
  reviewBy: Date | null;
  publishAt: Date | null;
  unpublishAt: Date | null;
  scheduleProblem: string | null;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: Person | null;
  /** Why languages have no current translation (core/content/translations). */
  translationProblems: TranslationProblems;
  translations: StoredTranslation[];
}

const tileSelect = {
  id: true, organizationId: true, key: true, sourceLang: true, status: true, version: true, revision: true, editVersion: true,
  links: true, sensitive: true, draft: true, draftUpdatedAt: true, reviewBy: true, publishAt: true, unpublishAt: true,
  scheduleProblem: true, createdAt: true, updatedAt: true,
  theme: { select: { key: true } },
  organization: { select: { slug: true } },
  owner: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  translationProblems: true,
  translations: { select: TRANSLATION_SELECT, orderBy: { language: 'asc' } },
} as const satisfies Prisma.TileSelect;

type TileRow = Prisma.TileGetPayload<{ select: typeof tileSelect }>;

function toEditable({ theme, organization, links, draft, translationProblems, ...row }: TileRow): EditableTile {
  return {
    ...row, layerSlug: organization.slug, themeKey: theme.key, links: parseLinks(links), draft: parseStoredDraft(draft),
    translationProblems: parseProblems(translationProblems),
  };
}

export async function findEditableTile(db: DbClient, organizationId: string, key: string): Promise<EditableTile | null> {
  const row = await db.tile.findUnique({ where: { organizationId_key: { organizationId, key } }, select: tileSelect });
  return row ? toEditable(row) : null;
}

export async function findEditableTileById(db: DbClient, id: string): Promise<EditableTile | null> {
  const row = await db.tile.findUnique({ where: { id }, select: tileSelect });
  return row ? toEditable(row) : null;
}

/** A tile as a layer's list shows it: no bodies, only each live language's title and provenance. */
export type ListedTile = Omit<EditableTile, 'translations' | 'links'> & {
  translations: Array<Pick<StoredTranslation, 'language' | 'title' | 'origin' | 'sourceVersion' | 'sourceHash' | 'checkedAt'>>;
};

/** Every tile of the layer, in library order, without texts beyond titles (a national library has thousands of rows). */
export async function listLayerTiles(db: DbClient, organizationId: string): Promise<ListedTile[]> {
  const { links: _links, translations: _translations, ...columns } = tileSelect;
  const rows = await db.tile.findMany({
    where: { organizationId },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      ...columns,
      translations: { select: { language: true, title: true, origin: true, sourceVersion: true, sourceHash: true, checkedAt: true }, orderBy: { language: 'asc' } },
    },
  });
  return rows.map(({ theme, organization, draft, translationProblems, ...row }) => ({
    ...row, layerSlug: organization.slug, themeKey: theme.key, draft: parseStoredDraft(draft), translationProblems: parseProblems(translationProblems),
  }));
}

export async function tileKeyExists(db: DbClient, organizationId: string, key: string): Promise<boolean> {
  return (await db.tile.count({ where: { organizationId, key } })) > 0;
}

/** One past the layer's last position: new tiles go to the end of the library. */
export async function nextSortOrder(db: DbClient, organizationId: string): Promise<number> {
  const { _max } = await db.tile.aggregate({ where: { organizationId }, _max: { sortOrder: true } });
  return (_max.sortOrder ?? -1) + 1;
}

/** Theme ids by key (every theme, active or not). */
export async function themeIds(db: DbClient): Promise<Map<string, string>> {
  const rows = await db.theme.findMany({ select: { id: true, key: true } });
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Active themes in display order, with their names per language. */
export async function listThemes(db: DbClient): Promise<Array<{ key: string; names: Record<string, string>; icon: string | null }>> {
  const rows = await db.theme.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }], select: { key: true, names: true, icon: true } });
  return rows.map((r) => ({
    key: r.key,
    names: Object.fromEntries(Object.entries((r.names ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    icon: r.icon,
  }));
}

/** True when the user has an active account with a membership in the organization (a tile's owner must). */
export async function isMemberOf(db: DbClient, userId: string, organizationId: string): Promise<boolean> {
  return (await db.staffUser.count({ where: { id: userId, disabled: false, memberships: { some: { organizationId } } } })) > 0;
}

export interface NewStudioTile {
  organizationId: string;
  key: string;
  themeId: string;
  sourceLang: string;
  sortOrder: number;
  draft: TileDraft;
  ownerId: string | null;
  reviewBy: Date;
  actorId: string | null;
  now: Date;
}

/** Inserts a tile that exists only as a draft (status `draft`, no translation rows, revision 0). */
export async function insertDraftTile(db: DbClient, tile: NewStudioTile): Promise<string> {
  const row = await db.tile.create({
    data: {
      organizationId: tile.organizationId, key: tile.key, themeId: tile.themeId, sourceLang: tile.sourceLang, sortOrder: tile.sortOrder,
      status: 'draft', links: linksJson(tile.draft.links), sensitive: tile.draft.sensitive,
      draft: draftJson(tile.draft) as Prisma.InputJsonObject, draftUpdatedAt: tile.now,
      ownerId: tile.ownerId, reviewBy: tile.reviewBy, updatedById: tile.actorId,
    },
    select: { id: true },
  });
  return row.id;
}

/** The studio's tile columns; `draft: null` clears the draft. */
export interface StudioTilePatch {
  themeId?: string;
  links?: TileLink[];
  sensitive?: boolean;
  status?: TileStatus;
  version?: number;
  revision?: number;
  draft?: TileDraft | null;
  draftUpdatedAt?: Date | null;
  ownerId?: string | null;
  reviewBy?: Date | null;
  publishAt?: Date | null;
  unpublishAt?: Date | null;
  scheduleProblem?: string | null;
  updatedById?: string | null;
  /** Adds one to editVersion. */
  bumpEditVersion?: boolean;
}

function patchData(patch: StudioTilePatch): Prisma.TileUncheckedUpdateManyInput {
  const { links, draft, bumpEditVersion, ...rest } = patch;
  return {
    ...rest,
    ...(links ? { links: linksJson(links) } : {}),
    ...(draft !== undefined ? { draft: draft === null ? Prisma.DbNull : (draftJson(draft) as Prisma.InputJsonObject) } : {}),
    ...(bumpEditVersion ? { editVersion: { increment: 1 } } : {}),
  };
}

/**
 * Writes `patch` only if the tile's editVersion is still `editVersion`
 * (compare-and-set): false when another save or publish came first.
 */
export async function updateTileIfVersion(db: DbClient, id: string, editVersion: number, patch: StudioTilePatch): Promise<boolean> {
  const { count } = await db.tile.updateMany({ where: { id, editVersion }, data: patchData(patch) });
  return count === 1;
}

/** Writes `patch` whatever the editVersion (owner, review date, schedule: not part of the draft). */
export async function updateTileColumns(db: DbClient, id: string, patch: StudioTilePatch): Promise<void> {
  await db.tile.updateMany({ where: { id }, data: patchData(patch) });
}

export async function deleteTileRow(db: DbClient, id: string): Promise<void> {
  await db.tile.delete({ where: { id } });
}

/** A tile whose review date has passed, with its layer. */
export interface OverdueTile {
  layer: { slug: string; name: string };
  key: string;
  status: TileStatus;
  sourceLang: string;
  reviewBy: Date;
  owner: Person | null;
  draft: TileDraft | null;
  /** The live source-language title, when there is one. */
  liveTitle: string | null;
}

/** Tiles of the organizations whose reviewBy is before `now`, not archived, oldest first. */
export async function findOverdueTiles(db: DbClient, organizationIds: readonly string[], now: Date): Promise<OverdueTile[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.tile.findMany({
    where: { organizationId: { in: [...organizationIds] }, status: { not: 'archived' }, reviewBy: { lt: now } },
    orderBy: [{ reviewBy: 'asc' }, { key: 'asc' }],
    select: {
      key: true, status: true, sourceLang: true, reviewBy: true, draft: true,
      organization: { select: { slug: true, name: true } },
      owner: { select: { id: true, name: true } },
      translations: { select: { language: true, title: true } },
    },
  });
  return rows.map((r) => ({
    layer: r.organization,
    key: r.key,
    status: r.status,
    sourceLang: r.sourceLang,
    reviewBy: r.reviewBy as Date,
    owner: r.owner,
    draft: parseStoredDraft(r.draft),
    liveTitle: r.translations.find((t) => t.language === r.sourceLang)?.title ?? null,
  }));
}

/** Tiles with a publish or unpublish scheduled: the scheduler makes sure each has its delayed job (after a Redis loss, say). */
export async function findScheduledTiles(db: DbClient): Promise<Array<{ id: string; publishAt: Date | null; unpublishAt: Date | null }>> {
  return db.tile.findMany({
    where: { OR: [{ publishAt: { not: null } }, { unpublishAt: { not: null } }] },
    select: { id: true, publishAt: true, unpublishAt: true },
  });
}
