import { ActionTypes, ActivityTypes, RoleTypes, TextFormatTypes, activityZodSchema, type SuggestedActions } from '@microsoft/agents-activity';
import type { InboundMessage, MessageAuthor, OutboundMessage } from '../../core/conversation/messages.ts';
import { limitChoices, textWithLinks } from '../../core/conversation/messages.ts';
import { AppError } from '../../core/platform/errors.ts';

/**
 * Translation between the activities Azure Bot Service posts to
 * /api/messages (Bot Framework Activity schema) and the core's messages.
 * Pure functions: no HTTP, no Redis. The people behind an Azure Bot Service
 * registration (Azure Web Chat, Direct Line) are web chat users of the core
 * (`channel: 'webchat'`); their `channelUserId` starts with
 * {@link BOT_SERVICE_USER_PREFIX}, which keeps them apart from the built-in
 * web chat's users and tells the delivery side where a reply goes.
 */

/** Prefix of every Bot Service user's `channelUserId`: `azure:<channelId>:<from.id>`. */
export const BOT_SERVICE_USER_PREFIX = 'azure:';
/** Longest id (activity, conversation, user, channel) accepted, in characters. */
export const MAX_ID_LENGTH = 256;
/** Longest choice payload accepted. */
export const MAX_PAYLOAD = 1024;

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * What the Bot Connector needs to post a reply into a person's conversation,
 * remembered from their last message. Holds the user's channel id (personal
 * data: never logged).
 */
export interface ConversationReference {
  /** The Bot Connector endpoint of the conversation (from the activity, vouched for by the token). */
  serviceUrl: string;
  channelId: string;
  conversationId: string;
  /** The bot's account on the channel (the activity's `recipient`): `from` of every reply. */
  bot: { id: string; name?: string };
  /** The user's account id on the channel: `recipient` of every reply. */
  userId: string;
}

/** A user's message: what the core receives, and where its replies go. */
export interface BotServiceMessage {
  kind: 'message';
  inbound: InboundMessage;
  reference: ConversationReference;
}

/** An activity that is acknowledged and otherwise ignored (conversationUpdate, typing, event, invoke, ...). */
export interface IgnoredActivity {
  kind: 'ignored';
  type: string;
}

/** The JSON of a reply activity as posted to the Bot Connector. */
export interface ReplyActivity {
  type: typeof ActivityTypes.Message;
  channelId: string;
  conversation: { id: string };
  from: { id: string; name?: string; role: typeof RoleTypes.Agent };
  recipient: { id: string; role: typeof RoleTypes.User };
  text: string;
  textFormat: typeof TextFormatTypes.Markdown;
  suggestedActions?: SuggestedActions;
}

/** The `channelUserId` of a Bot Service user: stable per channel and channel account. */
export function botServiceUserId(channelId: string, fromId: string): string {
  return `${BOT_SERVICE_USER_PREFIX}${channelId}:${fromId}`;
}

/** True for users who came through Azure Bot Service (their replies go to the Bot Connector). */
export function isBotServiceUserId(channelUserId: string): boolean {
  return channelUserId.startsWith(BOT_SERVICE_USER_PREFIX);
}

function invalid(details: string): AppError {
  return new AppError('VALIDATION_FAILED', { details: `Invalid activity: ${details}` });
}

