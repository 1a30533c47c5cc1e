import type { Db, DbClient } from '../platform/db.ts';
import { Prisma } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { writeAuditLog } from './audit-log.ts';
import { findOrganization } from './organization-repository.ts';
import { inTransaction } from './transaction.ts';

/**
 * Settings of the whole deployment (`deployment_settings`), changed by
 * national administrators. Today one: `default_municipality`, the
 * municipality that answers chats without an entry code (and with an
 * unusable one). The environment's DEFAULT_ORGANIZATION stays the fallback
 * while nothing is stored, or when the stored municipality is gone.
 */

export const DEFAULT_MUNICIPALITY_KEY = 'default_municipality';

/** How long a process reuses the value it read: a change reaches every server process within this time. */
export const DEPLOYMENT_SETTINGS_TTL_MS = 2_000;

/** The default municipality and where it comes from. */
export interface DefaultMunicipality {
  slug: string;
  source: 'setting' | 'env';
}

/**
 * Reads the default municipality with a short in-process cache (every chat
 * without an entry code asks). A database failure answers the last value
 * read, or the environment's fallback: a chat never fails over this.
 */
export class DeploymentSettings {
  private cached: { value: DefaultMunicipality; expires: number } | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: { fallbackMunicipality: string; ttlMs?: number; now?: () => number },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The default municipality's slug (for ConversationService's `defaultOrganization`). */
  async defaultMunicipalitySlug(): Promise<string> {
    return (await this.defaultMunicipality()).slug;
  }

  /** The default municipality, with its source. */
  async defaultMunicipality(): Promise<DefaultMunicipality> {
    if (this.cached && this.cached.expires > this.now()) return this.cached.value;
    let value: DefaultMunicipality;
    try {
      value = await readDefaultMunicipality(this.db, this.options.fallbackMunicipality);
    } catch {
      return this.cached?.value ?? { slug: this.options.fallbackMunicipality, source: 'env' };
    }
    this.cached = { value, expires: this.now() + (this.options.ttlMs ?? DEPLOYMENT_SETTINGS_TTL_MS) };
    return value;
  }

  /**
   * Stores a new default municipality (this process sees it at once, others within the TTL).
   * @throws AppError ORGANIZATION_NOT_FOUND | VALIDATION_FAILED (not a municipality)
   */
  async setDefaultMunicipality(slug: string, actorUserId: string): Promise<DefaultMunicipality> {
    const value = await setDefaultMunicipality(this.db, slug, actorUserId);
    this.cached = undefined;
    return value;
  }
}

/** The stored default municipality when it still is one, else the fallback. */
export async function readDefaultMunicipality(db: DbClient, fallback: string): Promise<DefaultMunicipality> {
  const row = await db.deploymentSetting.findUnique({ where: { key: DEFAULT_MUNICIPALITY_KEY }, select: { value: true } });
  const slug = typeof row?.value === 'string' ? row.value : undefined;
  if (slug) {
    const org = await findOrganization(db, slug);
    if (org?.kind === 'municipality') return { slug, source: 'setting' };
  }
  return { slug: fallback, source: 'env' };
}

/**
 * Stores the default municipality and one audit row (actor `user:<id>`, no organization: deployment-wide).
 * @throws AppError ORGANIZATION_NOT_FOUND | VALIDATION_FAILED
 */
export async function setDefaultMunicipality(db: Db, slug: string, actorUserId: string): Promise<DefaultMunicipality> {
  return inTransaction(db, async (tx) => {
    const org = await findOrganization(tx, slug);
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
    if (org.kind !== 'municipality') throw new AppError('VALIDATION_FAILED', { details: `defaultMunicipality: "${slug}" is a ${org.kind}, not a municipality` });
    const previous = await tx.deploymentSetting.findUnique({ where: { key: DEFAULT_MUNICIPALITY_KEY }, select: { value: true } });
    const value = slug as Prisma.InputJsonValue;
    await tx.deploymentSetting.upsert({
      where: { key: DEFAULT_MUNICIPALITY_KEY },
      create: { key: DEFAULT_MUNICIPALITY_KEY, value, updatedById: actorUserId },
      update: { value, updatedById: actorUserId },
    });
    await writeAuditLog(tx, {
      actor: `user:${actorUserId}`, organizationId: org.id, action: 'deployment.setting_changed', entityType: 'deployment_setting',
      entityId: DEFAULT_MUNICIPALITY_KEY, data: { value: slug, previous: previous?.value ?? null },
    });
    return { slug, source: 'setting' as const };
  });
}
