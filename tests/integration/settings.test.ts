import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { AnswerService, ContentChangeListener, RedisContentChanges } from '../../core/answers/index.ts';
import { DeploymentSettings, DEPLOYMENT_SETTINGS_TTL_MS, createTileSource } from '../../core/content/index.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { parseOfficeHours } from '../../core/handoff/index.ts';
import { config } from '../../core/platform/config.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { organizationGlossary } from '../../core/translation/glossary-repository.ts';
import { ConversationStack } from '../../server/conversation-stack.ts';
import { useStaffAdminWorld } from '../support/staff-admin-world.ts';

/**
 * Organization settings (GET/PUT /api/organizations/:slug/settings) and the
 * deployment's default municipality (/api/settings/deployment): validation,
 * who may change them, audit rows, and that readers see a change without a
 * restart: the chat page at once, another process's answer engines within 5 s,
 * the default municipality within its cache's TTL.
 */
const prefix = `test-settings-${randomUUID()}:`;
let publisher: Redis;
let subscriber: Redis;
beforeAll(() => {
  publisher = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  subscriber = new Redis(config().REDIS_URL, { maxRetriesPerRequest: null });
});
afterAll(async () => {
  await publisher.quit();
  await subscriber.quit();
});

const world = useStaffAdminWorld(() => new RedisContentChanges(publisher, prefix));
const { db } = world;
const URL = '/api/organizations/testdorp/settings';

