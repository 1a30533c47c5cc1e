import { describe, expect, it } from 'vitest';
import { classifyInput, limitChoices, MAX_CHOICES, textWithLinks } from './messages.ts';

describe('classifyInput', () => {
  it.each([
    [{ text: 'Jak dostać BSN?' }, 'text'],
    [{ text: '112' }, 'text'],
    [{ payload: 'tile:bsn' }, 'button'],
    [{ text: '' }, 'empty'],
    [{ text: '   \n\t ' }, 'empty'],
    [{ text: '🙂🙂🙂' }, 'empty'],
    [{ text: '\u0000\u0001' }, 'empty'],
    [{ hasMedia: true }, 'unsupported'],
    [{ text: 'a'.repeat(4097) }, 'too_long'],
    [{ text: '<script>alert(1)</script>' }, 'text'],
  ] as const)('%j → %s', (message, kind) => {
    expect(classifyInput(message)).toBe(kind);
  });
});

describe('limitChoices', () => {
  it('keeps at most ten choices and shortens long labels', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ label: `Choice ${i} ${'x'.repeat(i * 5)}`, payload: `p${i}` }));
    const limited = limitChoices(many);
    expect(limited).toHaveLength(MAX_CHOICES);
    expect(limited.every((c) => c.label.length <= 40)).toBe(true);
    expect(limited[9].payload).toBe('p9');
  });
});

describe('textWithLinks', () => {
  it('appends the links the text does not contain as a markdown list, label and URL escaped', () => {
    const links = [
      { label: 'Loket [Utrecht]', url: 'https://example.org/a (b)' },
      { label: 'Already there', url: 'https://example.org/x' },
    ];
    expect(textWithLinks({ text: 'See https://example.org/x', links }))
      .toBe('See https://example.org/x\n\n- [Loket \\[Utrecht\\]](https://example.org/a%20%28b%29)');
  });

  it('leaves the text alone without links or when it contains them all', () => {
    expect(textWithLinks({ text: 'Hallo', links: [] })).toBe('Hallo');
    expect(textWithLinks({ text: 'See https://example.org/x', links: [{ label: 'x', url: 'https://example.org/x' }] })).toBe('See https://example.org/x');
  });
});
