import { z } from 'zod';

/**
 * The one home for an organization's settings that have no column of their
 * own (`Organization.settings`, JSON). Each section belongs to the feature
 * that reads it; every section is optional and has defaults, so `{}` is a
 * valid document and an old document stays valid when a section is added.
 *
 * Sections:
 * - `safetyCard`: extra numbers shown in safety replies (a municipality's own crisis line, its outreach team),
 *   on top of the national defaults (core/safety).
 * - `retention`: how long personal data is kept (core/retention).
 * - `privacyStatementUrl`: the municipality's privacy statement, linked in the privacy notice.
 * - `embedOrigins`: sites allowed to embed the chat page in a frame (`frame-ancestors`); none by default.
 */

const httpsUrl = z.string().url().max(500).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

/** One extra entry on the safety card: a named service, its number and/or link, and when it applies. */
export const safetyCardEntrySchema = z.object({
  /** Which crisis kinds it applies to; absent means every kind. */
  kinds: z.array(z.enum(['acute', 'suicide', 'domestic', 'exploitation', 'eviction'])).optional(),
  /** Name as shown, e.g. "Outreach team Demostad" (not translated: a proper name). */
  name: z.string().min(1).max(120),
  phone: z.string().regex(/^[0-9 +()-]{3,30}$/).optional(),
  url: httpsUrl.optional(),
});

export const retentionSchema = z.object({
  /** Conversations and their messages are deleted this many months after their last activity. */
  conversationMonths: z.number().int().min(1).max(120).default(12),
  /** Failed delivery jobs are removed after this many days. */
  failedJobDays: z.number().int().min(1).max(90).default(7),
  /** Audit log entries are kept this many months. */
  auditLogMonths: z.number().int().min(1).max(120).default(24),
});

export const organizationSettingsSchema = z.object({
  safetyCard: z.array(safetyCardEntrySchema).max(20).default([]),
  retention: retentionSchema.default({ conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 }),
  privacyStatementUrl: httpsUrl.optional(),
  /** Origins (`https://example.org`) allowed to frame the chat page. */
  embedOrigins: z.array(z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)).max(20).default([]),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;
export type SafetyCardEntry = z.infer<typeof safetyCardEntrySchema>;
export type RetentionPolicy = z.infer<typeof retentionSchema>;

/** The defaults, as an organization without settings has them. */
export const DEFAULT_ORGANIZATION_SETTINGS: OrganizationSettings = organizationSettingsSchema.parse({});

/**
 * Reads a stored settings document. A document that does not validate (edited
 * by hand, written by a newer version) never breaks a conversation: each
 * section that fails falls back to its default.
 */
export function parseOrganizationSettings(value: unknown): OrganizationSettings {
  const whole = organizationSettingsSchema.safeParse(value ?? {});
  if (whole.success) return whole.data;
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const settings = { ...DEFAULT_ORGANIZATION_SETTINGS };
  for (const key of Object.keys(organizationSettingsSchema.shape) as Array<keyof OrganizationSettings>) {
    const section = organizationSettingsSchema.shape[key].safeParse(raw[key]);
    if (section.success) (settings as Record<string, unknown>)[key] = section.data;
  }
  return settings;
}
