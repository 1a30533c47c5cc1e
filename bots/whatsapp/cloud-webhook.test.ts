import { describe, expect, it } from 'vitest';
import { parseCloudWebhook, signBody, validSignature } from './cloud-webhook.ts';

const receivedAt = new Date('2026-01-05T10:00:05Z');
const SECRET = 'app-secret';

/** A webhook as Meta posts it (shape from Meta's documentation), with the given messages and statuses. */
function webhook(messages: unknown[], extra: Record<string, unknown> = {}, phoneNumberId = 'PNID') {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: 'WABA_ID',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '31850000000', phone_number_id: phoneNumberId },
          contacts: [{ profile: { name: 'Jan' }, wa_id: '48601234567' }],
          messages,
          ...extra,
        },
      }],
    }],
  };
}

const base = { from: '48601234567', timestamp: '1767607200' };

describe('parseCloudWebhook', () => {
  it('reads text, button and list replies (payload = id), and media', () => {
    const body = webhook([
      { ...base, id: 'wamid.1', type: 'text', text: { body: 'Jak dostać BSN?' } },
      { ...base, id: 'wamid.2', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'feedbackYes:', title: 'Tak' } } },
      { ...base, id: 'wamid.3', type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'tile:bsn', title: 'BSN', description: 'x' } } },
      { ...base, id: 'wamid.4', type: 'image', image: { id: 'media1', mime_type: 'image/jpeg', caption: 'my contract' } },
      { ...base, id: 'wamid.5', type: 'audio', audio: { id: 'media2', voice: true } },
      { ...base, id: 'wamid.6', type: 'button', button: { payload: 'Continue', text: 'Continue' } },
    ]);
    const sentAt = new Date(1767607200 * 1000);
    expect(parseCloudWebhook(body, { phoneNumberId: 'PNID', receivedAt })).toEqual([
      { phone: '48601234567', externalId: 'wamid.1', text: 'Jak dostać BSN?', receivedAt, sentAt },
      { phone: '48601234567', externalId: 'wamid.2', text: 'Tak', payload: 'feedbackYes:', receivedAt, sentAt },
      { phone: '48601234567', externalId: 'wamid.3', text: 'BSN', payload: 'tile:bsn', receivedAt, sentAt },
      { phone: '48601234567', externalId: 'wamid.4', hasMedia: true, text: 'my contract', receivedAt, sentAt },
      { phone: '48601234567', externalId: 'wamid.5', hasMedia: true, receivedAt, sentAt },
      { phone: '48601234567', externalId: 'wamid.6', text: 'Continue', payload: 'Continue', receivedAt, sentAt },
    ]);
  });

  it('ignores statuses, reactions, system notices, other numbers and other objects', () => {
    const statuses = webhook([], { statuses: [{ id: 'wamid.9', status: 'delivered', timestamp: '1767607200', recipient_id: '48601234567' }] });
    expect(parseCloudWebhook(statuses, { receivedAt })).toEqual([]);
    const reaction = webhook([{ ...base, id: 'wamid.7', type: 'reaction', reaction: { message_id: 'wamid.1', emoji: '👍' } }]);
    expect(parseCloudWebhook(reaction, { receivedAt })).toEqual([]);
    const system = webhook([{ ...base, id: 'wamid.8', type: 'system', system: { body: 'changed number' } }]);
    expect(parseCloudWebhook(system, { receivedAt })).toEqual([]);
    const other = webhook([{ ...base, id: 'wamid.10', type: 'text', text: { body: 'hi' } }], {}, 'OTHER');
    expect(parseCloudWebhook(other, { phoneNumberId: 'PNID', receivedAt })).toEqual([]);
    expect(parseCloudWebhook({ object: 'page', entry: [] }, { receivedAt })).toEqual([]);
  });

  it('skips a malformed message alone, keeps the rest', () => {
    const body = webhook([
      { id: 'wamid.11', type: 'text', text: { body: 'no sender' }, timestamp: '1' },
      { ...base, from: '+48 601', id: 'wamid.12', type: 'text', text: { body: 'bad number' } },
      { ...base, id: 'wamid.13', type: 'text', text: { body: 'fine' } },
      'nonsense',
    ]);
    expect(parseCloudWebhook(body, { receivedAt }).map((m) => m.externalId)).toEqual(['wamid.13']);
  });

  it('throws for a body that is no webhook payload at all', () => {
    expect(() => parseCloudWebhook([1, 2], { receivedAt })).toThrow();
    expect(() => parseCloudWebhook(null, { receivedAt })).toThrow();
  });
});

describe('signature', () => {
  const raw = Buffer.from(JSON.stringify(webhook([])));

  it('accepts the HMAC-SHA256 of the raw body', () => {
    expect(validSignature(raw, signBody(raw, SECRET), SECRET)).toBe(true);
    expect(validSignature(raw, signBody(raw, SECRET).toUpperCase().replace('SHA256=', 'sha256='), SECRET)).toBe(true);
  });

  it('rejects a missing, malformed, foreign or stale signature', () => {
    expect(validSignature(raw, undefined, SECRET)).toBe(false);
    expect(validSignature(raw, ['a', 'b'], SECRET)).toBe(false);
    expect(validSignature(raw, 'sha1=abc', SECRET)).toBe(false);
    expect(validSignature(raw, signBody(raw, 'other-secret'), SECRET)).toBe(false);
    expect(validSignature(Buffer.concat([raw, Buffer.from(' ')]), signBody(raw, SECRET), SECRET)).toBe(false);
  });
});
