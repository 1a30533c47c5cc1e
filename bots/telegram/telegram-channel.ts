import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Telegraf, type Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { PartProgress, PatientInbound, type InboundHandler, type InboundMessage } from '../../core/conversation/index.ts';
import { languageFromLocale, type Language } from '../../core/languages/index.ts';
import { config } from '../../core/platform/config.ts';
import { logger } from '../../core/platform/logger.ts';
import { TELEGRAM_TEXTS, type TelegramTexts } from '../../flows/channel-texts/index.ts';
import { DIALOG } from '../../flows/index.ts';
import { registerBotProfile } from './bot-profile.ts';
import { CallbackDataCodec } from './callback-data.ts';
import { describeTelegramError } from './telegram-errors.ts';
import { TelegramSender } from './telegram-sender.ts';
import { TelegramHealth, type TelegramMode, type TelegramStatus } from './telegram-status.ts';
import { ALLOWED_UPDATES, readUpdate, type TelegramEvent } from './telegram-update.ts';

/** Options of {@link TelegramChannel}. */
export interface TelegramChannelOptions {
  /** The bot token from @BotFather (TELEGRAM_BOT_TOKEN). */
  token: string;
  /** Bot API root (TELEGRAM_API_ROOT): a self-hosted Bot API server or a test fake. */
  apiRoot?: string;
  /** Where messages go (the conversation core). */
  inbound: InboundHandler;
  /** A Redis connection that fails fast (not BullMQ's): long button payloads. */
  redis: Redis;
  /** Prefix of this channel's Redis keys; default `telegram:`. */
  keyPrefix?: string;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET); long polling when left out. */
  webhook?: { url: string; secret: string };
  /** Default: the process logger's `telegram` child. */
  log?: Logger;
  /** Fixed texts (default flows/channel-texts/telegram.json). */
  texts?: Readonly<Record<Language, TelegramTexts>>;
  /** First wait before trying a failed start again, in ms (doubles up to 10 minutes); default 30 000. */
  restartDelayMs?: number;
}

const MAX_RESTART_DELAY_MS = 10 * 60_000;
/** How long long polling waits for one update to be stored: Telegram keeps updates for a day. */
const POLLING_HANDLER_TIMEOUT_MS = 24 * 60 * 60_000;

/**
 * The Telegram channel: one telegraf bot whose only middleware turns an
 * update into a core InboundMessage (telegram-update.ts) and hands it to
 * `inbound.receive`. Updates arrive through `handleUpdate` alone, from
 * telegraf's long polling (development) or from the webhook route
 * (telegramWebhookPlugin), so the handling never knows the transport.
 * Pressed buttons are always answered (answerCallbackQuery): silently when
 * the press went to the core, with a short text when the button was stale,
 * unknown or could not be stored. Replies go out through {@link sender}.
 */
export class TelegramChannel {
  readonly bot: Telegraf;
  readonly sender: TelegramSender;
  readonly mode: TelegramMode;
  private readonly health: TelegramHealth;
  private readonly codec: CallbackDataCodec;
  private readonly log: Logger;
  private readonly texts: Readonly<Record<Language, TelegramTexts>>;
  /** Updates whose failure must reach the caller (webhook: answer 500 so Telegram delivers again). */
  private readonly strict = new WeakSet<object>();
  private polling?: Promise<void>;
  private restartTimer?: NodeJS.Timeout;
  private restartDelayMs: number;
  private stopped = false;
  /** For updates from long polling, which are never delivered again: see start of the constructor. */
  private readonly patient: PatientInbound;

  constructor(private readonly options: TelegramChannelOptions) {
    this.mode = options.webhook ? 'webhook' : 'polling';
    this.health = new TelegramHealth(this.mode);
    this.log = options.log ?? logger().child({ module: 'telegram' });
    this.texts = options.texts ?? TELEGRAM_TEXTS;
    this.restartDelayMs = options.restartDelayMs ?? 30_000;
    // Long polling confirms an update with the next poll, so it is never delivered again: storing it is
    // retried while the database or Redis is down, and polling waits (Telegram keeps updates a day).
    // A webhook update (strict) fails at once instead: the route answers 500 and Telegram delivers again.
    this.patient = new PatientInbound(options.inbound, { log: this.log });
    this.bot = new Telegraf(options.token, {
      telegram: { apiRoot: options.apiRoot ?? config().TELEGRAM_API_ROOT, webhookReply: false },
      handlerTimeout: this.mode === 'polling' ? POLLING_HANDLER_TIMEOUT_MS : 30_000,
    });
    this.codec = new CallbackDataCodec({ redis: options.redis, keyPrefix: options.keyPrefix, knownKinds: Object.keys(DIALOG.buttons) });
    this.sender = new TelegramSender({
      telegram: this.bot.telegram, codec: this.codec, token: options.token, health: this.health,
      progress: new PartProgress(options.redis, { keyPrefix: `${options.keyPrefix ?? 'telegram:'}parts:` }),
    });
    this.bot.use((ctx) => this.onUpdate(ctx.update, ctx.telegram));
    this.bot.catch((err, ctx) => {
      this.log.error({ error: describeTelegramError(err, options.token), updateId: ctx.update.update_id }, 'Telegram update not handled');
      if (this.strict.has(ctx.update)) throw err;
    });
  }

