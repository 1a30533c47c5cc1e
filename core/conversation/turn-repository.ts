import { randomUUID } from 'node:crypto';
import type { Outcome } from '../answers/index.ts';
import type { CrisisKind } from '../safety/index.ts';
import { prepared, runPrepared, type DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { channelUserIdHash, encryptChannelUserId, type ContactKeys } from './contact-identity.ts';
import type { TileLink } from '../content/types.ts';
import type { Channel, Choice } from './messages.ts';
import type { ConversationState, Transition } from './state-machine.ts';
import { transitionColumns } from './state-machine.ts';

/**
 * The conversation core's hot path in SQL: receiving a message, loading a
 * turn and saving a turn are one statement each, instead of the dozen ORM
 * queries and an interactive transaction they would otherwise be (measured:
 * an interactive Prisma transaction of three updates costs ~1.4 ms of CPU,
 * the same writes as one statement ~0.25 ms). Every statement is atomic on
 * its own, so a message is never half stored and a turn never half saved.
 *
 * The other, rarer writes (state changes by workers, "delete my data") stay
 * in conversation-repository.ts.
 */

export interface ReceiveInput {
  channel: Channel;
  channelUserId: string;
  externalId: string;
  text: string;
  /** The municipality whose inbox and tiles the conversation gets. */
  organizationId: string;
  /** The employer or housing provider layer the contact came in through, if any. */
  layerOrganizationId?: string;
  /**
   * True when the message named no municipality (no entry code, no chat
   * page): the person stays where they are — their open conversation,
   * whichever municipality it is with, or for a new one the municipality
   * (and layer) of their last conversation — and `organizationId` (the
   * default municipality) counts only for a first contact.
   */
  staysWithLast?: boolean;
  /**
   * The entry code the message came through (a usable one), by row id. When
   * it brings the contact to the code's organization (its layer, else its
   * municipality) for the first time — a new contact_entries row; always so
   * for a new contact — the code's `chats_started` goes up by one, so each
   * person counts once. A count only: which code a person used is not stored.
   */
  entryCodeId?: string;
  /**
   * The entry code itself (normalised), kept in a new conversation's flow (`entryCode`) for the anonymous
   * question log and handoff record; a conversation of someone who stays with their last one keeps that one's.
   */
  entryCode?: string;
}

/**
 * Stores an inbound message before anything else happens to it, in one
 * statement: the contact (found by its keyed hash, created on first contact,
 * `last_seen_at` refreshed), the entry it came through, its open conversation
 * with the municipality (or a new one in state `bot`; see `staysWithLast`),
 * and the message. Returns the stored message with its turn context, so the
 * turn need not load it again. The pair (channel, external id) is unique: a
 * redelivered update stores nothing and returns the first message's id with
 * `duplicate: true` (and no context: it may have been handled meanwhile).
 */
export async function receiveInbound(
  db: DbClient,
  keys: ContactKeys,
  input: ReceiveInput,
  attempt = 1,
): Promise<{ id: string; duplicate: boolean; context?: TurnContext }> {
  const hash = channelUserIdHash(keys, input.channel, input.channelUserId);
  const encrypted = new Uint8Array(encryptChannelUserId(keys, input.channelUserId));
  const entryOrganizationId = input.layerOrganizationId ?? input.organizationId;
  const staysWithLast = input.staysWithLast === true;
  const rows = await runPrepared<Omit<TurnContext, 'text' | 'deliveryStatus'>>(db, prepared('receive-inbound')`
    WITH contact AS (
      INSERT INTO contacts (id, channel, channel_user_id_hash, channel_user_id_encrypted)
      VALUES (${randomUUID()}, ${input.channel}::channel, ${hash}, ${encrypted})
      ON CONFLICT (channel, channel_user_id_hash) DO UPDATE SET last_seen_at = now()
      RETURNING id, preferred_language
    ), entry AS (
      INSERT INTO contact_entries (contact_id, organization_id)
      SELECT id, ${entryOrganizationId} FROM contact WHERE NOT ${staysWithLast}
      ON CONFLICT DO NOTHING
      RETURNING contact_id
    ), code_count AS (
      -- Only a new entry row counts: a redelivered or repeated message, or a second visit, finds the row there.
      UPDATE entry_codes SET chats_started = chats_started + 1
      WHERE id = ${input.entryCodeId ?? null} AND EXISTS (SELECT 1 FROM entry)
    ), last AS (
      -- By the contact's own index (contact_id, created_at), never by the municipality's (all its conversations).
      SELECT c.organization_id, c.entry_organization_id, c.flow->>'entryCode' AS entry_code FROM conversations c
      WHERE c.contact_id = (SELECT id FROM contact) AND ${staysWithLast}
      ORDER BY c.created_at DESC LIMIT 1
    ), open AS (
      SELECT c.id, c.state, c.language, c.flow, c.urgent, c.organization_id, c.entry_organization_id FROM conversations c
      WHERE c.contact_id = (SELECT id FROM contact) AND c.state <> 'closed'
        AND (c.organization_id = ${input.organizationId} OR ${staysWithLast})
      ORDER BY c.created_at DESC LIMIT 1
    ), target AS (
      SELECT COALESCE((SELECT organization_id FROM last), ${input.organizationId}) AS organization_id,
             CASE WHEN EXISTS (SELECT 1 FROM last) THEN (SELECT entry_organization_id FROM last) ELSE ${input.layerOrganizationId ?? null} END
               AS entry_organization_id,
             CASE WHEN EXISTS (SELECT 1 FROM last) THEN (SELECT entry_code FROM last) ELSE ${input.entryCode ?? null}::text END AS entry_code
    ), created AS (
      -- A conversation another message of this person opened a moment ago (not in this statement's snapshot)
      -- holds the open key: nothing is inserted, and the caller runs the statement once more.
      INSERT INTO conversations (id, contact_id, organization_id, entry_organization_id, open_key, updated_at, flow)
      SELECT ${randomUUID()}, contact.id, target.organization_id, target.entry_organization_id,
             contact.id || ':' || target.organization_id, now(),
             CASE WHEN target.entry_code IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('entryCode', target.entry_code) END
      FROM contact, target WHERE NOT EXISTS (SELECT 1 FROM open)
      ON CONFLICT (open_key) DO NOTHING
      RETURNING id, state, language, flow, urgent, organization_id, entry_organization_id
    ), conversation AS (
      SELECT * FROM open UNION ALL SELECT * FROM created
    ), stored AS (
      INSERT INTO messages (id, conversation_id, direction, author, text, channel, channel_external_id, delivery_status)
      SELECT ${randomUUID()}, conversation.id, 'inbound', 'contact', ${input.text}, ${input.channel}::channel, ${input.externalId}, 'received'
      FROM conversation
      ON CONFLICT (channel, channel_external_id) DO NOTHING
      RETURNING id, conversation_id
    )
    SELECT stored.id AS "messageId", c.id AS "conversationId", c.state::text AS state, c.language, c.flow, c.urgent::text AS urgent,
           contact.id AS "contactId", contact.preferred_language AS "preferredLanguage",
           o.id AS "organizationId", o.slug AS "organizationSlug", o.name AS "organizationName", o.office_hours AS "officeHours",
           o.settings AS "settings",
           eo.slug AS "entrySlug"
    FROM stored
    JOIN conversation c ON c.id = stored.conversation_id
    CROSS JOIN contact
    JOIN organizations o ON o.id = c.organization_id
    LEFT JOIN organizations eo ON eo.id = c.entry_organization_id`);
  if (rows.length > 0) return { id: rows[0].messageId, duplicate: false, context: { ...rows[0], text: input.text, deliveryStatus: 'received' } };
  const [existing] = await runPrepared<{ id: string }>(db, prepared('find-inbound')`
    SELECT id FROM messages WHERE channel = ${input.channel}::channel AND channel_external_id = ${input.externalId}`);
  if (existing) return { id: existing.id, duplicate: true };
  // Nothing stored and no earlier copy: a concurrent message opened the conversation; now it is visible.
  if (attempt < 2) return receiveInbound(db, keys, input, attempt + 1);
  throw new AppError('CONVERSATION_BUSY', { attempts: attempt });
}

/** What a dialog turn needs to know about a stored inbound message. */
export interface TurnContext {
  messageId: string;
  text: string;
  /** `received` until a turn has handled the message. */
  deliveryStatus: string;
  conversationId: string;
  state: ConversationState;
  /** The language the conversation was last held in. */
  language: string | null;
  flow: Record<string, unknown>;
  /** The kind of danger the conversation is marked with (core/safety), null when it is not urgent. */
  urgent: CrisisKind | null;
  contactId: string;
  preferredLanguage: string | null;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  /** The municipality's inbox hours as stored (parse with parseOfficeHours). */
  officeHours: unknown;
  /** The municipality's settings document as stored (parse with parseOrganizationSettings): safety card, privacy, retention. */
  settings: unknown;
  /** The employer or housing provider layer's slug (its tiles are shown on top), if any. */
  entrySlug: string | null;
}

/** The message with its conversation, contact and organizations in one query; undefined when it is gone (data deleted). */
export async function loadTurn(db: DbClient, messageId: string): Promise<TurnContext | undefined> {
  const [row] = await runPrepared<TurnContext>(db, prepared('load-turn')`
    SELECT m.id AS "messageId", m.text, m.delivery_status::text AS "deliveryStatus",
           c.id AS "conversationId", c.state::text AS state, c.language, c.flow, c.urgent::text AS urgent, c.contact_id AS "contactId",
           ct.preferred_language AS "preferredLanguage",
           o.id AS "organizationId", o.slug AS "organizationSlug", o.name AS "organizationName", o.office_hours AS "officeHours",
           o.settings AS "settings",
           eo.slug AS "entrySlug"
    FROM messages m
    JOIN conversations c ON c.id = m.conversation_id
    JOIN contacts ct ON ct.id = c.contact_id
    JOIN organizations o ON o.id = c.organization_id
    LEFT JOIN organizations eo ON eo.id = c.entry_organization_id
    WHERE m.id = ${messageId}`);
  return row;
}

/** One reply to store, in order: what the delivery job sends, so a lost job can be rebuilt from the table. */
export interface StoredReply {
  id: string;
  text: string;
  choices: Choice[];
  links: TileLink[];
}

export interface TurnWrite {
  context: Pick<TurnContext, 'messageId' | 'conversationId' | 'state' | 'contactId' | 'organizationId'> & Partial<Pick<TurnContext, 'urgent'>>;
  /** The conversation's version as loaded (flow.turn); the save fails if another turn saved meanwhile. */
  version: number;
  channel: Channel;
  /** The turn's language (conversation and messages); null keeps the conversation's. */
  language: string | null;
  /** The flow memory to store (its `turn` already incremented). */
  flow: Record<string, unknown>;
  replies: StoredReply[];
  /** The question-log row; `tileOwnerSlug` (the tile's layer) becomes its tile_owner_id. */
  question?: { id: string; outcome: Outcome | 'urgent'; themeKey?: string; tileKey?: string; tileOwnerSlug?: string };
  feedback?: { questionLogId: string; helpful: boolean };
  setPreferredLanguage?: string;
  transition?: Transition;
  /** The message described a danger: the conversation is marked urgent (kind; `urgent_at` set when it was not marked yet). */
  urgent?: CrisisKind;
}

/**
 * Saves a turn in one statement: the conversation's flow, language,
 * (for a handoff) state with its timeline entry and (for an urgent message)
 * the urgent mark; the question-log row; a
 * helpfulness answer; the preferred language; the replies as `queued`
 * outbound messages; and the inbound message as `delivered`.
 *
 * Optimistic concurrency: everything hangs on the conversation update, which
 * only matches while the conversation still has the state and version the
 * turn was computed from. Returns false (nothing written) when another turn
 * or a worker changed it meanwhile, or the message was handled already.
 * Replies get created_at a millisecond apart so transcripts keep their order.
 */
export async function saveTurn(db: DbClient, w: TurnWrite): Promise<boolean> {
  const { context: c, transition: t } = w;
  const columns = t ? transitionColumns(t, new Date()) : undefined;
  // A danger new to the conversation leaves a timeline entry of its own (also while people hold it, without a state change).
  const newlyUrgent = w.urgent !== undefined && w.urgent !== (c.urgent ?? null);
  const rows = await runPrepared<{ saved: boolean }>(db, prepared('save-turn')`
    WITH conversation AS (
      UPDATE conversations SET
        flow = ${JSON.stringify(w.flow)}::jsonb, language = COALESCE(${w.language}, language), updated_at = now(),
        state = COALESCE(${columns?.state ?? null}::conversation_state, state),
        waiting_since = CASE ${clockChange(columns?.waitingSince)} WHEN 'start' THEN now() WHEN 'clear' THEN NULL ELSE waiting_since END,
        assigned_worker_id = CASE WHEN ${columns?.assignedWorkerId !== undefined} THEN ${columns?.assignedWorkerId ?? null} ELSE assigned_worker_id END,
        urgent = COALESCE(${w.urgent ?? null}::crisis_kind, urgent),
        urgent_at = CASE WHEN ${w.urgent !== undefined} THEN COALESCE(urgent_at, now()) ELSE urgent_at END
      WHERE id = ${c.conversationId} AND state = ${c.state}::conversation_state
        AND COALESCE((flow->>'turn')::int, 0) = ${w.version}
        AND EXISTS (SELECT 1 FROM messages WHERE id = ${c.messageId} AND delivery_status = 'received')
      RETURNING id, entry_organization_id, flow->>'entryCode' AS entry_code
    ), inbound AS (
      UPDATE messages SET delivery_status = 'delivered', language = ${w.language}
      WHERE id = ${c.messageId} AND EXISTS (SELECT 1 FROM conversation)
    ), event AS (
      INSERT INTO conversation_events (id, conversation_id, type, from_state, to_state, data)
      SELECT ${randomUUID()}, id, ${t?.event ?? null}, ${t?.from ?? null}::conversation_state, ${t?.to ?? null}::conversation_state,
             ${JSON.stringify(t ? triggerData(t) : {})}::jsonb
      FROM conversation WHERE ${t !== undefined}
    ), urgent_event AS (
      INSERT INTO conversation_events (id, conversation_id, type, data)
      SELECT ${randomUUID()}, id, 'conversation.marked_urgent', jsonb_build_object('kind', ${w.urgent ?? null}::text)
      FROM conversation WHERE ${newlyUrgent}
    ), question AS (
      -- Anonymous: where the person came in (entry kind, code, employer or housing layer) and whose tile answered; the day, never the time.
      INSERT INTO question_logs (id, organization_id, channel, language, theme_key, tile_key, outcome,
                                 tile_owner_id, entry_kind, entry_code, entry_organization_id)
      SELECT ${w.question?.id ?? null}, ${c.organizationId}, ${w.channel}::channel, ${w.language},
             ${w.question?.themeKey ?? null}, ${w.question?.tileKey ?? null}, ${w.question?.outcome ?? null}::question_outcome,
             (SELECT o.id FROM organizations o WHERE o.slug = ${w.question?.tileOwnerSlug ?? null}::text),
             COALESCE((SELECT eo.kind::text FROM organizations eo
                       WHERE eo.id = conversation.entry_organization_id AND eo.kind IN ('employer', 'housing_provider', 'region')), 'municipality'),
             conversation.entry_code, conversation.entry_organization_id
      FROM conversation WHERE ${w.question !== undefined}
    ), feedback AS (
      UPDATE question_logs SET feedback = ${w.feedback ? (w.feedback.helpful ? 'helpful' : 'not_helpful') : null}::feedback
      WHERE id = ${w.feedback?.questionLogId ?? null} AND EXISTS (SELECT 1 FROM conversation)
    ), preference AS (
      UPDATE contacts SET preferred_language = ${w.setPreferredLanguage ?? null}
      WHERE id = ${c.contactId} AND ${w.setPreferredLanguage !== undefined} AND EXISTS (SELECT 1 FROM conversation)
    ), replies AS (
      INSERT INTO messages (id, conversation_id, direction, author, text, language, channel, delivery_status, reply_to_id, choices, links, created_at)
      SELECT r.id, conversation.id, 'outbound', 'bot', r.text, ${w.language}, ${w.channel}::channel, 'queued', ${c.messageId},
             r.choices::jsonb, r.links::jsonb, now() + r.n * interval '1 millisecond'
      FROM conversation, unnest(
        ${w.replies.map((r) => r.id)}::text[], ${w.replies.map((r) => r.text)}::text[],
        ${w.replies.map((r) => JSON.stringify(r.choices))}::text[], ${w.replies.map((r) => JSON.stringify(r.links))}::text[]
      ) WITH ORDINALITY AS r(id, text, choices, links, n)
    )
    SELECT EXISTS (SELECT 1 FROM conversation) AS saved`);
  return rows[0]?.saved === true;
}

/** How a transition changes a timestamp column: start it now (the database's clock, as the column defaults), clear it, or keep it. */
function clockChange(value: Date | null | undefined): 'start' | 'clear' | 'keep' {
  if (value === undefined) return 'keep';
  return value === null ? 'clear' : 'start';
}

/** The trigger's details for the timeline entry (its type is the event name). */
function triggerData(t: Transition): Record<string, unknown> {
  const { type: _type, ...data } = t.trigger;
  return data;
}

/**
 * The replies a turn stored, in order, with their delivery status: a turn
 * whose delivery job was lost (the worker died between saving the turn and
 * queueing it) is queued again from here.
 */
export async function turnReplies(db: DbClient, inboundMessageId: string): Promise<Array<StoredReply & { deliveryStatus: string; language: string | null }>> {
  return runPrepared(db, prepared('turn-replies')`
    SELECT id, text, choices, links, language, delivery_status::text AS "deliveryStatus"
    FROM messages WHERE reply_to_id = ${inboundMessageId} ORDER BY created_at, id`);
}

/** Marks delivered outbound messages `sent` in one statement (the delivery worker's success path). */
export async function markMessagesSent(db: DbClient, sent: Array<{ id: string; externalId?: string }>): Promise<void> {
  if (sent.length === 0) return;
  await runPrepared(db, prepared('mark-sent')`
    UPDATE messages m SET delivery_status = 'sent', delivery_error = NULL,
      channel_external_id = COALESCE(NULLIF(s.external_id, ''), m.channel_external_id)
    FROM unnest(${sent.map((s) => s.id)}::text[], ${sent.map((s) => s.externalId ?? '')}::text[]) AS s(id, external_id)
    WHERE m.id = s.id`);
}
