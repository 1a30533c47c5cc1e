import type { Telegram } from 'telegraf';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import { keyboardButtons, keyboardRows, telegramHtmlParts, telegramPlainParts } from '../../core/channel-format/index.ts';
import { sendPartsOnce, type ChannelSender, type Choice, type DeliveryResult, type OutboundMessage, type PartProgress } from '../../core/conversation/index.ts';
import type { CallbackDataCodec } from './callback-data.ts';
import { deliveryFailure, describeTelegramError, isParseError, isUnauthorized } from './telegram-errors.ts';
import type { TelegramHealth } from './telegram-status.ts';

/** Options of {@link TelegramSender}. */
export interface TelegramSenderOptions {
  /** telegraf's Bot API client (with `apiRoot` and `webhookReply: false`). */
  telegram: Telegram;
  /** Turns choice payloads into callback data; the adapter decodes with the same codec (same Redis and prefix). */
  codec: CallbackDataCodec;
  /** The bot token, only to remove it from error texts. */
  token: string;
  /** Where channel-level failures (bad token, Telegram unreachable) are recorded. */
  health?: TelegramHealth;
  /** Time one Bot API request may take, in ms; default 30 000. */
  timeoutMs?: number;
  /** Parts of long messages already sent: a retry after a failed later part starts after them. */
  progress?: PartProgress;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** telegraf types its signal with the abort-controller polyfill; node-fetch accepts Node's own. */
type ApiSignal = NonNullable<Parameters<Telegram['callApi']>[2]>['signal'];

/** Chat ids are integers (negative for groups); anything else never reaches the Bot API. */
const CHAT_ID = /^-?\d{1,20}$/;
/**
 * Delivers the core's replies to Telegram users through the Bot API
 * (`sendMessage`, HTML parse mode): text converted from the core's markdown
 * subset with everything escaped, split into several messages when longer
 * than 4096 characters, choices as an inline keyboard under the last one,
 * links as HTML anchors. Failures become delivery results that the queue
 * understands: 429 → retry after Telegram's `retry_after`; 403 (blocked)
 * and 400 (chat not found) → failed; network errors → retry. Error texts
 * never contain the bot token.
 */
export class TelegramSender implements ChannelSender {
  readonly channel = 'telegram' as const;

  constructor(private readonly options: TelegramSenderOptions) {}

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (message.channel !== 'telegram') return { status: 'failed', error: `TelegramSender cannot send to channel ${message.channel}` };
    if (!CHAT_ID.test(message.channelUserId)) return { status: 'failed', error: 'not a Telegram chat id' };
    let keyboard: InlineKeyboardMarkup | undefined;
    try {
      keyboard = await this.keyboard(message.choices);
    } catch (err) {
      return { status: 'retry', error: `callback data store unavailable: ${describeTelegramError(err, this.options.token)}` };
    }
    try {
      return await this.sendParts(message, telegramHtmlParts(message), 'HTML', keyboard);
    } catch (err) {
      if (!isParseError(err)) return this.failure(err);
      // Telegram refused our HTML: say it without markup rather than not at all.
      try {
        return await this.sendParts(message, telegramPlainParts(message), undefined, keyboard);
      } catch (retryErr) {
        return this.failure(retryErr);
      }
    }
  }

  /**
   * Sends the parts in order, the keyboard under the last. A part that
   * fails after earlier ones were sent fails the whole message; the retry
   * starts after the parts that went out (`progress`), so none arrives twice.
   */
  private async sendParts(message: OutboundMessage, parts: string[], parseMode: 'HTML' | undefined, keyboard: InlineKeyboardMarkup | undefined): Promise<DeliveryResult> {
    const chatId = message.channelUserId;
    let lastId = 0;
    await sendPartsOnce({ parts, progress: this.options.progress, messageId: message.messageId, send: async (part, i) => {
      const last = i === parts.length - 1;
      const payload = {
        chat_id: chatId,
        text: part,
        ...(parseMode ? { parse_mode: parseMode } : {}),
        link_preview_options: { is_disabled: true },
        ...(last && keyboard ? { reply_markup: keyboard } : {}),
      };
      // A hung connection must not hold the delivery job for telegraf's default 500 s: abort, and the queue retries.
      const signal = AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) as unknown as ApiSignal;
      const sent = await this.options.telegram.callApi('sendMessage', payload, { signal });
      lastId = sent.message_id;
    } });
    // Message ids are unique per chat only; the stored id must be unique per channel (as inbound ids are).
    return { status: 'sent', externalId: `${chatId}:${lastId}` };
  }

  private async keyboard(choices: Choice[]): Promise<InlineKeyboardMarkup | undefined> {
    const labelled = keyboardButtons(choices);
    if (labelled.length === 0) return undefined;
    const buttons = await Promise.all(labelled.map(async ({ text, payload }): Promise<InlineKeyboardButton> => ({
      text,
      callback_data: await this.options.codec.encode(payload),
    })));
    return { inline_keyboard: keyboardRows(buttons) };
  }

  private failure(err: unknown): DeliveryResult {
    const result = deliveryFailure(err, this.options.token);
    if (isUnauthorized(err)) this.options.health?.failing(result.error);
    else if (result.status === 'retry') this.options.health?.noticed(result.error);
    return result;
  }
}
