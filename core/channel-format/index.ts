/**
 * How each channel writes the core's replies (its small markdown subset,
 * choices and links) in its own format: Telegram HTML and inline keyboards,
 * WhatsApp text and Cloud API messages, web chat activities. Pure functions,
 * used by the channel adapters (bots/) when they send and by the studio's
 * preview (core/preview) to show editors exactly what will be sent.
 */
export { TELEGRAM_MESSAGE_LIMIT, authorLabel, escapeHtml, markdownToPlainText, markdownToTelegramHtml } from './telegram-html.ts';
export { TELEGRAM_NO_TEXT, keyboardButtons, keyboardRows, telegramHtmlParts, telegramPlainParts } from './telegram-message.ts';
export {
  MAX_TEXT_CHARS,
  authorPrefix,
  choiceNumber,
  cutLabel,
  messageText,
  numberedChoices,
  splitText,
  toWhatsAppText,
  webSessionParts,
} from './whatsapp-text.ts';
export { LIMITS as WHATSAPP_LIMITS, cloudMessages, type CloudMessage, type WhatsAppTexts } from './whatsapp-cloud-messages.ts';
export { webChatContent, type WebChatContent } from './webchat-message.ts';
