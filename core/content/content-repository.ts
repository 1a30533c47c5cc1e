import { Prisma, type Db, type DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import type { TileContent, TileLink, VisibleTile } from './types.ts';

export type { Db, DbClient };

/**
 * The content module's database access: organizations, tiles and their
 * translations (themes: theme-repository.ts; entry codes:
 * entry-code-repository.ts).
 */

export type OrganizationKind = 'national' | 'region' | 'municipality' | 'employer' | 'housing_provider' | 'local_org';
export type TileStatus = 'draft' | 'published' | 'archived';
export type TranslationOrigin = 'source' | 'machine' | 'human';

export interface StoredOrganization {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  parentId: string | null;
  enabledLanguages: string[];
}

export interface StoredTranslation {
  id: string;
  language: string;
  title: string;
  body: string;
  examples: string[];
  origin: TranslationOrigin;
  /** The tile version the text was made from; stale when below the tile's version. */
  sourceVersion: number;
}

/** A tile of any status with every translation, as import and export need it. */
export interface StoredTile {
  id: string;
  key: string;
  themeKey: string;
  sourceLang: string;
  status: TileStatus;
  version: number;
  sortOrder: number;
  links: TileLink[];
  sensitive: boolean;
  translations: StoredTranslation[];
}

/** A tile row to insert; translations are written separately. */
export type NewTile = Pick<StoredTile, 'key' | 'sourceLang' | 'status' | 'version' | 'sortOrder' | 'links' | 'sensitive'> & {
  organizationId: string;
  themeId: string;
};

export type TilePatch = Partial<Omit<NewTile, 'organizationId' | 'key'>>;

/** A translation row to insert. */
export type NewTranslation = Omit<StoredTranslation, 'id'> & { tileId: string };

export interface AuditEntry {
  /** `cli`, `user:<id>`, `system`. */
  actor: string;
  organizationId?: string;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

/** Rows per multi-row INSERT: PostgreSQL allows 65,535 bind values per statement. */
const INSERT_BATCH = 1000;

function batches<T>(rows: readonly T[], size = INSERT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Reads the `links` JSON column, keeping only well-formed entries. */
function parseLinks(value: Prisma.JsonValue): TileLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const link = item as { label?: unknown; url?: unknown } | null;
    return link && typeof link.label === 'string' && typeof link.url === 'string'
      ? [{ label: link.label, url: link.url }]
      : [];
  });
}

function linksJson(links: TileLink[]): Prisma.InputJsonValue {
  return links.map((l) => ({ label: l.label, url: l.url }));
}

// ---------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------

const organizationSelect = {
  id: true, slug: true, name: true, kind: true, parentId: true, enabledLanguages: true,
} as const;

export async function findOrganization(db: DbClient, slug: string): Promise<StoredOrganization | null> {
  return db.organization.findUnique({ where: { slug }, select: organizationSelect });
}

/** @throws AppError ORGANIZATION_NOT_FOUND */
export async function getOrganization(db: DbClient, slug: string): Promise<StoredOrganization> {
  const org = await findOrganization(db, slug);
  if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  return org;
}

export async function createOrganization(
  db: DbClient,
  data: { slug: string; name: string; kind: OrganizationKind; enabledLanguages: string[] },
): Promise<StoredOrganization> {
  return db.organization.create({ data, select: organizationSelect });
}

export async function updateOrganization(
  db: DbClient,
  id: string,
  data: { name?: string; enabledLanguages?: string[] },
): Promise<void> {
  await db.organization.update({ where: { id }, data });
}

/** The kinds an organization of each kind may have as its parent (see the schema's `parent`). */
const PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  national: [],
  region: [],
  municipality: ['region'],
  employer: ['municipality'],
  housing_provider: ['municipality'],
  local_org: ['municipality'],
};

