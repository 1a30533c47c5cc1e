import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/platform/errors.ts';
import { botServiceUserId, isBotServiceUserId, parseBotServiceActivity, replyActivity, type ConversationReference } from './bot-service-activities.ts';
import { buildMessageActivity } from './testing/activity-builder.ts';

const SERVICE_URL = 'https://webchat.botframework.com/';
const receivedAt = new Date('2026-03-01T10:00:00Z');

function parse(overrides: Record<string, unknown> = {}) {
  return parseBotServiceActivity(buildMessageActivity(SERVICE_URL, overrides), receivedAt);
}

function message(overrides: Record<string, unknown> = {}) {
  const parsed = parse(overrides);
  if (parsed.kind !== 'message') throw new Error(`expected a message, got ${parsed.type}`);
  return parsed;
}

function rejection(body: unknown): string {
  try {
    parseBotServiceActivity(body);
  } catch (err) {
    if (isAppError(err, 'VALIDATION_FAILED')) return err.message;
    throw err;
  }
  throw new Error('accepted');
}

describe('parseBotServiceActivity', () => {
  it('turns a typed message into the core InboundMessage and remembers where replies go', () => {
    const { inbound, reference } = message({ id: 'a1' });
    expect(inbound).toEqual({
      channel: 'webchat',
      channelUserId: 'azure:webchat:user-7f3a',
      externalId: 'azure:conv-42|livechat:a1',
      text: 'Jak dostać numer BSN?',
      locale: 'pl-PL',
      receivedAt,
    });
    expect(reference).toEqual({
      serviceUrl: 'https://webchat.botframework.com',
      channelId: 'webchat',
      conversationId: 'conv-42|livechat',
      bot: { id: 'bot-app@abc', name: 'InfoBot' },
      userId: 'user-7f3a',
    });
  });

  it('keeps one user id per channel and channel account, apart from the built-in web chat', () => {
    expect(message({ from: { id: 'u1' } }).inbound.channelUserId).toBe(botServiceUserId('webchat', 'u1'));
    expect(message({ channelId: 'directline', from: { id: 'u1' } }).inbound.channelUserId).toBe('azure:directline:u1');
    expect(isBotServiceUserId('azure:webchat:u1')).toBe(true);
    expect(isBotServiceUserId('dl_abc123')).toBe(false);
  });

  it('reads a pressed choice from a string value, value.payload, or a Web Chat postBack', () => {
    expect(message({ text: undefined, value: 'lang:pl' }).inbound).toMatchObject({ payload: 'lang:pl' });
    expect(message({ text: 'Polski', value: { payload: 'lang:pl' } }).inbound).toMatchObject({ payload: 'lang:pl', text: 'Polski' });
    const postBack = message({ text: 'tile:bsn', channelData: { postBack: true } }).inbound;
    expect(postBack.payload).toBe('tile:bsn');
    expect(postBack.text).toBeUndefined();
  });

  it('takes an entry code and municipality when slug-shaped, and ignores them otherwise', () => {
    expect(message({ channelData: { entry: 'agrifarm', org: 'demostad' } }).inbound).toMatchObject({ entryCode: 'agrifarm', organizationSlug: 'demostad' });
    expect(message({ value: { entry: 'agrifarm' } }).inbound).toMatchObject({ entryCode: 'agrifarm' });
    const odd = message({ channelData: { entry: '<script>', org: 'Demo Stad' } }).inbound;
    expect(odd.entryCode).toBeUndefined();
    expect(odd.organizationSlug).toBeUndefined();
  });

  it('drops a malformed locale and marks attachments as media', () => {
    const { inbound } = message({ locale: 'pl_PL;drop', text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://x/y.png' }] });
    expect(inbound.locale).toBeUndefined();
    expect(inbound.hasMedia).toBe(true);
  });

  it('ignores activities other than messages', () => {
    expect(parse({ type: 'conversationUpdate', membersAdded: [{ id: 'user-7f3a' }] })).toEqual({ kind: 'ignored', type: 'conversationUpdate' });
    expect(parse({ type: 'typing' })).toEqual({ kind: 'ignored', type: 'typing' });
  });

  it.each([
    [null, 'JSON object'],
    [[1, 2], 'JSON object'],
    ['hello', 'JSON object'],
    [{ text: 'no type' }, 'type'],
    [buildMessageActivity(SERVICE_URL, { id: undefined }), 'id is required'],
    [buildMessageActivity(SERVICE_URL, { conversation: undefined }), 'conversation.id is required'],
    [buildMessageActivity(SERVICE_URL, { from: {} }), 'from.id is required'],
    [buildMessageActivity(SERVICE_URL, { recipient: undefined }), 'recipient.id is required'],
    [buildMessageActivity(SERVICE_URL, { serviceUrl: 'not a url' }), 'serviceUrl is not a URL'],
    [buildMessageActivity(SERVICE_URL, { serviceUrl: 'file:///etc/passwd' }), 'serviceUrl must be http(s)'],
    [buildMessageActivity(SERVICE_URL, { id: 'x'.repeat(257) }), 'longer than 256'],
    [buildMessageActivity(SERVICE_URL, { value: '' }), 'value must be 1 to 1024'],
    [buildMessageActivity(SERVICE_URL, { text: 42 }), 'text'],
  ])('rejects a malformed activity (%#) with VALIDATION_FAILED', (body, why) => {
    expect(rejection(body)).toContain(why);
  });
});

describe('replyActivity', () => {
  const reference: ConversationReference = {
    serviceUrl: 'https://webchat.botframework.com',
    channelId: 'webchat',
    conversationId: 'conv-42',
    bot: { id: 'bot-app@abc', name: 'InfoBot' },
    userId: 'user-7f3a',
  };

  it('addresses the user from the bot, with markdown text, missing links appended and choices as postBack actions', () => {
    const activity = replyActivity(
      {
        channel: 'webchat', channelUserId: 'azure:webchat:user-7f3a', conversationId: 'core-1',
        text: 'See the **BSN** page.',
        choices: [{ label: 'Yes', payload: 'feedbackYes:' }, { label: 'No', payload: 'feedbackNo:' }],
        links: [{ label: 'Gemeente [Testdorp]', url: 'https://testdorp.nl/bsn (info)' }],
      },
      reference,
    );
    expect(activity).toEqual({
      type: 'message',
      channelId: 'webchat',
      conversation: { id: 'conv-42' },
      from: { id: 'bot-app@abc', name: 'InfoBot', role: 'bot' },
      recipient: { id: 'user-7f3a', role: 'user' },
      text: 'See the **BSN** page.\n\n- [Gemeente \\[Testdorp\\]](https://testdorp.nl/bsn%20%28info%29)',
      textFormat: 'markdown',
      suggestedActions: {
        to: ['user-7f3a'],
        actions: [
          { type: 'postBack', title: 'Yes', value: 'feedbackYes:' },
          { type: 'postBack', title: 'No', value: 'feedbackNo:' },
        ],
      },
    });
  });

  it('signs an outreach worker\'s message with their first name in bold, markdown characters of the name removed', () => {
    const activity = replyActivity({
      channel: 'webchat', channelUserId: 'azure:webchat:u', conversationId: 'c', text: 'I will call you.', choices: [], links: [],
      from: { kind: 'worker', name: 'An*na](x)', organization: 'Gemeente _Demostad_' },
    }, reference);
    expect(activity.text).toBe('**Annax (Gemeente Demostad):** I will call you.');
    expect(activity.from).toEqual({ id: 'bot-app@abc', name: 'InfoBot', role: 'bot' });
  });

  it('has no suggested actions without choices', () => {
    const activity = replyActivity({ channel: 'webchat', channelUserId: 'azure:webchat:u', conversationId: 'c', text: 'Hi', choices: [], links: [] }, reference);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.text).toBe('Hi');
  });
});
