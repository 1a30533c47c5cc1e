import type { DbClient } from '../platform/db.ts';
import { DEFAULT_THEMES } from './default-themes.ts';

/** Database access for themes. */

/** Keys of every theme, active or not. */
export async function listThemeKeys(db: DbClient): Promise<string[]> {
  const rows = await db.theme.findMany({ select: { key: true }, orderBy: { sortOrder: 'asc' } });
  return rows.map((r) => r.key);
}

/** Theme ids by key. */
export async function themeIdsByKey(db: DbClient): Promise<Map<string, string>> {
  const rows = await db.theme.findMany({ select: { id: true, key: true } });
  return new Map(rows.map((r) => [r.key, r.id]));
}

/**
 * Inserts the default themes that do not exist yet; existing themes (maybe
 * edited) are left alone, so running it again changes nothing. `names` adds
 * display names per theme key and language to the built-in English/Dutch.
 * @returns how many themes were created.
 */
export async function seedDefaultThemes(
  db: DbClient,
  names: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Promise<number> {
  const { count } = await db.theme.createMany({
    data: DEFAULT_THEMES.map((theme, i) => ({
      key: theme.key,
      names: { ...theme.names, ...names[theme.key] },
      icon: theme.icon,
      sortOrder: (i + 1) * 10,
    })),
    skipDuplicates: true,
  });
  return count;
}
