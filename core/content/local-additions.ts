import { isLanguage, type Language } from '../languages/index.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { writeAuditLog } from './audit-log.ts';
import {
  deleteAddition,
  findAddition,
  insertAddition,
  listAdditions,
  updateAdditionIfCurrent,
  type AdditionTexts,
  type StoredAddition,
} from './local-additions-repository.ts';
import type { StoredOrganization } from './organization-repository.ts';
import { findLibraryTile, getMunicipality, libraryFor, loadMunicipalityLibraries, type LibraryTileView } from './subscription-states.ts';
import { tileContentSchema } from './tiles-v1.ts';
import { inTransaction } from './transaction.ts';
import { additionNeedsReview, mergeAddition } from './visibility.ts';
import type { TileContent } from './types.ts';

/**
 * Local additions: a municipality's paragraph under a national or regional
 * tile (where the local office is, when it is open), shown to people in the
 * tile's language under the tile's text (visibility.ts mergeAddition) without
 * copying the tile. Editors save a draft (refused with 409 when someone saved
 * since), publish it, and confirm it again after the tile was republished
 * (the addition "needs review" while the tile's revision is newer than the
 * one it was last checked against). Access is the caller's check
 * (core/access mayManageSubscriptions).
 */

/** Longest addition text per language: a paragraph or two, not a second tile. */
export const ADDITION_BODY_MAX = 2000;

/** An addition as the studio shows it. */
export interface AdditionView {
  sourceLang: string;
  published: AdditionTexts | null;
  draft: AdditionTexts | null;
  version: number;
  editVersion: number;
  reviewedRevision: number;
  tileRevision: number;
  needsReview: boolean;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
}

/** A list entry of the municipality's additions. */
export interface AdditionListItem {
  library: { slug: string; kind: string };
  key: string;
  title: string;
  published: boolean;
  hasDraft: boolean;
  needsReview: boolean;
  reviewedRevision: number;
  tileRevision: number;
  editVersion: number;
  updatedAt: Date;
}

/** A draft as an editor saves it. */
export interface AdditionInput {
  /** The edit version the editor's copy is based on; 0 when creating. */
  baseEditVersion: number;
  /** The language the editor writes in; default the current one, else `en`. */
  sourceLang?: string;
  /** Text per language; must include `sourceLang`. Languages left out are dropped from the draft. */
  content: Readonly<Record<string, { body: string }>>;
}

/** Where an addition is: the municipality, and the library tile it sits under. */
export interface AdditionTarget {
  municipalitySlug: string;
  librarySlug: string;
  key: string;
}

function view(addition: StoredAddition, tileRevision: number): AdditionView {
  return {
    sourceLang: addition.sourceLang,
    published: addition.published,
    draft: addition.draft,
    version: addition.version,
    editVersion: addition.editVersion,
    reviewedRevision: addition.reviewedRevision,
    tileRevision,
    needsReview: addition.published !== null && additionNeedsReview(addition.reviewedRevision, tileRevision),
    updatedAt: addition.updatedAt,
    updatedBy: addition.updatedBy,
  };
}

/**
 * The revision an addition is checked against when an editor saves, publishes
 * or confirms it: the tile's, where 0 (imported, never published in the
 * studio) counts as 1, because the studio records that live text as
 * revision 1 the first time it needs its history; opening a tile's history
 * must not flag its additions.
 */
const checkedRevision = (tileRevision: number) => Math.max(tileRevision, 1);

/** The staff user id of a `user:<id>` actor (for updated_by), else null. */
const actorUserId = (actor: string) => /^user:(.+)$/.exec(actor)?.[1] ?? null;

/** The municipality, and the published library tile the addition sits under. */
/** The tile an addition sits under, as the commands need it. */
type TargetTile = Pick<LibraryTileView, 'id' | 'library' | 'key' | 'sourceLang' | 'revision'> & { state: LibraryTileView['state'] | 'unpublished' };

