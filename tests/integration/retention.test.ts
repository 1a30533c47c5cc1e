import { randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { retentionRoutes } from '../../admin/api/retention/retention-routes.ts';
import { TEST_PASSWORD, buildStaffAuthHarness, seedStaffAccounts, signIn } from '../../admin/auth/testing/staff-auth-harness.ts';
import { channelUserIdHash, contactKeys, encryptChannelUserId } from '../../core/conversation/contact-identity.ts';
import type { ChannelDataEraser } from '../../core/conversation/ports.ts';
import { QUEUES } from '../../core/platform/queues.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { RetentionScheduler, RetentionService, type RetentionCounts } from '../../core/retention/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Retention on real PostgreSQL and Redis with a controllable clock: every
 * moment is relative to a `now` the test chooses (no sleeping). testdorp
 * keeps the defaults (12 months, 7 days, 24 months); otherdorp keeps
 * conversations 3 months, failed jobs 2 days and its audit log 6 months.
 */
const db = createTestDb();
const keys = contactKeys('test');
const DAY = 24 * 3600_000;
const MONTH = 31 * DAY;
let redis: Redis;
let prefix: string;
let service: RetentionService;
let forgotten: string[];
let now: Date;
let orgs: { testdorp: string; otherdorp: string };

const eraser: ChannelDataEraser = { channel: 'telegram', forget: async (id) => void forgotten.push(id) };
const ago = (ms: number) => new Date(now.getTime() - ms);

/** A Telegram contact last seen `seen` ago. */
async function contact(userId: string, seen: number): Promise<string> {
  const row = await db.contact.create({
    data: {
      channel: 'telegram', channelUserIdHash: channelUserIdHash(keys, 'telegram', userId),
      channelUserIdEncrypted: new Uint8Array(encryptChannelUserId(keys, userId)), createdAt: ago(seen + DAY), lastSeenAt: ago(seen),
    },
  });
  return row.id;
}

/** A conversation last active `active` ago, with `messages` messages from then (a worker's message `workerAt` ago, if given). */
async function conversation(contactId: string, org: string, active: number, messages: number, workerAt?: number): Promise<string> {
  const c = await db.conversation.create({ data: { contactId, organizationId: org, state: 'closed' } });
  for (let i = 0; i < messages; i++) {
    await db.message.create({
      data: { conversationId: c.id, direction: i % 2 ? 'outbound' : 'inbound', author: i % 2 ? 'bot' : 'contact', text: `m${i}`, channel: 'telegram', deliveryStatus: 'sent', createdAt: ago(active) },
    });
  }
  if (workerAt !== undefined) {
    await db.message.create({ data: { conversationId: c.id, direction: 'outbound', author: 'worker', text: 'w', channel: 'telegram', deliveryStatus: 'sent', createdAt: ago(workerAt) } });
  }
  await db.$executeRaw`UPDATE conversations SET updated_at = ${ago(active)}, created_at = ${ago(active)} WHERE id = ${c.id}`;
  return c.id;
}

/** One failed job in the delivery queue (failed now, by the real clock). */
async function failedDeliveryJob(): Promise<void> {
  const queue = new Queue(QUEUES.delivery, { connection: redis, prefix });
  const worker = new Worker(QUEUES.delivery, async () => { throw new UnrecoverableError('blocked by the user'); }, { connection: redis, prefix });
  await queue.add('deliver', { items: [] }, { attempts: 1 });
  await expect.poll(() => queue.getFailedCount(), { timeout: 10_000 }).toBe(1);
  await worker.close();
  await queue.close();
}

beforeAll(() => {
  redis = createRedis();
});
afterAll(async () => {
  redis.disconnect();
  await db.$disconnect();
});

beforeEach(async () => {
  await truncateAll(db);
  // Three days ahead of the real clock: a job that failed just now is older than otherdorp's 2 days.
  now = new Date(Date.now() + 3 * DAY);
  forgotten = [];
  prefix = `test-retention-${randomUUID()}`;
  const seeded = await seedStaffAccounts(db);
  orgs = seeded.organizations;
  await db.organization.update({ where: { id: orgs.otherdorp }, data: { settings: { retention: { conversationMonths: 3, failedJobDays: 2, auditLogMonths: 6 } } } });
  service = new RetentionService({ db, connection: redis, prefix, keys, erasers: [eraser], batchSize: 1 });
});
afterEach(async () => {
  await service.close();
  const queue = new Queue(QUEUES.delivery, { connection: redis, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
});

/** The world every retention test starts from; returns the ids to check. */
async function seedWorld() {
  const a = await contact('1001', 13 * MONTH);
  const aConversation = await conversation(a, orgs.testdorp, 13 * MONTH, 3);
  const b = await contact('1002', MONTH);
  const bOld = await conversation(b, orgs.testdorp, 14 * MONTH, 2);
  const bNew = await conversation(b, orgs.testdorp, MONTH, 2);
  const c = await contact('1003', 13 * MONTH);
  const cConversation = await conversation(c, orgs.testdorp, 13 * MONTH, 2, 2 * MONTH); // a worker wrote 2 months ago
  const d = await contact('1004', 4 * MONTH);
  await conversation(d, orgs.otherdorp, 4 * MONTH, 4);
  const e = await contact('1005', 2 * 3600_000); // no conversation, seen two hours ago: kept (a day's grace)
  const f = await contact('1006', 3 * DAY); // no conversation, seen three days ago
  const audit = (organizationId: string | null, age: number) =>
    db.auditLog.create({ data: { actor: 'cli', organizationId, action: 'content.imported', entityType: 'tile', entityId: randomUUID(), createdAt: ago(age) } });
  await audit(orgs.testdorp, 25 * MONTH);
  await audit(orgs.testdorp, 23 * MONTH);
  await audit(orgs.otherdorp, 7 * MONTH);
  await audit(orgs.otherdorp, 5 * MONTH);
  await audit(null, 25 * MONTH);
  await db.questionLog.create({ data: { organizationId: orgs.testdorp, channel: 'telegram', language: 'pl', outcome: 'answered', createdAt: ago(30 * MONTH) } });
  await failedDeliveryJob();
  return { a, aConversation, b, bOld, bNew, c, cConversation, d, e, f };
}

describe('retention', () => {
  it('previews per municipality what the next run would delete (counts only), by each one\'s own policy', async () => {
    await seedWorld();
    const testdorp = await service.preview('testdorp', now);
    expect(testdorp.policy).toEqual({ conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 });
    // A's conversation and B's old one (C's has a worker message from 2 months ago); A is left without conversations.
    expect(testdorp.counts).toEqual({ conversations: 2, messages: 5, contacts: 1, auditLogEntries: 1, failedJobs: 1 });
    const otherdorp = await service.preview('otherdorp', now);
    expect(otherdorp.counts).toEqual({ conversations: 1, messages: 4, contacts: 1, auditLogEntries: 1, failedJobs: 1 });
    // Nothing was deleted by looking.
    expect(await db.conversation.count()).toBe(5);
    await expect(service.preview('nowhere', now)).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
  });

  it('deletes in batches what the policies say, erases the deleted people\'s channel data, keeps the rest', async () => {
    const w = await seedWorld();
    const deleted: RetentionCounts = await service.run(now);
    expect(deleted).toEqual({ conversations: 3, messages: 9, contacts: 3, auditLogEntries: 3, failedJobs: 1 });

    expect((await db.contact.findMany({ select: { id: true } })).map((x) => x.id).sort()).toEqual([w.b, w.c, w.e].sort());
    expect((await db.conversation.findMany({ select: { id: true } })).map((x) => x.id).sort()).toEqual([w.bNew, w.cConversation].sort());
    expect(await db.message.count({ where: { conversationId: w.aConversation } })).toBe(0);
    expect(forgotten.sort()).toEqual(['1001', '1004', '1006']);
    expect(await db.auditLog.count()).toBe(2);
    expect(await db.questionLog.count()).toBe(1); // the anonymous question log stays
    const queue = new Queue(QUEUES.delivery, { connection: redis, prefix });
    expect(await queue.getFailedCount()).toBe(0);
    await queue.close();

    // A second run (tomorrow's) finds nothing more; the preview agrees.
    expect(await service.run(now)).toEqual({ conversations: 0, messages: 0, contacts: 0, auditLogEntries: 0, failedJobs: 0 });
    expect((await service.preview('testdorp', now)).counts).toEqual({ conversations: 0, messages: 0, contacts: 0, auditLogEntries: 0, failedJobs: 0 });
  });

  it('GET /api/retention/preview: the organization\'s admins see the counts; other staff 404, anonymous 401', async () => {
    await seedWorld();
    await createStaffUser(db, { email: 'admin@testdorp.example', name: 'Admin', password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: 'testdorp', role: 'admin' }] });
    const harness = await buildStaffAuthHarness(db, {}, async (app) => {
      await app.register(retentionRoutes, { retention: service, now: () => now });
    });
    try {
      const admin = await signIn(harness.app, 'admin@testdorp.example');
      const res = await harness.app.inject({ method: 'GET', url: '/api/retention/preview?org=testdorp', headers: { cookie: admin.cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ organization: 'testdorp', counts: { conversations: 2, messages: 5, contacts: 1, auditLogEntries: 1, failedJobs: 1 } });
      expect(JSON.stringify(res.json())).not.toContain('m0'); // counts only, no content

      const other = await harness.app.inject({ method: 'GET', url: '/api/retention/preview?org=otherdorp', headers: { cookie: admin.cookie } });
      expect(other.statusCode).toBe(404);
      const worker = await signIn(harness.app, 'worker@testdorp.example');
      expect((await harness.app.inject({ method: 'GET', url: '/api/retention/preview?org=testdorp', headers: { cookie: worker.cookie } })).statusCode).toBe(404);
      expect((await harness.app.inject({ method: 'GET', url: '/api/retention/preview?org=testdorp' })).statusCode).toBe(401);
      expect((await harness.app.inject({ method: 'GET', url: '/api/retention/preview', headers: { cookie: admin.cookie } })).statusCode).toBe(400);
    } finally {
      await harness.close();
    }
  });
});

describe('retention schedule', () => {
  it('registers one daily job scheduler (also when started twice) and runs the service with its clock', async () => {
    const runs: Date[] = [];
    const clock = new Date('2027-01-01T02:30:00Z');
    const zero = { conversations: 0, messages: 0, contacts: 0, auditLogEntries: 0, failedJobs: 0 };
    const fake = { run: async (at: Date) => { runs.push(at); return zero; } };
    const first = new RetentionScheduler(fake, { connection: redis, prefix, now: () => clock });
    const second = new RetentionScheduler(fake, { connection: redis, prefix, now: () => clock });
    try {
      await first.start();
      await second.start();
      const queue = new Queue(QUEUES.retention, { connection: redis, prefix });
      expect(await queue.getJobSchedulersCount()).toBe(1);
      await queue.close();
      expect(await first.schedule()).toMatchObject({ pattern: '30 3 * * *', tz: 'Europe/Amsterdam' });
      await first.runNow();
      await expect.poll(() => runs.length, { timeout: 10_000 }).toBe(1);
      expect(runs[0]).toEqual(clock);
    } finally {
      await second.close();
      await first.obliterate();
      await first.close();
    }
  });
});