/** `an employer`, `a municipality`. */
function aKind(kind: OrganizationKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * Places an organization under its parent: a municipality in its region; an
 * employer, housing provider or local organization in the municipality where
 * it is active (its chats then show that municipality's tiles too). Refused
 * while active entry codes open the organization's layer in another municipality.
 * Setting the parent it already has writes nothing; a change leaves one audit row.
 * @param actor for the audit log: `cli`, `seed`, `user:<id>`.
 * @throws AppError ORGANIZATION_NOT_FOUND, ORGANIZATION_PARENT_INVALID
 */
export async function setParentOrganization(db: Db, slug: string, parentSlug: string, actor = 'system'): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [org, parent] = await Promise.all([getOrganization(tx, slug), getOrganization(tx, parentSlug)]);
    const invalid = (reason: string) => new AppError('ORGANIZATION_PARENT_INVALID', { slug, parent: parentSlug, reason });
    if (org.id === parent.id) throw invalid('an organization cannot be its own parent');
    const allowed = PARENT_KINDS[org.kind];
    if (!allowed.includes(parent.kind)) {
      throw invalid(allowed.length
        ? `the parent of ${aKind(org.kind)} must be ${allowed.map(aKind).join(' or ')}, not ${aKind(parent.kind)}`
        : `${aKind(org.kind)} organization has no parent`);
    }
    if (org.parentId === parent.id) return;
    const elsewhere = await tx.entryCode.findMany({
      where: { layerOrganizationId: org.id, organizationId: { not: parent.id }, active: true },
      select: { code: true },
      orderBy: { code: 'asc' },
    });
    if (elsewhere.length) {
      throw invalid(`active entry codes open its layer in another municipality (${elsewhere.map((c) => c.code).join(', ')}); deactivate them first`);
    }
    await tx.organization.update({ where: { id: org.id }, data: { parentId: parent.id } });
    await writeAuditLog(tx, {
      actor,
      organizationId: org.id,
      action: 'organization.parent_changed',
      entityType: 'organization',
      entityId: org.id,
      data: { parent: parent.slug, previousParentId: org.parentId },
    });
  });
}

// ---------------------------------------------------------------------------
// Tiles
// ---------------------------------------------------------------------------

/** Every tile the organization owns (any status), in library order, with all translations. */
export async function loadLibrary(db: DbClient, organizationId: string): Promise<StoredTile[]> {
  const rows = await db.tile.findMany({
    where: { organizationId },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, status: true, version: true, sortOrder: true, links: true, sensitive: true,
      theme: { select: { key: true } },
      translations: {
        select: { id: true, language: true, title: true, body: true, examples: true, origin: true, sourceVersion: true },
        orderBy: { language: 'asc' },
      },
    },
  });
  return rows.map(({ theme, links, ...tile }) => ({ ...tile, themeKey: theme.key, links: parseLinks(links) }));
}

/** Owners whose layer an organization shows: itself, and for an employer or housing provider its municipality. */
function layerIds(org: StoredOrganization): string[] {
  const entryLayer = org.kind === 'employer' || org.kind === 'housing_provider';
  return entryLayer && org.parentId ? [org.id, org.parentId] : [org.id];
}

/** Tiles owned by one of the layers, or subscribed to by one of them. */
function visibleWhere(layers: string[]): Prisma.TileWhereInput {
  return {
    OR: [
      { organizationId: { in: layers } },
      { subscriptions: { some: { organizationId: { in: layers } } } },
    ],
  };
}

