import { Redis } from 'ioredis';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/platform/config.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { telegramChannelFromConfig, webhookPath } from './telegram-config.ts';
import { telegramStatus } from './telegram-status.ts';

const deps = {
  inbound: { receive: async () => ({ duplicate: false }) },
  redis: new Redis({ lazyConnect: true }),
  log: pino({ level: 'silent' }),
};
const TOKEN = '123456:AAH-abcdefghijklmnopqrstuvwxyz0123456';

describe('telegramChannelFromConfig', () => {
  it('is off without a token, and the status says why', () => {
    expect(telegramChannelFromConfig(parseConfig({}), deps)).toBeUndefined();
    expect(telegramStatus(undefined)).toEqual({ state: 'disabled', reason: 'TELEGRAM_BOT_TOKEN is not set' });
  });

  it('polls without a webhook URL', () => {
    const channel = telegramChannelFromConfig(parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN }), deps);
    expect(channel?.mode).toBe('polling');
    expect(telegramStatus(channel)).toEqual({ state: 'starting', mode: 'polling' });
  });

  it('uses the webhook with its secret', () => {
    const channel = telegramChannelFromConfig(parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.nl/hooks/telegram', TELEGRAM_WEBHOOK_SECRET: 's3cret_value',
    }), deps);
    expect(channel?.mode).toBe('webhook');
    expect(webhookPath('https://bot.example.nl/hooks/telegram')).toBe('/hooks/telegram');
  });

  it('refuses a webhook URL without a secret', () => {
    let error: unknown;
    try {
      telegramChannelFromConfig(parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.nl/telegram/webhook' }), deps);
    } catch (err) {
      error = err;
    }
    expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toContain('TELEGRAM_WEBHOOK_SECRET');
  });
});
