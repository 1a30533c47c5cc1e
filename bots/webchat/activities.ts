import {
  ActionTypes,
  ActivityTypes,
  RoleTypes,
  TextFormatTypes,
  activityZodSchema,
  type ChannelAccount,
  type ConversationAccount,
  type SuggestedActions,
} from '@microsoft/agents-activity';
import type { InboundMessage, OutboundMessage } from '../../core/conversation/messages.ts';
import { webChatContent } from '../../core/channel-format/index.ts';
import { DirectLineError } from './direct-line-errors.ts';
import type { DirectLineTokenClaims } from './direct-line-token.ts';

/**
 * Translation between Bot Framework activities (the Direct Line wire format)
 * and the core's messages. Pure functions: no Redis, no HTTP. Activity
 * text is data and is passed through unchanged in both directions; making
 * it safe to display is the client's job (Web Chat renders markdown with
 * sanitising, and user activities are marked `textFormat: "plain"`).
 */

/** `channelId` of every activity, as on Azure's Direct Line. */
export const DIRECT_LINE_CHANNEL_ID = 'directline';
/** Longest activity text accepted (characters); longer answers 413 MessageSizeTooBig. */
export const MAX_ACTIVITY_TEXT = 4096;
/** Longest suggested-action value accepted as a payload. */
export const MAX_PAYLOAD = 1024;
/** Longest client activity id (idempotency key) accepted. */
export const MAX_CLIENT_ACTIVITY_ID = 128;
/** Id of the bot in every conversation. */
export const BOT_ID = 'bot';
/** The bot's display name (`from.name`) when none is configured. */
export const DEFAULT_BOT_NAME = 'Bot';
/** Prefix of `from.id` on an outreach worker's messages (the chat page shows their name and their own avatar). */
export const WORKER_ID_PREFIX = 'worker:';

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;
const CLIENT_ACTIVITY_ID = /^[\x21-\x7e]+$/;

/**
 * An activity as stored and served: the JSON form of the Bot Framework
 * Activity schema, with the fields this adapter uses.
 */
export interface DirectLineActivity {
  type: ActivityTypes | string;
  /** Server-assigned: `<conversationId>|<suffix>`, see activity-ids.ts. */
  id: string;
  /** Server time, ISO 8601 UTC. */
  timestamp: string;
  localTimestamp?: string;
  channelId: typeof DIRECT_LINE_CHANNEL_ID;
  conversation: ConversationAccount;
  from: ChannelAccount;
  recipient?: ChannelAccount;
  text?: string;
  textFormat?: TextFormatTypes;
  locale?: string;
  /** A pressed suggested action's value (the choice payload). */
  value?: string;
  suggestedActions?: SuggestedActions;
  /** Only what Web Chat needs back: its own id for the echo, and the postBack flag that hides it. */
  channelData?: { clientActivityID?: string; postBack?: true };
}

/** A client activity that becomes an InboundMessage. */
export interface ClientMessage {
  kind: 'message';
  /** Idempotency key: `channelData.clientActivityID` (Web Chat) or the client's own `id`. */
  clientActivityId?: string;
  text?: string;
  /** The pressed choice's payload. */
  payload?: string;
  /** True when Web Chat sent a postBack (the text is the value, not typed; Web Chat hides the echo). */
  postBack: boolean;
  locale?: string;
  localTimestamp?: string;
  hasMedia: boolean;
}

/** A client activity that is acknowledged and otherwise ignored (typing, conversationUpdate, event, ...). */
export interface ClientSignal {
  kind: 'signal';
  type: string;
}

function badArgument(details: string): DirectLineError {
  return new DirectLineError('BAD_ARGUMENT', { details });
}

function optionalString(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badArgument(`${field} must be a string`);
  if (value.length > max) throw badArgument(`${field} is longer than ${max} characters`);
  return value;
}

/**
 * Validates a posted activity against the Bot Framework Activity schema and
 * extracts what the adapter uses. A pressed suggested action arrives either as
 * `value` (a string) or, from Web Chat's postBack, as `text` with
 * `channelData.postBack: true`; both become `payload`. Throws DirectLineError
 * BAD_ARGUMENT (400) or MESSAGE_TOO_LONG (413).
 */
