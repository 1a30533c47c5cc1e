import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import { botMaySpeak, canTransition, CONVERSATION_STATES, transition, transitionColumns, type ConversationTrigger } from './state-machine.ts';

describe('conversation state machine', () => {
  it('walks bot → waiting → agent → bot and emits past-tense events', () => {
    const steps: ConversationTrigger[] = [
      { type: 'handoff_requested', reason: 'asked' },
      { type: 'claimed', workerId: 'w1' },
      { type: 'handed_back', workerId: 'w1' },
    ];
    let state = 'bot' as const as Parameters<typeof transition>[0];
    const events: string[] = [];
    for (const step of steps) {
      const t = transition(state, step);
      events.push(t.event);
      state = t.to;
    }
    expect(state).toBe('bot');
    expect(events).toEqual(['conversation.handed_off', 'conversation.claimed', 'conversation.handed_back']);
  });

  it('returns an unanswered claim to the queue', () => {
    expect(transition('agent', { type: 'released', reason: 'timeout' }).to).toBe('waiting');
  });

  it('closes from every open state and reopens to the bot', () => {
    for (const from of ['bot', 'waiting', 'agent'] as const) {
      expect(transition(from, { type: 'closed', outcome: 'resolved' }).to).toBe('closed');
    }
    expect(transition('closed', { type: 'reopened' }).to).toBe('bot');
  });

  it.each([
    ['bot', { type: 'claimed', workerId: 'w1' }],
    ['bot', { type: 'released', reason: 'worker' }],
    ['waiting', { type: 'handoff_requested', reason: 'asked' }],
    ['agent', { type: 'claimed', workerId: 'w2' }],
    ['closed', { type: 'handed_back' }],
  ] as const)('refuses %s + %j with INVALID_TRANSITION', (from, trigger) => {
    let error: unknown;
    try {
      transition(from, trigger as ConversationTrigger);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, 'INVALID_TRANSITION')).toBe(true);
    expect(canTransition(from, trigger.type)).toBe(false);
  });

  it('keeps the bot silent while people hold the conversation', () => {
    expect(CONVERSATION_STATES.filter(botMaySpeak)).toEqual(['bot', 'closed']);
  });

  it('keeps the urgent mark while people hold the conversation, and clears it when they hand back or close', () => {
    const now = new Date();
    const columns = (from: Parameters<typeof transition>[0], trigger: ConversationTrigger) => transitionColumns(transition(from, trigger), now);
    expect(columns('bot', { type: 'handoff_requested', reason: 'urgent' })).not.toHaveProperty('urgent');
    expect(columns('waiting', { type: 'claimed', workerId: 'w1' })).not.toHaveProperty('urgent');
    expect(columns('agent', { type: 'released', reason: 'timeout' })).not.toHaveProperty('urgent');
    expect(columns('agent', { type: 'handed_back', workerId: 'w1' })).toMatchObject({ state: 'bot', urgent: null, urgentAt: null });
    expect(columns('waiting', { type: 'closed', outcome: 'resolved' })).toMatchObject({ state: 'closed', urgent: null, urgentAt: null });
  });
});