function requiredId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${field} is required`);
  if (value.length > MAX_ID_LENGTH) throw invalid(`${field} is longer than ${MAX_ID_LENGTH} characters`);
  return value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A slug-shaped string, else undefined (a bad entry code is ignored: the chat starts in the default municipality). */
function slug(value: unknown): string | undefined {
  return typeof value === 'string' && SLUG.test(value) ? value : undefined;
}

function serviceUrlOf(value: unknown): string {
  const raw = requiredId(value, 'serviceUrl');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('serviceUrl is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('serviceUrl must be http(s)');
  return raw.replace(/\/+$/, '');
}

/**
 * Validates an activity against the Bot Framework Activity schema and, for a
 * `message`, builds the core's InboundMessage and the conversation reference.
 * A pressed choice arrives as a string `value`, as `value.payload`, or (Web
 * Chat postBack) as `text` with `channelData.postBack`; each becomes
 * `payload`. An entry code (`channelData.entry` or `value.entry`) and a
 * municipality (`channelData.org`) are taken when slug-shaped. Throws
 * VALIDATION_FAILED (400) for a malformed activity; never anything else.
 */
export function parseBotServiceActivity(body: unknown, receivedAt: Date = new Date()): BotServiceMessage | IgnoredActivity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the body must be a JSON object');
  const parsed = activityZodSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const raw = body as Record<string, unknown>;
  if (raw.type !== ActivityTypes.Message) return { kind: 'ignored', type: String(raw.type) };

  const id = requiredId(raw.id, 'id');
  const channelId = requiredId(raw.channelId, 'channelId');
  const serviceUrl = serviceUrlOf(raw.serviceUrl);
  const conversationId = requiredId(record(raw.conversation).id, 'conversation.id');
  const fromId = requiredId(record(raw.from).id, 'from.id');
  const recipient = record(raw.recipient);
  const botId = requiredId(recipient.id, 'recipient.id');

  const channelData = record(raw.channelData);
  const value = record(raw.value);
  const postBack = channelData.postBack === true;
  let text = typeof raw.text === 'string' ? raw.text : undefined;
  let payload: string | undefined;
  if (typeof raw.value === 'string') payload = raw.value;
  else if (typeof value.payload === 'string') payload = value.payload;
  else if (postBack && text !== undefined) payload = text;
  if (postBack) text = undefined;
  if (payload !== undefined && (payload.length === 0 || payload.length > MAX_PAYLOAD)) throw invalid(`value must be 1 to ${MAX_PAYLOAD} characters`);

  const inbound: InboundMessage = {
    channel: 'webchat',
    channelUserId: botServiceUserId(channelId, fromId),
    // Activity ids are unique within a conversation only.
    externalId: `${BOT_SERVICE_USER_PREFIX}${conversationId}:${id}`,
    receivedAt,
  };
  if (text !== undefined) inbound.text = text;
  if (payload !== undefined) inbound.payload = payload;
  if (typeof raw.locale === 'string' && LOCALE.test(raw.locale)) inbound.locale = raw.locale;
  const entryCode = slug(channelData.entry) ?? slug(value.entry);
  if (entryCode) inbound.entryCode = entryCode;
  const organizationSlug = slug(channelData.org);
  if (organizationSlug) inbound.organizationSlug = organizationSlug;
  if (Array.isArray(raw.attachments) && raw.attachments.length > 0) inbound.hasMedia = true;

  const bot: ConversationReference['bot'] = { id: botId };
  if (typeof recipient.name === 'string' && recipient.name.length <= MAX_ID_LENGTH) bot.name = recipient.name;
  return { kind: 'message', inbound, reference: { serviceUrl, channelId, conversationId, bot, userId: fromId } };
}

/**
 * A core reply as a Bot Framework message activity for the conversation in
 * `reference`: markdown text (links included), choices as at most
 * MAX_CHOICES postBack suggested actions whose value is the payload.
 */
/** Markdown's formatting characters, removed from a name so it cannot restyle the text or make a link. */
const MARKDOWN_CHARS = /[*_~`[\]()<>#\\]/g;

/**
 * An outreach worker's signature in front of their message, `**Anna (Demostad):** `: the
 * Bot Connector sends every reply as the bot, so the name travels in the text.
 */
export function authorPrefix(author: MessageAuthor): string {
  const clean = (s: string) => s.replace(MARKDOWN_CHARS, '').trim();
  return `**${clean(author.name)} (${clean(author.organization)}):** `;
}

export function replyActivity(message: OutboundMessage, reference: ConversationReference): ReplyActivity {
  const activity: ReplyActivity = {
    type: ActivityTypes.Message,
    channelId: reference.channelId,
    conversation: { id: reference.conversationId },
    from: { ...reference.bot, role: RoleTypes.Agent },
    recipient: { id: reference.userId, role: RoleTypes.User },
    text: message.from ? `${authorPrefix(message.from)}${textWithLinks(message)}` : textWithLinks(message),
    textFormat: TextFormatTypes.Markdown,
  };
  const choices = limitChoices(message.choices);
  if (choices.length > 0) {
    activity.suggestedActions = {
      to: [reference.userId],
      actions: choices.map((c) => ({ type: ActionTypes.PostBack, title: c.label, value: c.payload })),
    };
  }
  return activity;
}
