/**
 * The Telegram channel (telegraf 4): updates by webhook (production) or long
 * polling (development, when TELEGRAM_WEBHOOK_URL is not set), both only
 * calling `TelegramChannel.handleUpdate`; replies through TelegramSender.
 *
 * Wiring (server): `const telegram = telegramChannelFromConfig(cfg, { inbound, redis })`;
 * add `telegram.sender` to the core's senders; in webhook mode register
 * `telegramWebhookPlugin` with `{ channel: telegram, secret, path: webhookPath(url) }`;
 * `await telegram.start()` after listening (never rejects), `await telegram.stop()` on shutdown.
 */
export { TelegramChannel, type TelegramChannelOptions } from './telegram-channel.ts';
export { telegramChannelFromConfig, webhookPath, type TelegramDependencies } from './telegram-config.ts';
export { TelegramSender, type TelegramSenderOptions } from './telegram-sender.ts';
export { telegramWebhookPlugin, DEFAULT_WEBHOOK_PATH, SECRET_HEADER, type TelegramWebhookPluginOptions } from './webhook-plugin.ts';
export { telegramStatus, TelegramHealth, type TelegramStatus, type TelegramMode } from './telegram-status.ts';
export { markdownToTelegramHtml, markdownToPlainText, escapeHtml, TELEGRAM_MESSAGE_LIMIT } from '../../core/channel-format/index.ts';
export { CallbackDataCodec, CALLBACK_DATA_MAX_BYTES, type DecodedCallback } from './callback-data.ts';
export { readUpdate, ALLOWED_UPDATES, type TelegramEvent } from './telegram-update.ts';
export { scrubToken, deliveryFailure, describeTelegramError } from './telegram-errors.ts';
export { BOT_COMMANDS, botCommands, registerBotProfile } from './bot-profile.ts';
