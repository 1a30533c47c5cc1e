import type { DbClient } from '../../platform/db.ts';
import { parseOrganizationSettings } from '../organization-settings.ts';

/**
 * An organization's monthly budget of DeepL characters for its tiles, and
 * what it used. Characters are reserved before a request goes out and given
 * back when it fails, in one conditional statement each, so two runs at once
 * can never spend more than the budget together.
 */

/** `YYYY-MM` of `at` in UTC: the month usage is recorded under. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

export interface BudgetState {
  month: string;
  budget: number;
  used: number;
  left: number;
}

export async function budgetState(db: DbClient, organizationId: string, at: Date): Promise<BudgetState> {
  const month = monthOf(at);
  const [org, usage] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { settings: true } }),
    db.translationUsage.findUnique({ where: { organizationId_month: { organizationId, month } }, select: { characters: true } }),
  ]);
  const budget = parseOrganizationSettings(org?.settings).translation.monthlyCharacterBudget;
  const used = usage?.characters ?? 0;
  return { month, budget, used, left: Math.max(0, budget - used) };
}

/**
 * Reserves `characters` of this month's budget.
 * @returns false (nothing reserved) when they do not fit.
 */
export async function reserveCharacters(db: DbClient, organizationId: string, characters: number, at: Date): Promise<boolean> {
  if (characters <= 0) return true;
  const { budget } = await budgetState(db, organizationId, at);
  if (characters > budget) return false;
  const month = monthOf(at);
  const rows = await db.$queryRaw<Array<{ characters: number }>>`
    INSERT INTO translation_usage (organization_id, month, characters, updated_at)
    VALUES (${organizationId}, ${month}, ${characters}, now())
    ON CONFLICT (organization_id, month) DO UPDATE
      SET characters = translation_usage.characters + EXCLUDED.characters, updated_at = now()
      WHERE translation_usage.characters + EXCLUDED.characters <= ${budget}
    RETURNING characters`;
  return rows.length > 0;
}

/** Gives back characters reserved for a request that failed. */
export async function releaseCharacters(db: DbClient, organizationId: string, characters: number, at: Date): Promise<void> {
  if (characters <= 0) return;
  await db.$executeRaw`
    UPDATE translation_usage SET characters = GREATEST(0, characters - ${characters}), updated_at = now()
    WHERE organization_id = ${organizationId} AND month = ${monthOf(at)}`;
}
