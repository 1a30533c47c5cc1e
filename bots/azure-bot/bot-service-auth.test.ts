import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/platform/config.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { assertServiceUrlMatches, botServiceAuthConfig, botServiceSettings } from './bot-service-auth.ts';
import { BotServiceSender } from './bot-service-sender.ts';

describe('botServiceSettings', () => {
  it('is off unless both MicrosoftAppId and MicrosoftAppPassword are set', () => {
    expect(botServiceSettings(parseConfig({}))).toBeUndefined();
    expect(botServiceSettings(parseConfig({ MicrosoftAppId: 'app' }))).toBeUndefined();
    expect(botServiceSettings(parseConfig({ MicrosoftAppPassword: 'pw' }))).toBeUndefined();
    expect(botServiceSettings(parseConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' }))).toEqual({ appId: 'app', appPassword: 'pw' });
    expect(botServiceSettings(parseConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't-1' })))
      .toEqual({ appId: 'app', appPassword: 'pw', tenantId: 't-1' });
  });
});

describe('botServiceAuthConfig', () => {
  it('is one client-secret connection for the registration, with issuer validation on', () => {
    const auth = botServiceAuthConfig({ appId: 'app', appPassword: 'pw', tenantId: 't-1' });
    expect(auth).toMatchObject({ clientId: 'app', clientSecret: 'pw', tenantId: 't-1', authorityEndpoint: 'https://login.microsoftonline.com', validateIssuer: true });
    expect([...(auth.connections?.values() ?? [])]).toEqual([expect.objectContaining({ clientId: 'app', validateIssuer: true })]);
    expect(auth.connectionsMap).toEqual([{ serviceUrl: '*', connection: 'serviceConnection' }]);
  });
});

describe('assertServiceUrlMatches', () => {
  const reason = (fn: () => void): string | undefined => {
    try {
      fn();
      return undefined;
    } catch (err) {
      return isAppError(err, 'BOT_SERVICE_UNAUTHORIZED') ? String(err.params.reason) : 'other error';
    }
  };

  it('accepts the serviceUrl the token names (case and trailing slash aside) and nothing else', () => {
    expect(reason(() => assertServiceUrlMatches({ serviceurl: 'https://WebChat.botframework.com/' }, 'https://webchat.botframework.com'))).toBeUndefined();
    expect(reason(() => assertServiceUrlMatches({ serviceurl: 'https://webchat.botframework.com/' }, 'https://evil.example'))).toBe('serviceUrl does not match the token');
    expect(reason(() => assertServiceUrlMatches({}, 'https://webchat.botframework.com'))).toBe('the token names no serviceUrl');
  });
});

describe('BotServiceSender construction', () => {
  it('needs the registration or a token provider', () => {
    const redis = new Redis({ lazyConnect: true });
    expect(() => new BotServiceSender({ redis, settings: { appId: 'app', appPassword: 'pw' } })).not.toThrow();
    expect(() => new BotServiceSender({ redis })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    redis.disconnect();
  });
});