describe('organization settings', () => {
  it('reads the defaults, saves the fields given, and audits the change', async () => {
    const admin = await world.login('admin@testdorp.example');
    const before = await world.call('GET', URL, admin);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      slug: 'testdorp', name: 'testdorp', branding: {}, enabledLanguages: ['nl', 'en'], officeHours: null,
      settings: { safetyCard: [], referralAgencies: [], embedOrigins: [], retention: { conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 } },
    });

    const change = {
      name: 'Gemeente Testdorp',
      branding: { colour: '#0a5', logoUrl: 'https://testdorp.example/logo.svg' },
      enabledLanguages: ['nl', 'en', 'pl', 'ro'],
      officeHours: { timezone: 'Europe/Amsterdam', weekly: { mon: [['09:00', '17:00']], fri: [['09:00', '12:30']] } },
      glossary: ['BSN', 'huisarts', 'Testdorp Loket'],
      settings: {
        privacyStatementUrl: 'https://testdorp.example/privacy',
        referralAgencies: [{ name: 'FNV Testdorp', description: 'Union help with contracts', phone: '+31 88 368 0368', url: 'https://fnv.example' }],
        embedOrigins: ['https://testdorp.example'],
      },
    };
    const saved = await world.call('PUT', URL, admin, change);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      name: 'Gemeente Testdorp',
      branding: { colour: '#00aa55', logoUrl: 'https://testdorp.example/logo.svg' },
      enabledLanguages: ['nl', 'en', 'pl', 'ro'],
      officeHours: change.officeHours,
      glossary: ['BSN', 'huisarts', 'Testdorp Loket'],
      settings: { ...change.settings, safetyCard: [], retention: { conversationMonths: 12 } },
    });
    // A later PUT of one section leaves the others.
    const retention = await world.call('PUT', URL, admin, { settings: { retention: { conversationMonths: 6, failedJobDays: 7, auditLogMonths: 24 } } });
    expect(retention.json().settings).toMatchObject({ privacyStatementUrl: 'https://testdorp.example/privacy', retention: { conversationMonths: 6 } });
    expect((await world.call('GET', URL, admin)).json().settings.referralAgencies).toHaveLength(1);

    const audit = await db.auditLog.findMany({ where: { action: 'organization.settings_changed' }, orderBy: { createdAt: 'asc' } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor: `user:${world.staff.admin}`, organizationId: world.staff.organizations.testdorp });
    expect(Object.keys(audit[0].data as object).sort()).toEqual(['branding', 'enabledLanguages', 'glossary', 'name', 'officeHours', 'settings']);
    expect(audit[1].data).toEqual({ settings: { sections: ['retention'] } });
    // Saving the same values again writes nothing.
    await world.call('PUT', URL, admin, { name: 'Gemeente Testdorp' });
    expect(await db.auditLog.count({ where: { action: 'organization.settings_changed' } })).toBe(2);
  });

  it('refuses bad values with 400 and changes nothing', async () => {
    const admin = await world.login('admin@testdorp.example');
    const bad: Array<[string, unknown]> = [
      ['not a hex colour', { branding: { colour: 'red' } }],
      ['five hex digits', { branding: { colour: '#12345' } }],
      ['a mid grey nobody can read text on', { branding: { colour: '#777777' } }],
      ['an http logo', { branding: { logoUrl: 'http://testdorp.example/logo.png' } }],
      ['a javascript: logo', { branding: { logoUrl: 'javascript:alert(1)' } }],
      ['an unknown language', { enabledLanguages: ['nl', 'xx'] }],
      ['no language', { enabledLanguages: [] }],
      ['a language twice', { enabledLanguages: ['nl', 'nl'] }],
      ['closing before opening', { officeHours: { timezone: 'Europe/Amsterdam', weekly: { mon: [['17:00', '09:00']] } } }],
      ['an unknown time zone', { officeHours: { timezone: 'Mars/Olympus', weekly: {} } }],
      ['a time that is not HH:MM', { officeHours: { timezone: 'Europe/Amsterdam', weekly: { tue: [['9', '17:00']] } } }],
      ['an http embedding site', { settings: { embedOrigins: ['http://testdorp.example'] } }],
      ['a referral agency without a name', { settings: { referralAgencies: [{ phone: '112' }] } }],
      ['an empty body', {}],
      ['an unknown field', { colour: '#0a5' }],
    ];
    for (const [what, payload] of bad) {
      const res = await world.call('PUT', URL, admin, payload);
      expect([res.statusCode, res.json().code], what).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await world.call('PUT', URL, admin, { branding: { colour: '#777777' } })).json().message).toMatch(/contrast/);
    expect(await db.auditLog.count({ where: { action: 'organization.settings_changed' } })).toBe(0);
    const row = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
    expect([row.branding, row.enabledLanguages, row.officeHours]).toEqual([{}, ['nl', 'en'], null]);
  });

  it('only the organization\'s administrators: members 403, others 404, national administrators 403', async () => {
    const editor = await world.login('editor@testdorp.example');
    const otherAdmin = await world.login('admin@otherdorp.example');
    const national = await world.login('national@nl.example');
    for (const [session, status] of [[editor, 403], [otherAdmin, 404], [national, 403]] as const) {
      expect((await world.call('GET', URL, session)).statusCode).toBe(status);
      expect((await world.call('PUT', URL, session, { name: 'Hacked' })).statusCode).toBe(status);
    }
    expect((await world.call('GET', URL)).statusCode).toBe(401);
    expect((await world.call('PUT', URL, await world.login('admin@testdorp.example'), { name: 'No token' }, false)).statusCode).toBe(403);
    expect((await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).name).toBe('testdorp');
  });

  it('takes effect without a restart: the chat page at once, another process\'s answer engine within 5 s', async () => {
    // "Another process": an answer service of its own, told about changes over Redis.
    const answers = new AnswerService(createTileSource(db), { recheckMs: 60_000 });
    const listener = new ContentChangeListener(subscriber, answers, prefix);
    await listener.start();
    try {
      expect((await answers.engine('testdorp')).languages).toEqual(['nl', 'en']);
      const lookup = municipalityLookup(db);
      expect(await lookup('testdorp')).toMatchObject({ name: 'testdorp', languages: ['nl', 'en'] });

      const admin = await world.login('admin@testdorp.example');
      const started = Date.now();
      const saved = await world.call('PUT', URL, admin, {
        name: 'Gemeente Testdorp', branding: { colour: '#1f6feb' }, enabledLanguages: ['nl', 'pl'], glossary: ['Testdorp Loket'],
        officeHours: { timezone: 'Europe/Amsterdam', weekly: { wed: [['10:00', '14:00']] } }, settings: { embedOrigins: ['https://testdorp.example'] },
      });
      expect(saved.statusCode).toBe(200);
      expect(await lookup('testdorp')).toEqual({ name: 'Gemeente Testdorp', colour: '#1f6feb', languages: ['nl', 'pl'], embedOrigins: ['https://testdorp.example'] });
      expect(await organizationGlossary(db, world.staff.organizations.testdorp)).toEqual(['Testdorp Loket']);
      const row = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
      expect(parseOfficeHours(row.officeHours)?.weekly).toEqual({ wed: [['10:00', '14:00']] });

      let languages: readonly string[] = [];
      while (Date.now() - started < 5_000) {
        languages = (await answers.engine('testdorp')).languages;
        if (languages.includes('pl')) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(languages).toEqual(['nl', 'pl']);
    } finally {
      await listener.close();
    }
  });
});

