import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/platform/errors.ts';
import { WHATSAPP_TEXTS } from './channel-texts.ts';
import { cloudMessages } from '../../core/channel-format/index.ts';
import { parseTemplateSetting, templateMessage } from './cloud-messages.ts';

const en = WHATSAPP_TEXTS.en;
const choices = (n: number, label = (i: number) => `Choice ${i}`) => Array.from({ length: n }, (_, i) => ({ label: label(i + 1), payload: `tile:key-${i + 1}` }));

describe('cloudMessages', () => {
  it('sends text without choices as a text message in WhatsApp format', () => {
    expect(cloudMessages({ text: '**BSN**\n\nSee [the town](https://town.example).', links: [], choices: [] }, en)).toEqual([
      { type: 'text', text: { body: '*BSN*\n\nSee the town: https://town.example.', preview_url: true } },
    ]);
  });

  it('splits text over 4096 characters into several messages', () => {
    const text = Array.from({ length: 100 }, () => 'x'.repeat(99)).join('\n\n');
    const messages = cloudMessages({ text, links: [], choices: [] }, en);
    expect(messages.length).toBe(3);
    for (const m of messages) expect((m.text as { body: string }).body.length).toBeLessThanOrEqual(4096);
  });

  it('uses reply buttons for up to 3 choices, titles cut to 20 characters, payload as id', () => {
    const [message] = cloudMessages({ text: 'Was this helpful?', links: [], choices: [{ label: 'Yes', payload: 'feedbackYes:' }, { label: 'Talk to a person at the town hall', payload: 'person:' }] }, en);
    expect(message).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Was this helpful?' },
        action: { buttons: [
          { type: 'reply', reply: { id: 'feedbackYes:', title: 'Yes' } },
          { type: 'reply', reply: { id: 'person:', title: 'Talk to a person at…' } },
        ] },
      },
    });
  });

  it('uses a list for 4 to 10 choices: row titles cut to 24 with the whole label as description, list button in the reply\'s language', () => {
    const [message] = cloudMessages({ text: 'Wybierz temat:', links: [], choices: choices(10, (i) => `Zameldowanie w gminie i numer BSN ${i}`) }, WHATSAPP_TEXTS.pl);
    const list = message.interactive as { type: string; action: { button: string; sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }> } };
    expect(list.type).toBe('list');
    expect(list.action.button).toBe(WHATSAPP_TEXTS.pl.listButton);
    const rows = list.action.sections[0].rows;
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ id: 'tile:key-1', title: 'Zameldowanie w gminie i…', description: 'Zameldowanie w gminie i numer BSN 1' });
    // Cut titles that would repeat are told apart by their number.
    expect(new Set(rows.map((r) => r.title)).size).toBe(10);
    for (const row of rows) expect([...row.title].length).toBeLessThanOrEqual(24);
  });

  it('sends a text too long for an interactive body first, then the choices under a short body', () => {
    const messages = cloudMessages({ text: 'y'.repeat(1500), links: [], choices: choices(2) }, en);
    expect(messages.map((m) => m.type)).toEqual(['text', 'interactive']);
    expect((messages[1].interactive as { body: { text: string } }).body.text).toBe(en.chooseOption);
  });
});

describe('template setting', () => {
  it('reads name:language', () => {
    expect(parseTemplateSetting('reengage:en')).toEqual({ name: 'reengage', language: 'en' });
    expect(parseTemplateSetting('hello_again:pt_BR')).toEqual({ name: 'hello_again', language: 'pt_BR' });
    expect(parseTemplateSetting(undefined)).toBeUndefined();
    expect(templateMessage({ name: 'reengage', language: 'en' })).toEqual({ type: 'template', template: { name: 'reengage', language: { code: 'en' } } });
  });

  it.each(['reengage', 'Re Engage:en', 'reengage:english', ':en'])('rejects %j as CONFIG_INVALID', (value) => {
    expect(() => parseTemplateSetting(value)).toThrow();
    try {
      parseTemplateSetting(value);
    } catch (err) {
      expect(isAppError(err, 'CONFIG_INVALID')).toBe(true);
    }
  });
});
