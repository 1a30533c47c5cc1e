import type { DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { DEFAULT_GLOSSARY, normalizeGlossary, validateGlossary } from './glossary.ts';

/**
 * The terms translation must keep for an organization: its own glossary, or
 * `DEFAULT_GLOSSARY` when that is empty (or the organization is unknown —
 * protection is never dropped by accident).
 */
export async function organizationGlossary(db: DbClient, organizationId: string): Promise<string[]> {
  const row = await db.organization.findUnique({ where: { id: organizationId }, select: { glossary: true } });
  const own = normalizeGlossary(row?.glossary ?? []);
  return own.length > 0 ? own : [...DEFAULT_GLOSSARY];
}

/**
 * Replaces an organization's glossary (normalized; an empty list means "the
 * default list").
 * @returns the terms stored.
 * @throws AppError VALIDATION_FAILED (too many or too long terms), NOT_FOUND (no such organization).
 */
export async function setOrganizationGlossary(db: DbClient, organizationId: string, terms: readonly string[]): Promise<string[]> {
  const glossary = validateGlossary(terms);
  const { count } = await db.organization.updateMany({ where: { id: organizationId }, data: { glossary } });
  if (count === 0) throw new AppError('NOT_FOUND', { what: 'Organization' });
  return glossary;
}
