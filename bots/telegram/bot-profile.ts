import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import { TELEGRAM_TEXTS, type TelegramTexts } from '../../flows/channel-texts/index.ts';

/**
 * What Telegram shows about the bot before and around a chat: the command
 * menu (`/start /menu /language /human /privacy`) and the description in an
 * empty chat, in each of the 18 languages (Telegram picks the one matching
 * the person's app language) and in English as the default. The commands
 * are the same words in every language; the core understands them as slash
 * commands (flows/commands SLASH_COMMANDS: /start and /menu → menu,
 * /language → language, /human → person, /privacy → privacy).
 */

/** The bot's commands, in menu order. */
export const BOT_COMMANDS = ['start', 'menu', 'language', 'human', 'privacy', 'mydata'] as const;

/** The command list for one language. */
export function botCommands(texts: TelegramTexts): BotCommand[] {
  return BOT_COMMANDS.map((command) => ({ command, description: texts.commands[command] }));
}

/**
 * Registers commands and description for every language, then the English
 * defaults (for app languages we do not speak). Calls are sequential (38 of
 * them, well within the Bot API's limits) and stop at the first error.
 */
export async function registerBotProfile(telegram: Telegram, texts: Readonly<Record<Language, TelegramTexts>> = TELEGRAM_TEXTS): Promise<void> {
  for (const lang of SUPPORTED_LANGUAGES) {
    await telegram.setMyCommands(botCommands(texts[lang]), { scope: { type: 'all_private_chats' }, language_code: lang });
    await telegram.setMyDescription(texts[lang].description, lang);
  }
  await telegram.setMyCommands(botCommands(texts.en), { scope: { type: 'all_private_chats' } });
  await telegram.setMyDescription(texts.en.description);
}
