import { z } from 'zod';
import { officeHoursSchema, type OfficeHours } from '../handoff/office-hours.ts';
import { isLanguage } from '../languages/index.ts';
import { Prisma, type Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { normalizeGlossary, validateGlossary } from '../translation/glossary.ts';
import { writeAuditLog } from './audit-log.ts';
import { brandingSchema, organizationSettingsSchema, parseOrganizationSettings, type Branding, type OrganizationSettings } from './organization-settings.ts';
import { inTransaction } from './transaction.ts';

/**
 * An organization's settings as its administrators edit them in one place:
 * the name, the chat page's branding, the enabled languages, the inbox's
 * office hours, the translation glossary and the `settings` document
 * (privacy statement link, safety card, referral agencies, retention, sites
 * allowed to embed the chat). Readers (chat page, answer engines, handoff,
 * retention, translation) read the columns directly and cache briefly, so a
 * change is seen without a restart (see `SETTINGS_VISIBLE_WITHIN_MS`).
 */

/** The longest any reader keeps an old value: the answer engines' content check (core/answers) and entry resolution. */
export const SETTINGS_VISIBLE_WITHIN_MS = 5_000;

/** The settings as the studio shows and edits them. */
export interface OrganizationSettingsView {
  slug: string;
  kind: string;
  name: string;
  branding: Branding;
  enabledLanguages: string[];
  /** Null: no hours set (the inbox counts as always open). */
  officeHours: OfficeHours | null;
  glossary: string[];
  settings: OrganizationSettings;
  updatedAt: Date;
}

/** A change: each field given replaces that field; in `settings`, each section given replaces that section. */
export interface OrganizationSettingsChange {
  name?: string;
  branding?: unknown;
  enabledLanguages?: string[];
  officeHours?: unknown;
  glossary?: string[];
  settings?: Record<string, unknown>;
}

const changeSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  branding: brandingSchema.optional(),
  enabledLanguages: z.array(z.string()).min(1).max(18)
    .refine((langs) => langs.every(isLanguage), { message: 'unknown language code (use core/languages codes such as nl, pl, ro)' })
    .refine((langs) => new Set(langs).size === langs.length, 'a language is listed twice')
    .optional(),
  officeHours: officeHoursSchema.nullable().optional(),
  glossary: z.array(z.string()).optional(),
  settings: organizationSettingsSchema.partial().strict().optional(),
}).strict();

function problems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}

const viewSelect = {
  slug: true, kind: true, name: true, branding: true, enabledLanguages: true, officeHours: true, glossary: true, settings: true, updatedAt: true,
} as const;

function toView(row: Prisma.OrganizationGetPayload<{ select: typeof viewSelect }>): OrganizationSettingsView {
  const branding = brandingSchema.safeParse(row.branding ?? {});
  const hours = officeHoursSchema.safeParse(row.officeHours);
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    branding: branding.success ? branding.data : {},
    enabledLanguages: row.enabledLanguages,
    officeHours: row.officeHours != null && hours.success ? hours.data : null,
    glossary: normalizeGlossary(row.glossary),
    settings: parseOrganizationSettings(row.settings),
    updatedAt: row.updatedAt,
  };
}

/** @throws AppError ORGANIZATION_NOT_FOUND */
export async function readOrganizationSettings(db: Db, slug: string): Promise<OrganizationSettingsView> {
  const row = await db.organization.findUnique({ where: { slug }, select: viewSelect });
  if (!row) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  return toView(row);
}

/**
 * Validates and stores a change; one audit row names the fields changed
 * (with old and new values, except glossary and settings which are listed by name).
 * @param actor for the audit log: `user:<id>`.
 * @throws AppError VALIDATION_FAILED | ORGANIZATION_NOT_FOUND
 */
export async function updateOrganizationSettings(db: Db, slug: string, change: OrganizationSettingsChange, actor: string): Promise<OrganizationSettingsView> {
  const parsed = changeSchema.safeParse(change);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', { details: problems(parsed.error) });
  const input = parsed.data;
  if (Object.keys(input).length === 0) {
    throw new AppError('VALIDATION_FAILED', { details: 'nothing to change: give at least one of name, branding, enabledLanguages, officeHours, glossary, settings' });
  }
  let glossary: string[] | undefined;
  if (input.glossary !== undefined) glossary = validateGlossary(input.glossary);

  return inTransaction(db, async (tx) => {
    const row = await tx.organization.findUnique({ where: { slug }, select: { id: true, ...viewSelect } });
    if (!row) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
    const before = toView(row);
    const data: Prisma.OrganizationUpdateInput = {};
    const changed: Record<string, unknown> = {};
    const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
    if (input.name !== undefined && input.name !== before.name) {
      data.name = input.name;
      changed.name = { from: before.name, to: input.name };
    }
    if (input.branding !== undefined && differs(input.branding, before.branding)) {
      data.branding = input.branding as Prisma.InputJsonObject;
      changed.branding = { from: before.branding, to: input.branding };
    }
    if (input.enabledLanguages !== undefined && differs(input.enabledLanguages, before.enabledLanguages)) {
      data.enabledLanguages = input.enabledLanguages;
      changed.enabledLanguages = { from: before.enabledLanguages, to: input.enabledLanguages };
    }
    if (input.officeHours !== undefined && differs(input.officeHours, before.officeHours)) {
      data.officeHours = input.officeHours === null ? Prisma.DbNull : (input.officeHours as Prisma.InputJsonObject);
      changed.officeHours = { from: before.officeHours, to: input.officeHours };
    }
    if (glossary !== undefined && differs(glossary, before.glossary)) {
      data.glossary = glossary;
      changed.glossary = { terms: glossary.length };
    }
    if (input.settings !== undefined) {
      // Only the sections the change names: parsing fills the others with their defaults.
      const given = Object.keys(change.settings ?? {}).filter((key) => key in organizationSettingsSchema.shape);
      const sectionsGiven = Object.fromEntries(given.map((key) => [key, (input.settings as Record<string, unknown>)[key]]));
      const merged = organizationSettingsSchema.parse({ ...before.settings, ...sectionsGiven });
      const sections = given.filter((key) =>
        differs((merged as Record<string, unknown>)[key], (before.settings as Record<string, unknown>)[key]));
      if (sections.length > 0) {
        data.settings = merged as unknown as Prisma.InputJsonObject;
        changed.settings = { sections };
      }
    }
    if (Object.keys(changed).length === 0) return before;
    const updated = await tx.organization.update({ where: { id: row.id }, data, select: viewSelect });
    await writeAuditLog(tx, {
      actor, organizationId: row.id, action: 'organization.settings_changed', entityType: 'organization', entityId: row.id, data: changed,
    });
    return toView(updated);
  });
}