/**
 * The municipality, and the library tile the addition sits under: a
 * published one, or with `anyStatus` also one taken off the air since (its
 * addition can still be read and deleted, not edited).
 */
async function target(db: DbClient, { municipalitySlug, librarySlug, key }: AdditionTarget, anyStatus = false): Promise<{
  municipality: StoredOrganization;
  tile: TargetTile;
}> {
  const state = await loadMunicipalityLibraries(db, municipalitySlug);
  const library = await libraryFor(db, state.municipality, librarySlug);
  const published = state.tiles.find((t) => t.library.slug === library.slug && t.key === key);
  if (published || !anyStatus) return { municipality: state.municipality, tile: published ?? findLibraryTile(state, library.slug, key) };
  const row = await db.tile.findUnique({
    where: { organizationId_key: { organizationId: library.id, key } }, select: { id: true, key: true, sourceLang: true, revision: true },
  });
  if (!row) throw new AppError('TILE_NOT_FOUND', { key });
  return { municipality: state.municipality, tile: { ...row, library: { slug: library.slug, kind: library.kind }, state: 'unpublished' } };
}

const conflict = (key: string, reason: string) => new AppError('LOCAL_ADDITION_CONFLICT', { key, reason });
const stale = (key: string, current: number) =>
  conflict(key, `someone else saved it since you opened it (now edit version ${current}); reload to see their changes`);

/** The draft texts for `input`, checked: supported languages, the source language present, safe markdown, length. */
function draftTexts(input: AdditionInput, sourceLang: string, current: StoredAddition | null): AdditionTexts {
  if (!isLanguage(sourceLang)) throw new AppError('LOCAL_ADDITION_INVALID', { reason: `"${sourceLang}" is not a supported language` });
  const problems: string[] = [];
  const entries = Object.entries(input.content);
  for (const [lang, { body }] of entries) {
    if (!isLanguage(lang)) problems.push(`"${lang}" is not a supported language`);
    else if (body.length > ADDITION_BODY_MAX) problems.push(`${lang}: must be at most ${ADDITION_BODY_MAX} characters`);
    else {
      const checked = tileContentSchema.shape.body.safeParse(body);
      if (!checked.success) problems.push(...checked.error.issues.map((i) => `${lang}: ${i.message}`));
    }
  }
  if (!input.content[sourceLang]) problems.push(`the text in the source language (${sourceLang}) is missing`);
  if (problems.length) throw new AppError('LOCAL_ADDITION_INVALID', { reason: problems.join('; ') });
  // A source text unlike the live one makes a new version on publish; the translations saved with it are made for that version.
  const live = current?.published?.[sourceLang]?.body;
  const unchanged = live !== undefined && live.trim() === input.content[sourceLang].body.trim();
  const version = !current ? 1 : current.published && !unchanged ? current.version + 1 : current.version;
  const texts: AdditionTexts = {};
  for (const [lang, { body }] of entries) {
    texts[lang as Language] = { body: body.trim(), origin: lang === sourceLang ? 'source' : 'human', sourceVersion: version };
  }
  return texts;
}

async function audit(tx: DbClient, actor: string, municipalityId: string, action: string, additionId: string, data: Record<string, unknown>) {
  await writeAuditLog(tx, { actor, organizationId: municipalityId, action, entityType: 'local_addition', entityId: additionId, data });
}

/**
 * Saves the editor's draft of the addition under a library tile, creating
 * the addition on first save (`baseEditVersion` 0). The live text is not
 * touched until `publishAddition`.
 * @throws AppError LOCAL_ADDITION_CONFLICT (stale `baseEditVersion`), LOCAL_ADDITION_INVALID,
 *   TILE_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID, ORGANIZATION_NOT_FOUND
 */
