import { limitChoices, textWithLinks, type Choice, type OutboundMessage } from '../conversation/messages.ts';
import { markdownToPlainText, markdownToTelegramHtml, TELEGRAM_MESSAGE_LIMIT } from './telegram-html.ts';

/**
 * A reply as the Telegram channel sends it (bots/telegram/telegram-sender.ts)
 * and the studio's preview shows it: `sendMessage` texts in HTML parse mode,
 * and the inline keyboard's layout under the last one. Pure, no I/O; the
 * sender adds the callback data (which needs Redis).
 */

/** Labels this short go two to a row (language names); longer ones (tile titles) one per row. */
const SHORT_LABEL = 18;
/** Sent when a reply has buttons but no text (Telegram needs text). */
export const TELEGRAM_NO_TEXT = '…';

/** Groups buttons into keyboard rows: two short ones per row, long ones alone. */
export function keyboardRows<T extends { text: string }>(buttons: readonly T[]): T[][] {
  const allShort = buttons.length > 3 && buttons.every((b) => b.text.length <= SHORT_LABEL);
  if (!allShort) return buttons.map((b) => [b]);
  const out: T[][] = [];
  for (let i = 0; i < buttons.length; i += 2) out.push(buttons.slice(i, i + 2));
  return out;
}

/** The buttons a reply's choices become (at most MAX_CHOICES, labels cut), before callback data is added. */
export function keyboardButtons(choices: readonly Choice[]): Array<{ text: string; payload: string }> {
  return limitChoices(choices).map((choice) => ({ text: choice.label.trim() || '•', payload: choice.payload }));
}

/** The `sendMessage` texts (HTML parse mode) one reply becomes: its links appended, split at 4096 characters, signed by a worker. */
export function telegramHtmlParts(message: Pick<OutboundMessage, 'text' | 'links' | 'from'>): string[] {
  const html = markdownToTelegramHtml(textWithLinks(message), TELEGRAM_MESSAGE_LIMIT, message.from);
  return html.length > 0 ? html : [TELEGRAM_NO_TEXT];
}

/** The same without markup: the fallback when Telegram refuses the HTML. */
export function telegramPlainParts(message: Pick<OutboundMessage, 'text' | 'links' | 'from'>): string[] {
  const plain = markdownToPlainText(textWithLinks(message), TELEGRAM_MESSAGE_LIMIT, message.from);
  return plain.length > 0 ? plain : [TELEGRAM_NO_TEXT];
}
