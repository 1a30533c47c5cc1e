/**
 * The Azure Bot Service channel: `POST /api/messages`, the messaging
 * endpoint of an Azure Bot Service registration (Azure Web Chat, Direct
 * Line), on the Agents SDK (@microsoft/agents-hosting). Optional: the
 * built-in web chat (bots/webchat) needs no Azure. On only when
 * MicrosoftAppId and MicrosoftAppPassword are set (`botServiceSettings()`).
 *
 * Wiring: `app.register(botServicePlugin, { inbound, redis })`, and as the
 * core's sender for channel `webchat`
 * `new WebChatRoutingSender({ botService: new BotServiceSender({ redis, settings }), webChat })`
 * with the same `keyPrefix` if one is set.
 */
export { botServicePlugin, type BotServicePluginOptions } from './bot-service-plugin.ts';
export { BotServiceSender, BOT_FRAMEWORK_SCOPE, type AccessTokenProvider, type BotServiceSenderOptions } from './bot-service-sender.ts';
export { WebChatRoutingSender } from './web-chat-routing-sender.ts';
export { botServiceSettings, botServiceAuthConfig, type BotServiceSettings } from './bot-service-auth.ts';
export {
  BOT_SERVICE_USER_PREFIX, botServiceUserId, isBotServiceUserId, parseBotServiceActivity, replyActivity,
  type BotServiceMessage, type ConversationReference, type ReplyActivity,
} from './bot-service-activities.ts';
export { ConversationReferenceStore, DEFAULT_KEY_PREFIX, DEFAULT_REFERENCE_TTL_SECONDS } from './conversation-references.ts';
