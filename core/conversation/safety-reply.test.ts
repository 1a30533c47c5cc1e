import { describe, expect, it } from 'vitest';
import { FIXED_TEXTS } from '../../flows/texts/index.ts';
import { safetyCard } from '../safety/index.ts';
import { safetyReplyText } from './safety-reply.ts';

describe('safetyReplyText', () => {
  const texts = FIXED_TEXTS.en.safety;

  it('puts the intro first and one line per number, the municipality entry last with its name stripped of markdown', () => {
    const card = safetyCard('eviction', [{ name: '**Night** [shelter](https://evil.example)_', phone: '030 123 45 67' }]);
    const text = safetyReplyText(texts, 'eviction', card);
    expect(text.startsWith(texts.intro.eviction)).toBe(true);
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(card.length);
    expect(lines.at(-1)).toBe('- Night shelterhttps://evil.example: ' + texts.call.replace('{phone}', '030 123 45 67'));
    expect(text).not.toContain('**Night**');
  });

  it('ends with "call these numbers now" and when a person reads the chat, when the inbox is closed', () => {
    const text = safetyReplyText(texts, 'acute', safetyCard('acute'), { when: 'tomorrow at 09:00' });
    expect(text.endsWith(texts.outsideHours.replace('{when}', 'tomorrow at 09:00'))).toBe(true);
    expect(text).toContain('112');
  });
});
