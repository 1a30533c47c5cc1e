import { describe, expect, it } from 'vitest';
import { START_COMMAND_TEXT, toInboundMessage } from './inbound-message.ts';

const at = new Date('2026-01-05T10:00:00Z');

describe('toInboundMessage', () => {
  it('uses the phone digits as the channel user id and their country as the locale hint', () => {
    expect(toInboundMessage({ phone: '48601234567', externalId: 'm1', text: 'Gdzie jest urząd?', receivedAt: at })).toEqual({
      channel: 'whatsapp', channelUserId: '48601234567', externalId: 'm1', text: 'Gdzie jest urząd?', locale: 'pl', receivedAt: at,
    });
    expect(toInboundMessage({ phone: '4915112345678', externalId: 'm2', text: 'Hallo', receivedAt: at }).locale).toBeUndefined();
  });

  it.each(['START agrifarm', 'start AgriFarm', '  Start agrifarm\n'])('reads the entry code from %j and sends the start command, not a question', (text) => {
    const message = toInboundMessage({ phone: '40721234567', externalId: 'm3', text, receivedAt: at });
    expect(message).toMatchObject({ entryCode: 'agrifarm', text: START_COMMAND_TEXT, locale: 'ro' });
  });

  it('leaves other text alone, START inside a sentence included', () => {
    for (const text of ['START', 'start agrifarm please', 'How do I start agrifarm work?']) {
      const message = toInboundMessage({ phone: '40721234567', externalId: 'm4', text, receivedAt: at });
      expect(message.entryCode).toBeUndefined();
      expect(message.text).toBe(text);
    }
  });

  it('passes payloads and media on', () => {
    expect(toInboundMessage({ phone: '359881234567', externalId: 'm5', text: 'Yes', payload: 'feedbackYes:', receivedAt: at })).toMatchObject({ payload: 'feedbackYes:', text: 'Yes', locale: 'bg' });
    expect(toInboundMessage({ phone: '359881234567', externalId: 'm6', hasMedia: true, receivedAt: at })).toMatchObject({ hasMedia: true });
  });
});
