import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, seedDefaultThemes } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { buildApp } from '../../server/app.ts';
import { truncateAll } from './test-db.ts';

/**
 * The reports' world (tests/integration/reports-*.test.ts): organizations of
 * every kind, staff, and question-log and handoff rows written exactly as
 * the test says (so every expected figure can be worked out by hand), on the
 * real app (server/app.ts buildApp with staff sign-in).
 *
 *   nl (national)
 *   holland (region) ── demostad, otherstad (municipalities)
 *   agrifarm (employer, home demostad, active there)
 */

export const REPORT_ORGS = [
  { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
  { slug: 'holland', name: 'Regio Holland', kind: 'region' },
  { slug: 'demostad', name: 'Demostad', kind: 'municipality', parent: 'holland' },
  { slug: 'otherstad', name: 'Otherstad', kind: 'municipality', parent: 'holland' },
  { slug: 'agrifarm', name: 'Agrifarm', kind: 'employer', parent: 'demostad' },
] as const;

export type ReportOrg = (typeof REPORT_ORGS)[number]['slug'];

/** One question-log row as a test writes it; defaults: webchat, pl, answered, no theme, no tile, municipality entry. */
export interface LogRow {
  org: ReportOrg;
  day: string;
  language?: string;
  channel?: 'webchat' | 'telegram' | 'whatsapp';
  theme?: string | null;
  tile?: string | null;
  tileOwner?: ReportOrg | null;
  outcome?: 'answered' | 'clarify' | 'unanswered' | 'handoff' | 'urgent';
  feedback?: 'helpful' | 'not_helpful' | null;
  entryKind?: string;
  entryCode?: string | null;
  entryOrg?: ReportOrg | null;
}

/** One handoff record; defaults: webchat, pl, reason asked, outcome resolved. */
export interface HandoffRow {
  org: ReportOrg;
  day: string;
  language?: string;
  channel?: 'webchat' | 'telegram' | 'whatsapp';
  reason?: string;
  outcome?: string;
  agency?: string | null;
  employmentType?: string | null;
  housingType?: string | null;
  waitingMinutes?: number | null;
  handlingMinutes?: number | null;
  outsideHours?: boolean;
}

export interface ReportsWorld {
  app: FastifyInstance;
  ids: Record<ReportOrg, string>;
  /** Writes `n` copies of the row. */
  logs(n: number, row: LogRow): Promise<void>;
  handoffs(rows: HandoffRow[]): Promise<void>;
  /** `n` conversations started through the employer layer `entryOrg` in `org`, on `day`. */
  chats(n: number, org: ReportOrg, entryOrg: ReportOrg, day: string): Promise<void>;
  /** A signed-in GET as `<role>@<org>.test`. */
  get(email: string, url: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Staff: every role of every organization, `<role>@<org>.test`. */
const ROLES: MembershipRole[] = ['editor', 'outreach_worker', 'analyst', 'admin', 'translator'];

/** Empties the database and builds the world; `k` is the deployment's disclosure threshold (default 5). */
export async function buildReportsWorld(db: Db, options: { k?: number } = {}): Promise<ReportsWorld> {
  await truncateAll(db);
  await seedDefaultThemes(db);
  const ids = {} as Record<ReportOrg, string>;
  for (const org of REPORT_ORGS) {
    const parentId = 'parent' in org ? ids[org.parent] : null;
    ids[org.slug] = (await db.organization.create({ data: { slug: org.slug, name: org.name, kind: org.kind, parentId, enabledLanguages: ['nl', 'en', 'pl'] } })).id;
  }
  await db.layerActivation.create({ data: { layerId: ids.agrifarm, municipalityId: ids.demostad } });
  for (const org of REPORT_ORGS) {
    for (const role of ROLES) {
      await createStaffUser(db, { email: `${role}@${org.slug}.test`, name: role, password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization: org.slug, role }] });
    }
  }
  const prefix = `test-reports-${randomUUID()}:`;
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    staffAuth: { db, redis, keyPrefix: prefix, sessionSecret: 'reports-test-session-secret-32-chars!!', cookieSecure: false },
    reports: { k: options.k },
  });
  await app.ready();
  const cookies = new Map<string, string>();
  let signIns = 0;
  return {
    app,
    ids,
    async logs(n, row) {
      const data = Array.from({ length: n }, () => ({
        organizationId: ids[row.org],
        channel: row.channel ?? 'webchat',
        language: row.language ?? 'pl',
        themeKey: row.theme ?? null,
        tileKey: row.tile ?? null,
        tileOwnerId: row.tileOwner ? ids[row.tileOwner] : null,
        entryKind: row.entryKind ?? 'municipality',
        entryCode: row.entryCode ?? null,
        entryOrganizationId: row.entryOrg ? ids[row.entryOrg] : null,
        outcome: row.outcome ?? 'answered',
        feedback: row.feedback ?? null,
        day: new Date(`${row.day}T00:00:00Z`),
      }));
      await db.questionLog.createMany({ data });
    },
    async handoffs(rows) {
      await db.handoffRecord.createMany({
        data: rows.map((r) => ({
          organizationId: ids[r.org], channel: r.channel ?? 'webchat', language: r.language ?? 'pl', reason: r.reason ?? 'asked', outcome: r.outcome ?? 'resolved',
          agency: r.agency ?? null, employmentType: r.employmentType ?? null, housingType: r.housingType ?? null,
          waitingMinutes: r.waitingMinutes ?? null, handlingMinutes: r.handlingMinutes ?? null, outsideHours: r.outsideHours ?? false,
          day: new Date(`${r.day}T00:00:00Z`),
        })),
      });
    },
    async chats(n, org, entryOrg, day) {
      for (let i = 0; i < n; i++) {
        const contact = await db.contact.create({ data: { channel: 'telegram', channelUserIdEncrypted: new Uint8Array([1, 2, 3]), channelUserIdHash: randomUUID() } });
        await db.conversation.create({
          data: { contactId: contact.id, organizationId: ids[org], entryOrganizationId: ids[entryOrg], createdAt: new Date(`${day}T12:00:00Z`), state: 'closed' },
        });
      }
    },
    async get(email, url) {
      let cookie = cookies.get(email);
      if (!cookie) {
        signIns += 1;
        const session = await signIn(app, email, TEST_PASSWORD, { remoteAddress: `10.7.${Math.floor(signIns / 250)}.${(signIns % 250) + 1}` });
        if (session.res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${session.res.body}`);
        cookie = session.cookie;
        cookies.set(email, cookie);
      }
      return app.inject({ method: 'GET', url, headers: { cookie } });
    },
    async close() {
      await app.close();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
