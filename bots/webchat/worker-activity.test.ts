import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import { BOT_ID, WORKER_ID_PREFIX, botActivity } from './activities.ts';

/** An outreach worker's message on the web chat comes from them, not from the bot. */
describe('worker activities', () => {
  const at = new Date('2026-12-07T10:00:00Z');
  const context = { id: 'conv|0000003', conversationId: 'conv', botName: 'Infobot', timestamp: at };
  const reply: OutboundMessage = {
    channel: 'webchat', channelUserId: 'dl_user12345678', conversationId: 'core-1',
    text: 'Ik bel u morgen.', choices: [], links: [],
    from: { kind: 'worker', name: 'Anna', organization: 'Gemeente Demostad' },
  };

  it('carry the worker\'s first name and an id of their own, still on the bot\'s side of the chat', () => {
    const activity = botActivity(reply, context);
    expect(activity.from).toEqual({ id: `${WORKER_ID_PREFIX}Anna`, name: 'Anna', role: 'bot' });
    expect(activity.from.id).not.toBe(BOT_ID);
    expect(activity).toMatchObject({ text: 'Ik bel u morgen.', textFormat: 'markdown', recipient: { id: 'dl_user12345678', role: 'user' } });
  });

  it('two workers are told apart; the bot stays the bot', () => {
    const bram = botActivity({ ...reply, from: { kind: 'worker', name: 'Bram', organization: 'Gemeente Demostad' } }, context);
    expect(bram.from.id).not.toBe(botActivity(reply, context).from.id);
    const { from: _worker, ...botReply } = reply;
    expect(botActivity(botReply, context).from).toEqual({ id: BOT_ID, name: 'Infobot', role: 'bot' });
  });
});