/**
 * The published tiles a chat entering through `orgSlug` may answer from: the
 * organization's own, the national/regional tiles it subscribes to, and for
 * an employer or housing provider everything its municipality shows. Each
 * tile carries every stored language version. Own tiles come first, then
 * the municipality's, then subscribed ones; within a layer, library order.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function loadVisibleTiles(db: DbClient, orgSlug: string): Promise<VisibleTile[]> {
  const layers = layerIds(await getOrganization(db, orgSlug));
  const rows = await db.tile.findMany({
    where: { status: 'published', ...visibleWhere(layers) },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, sensitive: true, links: true, organizationId: true,
      organization: { select: { slug: true } },
      theme: { select: { key: true } },
      translations: { select: { language: true, title: true, body: true, examples: true } },
    },
  });
  const rank = (ownerId: string) => (layers.includes(ownerId) ? layers.indexOf(ownerId) : layers.length);
  // Array#sort is stable: library order survives within a layer.
  return rows
    .sort((a, b) => rank(a.organizationId) - rank(b.organizationId))
    .flatMap((row) => {
      if (!isLanguage(row.sourceLang)) return [];
      const content: Partial<Record<Language, TileContent>> = {};
      for (const t of row.translations) {
        if (isLanguage(t.language)) content[t.language] = { title: t.title, body: t.body, examples: t.examples };
      }
      return [{
        id: row.id,
        key: row.key,
        ownerSlug: row.organization.slug,
        theme: row.theme.key,
        sensitive: row.sensitive,
        sourceLang: row.sourceLang,
        content,
        links: parseLinks(row.links),
      }];
    });
}

/**
 * A stamp that changes whenever anything `loadVisibleTiles(db, orgSlug)`
 * returns may have changed: counts and latest change times of the layers'
 * tiles (any status: a status change touches `updatedAt`), their
 * translations, subscriptions, organizations and the themes. A few aggregate
 * queries on indexed columns, no rows loaded.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function visibleContentVersion(db: DbClient, orgSlug: string): Promise<string> {
  const layers = layerIds(await getOrganization(db, orgSlug));
  const [tiles, translations, subscriptions, organizations, themes] = await Promise.all([
    db.tile.aggregate({ where: visibleWhere(layers), _count: { _all: true }, _max: { updatedAt: true } }),
    db.tileTranslation.aggregate({ where: { tile: visibleWhere(layers) }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.tileSubscription.aggregate({ where: { organizationId: { in: layers } }, _count: { _all: true }, _max: { createdAt: true } }),
    db.organization.aggregate({ where: { id: { in: layers } }, _max: { updatedAt: true } }),
    db.theme.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const time = (d: Date | null) => d?.getTime() ?? 0;
  return [
    layers.join('+'),
    tiles._count._all, time(tiles._max.updatedAt),
    translations._count._all, time(translations._max.updatedAt),
    subscriptions._count._all, time(subscriptions._max.createdAt),
    time(organizations._max.updatedAt),
    themes._count._all, time(themes._max.updatedAt),
  ].join(':');
}

/** Lets a municipality show a national or regional tile; a second call changes nothing. */
export async function subscribeTile(db: DbClient, organizationId: string, tileId: string): Promise<void> {
  await db.tileSubscription.upsert({
    where: { organizationId_tileId: { organizationId, tileId } },
    create: { organizationId, tileId },
    update: {},
  });
}

/**
 * Inserts tiles in a few multi-row statements.
 * @returns the new ids by tile key.
 */
export async function createTiles(db: DbClient, tiles: readonly NewTile[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of batches(tiles)) {
    const rows = await db.tile.createManyAndReturn({
      data: batch.map((t) => ({ ...t, links: linksJson(t.links) })),
      select: { id: true, key: true },
    });
    for (const row of rows) ids.set(row.key, row.id);
  }
  return ids;
}

export async function updateTile(db: DbClient, id: string, patch: TilePatch): Promise<void> {
  const { links, ...rest } = patch;
  await db.tile.update({ where: { id }, data: links ? { ...rest, links: linksJson(links) } : rest });
}

/** Translation rows per INSERT; each batch travels as one JSON parameter. */
const TRANSLATION_BATCH = 5000;

/**
 * Deletes the translation rows `replacedIds` and inserts `rows`: a changed
 * translation is replaced rather than updated row by row. The insert is one
 * statement per 5,000 rows that unpacks a JSON parameter in the database
 * (`jsonb_to_recordset`); Prisma's createMany costs about 0.3 ms of CPU per
 * row, which made a 1,000-tile × 18-language import take ten seconds.
 * @returns how many rows were inserted.
 */
export async function replaceTranslations(
  db: DbClient,
  replacedIds: readonly string[],
  rows: readonly NewTranslation[],
): Promise<number> {
  for (const batch of batches(replacedIds)) {
    await db.tileTranslation.deleteMany({ where: { id: { in: batch } } });
  }
  let inserted = 0;
  for (const batch of batches(rows, TRANSLATION_BATCH)) {
    inserted += await db.$executeRaw`
      INSERT INTO tile_translations (tile_id, language, title, body, examples, origin, source_version, updated_at)
      SELECT r."tileId", r.language, r.title, r.body,
             ARRAY(SELECT e.value FROM jsonb_array_elements_text(r.examples) WITH ORDINALITY AS e(value, n) ORDER BY e.n),
             r.origin::translation_origin, r."sourceVersion", now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS r("tileId" text, language text, title text, body text, examples jsonb, origin text, "sourceVersion" int)`;
  }
  return inserted;
}

export async function writeAuditLog(db: DbClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: { ...entry, data: entry.data as Prisma.InputJsonObject } });
}

/**
 * Runs `work` in one interactive transaction: everything or nothing.
 * @param timeoutMs how long the transaction may stay open (Prisma's default of 5 s is too short for bulk imports).
 */
export async function inTransaction<T>(db: Db, work: (tx: DbClient) => Promise<T>, timeoutMs = 120_000): Promise<T> {
  return db.$transaction((tx) => work(tx), { timeout: timeoutMs, maxWait: 10_000 });
}
