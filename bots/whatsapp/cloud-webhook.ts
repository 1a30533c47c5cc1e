import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { isPhoneDigits } from './phone.ts';
import type { WhatsAppInbound } from './inbound-message.ts';

/**
 * The Cloud API webhook's payload: signature check and parsing. Pure; the
 * Fastify plugin (cloud-plugin.ts) does the HTTP part.
 */

/**
 * True when `header` (`sha256=<hex>`, X-Hub-Signature-256) is the
 * HMAC-SHA256 of the raw body with the app secret. Constant-time compare;
 * false for a missing or malformed header.
 */
export function validSignature(rawBody: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  if (typeof header !== 'string') return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

/** `sha256=<hex>` for a body: what Meta sends (tests and fakes sign with it). */
export function signBody(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** A message the person sent, with the time WhatsApp says they sent it (for the 24-hour window). */
export interface CloudInbound extends WhatsAppInbound {
  sentAt: Date;
}

const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker', 'location', 'contacts', 'unsupported']);

const cloudMessage = z.object({
  from: z.string(),
  id: z.string().min(1).max(256),
  timestamp: z.string().regex(/^\d{1,12}$/),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z.object({
    type: z.string(),
    button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
    list_reply: z.object({ id: z.string(), title: z.string() }).optional(),
  }).optional(),
  button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
  image: z.object({ caption: z.string().optional() }).optional(),
  video: z.object({ caption: z.string().optional() }).optional(),
  document: z.object({ caption: z.string().optional() }).optional(),
});

type CloudMessage = z.infer<typeof cloudMessage>;

const change = z.object({
  field: z.string(),
  value: z.object({
    metadata: z.object({ phone_number_id: z.string() }).optional(),
    messages: z.array(z.unknown()).optional(),
  }),
});

const envelope = z.object({
  object: z.string(),
  entry: z.array(z.object({ changes: z.array(z.unknown()).default([]) })).default([]),
});

/** The parts of one message the core needs; undefined for what is no message to answer (reactions, system notices). */
function fromCloudMessage(m: CloudMessage, receivedAt: Date): CloudInbound | undefined {
  const base = { phone: m.from, externalId: m.id, receivedAt, sentAt: new Date(Number(m.timestamp) * 1000) };
  switch (m.type) {
    case 'text':
      return m.text ? { ...base, text: m.text.body } : undefined;
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      return reply ? { ...base, text: reply.title, payload: reply.id } : undefined;
    }
    case 'button': // a quick-reply button of a template
      return m.button?.payload ? { ...base, text: m.button.text, payload: m.button.payload } : undefined;
    default: {
      if (!MEDIA_TYPES.has(m.type)) return undefined;
      const caption = m.image?.caption ?? m.video?.caption ?? m.document?.caption;
      return { ...base, hasMedia: true, ...(caption ? { text: caption } : {}) };
    }
  }
}

/**
 * The person messages in a webhook payload, in order. Status updates
 * (sent / delivered / read) and other fields are ignored; so are messages
 * for another phone number id when `phoneNumberId` is given, and any message
 * that does not have the documented shape (skipped alone, never the whole batch).
 * @throws when `body` is not a WhatsApp Business Account payload at all
 */
export function parseCloudWebhook(body: unknown, options: { phoneNumberId?: string; receivedAt: Date }): CloudInbound[] {
  const parsed = envelope.parse(body);
  if (parsed.object !== 'whatsapp_business_account') return [];
  const out: CloudInbound[] = [];
  for (const entry of parsed.entry) {
    for (const raw of entry.changes) {
      const c = change.safeParse(raw);
      if (!c.success || c.data.field !== 'messages') continue;
      if (options.phoneNumberId && c.data.value.metadata?.phone_number_id !== options.phoneNumberId) continue;
      for (const rawMessage of c.data.value.messages ?? []) {
        const m = cloudMessage.safeParse(rawMessage);
        if (!m.success || !isPhoneDigits(m.data.from)) continue;
        const inbound = fromCloudMessage(m.data, options.receivedAt);
        if (inbound) out.push(inbound);
      }
    }
  }
  return out;
}
