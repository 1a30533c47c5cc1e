import { ConnectorClient, HttpError, MsalTokenProvider } from '@microsoft/agents-hosting';
import type { Redis } from 'ioredis';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import type { ChannelSender, DeliveryResult } from '../../core/conversation/ports.ts';
import { retryAfterMs } from '../../core/conversation/delivery.ts';
import { AppError } from '../../core/platform/errors.ts';
import { botServiceAuthConfig, type BotServiceSettings } from './bot-service-auth.ts';
import { BOT_SERVICE_USER_PREFIX, isBotServiceUserId, replyActivity } from './bot-service-activities.ts';
import { ConversationReferenceStore } from './conversation-references.ts';

/** Audience of the bot's outgoing tokens for the Bot Connector (MSAL asks for `<scope>/.default`). */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';
/** Give up one attempt after this long (the delivery queue retries). */
const DEFAULT_TIMEOUT_MS = 15_000;

/** Where the bot's outgoing access token comes from (MsalTokenProvider in production, a stub in tests). */
export interface AccessTokenProvider {
  getAccessToken(scope: string): Promise<string>;
}

/** Options of {@link BotServiceSender}; `keyPrefix` must match the plugin's. */
export interface BotServiceSenderOptions {
  redis: Redis;
  keyPrefix?: string;
  /** The registration; its app id and password get the outgoing token (ignored when `tokens` is given). */
  settings?: BotServiceSettings;
  /** Overrides the MSAL token provider built from `settings`. */
  tokens?: AccessTokenProvider;
  /** Per-attempt timeout in ms; default 15 000. */
  timeoutMs?: number;
}

/** HTTP statuses of the Bot Connector worth another attempt (rate limit, timeout, server trouble, a stale token). */
function retryable(status: number): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500;
}


/**
 * Delivers the core's replies to people who came through Azure Bot Service:
 * posts a message activity to `{serviceUrl}/v3/conversations/{id}/activities`
 * of the conversation their last message came from (remembered in Redis by
 * the /api/messages plugin), with the Agents SDK's ConnectorClient and the
 * bot's outgoing token. Channel `webchat`, like the built-in web chat: put
 * both behind {@link WebChatRoutingSender}.
 *
 * `sent` with the activity id; `failed` when there is no conversation to
 * answer in (expired) or the connector refuses for good (400, 403, 404);
 * `retry` on network errors, timeouts, 401, 408, 429 (with Retry-After) and
 * 5xx. Error texts hold the status only, never the token or the response.
 */
export class BotServiceSender implements ChannelSender {
  readonly channel = 'webchat' as const;
  private readonly references: ConversationReferenceStore;
  private readonly tokens: AccessTokenProvider;
  private readonly timeoutMs: number;

  constructor(options: BotServiceSenderOptions) {
    this.references = new ConversationReferenceStore(options.redis, { keyPrefix: options.keyPrefix });
    if (options.tokens) this.tokens = options.tokens;
    else if (options.settings) this.tokens = new MsalTokenProvider(botServiceAuthConfig(options.settings));
    else throw new AppError('CONFIG_INVALID', { details: 'BotServiceSender needs the Bot Service registration (MicrosoftAppId, MicrosoftAppPassword)' });
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (message.channel !== 'webchat' || !isBotServiceUserId(message.channelUserId)) {
      return { status: 'failed', error: 'BotServiceSender only sends to Azure Bot Service users' };
    }
    let reference;
    try {
      reference = await this.references.get(message.channelUserId);
    } catch (err) {
      return { status: 'retry', error: `conversation reference store unavailable: ${(err as Error).message}` };
    }
    if (!reference) return { status: 'failed', error: 'Bot Service conversation not found or expired' };

    let token: string;
    try {
      token = await this.tokens.getAccessToken(BOT_FRAMEWORK_SCOPE);
    } catch (err) {
      return { status: 'retry', error: `no Bot Service access token: ${(err as Error).name}` };
    }
    const client = ConnectorClient.createClientWithToken(reference.serviceUrl, token);
    try {
      // The connector client's HTTP client directly: sendToConversation neither encodes the conversation id nor takes a timeout.
      const response = await client.httpClient.request<{ id?: unknown }>({
        method: 'post',
        url: `v3/conversations/${encodeURIComponent(reference.conversationId)}/activities`,
        data: replyActivity(message, reference),
        timeout: this.timeoutMs,
      });
      const id = response.data && typeof response.data === 'object' && typeof response.data.id === 'string' ? response.data.id : undefined;
      return id ? { status: 'sent', externalId: `${BOT_SERVICE_USER_PREFIX}${reference.conversationId}:${id}` } : { status: 'sent' };
    } catch (err) {
      if (err instanceof HttpError) {
        const error = `Bot Connector answered HTTP ${err.status}`;
        if (!retryable(err.status)) return { status: 'failed', error };
        const after = retryAfterMs(err.response.headers.get('retry-after'));
        return after === undefined ? { status: 'retry', error } : { status: 'retry', error, retryAfterMs: after };
      }
      return { status: 'retry', error: `Bot Connector unreachable: ${(err as Error).name}` };
    }
  }
}