  /**
   * Connects: getMe, the command menu and description in 18 languages, then
   * `setWebhook` (with `secret_token` and the update types we read) or long
   * polling. Never rejects: a failure is logged, shown in {@link status} and
   * tried again later with backoff, so the server starts without Telegram.
   */
  async start(): Promise<void> {
    if (this.stopped || this.polling) return;
    try {
      const me = await this.bot.telegram.getMe();
      this.bot.botInfo = me;
      await registerBotProfile(this.bot.telegram, this.texts).catch((err: unknown) => {
        this.log.warn({ error: describeTelegramError(err, this.options.token) }, 'Telegram bot commands and description not registered');
      });
      if (this.stopped) return; // stop() was called while connecting
      if (this.options.webhook) {
        await this.bot.telegram.setWebhook(this.options.webhook.url, {
          secret_token: this.options.webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
        });
      } else {
        this.startPolling();
      }
      this.health.connected(me.username);
      this.restartDelayMs = this.options.restartDelayMs ?? 30_000;
      this.log.info({ bot: me.username, mode: this.mode }, `Telegram connected as @${me.username} (${this.mode})`);
    } catch (err) {
      this.failed(err);
    }
  }

  /** Stops polling (waiting for the updates in hand) and any planned restart. The webhook stays registered for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.patient.close();
    clearTimeout(this.restartTimer);
    const polling = this.polling;
    if (!polling) return;
    try {
      this.bot.stop('shutdown');
    } catch {
      // not running any more
    }
    await polling;
  }

  /**
   * Handles one update (from polling or the webhook). With `strict`, a
   * failure to store it rejects (the webhook answers 500 and Telegram
   * delivers it again; storing is idempotent); otherwise it is logged.
   */
  async handleUpdate(update: object, options: { strict?: boolean } = {}): Promise<void> {
    if (options.strict) this.strict.add(update);
    await this.bot.handleUpdate(update as Update);
  }

  /** Connected, failing with the last error, or starting. */
  status(): TelegramStatus {
    return this.health.status();
  }

  private startPolling(): void {
    this.polling = this.bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
      () => {
        if (!this.stopped) this.failed(new Error('long polling stopped'));
      },
      (err: unknown) => this.failed(err),
    );
  }

  private failed(err: unknown): void {
    const error = describeTelegramError(err, this.options.token);
    this.health.failing(error);
    if (this.stopped) return;
    this.log.error({ error, retryInMs: this.restartDelayMs }, 'Telegram channel is not working; trying again later');
    this.polling = undefined;
    this.restartTimer = setTimeout(() => void this.start(), this.restartDelayMs);
    this.restartTimer.unref();
    this.restartDelayMs = Math.min(this.restartDelayMs * 2, MAX_RESTART_DELAY_MS);
  }

  /** The one middleware. */
  private async onUpdate(update: unknown, telegram: Telegram): Promise<void> {
    const event = readUpdate(update);
    if (event.kind === 'ignored') {
      this.log.debug({ reason: event.reason }, 'Telegram update ignored');
      return;
    }
    if (event.kind === 'message') {
      await this.receive(event.message, update);
      return;
    }
    await this.onButton(event, telegram, update);
  }

  /** Stores a message; without an entry code the core keeps the person with their municipality. */
  private async receive(message: InboundMessage, update: unknown): Promise<void> {
    const strict = typeof update === 'object' && update !== null && this.strict.has(update);
    await (strict ? this.options.inbound : this.patient).receive(message);
  }

  private async onButton(event: Extract<TelegramEvent, { kind: 'callback' }>, telegram: Telegram, update: unknown): Promise<void> {
    const texts = this.texts[languageFromLocale(event.locale) ?? 'en'].buttons;
    const answer = (text?: string) =>
      telegram.answerCbQuery(event.queryId, text).catch((err: unknown) => {
        this.log.debug({ error: describeTelegramError(err, this.options.token) }, 'answerCallbackQuery failed');
      });
    if (!event.message) {
      await answer(texts.unknown);
      return;
    }
    try {
      const decoded = await this.codec.decode(event.data);
      if (decoded.kind !== 'payload') {
        await answer(decoded.kind === 'stale' ? texts.expired : texts.unknown);
        return;
      }
      await this.receive({ ...event.message, payload: decoded.payload }, update);
    } catch (err) {
      await answer(texts.failed);
      throw err;
    }
    await answer();
  }
}
