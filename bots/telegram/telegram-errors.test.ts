import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { deliveryFailure, describeTelegramError, isParseError, scrubToken } from './telegram-errors.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const telegramError = (error_code: number, description: string, parameters?: { retry_after?: number }) =>
  new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) }, { method: 'sendMessage', payload: { chat_id: 1, text: 'secret question' } });

describe('scrubToken', () => {
  it('removes the token given, in a URL path, and bare', () => {
    expect(scrubToken(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`, TOKEN))
      .toBe('request to https://api.telegram.org/bot[REDACTED]/sendMessage failed');
    expect(scrubToken(`request to http://127.0.0.1/bot${TOKEN}/getMe failed`)).toBe('request to http://127.0.0.1/bot123456789:[REDACTED]/getMe failed');
    expect(scrubToken(`token ${TOKEN} leaked`)).toBe('token [REDACTED] leaked');
    expect(scrubToken('nothing here: 12:30 at 10:00')).toBe('nothing here: 12:30 at 10:00');
  });

  it('describes errors without the token or the request payload', () => {
    const network = Object.assign(new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed, reason: getaddrinfo ENOTFOUND`), { name: 'FetchError' });
    expect(describeTelegramError(network, TOKEN)).toBe('FetchError: request to https://api.telegram.org/bot[REDACTED]/sendMessage failed, reason: getaddrinfo ENOTFOUND');
    const api = telegramError(400, 'Bad Request: chat not found');
    expect(describeTelegramError(api, TOKEN)).toBe('Telegram 400: Bad Request: chat not found');
    expect(describeTelegramError(api, TOKEN)).not.toContain('secret question');
    expect(describeTelegramError('weird', TOKEN)).toBe('weird');
  });
});

describe('deliveryFailure', () => {
  it('429 → retry after retry_after seconds (1 s when Telegram gives none)', () => {
    expect(deliveryFailure(telegramError(429, 'Too Many Requests: retry after 35', { retry_after: 35 }))).toEqual({
      status: 'retry', retryAfterMs: 35_000, error: 'Telegram 429: Too Many Requests: retry after 35',
    });
    expect(deliveryFailure(telegramError(429, 'Too Many Requests'))).toMatchObject({ status: 'retry', retryAfterMs: 1000 });
  });

  it('403 and 400 → failed; 401, 5xx, network → retry', () => {
    expect(deliveryFailure(telegramError(403, 'Forbidden: bot was blocked by the user')).status).toBe('failed');
    expect(deliveryFailure(telegramError(403, 'Forbidden: user is deactivated')).status).toBe('failed');
    expect(deliveryFailure(telegramError(400, 'Bad Request: chat not found')).status).toBe('failed');
    expect(deliveryFailure(telegramError(401, 'Unauthorized')).status).toBe('retry');
    expect(deliveryFailure(telegramError(502, 'Bad Gateway')).status).toBe('retry');
    expect(deliveryFailure(new Error('socket hang up'))).toEqual({ status: 'retry', error: 'Error: socket hang up' });
  });

  it('recognises Telegram refusing our HTML', () => {
    expect(isParseError(telegramError(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3"))).toBe(true);
    expect(isParseError(telegramError(400, 'Bad Request: chat not found'))).toBe(false);
  });
});
