import { Prisma, type DbClient } from '../../platform/db.ts';
import { parseLinks, type TranslationOrigin } from '../library-repository.ts';
import type { TileLink } from '../types.ts';
import { parseProblems, type TranslationProblem, type TranslationProblems } from './translation-problems.ts';

/**
 * Database access for tile translations: the language versions of a
 * layer's tiles with what their states are computed from, and the writes of
 * machine, human and checked texts. Services decide (translation-state.ts);
 * this module only reads and writes.
 */

/** One language's text as machine translation, people and XLIFF write it. */
export interface TranslationText {
  title: string;
  body: string;
  examples: string[];
  linkLabels: string[];
}

export interface TranslationRow extends TranslationText {
  language: string;
  origin: TranslationOrigin;
  sourceHash: string;
  checkedAt: Date | null;
  /** The human text a machine text replaced, kept as a suggestion. */
  suggestion: TranslationText | null;
  updatedAt: Date;
}

/** A tile with everything its translation states need. */
export interface TranslationTile {
  id: string;
  organizationId: string;
  key: string;
  sourceLang: string;
  status: 'draft' | 'published' | 'archived';
  version: number;
  themeKey: string;
  links: TileLink[];
  problems: TranslationProblems;
  /** Live rows by language (the source among them). */
  rows: Map<string, TranslationRow>;
  /** Open XLIFF handouts: the source hash each was exported for, by language. */
  handouts: Map<string, string>;
}

const select = {
  id: true, organizationId: true, key: true, sourceLang: true, status: true, version: true, links: true, translationProblems: true,
  theme: { select: { key: true } },
  translations: {
    select: {
      language: true, title: true, body: true, examples: true, linkLabels: true, origin: true, sourceHash: true, checkedAt: true,
      suggestion: true, updatedAt: true,
    },
  },
  handouts: { select: { language: true, sourceHash: true } },
} as const satisfies Prisma.TileSelect;

type Row = Prisma.TileGetPayload<{ select: typeof select }>;

export function parseSuggestion(value: Prisma.JsonValue | null): TranslationText | null {
  const s = value as Partial<TranslationText> | null;
  if (!s || typeof s !== 'object' || typeof s.title !== 'string' || typeof s.body !== 'string') return null;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { title: s.title, body: s.body, examples: strings(s.examples), linkLabels: strings(s.linkLabels) };
}

function toTile(row: Row): TranslationTile {
  return {
    id: row.id, organizationId: row.organizationId, key: row.key, sourceLang: row.sourceLang, status: row.status, version: row.version,
    themeKey: row.theme.key, links: parseLinks(row.links), problems: parseProblems(row.translationProblems),
    rows: new Map(row.translations.map(({ suggestion, ...t }) => [t.language, { ...t, suggestion: parseSuggestion(suggestion) }])),
    handouts: new Map(row.handouts.map((h) => [h.language, h.sourceHash])),
  };
}

/** The live source hash of a tile ('' while it has no source row). */
export function currentHash(tile: TranslationTile): string {
  return tile.rows.get(tile.sourceLang)?.sourceHash ?? '';
}

/** The layer's tiles that have live text (published or archived), in library order; only `keys` when given. */
export async function loadTranslationTiles(db: DbClient, organizationId: string, keys?: readonly string[]): Promise<TranslationTile[]> {
  const rows = await db.tile.findMany({
    where: { organizationId, translations: { some: {} }, ...(keys ? { key: { in: [...keys] } } : {}) },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select,
  });
  return rows.map(toTile);
}

export async function loadTranslationTile(db: DbClient, tileId: string): Promise<TranslationTile | null> {
  const row = await db.tile.findUnique({ where: { id: tileId }, select });
  return row ? toTile(row) : null;
}

const suggestionJson = (s: TranslationText | null) => (s ? (s as unknown as Prisma.InputJsonValue) : Prisma.DbNull);

