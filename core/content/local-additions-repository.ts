import { isLanguage, type Language } from '../languages/index.ts';
import { Prisma, type DbClient } from '../platform/db.ts';
import type { TranslationOrigin } from './library-repository.ts';
import type { PublishedAddition } from './visibility.ts';

/**
 * Database access for local additions: a municipality's paragraph under a
 * national or regional tile, per language, with a live (`published`) and an
 * unpublished (`draft`) version. Commands and their rules are in
 * local-additions.ts.
 */

/** One language of an addition, as stored in the `published` and `draft` JSON columns. */
export interface AdditionLanguageText {
  body: string;
  origin: TranslationOrigin;
  /** The addition's `version` this text was written for (a translation of an older source text is stale). */
  sourceVersion: number;
}

export type AdditionTexts = Partial<Record<Language, AdditionLanguageText>>;

export interface StoredAddition {
  id: string;
  organizationId: string;
  tileId: string;
  sourceLang: string;
  published: AdditionTexts | null;
  draft: AdditionTexts | null;
  version: number;
  reviewedRevision: number;
  editVersion: number;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

const ORIGINS: readonly string[] = ['source', 'machine', 'human'];

/** Reads a `published`/`draft` column, keeping only well-formed languages; null for none. */
export function parseAdditionTexts(value: Prisma.JsonValue | null): AdditionTexts | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const texts: AdditionTexts = {};
  for (const [lang, raw] of Object.entries(value)) {
    const t = raw as { body?: unknown; origin?: unknown; sourceVersion?: unknown } | null;
    if (!isLanguage(lang) || !t || typeof t.body !== 'string') continue;
    texts[lang] = {
      body: t.body,
      origin: typeof t.origin === 'string' && ORIGINS.includes(t.origin) ? (t.origin as TranslationOrigin) : 'human',
      sourceVersion: typeof t.sourceVersion === 'number' ? t.sourceVersion : 1,
    };
  }
  return Object.keys(texts).length ? texts : null;
}

const additionSelect = {
  id: true, organizationId: true, tileId: true, sourceLang: true, published: true, draft: true,
  version: true, reviewedRevision: true, editVersion: true, updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
} as const;

type AdditionRow = Prisma.LocalAdditionGetPayload<{ select: typeof additionSelect }>;

function toStored(row: AdditionRow): StoredAddition {
  return { ...row, published: parseAdditionTexts(row.published), draft: parseAdditionTexts(row.draft) };
}

/** The municipality's addition under one tile, or null. */
export async function findAddition(db: DbClient, organizationId: string, tileId: string): Promise<StoredAddition | null> {
  const row = await db.localAddition.findUnique({ where: { organizationId_tileId: { organizationId, tileId } }, select: additionSelect });
  return row && toStored(row);
}

/** Every addition of the municipality (published or draft only), with its tile's revision and library. */
export async function listAdditions(db: DbClient, organizationId: string): Promise<Array<StoredAddition & {
  tile: { key: string; revision: number; sourceLang: string; library: { slug: string; kind: string } };
}>> {
  const rows = await db.localAddition.findMany({
    where: { organizationId },
    select: {
      ...additionSelect,
      tile: { select: { key: true, revision: true, sourceLang: true, sortOrder: true, organization: { select: { slug: true, kind: true } } } },
    },
    orderBy: [{ tile: { organization: { slug: 'asc' } } }, { tile: { sortOrder: 'asc' } }, { tile: { key: 'asc' } }],
  });
  return rows.map(({ tile, ...row }) => ({
    ...toStored(row),
    tile: { key: tile.key, revision: tile.revision, sourceLang: tile.sourceLang, library: tile.organization },
  }));
}

/** The municipality's published additions by tile id, as the visibility rule merges them. */
export async function listPublishedAdditions(db: DbClient, organizationId: string): Promise<Map<string, PublishedAddition>> {
  const rows = await db.localAddition.findMany({
    where: { organizationId, published: { not: Prisma.DbNull } },
    select: { tileId: true, sourceLang: true, published: true },
  });
  const out = new Map<string, PublishedAddition>();
  for (const row of rows) {
    const texts = parseAdditionTexts(row.published);
    if (texts) out.set(row.tileId, { sourceLang: row.sourceLang, texts });
  }
  return out;
}

/** What a write sets (besides the bumped edit version). */
export interface AdditionPatch {
  sourceLang?: string;
  published?: AdditionTexts | null;
  draft?: AdditionTexts | null;
  version?: number;
  reviewedRevision?: number;
  updatedById: string | null;
}

const json = (texts: AdditionTexts | null | undefined) =>
  texts === undefined ? undefined : texts === null ? Prisma.DbNull : (texts as Prisma.InputJsonObject);

/** Inserts a new addition (edit version 1). */
export async function insertAddition(
  db: DbClient,
  organizationId: string,
  tileId: string,
  patch: AdditionPatch,
): Promise<StoredAddition> {
  const row = await db.localAddition.create({
    data: {
      organizationId, tileId,
      ...(patch.sourceLang ? { sourceLang: patch.sourceLang } : {}),
      published: json(patch.published), draft: json(patch.draft),
      ...(patch.version !== undefined ? { version: patch.version } : {}),
      ...(patch.reviewedRevision !== undefined ? { reviewedRevision: patch.reviewedRevision } : {}),
      updatedById: patch.updatedById,
    },
    select: additionSelect,
  });
  return toStored(row);
}

/**
 * Updates the addition only if its edit version is still `baseEditVersion`
 * (and bumps it): two editors saving the same addition cannot overwrite each
 * other unseen.
 * @returns the updated addition, or null when someone saved meanwhile.
 */
export async function updateAdditionIfCurrent(
  db: DbClient,
  id: string,
  baseEditVersion: number,
  patch: AdditionPatch,
): Promise<StoredAddition | null> {
  const { count } = await db.localAddition.updateMany({
    where: { id, editVersion: baseEditVersion },
    data: {
      ...(patch.sourceLang ? { sourceLang: patch.sourceLang } : {}),
      published: json(patch.published), draft: json(patch.draft),
      ...(patch.version !== undefined ? { version: patch.version } : {}),
      ...(patch.reviewedRevision !== undefined ? { reviewedRevision: patch.reviewedRevision } : {}),
      updatedById: patch.updatedById,
      editVersion: { increment: 1 },
    },
  });
  if (count === 0) return null;
  return toStored(await db.localAddition.findUniqueOrThrow({ where: { id }, select: additionSelect }));
}

export async function deleteAddition(db: DbClient, id: string): Promise<void> {
  await db.localAddition.deleteMany({ where: { id } });
}
