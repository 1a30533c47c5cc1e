import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { InboundHandler } from '../../core/conversation/index.ts';
import { config, parseConfig } from '../../core/platform/config.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { FakeWhatsAppWebClient } from '../../tests/fakes/whatsapp-web-client.ts';
import { chooseWhatsAppTransport, createWhatsAppChannel, disabledStatuses } from './index.ts';

const redis = new Redis(config().REDIS_URL, { lazyConnect: true });
afterAll(() => redis.disconnect());

const inbound: InboundHandler = { receive: async () => ({ duplicate: false }) };
const CLOUD = {
  WHATSAPP_CLOUD_TOKEN: 'token', WHATSAPP_CLOUD_PHONE_NUMBER_ID: '123', WHATSAPP_CLOUD_APP_SECRET: 'secret', WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify',
};

describe('choosing the transport', () => {
  it('is off without settings, naming what is missing', async () => {
    const cfg = parseConfig({});
    expect(chooseWhatsAppTransport(cfg)).toEqual({ transport: 'none', missing: [...Object.keys(CLOUD), 'WHATSAPP_WEB_ENABLED=true'] });
    expect(await createWhatsAppChannel({ cfg, redis, inbound, hashKey: 'k' })).toBeUndefined();
    expect(disabledStatuses(cfg).map((s) => [s.transport, s.state, s.state === 'disabled' && s.missing])).toEqual([
      ['cloud', 'disabled', Object.keys(CLOUD)],
      ['web', 'disabled', ['WHATSAPP_WEB_ENABLED']],
    ]);
  });

  it('takes the Cloud API when configured, even with the web session enabled', async () => {
    const cfg = parseConfig({ ...CLOUD, WHATSAPP_WEB_ENABLED: 'true' });
    const channel = await createWhatsAppChannel({ cfg, redis, inbound, hashKey: 'k' });
    expect(channel?.transport).toBe('cloud');
    expect(channel?.sender.channel).toBe('whatsapp');
    expect(channel?.webhook).toMatchObject({ appSecret: 'secret', verifyToken: 'verify', phoneNumberId: '123' });
    expect(channel?.statuses().map((s) => [s.transport, s.state])).toEqual([['cloud', 'connected'], ['web', 'disabled']]);
  });

  it('takes the web session when only it is enabled, and starts and stops it', async () => {
    const client = new FakeWhatsAppWebClient();
    const cfg = parseConfig({ WHATSAPP_WEB_ENABLED: 'true', WHATSAPP_CLOUD_TOKEN: 'only-one-of-four' });
    const channel = await createWhatsAppChannel({ cfg, redis, inbound, hashKey: 'k', createWebClient: async () => client });
    expect(channel?.transport).toBe('web');
    expect(channel?.webhook).toBeUndefined();
    channel?.start();
    await expect.poll(() => client.initializeCalls).toBe(1);
    client.emit('ready');
    expect(channel?.statuses().map((s) => [s.transport, s.state])).toEqual([['web', 'connected'], ['cloud', 'disabled']]);
    await channel?.stop();
    expect(client.destroyCalls).toBe(1);
  });

  it('rejects a malformed WHATSAPP_CLOUD_TEMPLATE at start', async () => {
    const cfg = parseConfig({ ...CLOUD, WHATSAPP_CLOUD_TEMPLATE: 'reengage' });
    const err = await createWhatsAppChannel({ cfg, redis, inbound, hashKey: 'k' }).catch((e: unknown) => e);
    expect(isAppError(err, 'CONFIG_INVALID')).toBe(true);
  });
});