/**
 * Writes a machine translation made from `sourceHash`: unchecked, and when it
 * replaces a human text that human text is kept as the suggestion.
 */
export async function writeMachineText(
  db: DbClient, tile: TranslationTile, language: string, text: TranslationText, sourceHash: string,
): Promise<void> {
  const old = tile.rows.get(language);
  const suggestion = old?.origin === 'human' ? { title: old.title, body: old.body, examples: old.examples, linkLabels: old.linkLabels } : old?.suggestion ?? null;
  const data = {
    ...text, origin: 'machine' as const, sourceHash, sourceVersion: tile.version, checkedAt: null, checkedById: null,
    suggestion: suggestionJson(suggestion),
  };
  await db.tileTranslation.upsert({
    where: { tileId_language: { tileId: tile.id, language } },
    create: { tileId: tile.id, language, ...data },
    update: data,
  });
}

/** Writes a person's translation (edited in place or imported): origin human, current, no suggestion, no open handout. */
export async function writeHumanText(
  db: DbClient, tile: TranslationTile, language: string, text: TranslationText, sourceHash: string,
): Promise<void> {
  const data = {
    ...text, origin: 'human' as const, sourceHash, sourceVersion: tile.version, checkedAt: null, checkedById: null, suggestion: Prisma.DbNull,
  };
  await db.tileTranslation.upsert({
    where: { tileId_language: { tileId: tile.id, language } },
    create: { tileId: tile.id, language, ...data },
    update: data,
  });
  await db.translationHandout.deleteMany({ where: { tileId: tile.id, language } });
}

/** Marks the machine text as checked by `actorId`; the suggestion is no longer needed. */
export async function markChecked(db: DbClient, tileId: string, language: string, actorId: string | null, at: Date): Promise<void> {
  await db.tileTranslation.update({
    where: { tileId_language: { tileId, language } },
    data: { checkedAt: at, checkedById: actorId, suggestion: Prisma.DbNull },
  });
}

/**
 * Rows made from `oldHash` are stamped as made from `newHash`: "minor change, keep translations", and rows from
 * before hashes whose source text did not change.
 */
export async function restampTranslations(db: DbClient, tileId: string, oldHash: string, newHash: string, version?: number): Promise<void> {
  if (!oldHash || oldHash === newHash) return;
  await db.tileTranslation.updateMany({
    where: { tileId, sourceHash: oldHash },
    data: { sourceHash: newHash, ...(version !== undefined ? { sourceVersion: version } : {}) },
  });
  await db.translationHandout.updateMany({ where: { tileId, sourceHash: oldHash }, data: { sourceHash: newHash } });
}

/** Records (or, with `undefined`, clears) why each given language has no current translation. */
export async function setProblems(db: DbClient, tileId: string, changes: Record<string, TranslationProblem | undefined>): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.$transaction(async (tx) => {
    const row = await tx.tile.findUnique({ where: { id: tileId }, select: { translationProblems: true } });
    if (!row) return;
    const problems = parseProblems(row.translationProblems);
    for (const [lang, problem] of Object.entries(changes)) {
      if (problem) problems[lang] = problem;
      else delete problems[lang];
    }
    await tx.tile.update({ where: { id: tileId }, data: { translationProblems: problems as unknown as Prisma.InputJsonValue } });
  });
}

/** Records that these languages of these tiles went out as XLIFF for `sourceHash`. */
export async function recordHandouts(
  db: DbClient, units: ReadonlyArray<{ tileId: string; language: string; sourceHash: string }>, actorId: string | null, at: Date,
): Promise<void> {
  for (const u of units) {
    await db.translationHandout.upsert({
      where: { tileId_language: { tileId: u.tileId, language: u.language } },
      create: { ...u, exportedById: actorId, exportedAt: at },
      update: { sourceHash: u.sourceHash, exportedById: actorId, exportedAt: at },
    });
  }
}
