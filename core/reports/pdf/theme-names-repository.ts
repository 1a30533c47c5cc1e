import type { DbClient } from '../../platform/db.ts';

/** Every theme's display names (themes.names: `{ "en": "Housing", "nl": "Wonen", ... }`), by key. */
export async function themeNamesByKey(db: DbClient): Promise<Record<string, Record<string, string>>> {
  const rows = await db.theme.findMany({ select: { key: true, names: true } });
  const names: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    const value = row.names && typeof row.names === 'object' && !Array.isArray(row.names) ? row.names as Record<string, unknown> : {};
    names[row.key] = Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));
  }
  return names;
}
