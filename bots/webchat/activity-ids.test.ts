import { describe, expect, it } from 'vitest';
import { botActivityId, conversationDigest, randomActivityId, userActivityId } from './activity-ids.ts';

describe('activity ids', () => {
  it('derive a user message id from the conversation and the client activity id: the same for every retry', () => {
    expect(userActivityId('conversationA1', 'client-1')).toBe(userActivityId('conversationA1', 'client-1'));
    expect(userActivityId('conversationA1', 'client-1')).not.toBe(userActivityId('conversationA1', 'client-2'));
    expect(userActivityId('conversationA1', 'client-1')).not.toBe(userActivityId('conversationB2', 'client-1'));
    expect(userActivityId('conversationA1', 'client-1')).toMatch(/^conversationA1\|u[\w-]{22}$/);
  });

  it('derive a bot reply id from the stored message id, never equal to a user message id', () => {
    expect(botActivityId('conversationA1', 'message-1')).toBe(botActivityId('conversationA1', 'message-1'));
    expect(botActivityId('conversationA1', 'message-1')).toMatch(/^conversationA1\|b[\w-]{22}$/);
    expect(botActivityId('conversationA1', 'same')).not.toBe(userActivityId('conversationA1', 'same'));
  });

  it('make a fresh id, ordered by time, for anything else', () => {
    const ids = Array.from({ length: 1000 }, () => randomActivityId('conversationA1'));
    expect(new Set(ids).size).toBe(1000);
    expect(randomActivityId('c', 1_000) < randomActivityId('c', 2_000)).toBe(true);
    expect(ids[0]).toMatch(/^conversationA1\|r[0-9a-z]{9}[\w-]{11}$/);
  });

  it('name a conversation in keys by a digest that does not contain it', () => {
    expect(conversationDigest('conversationA1')).toBe(conversationDigest('conversationA1'));
    expect(conversationDigest('conversationA1')).not.toContain('conversationA1');
  });
});
