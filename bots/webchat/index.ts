/**
 * The web chat channel: a Direct Line 3.0-compatible API for the
 * botframework-webchat client, hosted by this application.
 *
 * Wiring (in the HTTP app): `app.register(directLinePlugin, { inbound, redis })`
 * and register `new WebChatSender({ redis })` as the core's sender for
 * channel `webchat` and `new WebChatEraser({ redis })` as its
 * ChannelDataEraser, with the same `keyPrefix` if one is set.
 */
export { directLinePlugin, type DirectLinePluginOptions } from './direct-line-plugin.ts';
export { WebChatSender, type WebChatSenderOptions } from './web-chat-sender.ts';
export { WebChatEraser, type WebChatEraserOptions } from './web-chat-eraser.ts';
export {
  createDirectLineToken,
  verifyDirectLineToken,
  DEFAULT_TOKEN_TTL_SECONDS,
  type DirectLineTokenClaims,
} from './direct-line-token.ts';
export { DirectLineError, DIRECT_LINE_ERRORS, type DirectLineErrorBody } from './direct-line-errors.ts';
export { MAX_ACTIVITY_TEXT, type DirectLineActivity } from './activities.ts';
export type { ActivitySet } from './stream-route.ts';
export type { DirectLineConversation } from './conversation-routes.ts';
export { DEFAULT_KEY_PREFIX, DEFAULT_CONVERSATION_TTL_SECONDS, DEFAULT_TOMBSTONE_TTL_SECONDS } from './activity-store.ts';
