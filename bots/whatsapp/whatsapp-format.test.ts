import { describe, expect, it } from 'vitest';
import { WHATSAPP_TEXTS } from './channel-texts.ts';
import { authorPrefix, choiceNumber, cloudMessages, cutLabel, messageText, numberedChoices, splitText, toWhatsAppText } from '../../core/channel-format/index.ts';

describe('toWhatsAppText', () => {
  it('converts the core\'s markdown subset', () => {
    expect(toWhatsAppText('**BSN number**\n\nGo to the _town hall_.\n\nMore:\n- [Register](https://example.org/r)'))
      .toBe('*BSN number*\n\nGo to the _town hall_.\n\nMore:\n- Register: https://example.org/r');
  });

  it('keeps a bare link, unescapes labels, leaves lone asterisks alone', () => {
    expect(toWhatsAppText('[https://a.example/x](https://a.example/x)')).toBe('https://a.example/x');
    expect(toWhatsAppText('[Rules \\[2024\\]](https://a.example/r)')).toBe('Rules [2024]: https://a.example/r');
    expect(toWhatsAppText('5 * 3 = 15')).toBe('5 * 3 = 15');
  });
});

describe('messageText', () => {
  it('appends the links the text does not contain yet', () => {
    const links = [{ label: 'IND', url: 'https://ind.example' }, { label: 'Town', url: 'https://town.example' }];
    expect(messageText({ text: 'See [IND](https://ind.example).', links })).toBe('See IND: https://ind.example.\n\n- Town: https://town.example');
  });
});

describe('messages signed by an outreach worker', () => {
  const anna = { kind: 'worker' as const, name: 'Anna', organization: 'Demostad' };

  it('start with the name and municipality in bold', () => {
    expect(messageText({ text: 'Ik bel u **morgen**.', links: [], from: anna })).toBe('*Anna (Demostad):* Ik bel u *morgen*.');
    expect(authorPrefix(anna)).toBe('*Anna (Demostad):* ');
    // The bot's own replies stay unsigned.
    expect(messageText({ text: 'Hello', links: [] })).toBe('Hello');
  });

  it('are signed on the Cloud API too', () => {
    expect(cloudMessages({ text: 'Hallo', links: [], choices: [], from: anna }, WHATSAPP_TEXTS.en)).toEqual([
      { type: 'text', text: { body: '*Anna (Demostad):* Hallo', preview_url: false } },
    ]);
  });

  it('keeps WhatsApp formatting characters of a name from restyling the text', () => {
    expect(authorPrefix({ kind: 'worker', name: '*Jo_*', organization: 'Gemeente ~Demo~ `x`' })).toBe('*Jo (Gemeente Demo x):* ');
  });
});

describe('splitText', () => {
  it('leaves a short text whole', () => {
    expect(splitText('hello')).toEqual(['hello']);
  });

  it('splits at paragraph breaks, every part within the limit, nothing lost', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(40).trim()}`);
    const text = paragraphs.join('\n\n');
    const parts = splitText(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1000);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('cuts a text without spaces hard, never inside a surrogate pair', () => {
    const parts = splitText('😀'.repeat(10), 5);
    for (const part of parts) expect(part).toMatch(/^(😀)+$/u);
    expect(parts.join('')).toBe('😀'.repeat(10));
  });
});

describe('numbered choices', () => {
  it('numbers the choices under the text and says how to answer', () => {
    const text = numberedChoices('Which language?', [{ label: 'Polski', payload: 'language:pl' }, { label: 'English', payload: 'language:en' }], 'Reply with the number.');
    expect(text).toBe('Which language?\n\n1. Polski\n2. English\n\n_Reply with the number._');
    expect(numberedChoices('Hi', [], 'unused')).toBe('Hi');
  });

  it.each([['2', 2], [' 2. ', 2], ['10)', 10], ['3️⃣', 3]])('reads %j as %i', (typed, n) => {
    expect(choiceNumber(typed)).toBe(n);
  });

  it.each(['two', '2 please', '123', '', '1.5'])('does not read %j as a number', (typed) => {
    expect(choiceNumber(typed)).toBeUndefined();
  });
});

describe('cutLabel', () => {
  it('cuts by characters with an ellipsis', () => {
    expect(cutLabel('Zameldowanie w gminie i numer BSN', 20)).toHaveLength(20);
    expect(cutLabel('Zameldowanie w gminie i numer BSN', 20).endsWith('…')).toBe(true);
    expect(cutLabel('Polski', 20)).toBe('Polski');
  });
});
