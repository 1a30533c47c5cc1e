import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { channelStatusRoutes } from '../../admin/api/channels/channel-status.ts';
import { TEST_PASSWORD, buildStaffAuthHarness, seedStaffAccounts, signIn, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { createChannels, type Channels } from '../../server/channels.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { config, parseConfig } from '../../core/platform/config.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * GET /api/channels/status: what the admin sees per channel. With no
 * credentials configured every channel but web chat is off and names the
 * settings that would switch it on; only signed-in staff may ask.
 */
const db = createTestDb();
let harness: StaffAuthHarness;
let channels: Channels;
let redis: Redis;

beforeEach(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  // No channel credentials at all, as on a fresh machine.
  channels = await createChannels({
    cfg: parseConfig({}), log: pino({ level: 'silent' }), redis,
    inbound: { receive: async () => ({ duplicate: false }) }, keys: contactKeys('test'),
  });
  harness = await buildStaffAuthHarness(db, {}, async (app) => {
    // A WhatsApp web session waiting for its QR scan, next to the configured channels.
    const qr = () => ({ channel: 'whatsapp' as const, transport: 'web', state: 'waiting_for_qr' as const, qrDataUrl: 'data:image/svg+xml;base64,QR' });
    await app.register(channelStatusRoutes, { sources: [...(channels.app.channelStatus ?? []), qr] });
  });
});
afterEach(async () => {
  await channels.stop();
  await harness.close();
  redis.disconnect();
});
afterAll(() => db.$disconnect());

describe('channel status', () => {
  it('says for every channel whether it is on, and which settings are missing when it is off', async () => {
    const { cookie } = await signIn(harness.app, 'editor@testdorp.example');
    const res = await harness.app.inject({ method: 'GET', url: '/api/channels/status', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const byChannel = res.json<{ channels: Array<{ channel: string; transport?: string; state: string; missing?: string[] }> }>().channels;
    expect(byChannel.map((c) => [c.channel, c.transport ?? null, c.state])).toEqual([
      ['webchat', null, 'connected'],
      ['telegram', null, 'disabled'],
      ['whatsapp', 'cloud', 'disabled'],
      ['whatsapp', 'web', 'disabled'],
      ['azure-bot', null, 'disabled'],
      ['whatsapp', 'web', 'waiting_for_qr'],
    ]);
    // The QR code links a phone to the bot: an editor does not get it.
    expect(JSON.stringify(byChannel)).not.toContain('qrDataUrl');
    expect(byChannel.find((c) => c.channel === 'telegram')?.missing).toEqual(['TELEGRAM_BOT_TOKEN']);
    expect(byChannel.find((c) => c.transport === 'cloud')?.missing).toContain('WHATSAPP_CLOUD_APP_SECRET');
    expect(channels.senders.map((s) => s.channel)).toEqual(['webchat']);
  });

  it('shows the WhatsApp QR code to administrators', async () => {
    await createStaffUser(db, { email: 'admin@testdorp.example', name: 'Admin', password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: 'testdorp', role: 'admin' }] });
    const { cookie } = await signIn(harness.app, 'admin@testdorp.example');
    const res = await harness.app.inject({ method: 'GET', url: '/api/channels/status', headers: { cookie } });
    expect(res.json<{ channels: Array<{ state: string; qrDataUrl?: string }> }>().channels.find((c) => c.state === 'waiting_for_qr')?.qrDataUrl)
      .toBe('data:image/svg+xml;base64,QR');
  });

  it('is for signed-in staff only', async () => {
    const res = await harness.app.inject({ method: 'GET', url: '/api/channels/status' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_REQUIRED' });
  });
});
