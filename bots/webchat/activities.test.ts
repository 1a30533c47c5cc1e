import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import { botActivity, parseClientActivity, toInboundMessage, userActivity, type ClientMessage } from './activities.ts';
import { DirectLineError } from './direct-line-errors.ts';

const claims = { conversationId: 'conv12345678', org: 'demostad', entry: 'farm-9', userId: 'dl_user12345678', expiresAt: 0 };
const at = new Date('2026-03-01T10:00:00.000Z');

function message(body: Record<string, unknown>): ClientMessage {
  const parsed = parseClientActivity({ type: 'message', ...body });
  if (parsed.kind !== 'message') throw new Error('expected a message');
  return parsed;
}

function failure(body: unknown): string {
  try {
    parseClientActivity(body);
  } catch (err) {
    if (err instanceof DirectLineError) return `${err.statusCode} ${err.code}`;
    throw err;
  }
  return 'accepted';
}

describe('client activities', () => {
  it('turns a typed message into an InboundMessage bound to the token, not to the body', () => {
    const parsed = message({ text: 'Waar vraag ik toeslag aan?', locale: 'nl-NL', from: { id: 'someone-else', role: 'user' }, channelData: { clientActivityID: 'c1' } });
    expect(toInboundMessage(parsed, claims, 'conv12345678|0000001', at)).toEqual({
      channel: 'webchat',
      channelUserId: 'dl_user12345678',
      externalId: 'conv12345678|0000001',
      text: 'Waar vraag ik toeslag aan?',
      locale: 'nl-NL',
      entryCode: 'farm-9',
      organizationSlug: claims.org,
      receivedAt: at,
    });
    expect(userActivity(parsed, { id: 'conv12345678|0000001', conversationId: 'conv12345678', userId: claims.userId, botName: 'Infobot', timestamp: at })).toMatchObject({
      from: { id: 'dl_user12345678', role: 'user' },
      textFormat: 'plain',
      timestamp: '2026-03-01T10:00:00.000Z',
      channelData: { clientActivityID: 'c1' },
    });
  });

  it('reads a pressed suggested action as payload, from Web Chat postBack text or from value', () => {
    const postBack = message({ text: 'theme:housing', channelData: { postBack: true, clientActivityID: 'c2' } });
    expect(postBack).toMatchObject({ payload: 'theme:housing', text: undefined, postBack: true });
    expect(toInboundMessage(postBack, claims, 'x|1', at)).toMatchObject({ payload: 'theme:housing' });
    expect(toInboundMessage(postBack, claims, 'x|1', at)).not.toHaveProperty('text');
    expect(message({ value: 'theme:work' })).toMatchObject({ payload: 'theme:work' });
  });

  it('passes HTML and script through as text, unaltered', () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> & **bold**';
    const parsed = message({ text });
    expect(toInboundMessage(parsed, claims, 'x|1', at).text).toBe(text);
    expect(userActivity(parsed, { id: 'x|1', conversationId: 'c', userId: 'u', botName: 'b', timestamp: at }).text).toBe(text);
  });

  it('acknowledges other activity types without a message', () => {
    expect(parseClientActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'u' }] })).toEqual({ kind: 'signal', type: 'conversationUpdate' });
    expect(parseClientActivity({ type: 'event', name: 'webchat/join', value: { language: 'pl' } })).toEqual({ kind: 'signal', type: 'event' });
    expect(parseClientActivity({ type: 'typing' })).toEqual({ kind: 'signal', type: 'typing' });
  });

  it('rejects what the Activity schema or the adapter does not accept', () => {
    expect(failure({ type: 'message', text: 'x'.repeat(4097) })).toBe('413 MessageSizeTooBig');
    expect(failure({ type: 'message', text: 'x'.repeat(4096) })).toBe('accepted');
    expect(failure({ type: 'message', text: 42 })).toBe('400 BadArgument');
    expect(failure({ type: 'message', from: 'me' })).toBe('400 BadArgument');
    expect(failure({ type: 'message', suggestedActions: { actions: 'no' } })).toBe('400 BadArgument');
    expect(failure({ type: 'message', value: '' })).toBe('400 BadArgument');
    expect(failure({ type: 'message', channelData: { clientActivityID: 'has space' } })).toBe('400 BadArgument');
    expect(failure([{ type: 'message' }])).toBe('400 BadArgument');
  });

  it('ignores a malformed locale and notes attachments as media', () => {
    expect(message({ text: 'hi', locale: 'en"><script>' }).locale).toBeUndefined();
    expect(message({ attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/a.png' }] }).hasMedia).toBe(true);
  });
});

describe('bot activities', () => {
  const outbound: OutboundMessage = {
    channel: 'webchat',
    channelUserId: 'dl_user12345678',
    conversationId: 'core-1',
    text: 'Choose a **theme**',
    choices: Array.from({ length: 12 }, (_, i) => ({ label: `Theme ${i}`, payload: `theme:${i}` })),
    links: [{ label: 'Loket [Utrecht]', url: 'https://example.org/a (b)' }],
  };

  it('carries markdown text, at most 10 postBack suggested actions and the links', () => {
    const activity = botActivity(outbound, { id: 'conv|0000002', conversationId: 'conv', botName: 'Infobot', timestamp: at });
    expect(activity).toMatchObject({
      type: 'message',
      id: 'conv|0000002',
      from: { id: 'bot', name: 'Infobot', role: 'bot' },
      textFormat: 'markdown',
      suggestedActions: { to: [] },
    });
    expect(activity.suggestedActions?.actions).toHaveLength(10);
    expect(activity.suggestedActions?.actions[0]).toEqual({ type: 'postBack', title: 'Theme 0', value: 'theme:0' });
    expect(activity.text).toBe('Choose a **theme**\n\n- [Loket \\[Utrecht\\]](https://example.org/a%20%28b%29)');
  });

  it('leaves out suggested actions without choices and links already in the text', () => {
    const plain = botActivity({ ...outbound, choices: [], links: [] }, { id: 'c|1', conversationId: 'c', botName: 'b', timestamp: at });
    expect(plain).not.toHaveProperty('suggestedActions');
    const linkInText = botActivity(
      { ...outbound, text: 'See https://example.org/x', choices: [], links: [{ label: 'x', url: 'https://example.org/x' }] },
      { id: 'c|2', conversationId: 'c', botName: 'b', timestamp: at },
    );
    expect(linkInText.text).toBe('See https://example.org/x');
  });

  it('carries the reply language as the locale, so the chat page can follow it', () => {
    const context = { id: 'c|3', conversationId: 'c', botName: 'b', timestamp: at };
    expect(botActivity({ ...outbound, language: 'pl' }, context).locale).toBe('pl');
    expect(botActivity(outbound, context)).not.toHaveProperty('locale');
    expect(botActivity({ ...outbound, language: 'pl"><x' }, context)).not.toHaveProperty('locale');
  });
});
