import { TelegramError } from 'telegraf';
import type { DeliveryResult } from '../../core/conversation/index.ts';

/**
 * What a failed Bot API call means for a delivery, and its description with
 * the bot token removed. Telegram's answers (`error_code`, `description`,
 * `parameters.retry_after`) arrive as telegraf's TelegramError; network
 * failures as node-fetch errors whose message contains the request URL,
 * which contains the token.
 */

/** `bot123456:AA…` in a URL path, as telegraf's own redaction matches it. */
const TOKEN_IN_PATH = /\/(bot|user)(\d+):[^/\s]+/g;
/** A bare token anywhere: `123456789:` followed by its 30+ character secret. */
const BARE_TOKEN = /\b\d{5,}:[A-Za-z0-9_-]{30,}\b/g;

/** Removes the bot token (given, in a URL path, or bare) from a text. */
export function scrubToken(text: string, token?: string): string {
  let out = token ? text.split(token).join('[REDACTED]') : text;
  out = out.replace(TOKEN_IN_PATH, '/$1$2:[REDACTED]');
  return out.replace(BARE_TOKEN, '[REDACTED]');
}

/** A short description of any error, token removed; the request payload (message text, chat id) is never included. */
export function describeTelegramError(err: unknown, token?: string): string {
  if (err instanceof TelegramError) return scrubToken(`Telegram ${err.code}: ${err.description}`, token);
  if (err instanceof Error) return scrubToken(`${err.name}: ${err.message}`, token);
  return scrubToken(String(err), token);
}

/** True when Telegram refused the text's HTML (our renderer's bug, or markup it does not know). */
export function isParseError(err: unknown): boolean {
  return err instanceof TelegramError && err.code === 400 && /can't parse entities|unsupported start tag|can't find end tag/i.test(err.description);
}

/** True when Telegram says the bot token is not (or no longer) valid. */
export function isUnauthorized(err: unknown): boolean {
  return err instanceof TelegramError && (err.code === 401 || err.code === 404);
}

/** Default wait when a 429 says no `retry_after`. */
const DEFAULT_RETRY_AFTER_MS = 1000;

/**
 * A failed send as a delivery result:
 * - 429 Too Many Requests → `retry` after `parameters.retry_after` seconds;
 * - 403 (blocked by the user, user deactivated, bot kicked) → `failed`;
 * - 400 (chat not found, message invalid) → `failed`: the same request
 *   would fail again;
 * - 401/404 (token revoked or wrong), 5xx, 409, network errors, invalid
 *   responses → `retry`: another attempt, possibly after a fix, may pass.
 */
export function deliveryFailure(err: unknown, token?: string): Exclude<DeliveryResult, { status: 'sent' }> {
  const error = describeTelegramError(err, token);
  if (err instanceof TelegramError) {
    if (err.code === 429) {
      const seconds = Number(err.parameters?.retry_after);
      return { status: 'retry', error, retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds * 1000) : DEFAULT_RETRY_AFTER_MS };
    }
    if (err.code === 403 || err.code === 400) return { status: 'failed', error };
  }
  return { status: 'retry', error };
}
