import type { FakeTelegramApi, SentMessage } from './telegram-bot-api.ts';

/**
 * A person in a private chat with the bot, on the fake Bot API: builds the
 * updates their app would cause (a typed message, a photo, a pressed
 * button) in the Bot API's shape and delivers them through the fake
 * (webhook POST or getUpdates), and reads what the bot sent them.
 */
export class TelegramTestUser {
  readonly from: { id: number; is_bot: false; first_name: string; language_code?: string };
  readonly chat: { id: number; type: 'private'; first_name: string };

  constructor(private readonly api: FakeTelegramApi, options: { id?: number; languageCode?: string; firstName?: string } = {}) {
    const id = options.id ?? 5551234;
    const firstName = options.firstName ?? 'Anna';
    this.from = { id, is_bot: false, first_name: firstName, ...(options.languageCode ? { language_code: options.languageCode } : {}) };
    this.chat = { id, type: 'private', first_name: firstName };
  }

  /** A text message update (not delivered). */
  textUpdate(text: string): Record<string, unknown> & { update_id: number } {
    return {
      update_id: this.api.updateId(),
      message: { message_id: this.api.messageId(), from: this.from, chat: this.chat, date: Math.floor(Date.now() / 1000), text },
    };
  }

  /** A button press on one of the bot's messages (not delivered); `data` defaults to the button's own. */
  pressUpdate(message: SentMessage, label: string, data?: string): Record<string, unknown> & { update_id: number } {
    const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
    if (!button && data === undefined) throw new Error(`no button "${label}" under message ${message.message_id}: ${JSON.stringify(message.reply_markup)}`);
    return {
      update_id: this.api.updateId(),
      callback_query: {
        id: this.api.issueQueryId(),
        from: this.from,
        chat_instance: `-${this.chat.id}`,
        data: data ?? button?.callback_data,
        message: { ...message, from: this.api.botUser, chat: this.chat },
      },
    };
  }

  /** Sends a text message; resolves to the webhook's HTTP status (0 when polled). */
  send(text: string): Promise<number> {
    return this.api.deliver(this.textUpdate(text));
  }

  /** Presses the button labelled `label` under `message`. */
  press(message: SentMessage, label: string, data?: string): Promise<number> {
    return this.api.deliver(this.pressUpdate(message, label, data));
  }

  /** Sends a photo with an optional caption. */
  sendPhoto(caption?: string): Promise<number> {
    return this.api.deliver({
      update_id: this.api.updateId(),
      message: {
        message_id: this.api.messageId(), from: this.from, chat: this.chat, date: Math.floor(Date.now() / 1000),
        photo: [{ file_id: 'AgACAgQAAxkBAAIB', file_unique_id: 'AQADq7ExG', width: 320, height: 240, file_size: 9000 }],
        ...(caption ? { caption } : {}),
      },
    });
  }

  /** Everything the bot sent this person, in order. */
  received(): SentMessage[] {
    return this.api.sent.filter((m) => m.chat.id === this.chat.id);
  }

  /** The last message the bot sent this person that has a button labelled `label`. */
  messageWithButton(label: string): SentMessage | undefined {
    return this.received().findLast((m) => m.reply_markup?.inline_keyboard.flat().some((b) => b.text === label));
  }
}