export async function saveAdditionDraft(db: Db, where: AdditionTarget, input: AdditionInput, actor: string): Promise<AdditionView> {
  return inTransaction(db, async (tx) => {
    const { municipality, tile } = await target(tx, where);
    const current = await findAddition(tx, municipality.id, tile.id);
    if ((current?.editVersion ?? 0) !== input.baseEditVersion) throw stale(where.key, current?.editVersion ?? 0);
    const sourceLang = input.sourceLang ?? current?.sourceLang ?? 'en';
    const draft = draftTexts(input, sourceLang, current);
    const patch = { sourceLang, draft, updatedById: actorUserId(actor) };
    const saved = current
      ? await updateAdditionIfCurrent(tx, current.id, input.baseEditVersion, patch)
      : await insertAddition(tx, municipality.id, tile.id, { ...patch, reviewedRevision: checkedRevision(tile.revision) });
    if (!saved) throw stale(where.key, input.baseEditVersion + 1);
    await audit(tx, actor, municipality.id, 'local_addition.saved', saved.id, {
      library: where.librarySlug, key: where.key, languages: Object.keys(draft), created: !current,
    });
    return view(saved, tile.revision);
  }, 30_000);
}

/**
 * Puts the draft live: people see it under the tile at once. Publishing
 * counts as checking it against the tile as it is now (reviewedRevision).
 * @throws AppError LOCAL_ADDITION_CONFLICT (no draft, or stale `baseEditVersion`), NOT_FOUND (no addition), and as saveAdditionDraft
 */
export async function publishAddition(db: Db, where: AdditionTarget, baseEditVersion: number | undefined, actor: string): Promise<AdditionView> {
  return inTransaction(db, async (tx) => {
    const { municipality, tile } = await target(tx, where);
    const current = await findAddition(tx, municipality.id, tile.id);
    if (!current) throw new AppError('NOT_FOUND', { what: `Local addition under "${where.key}"` });
    const base = baseEditVersion ?? current.editVersion;
    if (current.editVersion !== base) throw stale(where.key, current.editVersion);
    if (!current.draft) throw conflict(where.key, 'there is no draft to publish');
    const version = current.draft[current.sourceLang as Language]?.sourceVersion ?? current.version;
    const saved = await updateAdditionIfCurrent(tx, current.id, base, {
      published: current.draft, draft: null, version, reviewedRevision: checkedRevision(tile.revision), updatedById: actorUserId(actor),
    });
    if (!saved) throw stale(where.key, base + 1);
    await audit(tx, actor, municipality.id, 'local_addition.published', saved.id, {
      library: where.librarySlug, key: where.key, version, languages: Object.keys(current.draft), tileRevision: tile.revision,
    });
    return view(saved, tile.revision);
  }, 30_000);
}

/**
 * "Still correct": the addition was checked against the tile's current
 * revision, so it no longer needs review. Changes nothing when it did not.
 * @throws AppError NOT_FOUND (no addition), and as saveAdditionDraft
 */
export async function markAdditionReviewed(db: Db, where: AdditionTarget, actor: string): Promise<AdditionView> {
  return inTransaction(db, async (tx) => {
    const { municipality, tile } = await target(tx, where);
    const current = await findAddition(tx, municipality.id, tile.id);
    if (!current) throw new AppError('NOT_FOUND', { what: `Local addition under "${where.key}"` });
    if (!additionNeedsReview(current.reviewedRevision, tile.revision)) return view(current, tile.revision);
    const saved = await updateAdditionIfCurrent(tx, current.id, current.editVersion, {
      reviewedRevision: checkedRevision(tile.revision), updatedById: actorUserId(actor),
    });
    if (!saved) throw stale(where.key, current.editVersion + 1);
    await audit(tx, actor, municipality.id, 'local_addition.reviewed', saved.id, {
      library: where.librarySlug, key: where.key, from: current.reviewedRevision, to: checkedRevision(tile.revision),
    });
    return view(saved, tile.revision);
  }, 30_000);
}

