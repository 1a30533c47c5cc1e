import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { BotServiceSender, botServiceSettings, WebChatRoutingSender } from '../bots/azure-bot/index.ts';
import { telegramChannelFromConfig, telegramStatus, webhookPath, type TelegramStatus } from '../bots/telegram/index.ts';
import { WebChatEraser, WebChatSender } from '../bots/webchat/index.ts';
import { createWhatsAppChannel, disabledStatuses, type WhatsAppStatus } from '../bots/whatsapp/index.ts';
import type { ChannelSender, ContactKeys, InboundHandler } from '../core/conversation/index.ts';
import type { ChannelDataEraser } from '../core/conversation/ports.ts';
import type { Config } from '../core/platform/config.ts';
import type { ChannelStatusEntry, ChannelStatusSource } from '../admin/api/channels/channel-status.ts';
import type { AppDependencies } from './app.ts';

/** Every channel the configuration switches on, ready to wire into the core and the HTTP app. */
export interface Channels {
  /** One sender per channel, for `ConversationStack.startWorkers`. */
  senders: ChannelSender[];
  /** What each channel keeps about a person outside the database, for erasure ("delete my data", retention). */
  erasers: ChannelDataEraser[];
  /** The channels' HTTP parts for `buildApp`. */
  app: Pick<AppDependencies, 'telegramWebhook' | 'whatsappWebhook' | 'botService' | 'channelStatus'>;
  /** After the server listens: Telegram registers its commands and webhook (or polls), the WhatsApp web session connects. Never rejects. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The Telegram bot's username once connected, for printed t.me links. */
  telegramBot(): string | undefined;
}

/**
 * The composition of the channels: web chat always; Telegram with a bot
 * token (webhook or long polling); WhatsApp through the Cloud API or, for
 * pilots, a WhatsApp Web session; the Azure Bot Service endpoint with a
 * registration. What is off says why in the channel status.
 */
export async function createChannels(deps: {
  cfg: Config;
  log: Logger;
  /** A fail-fast Redis connection (not BullMQ's): web chat activities, Telegram button payloads, WhatsApp windows and choices. */
  redis: Redis;
  inbound: InboundHandler;
  keys: ContactKeys;
}): Promise<Channels> {
  const { cfg, log, redis, inbound, keys } = deps;
  const webChat = new WebChatSender({ redis });
  const azure = botServiceSettings(cfg);
  const telegram = telegramChannelFromConfig(cfg, { inbound, redis, log: log.child({ module: 'telegram' }) });
  const whatsapp = await createWhatsAppChannel({ cfg, redis, inbound, hashKey: keys.lookup, log: log.child({ module: 'whatsapp' }) });

  const senders: ChannelSender[] = [
    azure ? new WebChatRoutingSender({ botService: new BotServiceSender({ redis, settings: azure }), webChat }) : webChat,
    ...(telegram ? [telegram.sender] : []),
    ...(whatsapp ? [whatsapp.sender] : []),
  ];
  const channelStatus: ChannelStatusSource[] = [
    () => ({ channel: 'webchat', state: 'connected' }),
    () => telegramEntry(telegramStatus(telegram)),
    () => (whatsapp?.statuses() ?? disabledStatuses(cfg)).map(whatsappEntry),
    () => (azure
      ? { channel: 'azure-bot', state: 'connected', reason: 'POST /api/messages accepts the registration' }
      : { channel: 'azure-bot', state: 'disabled', missing: ['MicrosoftAppId', 'MicrosoftAppPassword'], reason: 'MicrosoftAppId and MicrosoftAppPassword are not set' }),
  ];
  return {
    senders,
    erasers: [new WebChatEraser({ redis })],
    app: {
      telegramWebhook: telegram && cfg.TELEGRAM_WEBHOOK_URL && cfg.TELEGRAM_WEBHOOK_SECRET
        ? { channel: telegram, secret: cfg.TELEGRAM_WEBHOOK_SECRET, path: webhookPath(cfg.TELEGRAM_WEBHOOK_URL) }
        : undefined,
      whatsappWebhook: whatsapp?.webhook,
      botService: azure ? { inbound, redis, settings: azure } : undefined,
      channelStatus,
    },
    async start() {
      whatsapp?.start();
      await telegram?.start();
    },
    async stop() {
      await telegram?.stop();
      await whatsapp?.stop();
    },
    telegramBot() {
      const status = telegramStatus(telegram);
      return status.state === 'connected' ? status.bot : undefined;
    },
  };
}

function telegramEntry(s: TelegramStatus): ChannelStatusEntry {
  switch (s.state) {
    case 'disabled':
      return { channel: 'telegram', state: 'disabled', reason: s.reason, missing: ['TELEGRAM_BOT_TOKEN'] };
    case 'starting':
      return { channel: 'telegram', transport: s.mode, state: 'starting' };
    case 'connected':
      return { channel: 'telegram', transport: s.mode, state: 'connected', account: s.bot, since: s.since, reason: s.lastError?.message };
    case 'failing':
      return { channel: 'telegram', transport: s.mode, state: 'failing', reason: s.error, since: s.since };
  }
}

function whatsappEntry(s: WhatsAppStatus): ChannelStatusEntry {
  const base = { channel: 'whatsapp' as const, transport: s.transport, since: s.since };
  switch (s.state) {
    case 'disabled':
      return { ...base, state: 'disabled', reason: s.reason, missing: s.missing };
    case 'waiting_for_qr':
      return { ...base, state: 'waiting_for_qr', qrDataUrl: s.qrDataUrl };
    case 'failing':
      return { ...base, state: 'failing', reason: s.lastError };
    default:
      return { ...base, state: s.state };
  }
}
