import type { VisibleContent, VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import type { Channel, InboundMessage, OutboundMessage } from './messages.ts';

/**
 * The seams between the conversation core and the channel adapters. The core
 * defines them; bots/* implement ChannelSender and call InboundHandler.
 */

/** What the core offers a channel adapter: hand over one inbound message. */
export interface InboundHandler {
  /**
   * Persists the message (idempotent on channel + externalId) and schedules
   * its processing. Resolves once the message is safely stored; the reply
   * comes later through the channel's ChannelSender.
   */
  receive(message: InboundMessage): Promise<{ duplicate: boolean }>;
}

/** Result of one delivery attempt. */
export type DeliveryResult =
  | { status: 'sent'; externalId?: string }
  /** Try again later (network error, rate limit); `retryAfterMs` when the channel said how long. */
  | { status: 'retry'; error: string; retryAfterMs?: number }
  /** Will never succeed (blocked by the user, invalid recipient): mark failed, do not retry. */
  | { status: 'failed'; error: string };

/** What a channel adapter offers the core: deliver one outbound message. */
export interface ChannelSender {
  readonly channel: Channel;
  send(message: OutboundMessage): Promise<DeliveryResult>;
  /**
   * Optional: delivers a turn's messages (one recipient) in order, in one go
   * where the channel allows it. Returns one result per message attempted:
   * all `sent`, or the sent ones followed by the first that was not.
   */
  sendAll?(messages: OutboundMessage[]): Promise<DeliveryResult[]>;
  /**
   * Optional: true when handing this message (same `messageId`) to the
   * sender again never shows the person a second copy (web chat's append is
   * idempotent per message id). Without it the delivery worker assumes a
   * channel that cannot deduplicate (Telegram, WhatsApp), records each send
   * before and after, and never re-sends one whose outcome it did not learn.
   */
  deduplicates?(message: OutboundMessage): boolean;
}

/**
 * Where the core announces what staff should see live (a handoff, a
 * message in a conversation people hold). Ids only, never content. The
 * handoff module's InboxEvents implements it on Redis pub/sub.
 */
export interface ConversationEvents {
  publish(event: { type: string; organizationId: string; conversationId: string }): Promise<void>;
}

/**
 * State a channel keeps about a person outside the database (the web chat
 * log and stream state in Redis, ...). "Delete my data" and retention call
 * `forget` for the person's channel id after the database rows are gone; it
 * must be idempotent and must not fail when there is nothing to forget.
 */
export interface ChannelDataEraser {
  readonly channel: Channel;
  forget(channelUserId: string): Promise<void>;
}

/**
 * Instant translation for the chat: a tile about to be shown has no text in
 * the person's language. The conversation service waits for it a few
 * seconds at most (ConversationServiceOptions.instantTranslationTimeoutMs)
 * and otherwise sends the source text with the "not yet in your language"
 * line. Implemented on DeepL by core/content/translations.
 */
export interface MissingTranslations {
  /**
   * Makes a missing tile translation at once (DeepL), stores it as
   * machine/unchecked and returns it; undefined when translation is off, over
   * budget or fails (the caller then sends the source text with the note).
   */
  translate(request: { organizationId: string; tile: VisibleTile; lang: Language }): Promise<VisibleContent | undefined>;
}

/**
 * The content-gap store (core/reports/gaps): unanswered questions and
 * answers marked "not helpful", kept a while, scrubbed, for editors. The
 * conversation service hands each one over after the turn is saved; the
 * store scrubs the text and keeps only a keyed hash of the contact.
 */
export interface ContentGapRecorder {
  /** An unanswered question, or a question whose answer was marked not helpful; never throws. */
  record(gap: { organizationId: string; contactId: string; kind: 'unanswered' | 'not_helpful'; language: string;
    text: string; tileKey?: string; tileOwnerId?: string }): Promise<void>;
}