describe('the default municipality (deployment-wide)', () => {
  it('national administrators change it; everyone else 403; it must be a municipality', async () => {
    const national = await world.login('national@nl.example');
    expect((await world.call('GET', '/api/settings/deployment', national)).json()).toEqual({ defaultMunicipality: { slug: 'testdorp', source: 'env' } });
    const set = await world.call('PUT', '/api/settings/deployment', national, { defaultMunicipality: 'otherdorp' });
    expect([set.statusCode, set.json()]).toEqual([200, { defaultMunicipality: { slug: 'otherdorp', source: 'setting' } }]);
    expect((await world.call('PUT', '/api/settings/deployment', national, { defaultMunicipality: 'nl' })).statusCode).toBe(400);
    expect((await world.call('PUT', '/api/settings/deployment', national, { defaultMunicipality: 'nowhere' })).statusCode).toBe(404);
    const admin = await world.login('admin@testdorp.example');
    expect((await world.call('GET', '/api/settings/deployment', admin)).statusCode).toBe(403);
    expect((await world.call('PUT', '/api/settings/deployment', admin, { defaultMunicipality: 'testdorp' })).statusCode).toBe(403);
    expect((await db.deploymentSetting.findUniqueOrThrow({ where: { key: 'default_municipality' } })).value).toBe('otherdorp');
    expect(await db.auditLog.findMany({ where: { action: 'deployment.setting_changed' }, select: { actor: true, data: true } }))
      .toEqual([{ actor: `user:${world.staff.national}`, data: { value: 'otherdorp', previous: null } }]);
  });

  it('a chat without an entry code goes to the new default without a restart (other processes within the cache TTL)', async () => {
    // Another server process: its own cached reader and conversation core.
    let now = 1_000_000;
    const otherProcess = new DeploymentSettings(db, { fallbackMunicipality: 'testdorp', now: () => now });
    const connection = createRedis();
    const stack = new ConversationStack({
      db, connection, prefix: `test-${randomUUID()}`, keys: contactKeys('test'), answers: new AnswerService(createTileSource(db)),
      defaultOrganization: () => otherProcess.defaultMunicipalitySlug(),
    });
    const chat = async (user: string) => {
      await stack.service.receive({ channel: 'telegram', channelUserId: user, externalId: `${user}-1`, text: 'hello', receivedAt: new Date() });
      const conversation = await db.conversation.findFirstOrThrow({ orderBy: { createdAt: 'desc' }, select: { organization: { select: { slug: true } } } });
      return conversation.organization.slug;
    };
    try {
      expect(await chat('u1')).toBe('testdorp');
      const national = await world.login('national@nl.example');
      await world.call('PUT', '/api/settings/deployment', national, { defaultMunicipality: 'otherdorp' });
      // The process that made the change sees it at once; the other one within its cache TTL.
      expect(await world.deployment.defaultMunicipalitySlug()).toBe('otherdorp');
      now += DEPLOYMENT_SETTINGS_TTL_MS + 1;
      expect(await chat('u2')).toBe('otherdorp');
    } finally {
      await stack.destroy();
      connection.disconnect();
    }
  });
});
