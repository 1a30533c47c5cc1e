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
 * - `referralAgencies`: organizations staff and the bot refer people to (a union, legal aid, a housing desk).
 * - `translation`: the organization's monthly budget of DeepL characters for its tiles (core/content/translations).
 *
 * Also here, because they are settings too though they have columns of their own:
 * `brandingSchema` (Organization.branding: the chat page's colour and logo).
 * Office hours (Organization.officeHours) keep core/handoff's `officeHoursSchema`.
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

/** An organization people can be referred to; shown as given (names are proper names). */
export const referralAgencySchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** What it helps with, in the organization's source language. */
  description: z.string().max(500).optional(),
  phone: z.string().regex(/^[0-9 +()-]{3,30}$/).optional(),
  email: z.string().email().max(254).optional(),
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

export const translationSettingsSchema = z.object({
  /** DeepL characters the organization's tiles may use per calendar month (UTC); 0 switches machine translation off. */
  monthlyCharacterBudget: z.number().int().min(0).max(100_000_000).default(200_000),
});

export const organizationSettingsSchema = z.object({
  safetyCard: z.array(safetyCardEntrySchema).max(20).default([]),
  retention: retentionSchema.default({ conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 }),
  privacyStatementUrl: httpsUrl.optional(),
  /** Origins (`https://example.org`) allowed to frame the chat page. */
  embedOrigins: z.array(z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)).max(20).default([]),
  referralAgencies: z.array(referralAgencySchema).max(50).default([]),
  translation: translationSettingsSchema.default({ monthlyCharacterBudget: 200_000 }),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;
export type SafetyCardEntry = z.infer<typeof safetyCardEntrySchema>;
export type RetentionPolicy = z.infer<typeof retentionSchema>;
export type ReferralAgency = z.infer<typeof referralAgencySchema>;

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

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The chat page writes on the brand colour in white or in near-black (#1f1f1f), whichever reads better. */
const TEXT_ON_BRAND = ['#ffffff', '#1f1f1f'] as const;

/** WCAG AA for normal text. */
export const MIN_BRAND_CONTRAST = 4.5;

/** `#0a5` -> `#00aa55`; lower case. */
function expandHex(colour: string): string {
  const digits = colour.slice(1).toLowerCase();
  return `#${digits.length === 3 ? digits.replace(/(.)/g, '$1$1') : digits}`;
}

/**
 * The chat page's branding (Organization.branding). The colour is a hex
 * colour stored as #rrggbb; it must leave text on it readable (contrast at
 * least 4.5:1 with white or with the page's near-black), so a mid grey is
 * refused. The logo is an https URL (the page never loads mixed content).
 */
export const brandingSchema = z.object({
  colour: z.string()
    .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'use a hex colour such as #1f6feb')
    .transform(expandHex)
    .refine((c) => Math.max(...TEXT_ON_BRAND.map((t) => contrastRatio(c, t))) >= MIN_BRAND_CONTRAST,
      `text on this colour would be hard to read (contrast below ${MIN_BRAND_CONTRAST}:1 with both white and black); choose a darker or lighter colour`)
    .optional(),
  logoUrl: z.string().url().max(500).refine((u) => /^https:\/\//i.test(u), 'the logo must be an https URL').optional(),
}).strict();

export type Branding = z.infer<typeof brandingSchema>;