/**
 * Deletes the addition, live text and draft: people see the tile alone again.
 * Works also when the tile was taken off the air since.
 * @throws AppError NOT_FOUND (no addition), and as saveAdditionDraft
 */
export async function deleteLocalAddition(db: Db, where: AdditionTarget, actor: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { municipality, tile } = await target(tx, where, true);
    const current = await findAddition(tx, municipality.id, tile.id);
    if (!current) throw new AppError('NOT_FOUND', { what: `Local addition under "${where.key}"` });
    await deleteAddition(tx, current.id);
    await audit(tx, actor, municipality.id, 'local_addition.deleted', current.id, {
      library: where.librarySlug, key: where.key, published: current.published,
    });
  }, 30_000);
}

/** The tile an addition sits under, with its live text per language (for the editor's side-by-side view). */
export interface AdditionTile extends Pick<TargetTile, 'library' | 'key' | 'sourceLang' | 'revision' | 'state'> {
  content: Partial<Record<Language, Pick<TileContent, 'title' | 'body'>>>;
}

/**
 * The tile (also one taken off the air since: state `unpublished`), the
 * addition (or null) and the merged text people read with it.
 * @throws AppError TILE_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID, ORGANIZATION_NOT_FOUND
 */
export async function getLocalAddition(db: DbClient, where: AdditionTarget): Promise<{
  tile: AdditionTile;
  addition: AdditionView | null;
  preview: Partial<Record<Language, Pick<TileContent, 'title' | 'body'>>>;
}> {
  const { municipality, tile } = await target(db, where, true);
  const [current, translations] = await Promise.all([
    findAddition(db, municipality.id, tile.id),
    db.tileTranslation.findMany({ where: { tileId: tile.id }, select: { language: true, title: true, body: true }, orderBy: { language: 'asc' } }),
  ]);
  const content: Partial<Record<Language, TileContent>> = {};
  for (const t of translations) if (isLanguage(t.language)) content[t.language] = { title: t.title, body: t.body, examples: [] };
  const merged = mergeAddition(content, current?.published ? { sourceLang: current.sourceLang, texts: current.published } : undefined);
  const strip = (c: Partial<Record<Language, TileContent>>) =>
    Object.fromEntries(Object.entries(c).map(([lang, t]) => [lang, { title: t.title, body: t.body }]));
  return {
    tile: { library: tile.library, key: tile.key, sourceLang: tile.sourceLang, revision: tile.revision, state: tile.state, content: strip(content) },
    addition: current && view(current, tile.revision),
    preview: strip(merged),
  };
}

/**
 * The municipality's additions, in library order; with `needsReview` only the
 * published ones whose tile was republished since they were last checked.
 * @throws AppError ORGANIZATION_NOT_FOUND, SUBSCRIPTION_INVALID (not a municipality)
 */
export async function listLocalAdditions(db: DbClient, municipalitySlug: string, filter: { needsReview?: boolean } = {}): Promise<AdditionListItem[]> {
  const municipality = await getMunicipality(db, municipalitySlug);
  const rows = await listAdditions(db, municipality.id);
  const titles = new Map((await db.tileTranslation.findMany({
    where: { tileId: { in: rows.map((r) => r.tileId) } }, select: { tileId: true, language: true, title: true },
  })).map((t) => [`${t.tileId}:${t.language}`, t.title]));
  return rows
    .map((row) => {
      const item = view(row, row.tile.revision);
      return {
        library: row.tile.library,
        key: row.tile.key,
        title: titles.get(`${row.tileId}:${row.tile.sourceLang}`) ?? row.tile.key,
        published: item.published !== null,
        hasDraft: item.draft !== null,
        needsReview: item.needsReview,
        reviewedRevision: item.reviewedRevision,
        tileRevision: item.tileRevision,
        editVersion: item.editVersion,
        updatedAt: item.updatedAt,
      };
    })
    .filter((item) => !filter.needsReview || item.needsReview);
}
