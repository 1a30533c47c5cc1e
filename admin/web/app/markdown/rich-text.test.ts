import { describe, expect, it } from 'vitest';
import { parseChannelHtml, tileMarkdownLines } from './rich-text.ts';

describe('tile markdown preview tree', () => {
  it('reads bold, italic, links, bullets and line breaks as the channels render them', () => {
    const lines = tileMarkdownLines('**Bring** your _passport_.\n- [Book](https://demostad.nl/afspraak)\n\nDone');
    expect(lines).toEqual([
      [{ kind: 'bold', children: [{ kind: 'text', text: 'Bring' }] }, { kind: 'text', text: ' your ' }, { kind: 'italic', children: [{ kind: 'text', text: 'passport' }] }, { kind: 'text', text: '.' }],
      [{ kind: 'text', text: '• ' }, { kind: 'link', href: 'https://demostad.nl/afspraak', children: [{ kind: 'text', text: 'Book' }] }],
      [],
      [{ kind: 'text', text: 'Done' }],
    ]);
  });

  it('keeps HTML that an editor typed as text, never as markup', () => {
    const lines = tileMarkdownLines('<img src=x onerror=alert(1)> & <b>x</b>');
    expect(lines).toEqual([[{ kind: 'text', text: '<img src=x onerror=alert(1)> & <b>x</b>' }]]);
  });

  it('shows a link that is not http(s) as text', () => {
    const lines = tileMarkdownLines('[click](javascript:alert(1))');
    expect(lines.flat().every((node) => node.kind === 'text')).toBe(true);
    expect(lines.flat().map((n) => (n.kind === 'text' ? n.text : '')).join('')).toContain('click');
  });

  it('never turns an anchor with another scheme into a link, even when handed one', () => {
    expect(parseChannelHtml('<a href="javascript:alert(1)">x</a>')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(parseChannelHtml('<a href="https://a.example/?q=1&amp;r=2">x</a>')).toEqual([
      { kind: 'link', href: 'https://a.example/?q=1&r=2', children: [{ kind: 'text', text: 'x' }] },
    ]);
  });
});
