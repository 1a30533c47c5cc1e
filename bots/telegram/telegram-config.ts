import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { InboundHandler } from '../../core/conversation/index.ts';
import type { Config } from '../../core/platform/config.ts';
import { AppError } from '../../core/platform/errors.ts';
import { TelegramChannel } from './telegram-channel.ts';

/** What the server gives the Telegram channel besides the configuration. */
export interface TelegramDependencies {
  inbound: InboundHandler;
  /** A fail-fast Redis connection (not BullMQ's). */
  redis: Redis;
  log?: Logger;
}

/**
 * The Telegram channel the configuration asks for, or undefined when
 * TELEGRAM_BOT_TOKEN is not set. Webhook mode when TELEGRAM_WEBHOOK_URL is
 * set (the route is served at that URL's path), long polling otherwise.
 * @throws AppError CONFIG_INVALID when a webhook URL is set without TELEGRAM_WEBHOOK_SECRET
 */
export function telegramChannelFromConfig(cfg: Config, deps: TelegramDependencies): TelegramChannel | undefined {
  if (!cfg.TELEGRAM_BOT_TOKEN) return undefined;
  let webhook: { url: string; secret: string } | undefined;
  if (cfg.TELEGRAM_WEBHOOK_URL) {
    if (!cfg.TELEGRAM_WEBHOOK_SECRET) {
      throw new AppError('CONFIG_INVALID', { details: 'TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is (updates are only accepted with it)' });
    }
    webhook = { url: cfg.TELEGRAM_WEBHOOK_URL, secret: cfg.TELEGRAM_WEBHOOK_SECRET };
  }
  return new TelegramChannel({
    token: cfg.TELEGRAM_BOT_TOKEN,
    apiRoot: cfg.TELEGRAM_API_ROOT,
    inbound: deps.inbound,
    redis: deps.redis,
    webhook,
    log: deps.log,
  });
}

/** The route path of a webhook URL (`https://bot.example.nl/telegram/webhook` → `/telegram/webhook`). */
export function webhookPath(url: string): string {
  return new URL(url).pathname;
}
