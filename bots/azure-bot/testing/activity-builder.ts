import { randomUUID } from 'node:crypto';

/** A user's message activity as Azure Bot Service posts it (Web Chat channel); `overrides` replace top-level fields. */
export function buildMessageActivity(serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl,
    from: { id: 'user-7f3a', name: 'Ana' },
    conversation: { id: 'conv-42|livechat' },
    recipient: { id: 'bot-app@abc', name: 'InfoBot' },
    text: 'Jak dostać numer BSN?',
    textFormat: 'plain',
    locale: 'pl-PL',
    ...overrides,
  };
}
