import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../tests/fakes/telegram-html-check.ts';
import { TELEGRAM_MESSAGE_LIMIT, escapeHtml, markdownToPlainText, markdownToTelegramHtml } from './telegram-html.ts';

/** The one message a short text becomes. */
const html = (markdown: string) => {
  const messages = markdownToTelegramHtml(markdown);
  expect(messages).toHaveLength(1);
  return messages[0];
};

describe('markdownToTelegramHtml', () => {
  it('renders bold, italic, links and list items', () => {
    expect(html('**Zameldowanie w gminie i numer BSN**')).toBe('<b>Zameldowanie w gminie i numer BSN</b>');
    expect(html('Bring your _passport_ and a rental contract.')).toBe('Bring your <i>passport</i> and a rental contract.');
    expect(html('See [the town hall](https://example.org/gemeente?a=1&b=2).'))
      .toBe('See <a href="https://example.org/gemeente?a=1&amp;b=2">the town hall</a>.');
    expect(html('Links:\n- [BSN](https://example.org/bsn)\n- Second item\n* Third')).toBe(
      'Links:\n• <a href="https://example.org/bsn">BSN</a>\n• Second item\n• Third',
    );
    expect(html('**bold with [a link](https://example.org) and _italic_**'))
      .toBe('<b>bold with </b><a href="https://example.org"><b>a link</b></a><b> and </b><b><i>italic</i></b>');
  });

  it('escapes <, >, & and quotes, so HTML and scripts show as text', () => {
    const out = html('<script>alert("x")</script> & <b>not bold</b> 3 > 2');
    expect(out).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt; 3 &gt; 2');
    expect(parseTelegramHtml(out).text).toBe('<script>alert("x")</script> & <b>not bold</b> 3 > 2');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps snake_case words, lone markers and unbalanced markup as text', () => {
    expect(html('file_name_here and 2 * 3 ** 4')).toBe('file_name_here and 2 * 3 ** 4');
    expect(html('**not closed')).toBe('**not closed');
    expect(html('_ spaced _')).toBe('_ spaced _');
  });

  it('never links other schemes: javascript:, data:, relative URLs stay text', () => {
    expect(html('[click](javascript:alert(1))')).not.toContain('<a');
    expect(html('[click](javascript:alert)')).toBe('click (javascript:alert)');
    expect(html('[home](/relative)')).toBe('home (/relative)');
    expect(html('[https://example.org](https://example.org)')).toBe('<a href="https://example.org">https://example.org</a>');
  });

  it('unescapes \\[ \\] in link labels (as the core writes them)', () => {
    expect(html('[Form \\[A\\]](https://example.org/a)')).toBe('<a href="https://example.org/a">Form [A]</a>');
  });

  it('gives no message for empty or blank text', () => {
    expect(markdownToTelegramHtml('')).toEqual([]);
    expect(markdownToTelegramHtml(' \n\n ')).toEqual([]);
  });

  it('splits long texts at line breaks into valid messages within the limit', () => {
    const paragraph = (n: number) => `**Part ${n}** ${'word & <tag> '.repeat(40)}`;
    const markdown = Array.from({ length: 30 }, (_, n) => paragraph(n)).join('\n\n');
    const messages = markdownToTelegramHtml(markdown);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(message).toMatch(/^<b>Part \d+<\/b>/); // a break between paragraphs, never inside one
      parseTelegramHtml(message);
    }
    const visible = messages.map((m) => parseTelegramHtml(m).text).join('\n\n');
    expect(visible).toBe(markdown.replace(/\*\*/g, ''));
  });

  it('splits a single very long line at spaces, never inside an entity, tag or emoji', () => {
    const markdown = `**${'Ünïcödé 😀 & more '.repeat(50).trimEnd()}**`;
    const messages = markdownToTelegramHtml(markdown, 200);
    expect(messages.length).toBeGreaterThan(5);
    let visible = '';
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(200);
      const parsed = parseTelegramHtml(message);
      expect(parsed.bold).toEqual([parsed.text]);
      expect(parsed.text).not.toMatch(/[\uD800-\uDBFF]$/);
      visible += parsed.text;
    }
    expect(visible).toBe('Ünïcödé 😀 & more '.repeat(50).trimEnd());
  });

  it('splits a word longer than a message', () => {
    const messages = markdownToTelegramHtml('x'.repeat(10_000));
    expect(messages.map((m) => m.length)).toEqual([4096, 4096, 1808]);
  });
});

describe('markdownToPlainText', () => {
  it('drops markup, shows links as label (url), leaves HTML as it is', () => {
    expect(markdownToPlainText('**Title**\n- [BSN](https://example.org/bsn)\n<b>x</b> & y')).toEqual([
      'Title\n• BSN (https://example.org/bsn)\n<b>x</b> & y',
    ]);
  });
});

describe('messages signed by an outreach worker', () => {
  const anna = { kind: 'worker' as const, name: 'Anna', organization: 'Demostad' };

  it('start with the worker\'s name and municipality in bold', () => {
    expect(markdownToTelegramHtml('Hallo, ik help u graag.', TELEGRAM_MESSAGE_LIMIT, anna)).toEqual(['<b>Anna (Demostad):</b> Hallo, ik help u graag.']);
    expect(markdownToPlainText('Hallo', TELEGRAM_MESSAGE_LIMIT, anna)).toEqual(['Anna (Demostad): Hallo']);
    // A list keeps its first bullet at the start of a line.
    expect(markdownToTelegramHtml('- one\n- two', TELEGRAM_MESSAGE_LIMIT, anna)).toEqual(['<b>Anna (Demostad):</b>\n• one\n• two']);
  });

  it('escapes the name, and never reads it as markup', () => {
    const odd = { kind: 'worker' as const, name: '<i>Jo & "Bo"', organization: '**Gemeente** _x_' };
    const [out] = markdownToTelegramHtml('Hi', TELEGRAM_MESSAGE_LIMIT, odd);
    expect(out).toBe('<b>&lt;i&gt;Jo &amp; &quot;Bo&quot; (**Gemeente** _x_):</b> Hi');
    const parsed = parseTelegramHtml(out);
    expect(parsed.bold).toEqual(['<i>Jo & "Bo" (**Gemeente** _x_):']);
    expect(parsed.text).toBe('<i>Jo & "Bo" (**Gemeente** _x_): Hi');
  });

  it('counts the name in the first message of a long text', () => {
    const messages = markdownToTelegramHtml('word '.repeat(2000).trim(), TELEGRAM_MESSAGE_LIMIT, anna);
    expect(messages[0].startsWith('<b>Anna (Demostad):</b> word')).toBe(true);
    expect(messages.every((m) => m.length <= TELEGRAM_MESSAGE_LIMIT)).toBe(true);
    expect(messages.slice(1).some((m) => m.includes('Anna'))).toBe(false);
  });
});