export function parseClientActivity(body: unknown): ClientMessage | ClientSignal {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badArgument('Activity must be a JSON object');
  const result = activityZodSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badArgument(`Invalid activity: ${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const raw = body as Record<string, unknown>;
  if (raw.type !== ActivityTypes.Message) return { kind: 'signal', type: String(raw.type) };

  const channelData = typeof raw.channelData === 'object' && raw.channelData !== null ? (raw.channelData as Record<string, unknown>) : {};
  const clientActivityId = optionalString(
    channelData.clientActivityID ?? channelData.clientActivityId ?? raw.id,
    'clientActivityID',
    MAX_CLIENT_ACTIVITY_ID,
  );
  if (clientActivityId !== undefined && !CLIENT_ACTIVITY_ID.test(clientActivityId)) throw badArgument('clientActivityID has invalid characters');

  let text = optionalString(raw.text, 'text', Number.POSITIVE_INFINITY);
  if (text !== undefined && text.length > MAX_ACTIVITY_TEXT) throw new DirectLineError('MESSAGE_TOO_LONG', { max: MAX_ACTIVITY_TEXT });
  const postBack = channelData.postBack === true;
  let payload: string | undefined;
  if (typeof raw.value === 'string') payload = raw.value;
  else if (postBack && text !== undefined) payload = text;
  if (postBack) text = undefined;
  if (payload !== undefined && (payload.length === 0 || payload.length > MAX_PAYLOAD)) throw badArgument(`value must be 1 to ${MAX_PAYLOAD} characters`);

  const locale = typeof raw.locale === 'string' && LOCALE.test(raw.locale) ? raw.locale : undefined;
  const localTimestamp = typeof raw.localTimestamp === 'string' && raw.localTimestamp.length <= 40 ? raw.localTimestamp : undefined;
  const hasMedia = Array.isArray(raw.attachments) && raw.attachments.length > 0;
  return { kind: 'message', clientActivityId, text, payload, postBack, locale, localTimestamp, hasMedia };
}

/**
 * The stored echo of a user's message: the server's id and timestamp, the
 * user id from the token (never the body's `from.id`), text marked plain.
 * Attachments are not echoed (uploads are not supported).
 */
/** The fields every message activity has, whoever sends it. */
function messageEnvelope(
  context: { id: string; conversationId: string; timestamp: Date },
  from: DirectLineActivity['from'],
  recipient: DirectLineActivity['recipient'],
): DirectLineActivity {
  return {
    type: ActivityTypes.Message,
    id: context.id,
    timestamp: context.timestamp.toISOString(),
    channelId: DIRECT_LINE_CHANNEL_ID,
    conversation: { id: context.conversationId },
    from,
    recipient,
  };
}

export function userActivity(
  message: ClientMessage,
  context: { id: string; conversationId: string; userId: string; botName: string; timestamp: Date },
): DirectLineActivity {
  const activity = messageEnvelope(context, { id: context.userId, role: RoleTypes.User }, { id: BOT_ID, name: context.botName, role: RoleTypes.Agent });
  if (message.localTimestamp) activity.localTimestamp = message.localTimestamp;
  if (message.postBack) activity.text = message.payload;
  else if (message.text !== undefined) activity.text = message.text;
  if (activity.text !== undefined) activity.textFormat = TextFormatTypes.Plain;
  if (message.payload !== undefined && !message.postBack) activity.value = message.payload;
  if (message.locale) activity.locale = message.locale;
  if (message.clientActivityId || message.postBack) {
    activity.channelData = {};
    if (message.clientActivityId) activity.channelData.clientActivityID = message.clientActivityId;
    if (message.postBack) activity.channelData.postBack = true;
  }
  return activity;
}

/** The core's view of a user's message; who sent it comes from the token. */
export function toInboundMessage(
  message: ClientMessage,
  claims: DirectLineTokenClaims,
  activityId: string,
  receivedAt: Date,
): InboundMessage {
  const inbound: InboundMessage = {
    channel: 'webchat', channelUserId: claims.userId, externalId: activityId, organizationSlug: claims.org, receivedAt,
  };
  if (message.text !== undefined) inbound.text = message.text;
  if (message.payload !== undefined) inbound.payload = message.payload;
  if (message.locale) inbound.locale = message.locale;
  if (claims.entry) inbound.entryCode = claims.entry;
  if (message.hasMedia) inbound.hasMedia = true;
  return inbound;
}

/**
 * A bot reply as an activity: markdown text (links included), choices as at
 * most MAX_CHOICES postBack suggested actions whose value is the payload. An
 * outreach worker's message comes from them: `from.name` is their first
 * name, `from.id` a worker id (WORKER_ID_PREFIX), not the bot's. `locale` is
 * the reply's language when the core knows it (the chat page switches to it).
 */
export function botActivity(
  message: OutboundMessage,
  context: { id: string; conversationId: string; botName: string; timestamp: Date },
): DirectLineActivity {
  const from = message.from
    ? { id: `${WORKER_ID_PREFIX}${message.from.name}`, name: message.from.name, role: RoleTypes.Agent }
    : { id: BOT_ID, name: context.botName, role: RoleTypes.Agent };
  const activity = messageEnvelope(context, from, { id: message.channelUserId, role: RoleTypes.User });
  const content = webChatContent(message);
  activity.text = content.text;
  activity.textFormat = TextFormatTypes.Markdown;
  // The reply's language: the chat page follows it (<html lang>, Web Chat's own strings).
  if (activity.locale === undefined && message.language && LOCALE.test(message.language)) activity.locale = message.language;
  if (content.suggestedActions) {
    activity.suggestedActions = {
      to: [],
      actions: content.suggestedActions.actions.map((a) => ({ type: ActionTypes.PostBack, title: a.title, value: a.value })),
    };
  }
  return activity;
}
