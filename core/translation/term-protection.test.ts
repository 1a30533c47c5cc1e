import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from './glossary.ts';
import { escapeXml, protectTerms, restoreText, unescapeXml } from './term-protection.ts';

describe('protectTerms', () => {
  it('wraps glossary terms in <x>, whole words, any case', () => {
    expect(protectTerms('Ik heb een BSN nodig van de gemeente', DEFAULT_GLOSSARY))
      .toBe('Ik heb een <x>BSN</x> nodig van de <x>gemeente</x>');
    expect(protectTerms('Uw bsn en de Gemeente.', ['BSN', 'gemeente'])).toBe('Uw <x>bsn</x> en de <x>Gemeente</x>.');
  });

  it('leaves words that merely contain a term alone', () => {
    expect(protectTerms('gemeentehuis, BSNummer, zorgtoeslagen', ['gemeente', 'BSN', 'zorgtoeslag']))
      .toBe('gemeentehuis, BSNummer, zorgtoeslagen');
  });

  it('matches multi-word terms across any whitespace, longest term first', () => {
    expect(protectTerms('Het eigen\nrisico is hoog', ['risico', 'eigen risico'])).toBe('Het <x>eigen\nrisico</x> is hoog');
  });

  it('escapes markup in the text, and never matches inside an entity', () => {
    expect(protectTerms('<b>BSN</b> & <script>alert(1)</script>', ['BSN', 'lt', 'amp', 'script']))
      .toBe('&lt;b&gt;<x>BSN</x>&lt;/b&gt; &amp; &lt;<x>script</x>&gt;alert(1)&lt;/<x>script</x>&gt;');
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(protectTerms('Bel (GGD) of G.G.D?', ['G.G.D', '(GGD)'])).toBe('Bel <x>(GGD)</x> of <x>G.G.D</x>?');
    expect(protectTerms('GGGD', ['G.G.D'])).toBe('GGGD');
  });

  it('escapes only when the glossary is empty', () => {
    expect(protectTerms('a < b', [])).toBe('a &lt; b');
  });
});

describe('restoreText', () => {
  it('round-trips any text through protect and restore', () => {
    const texts = [
      'Ik heb een BSN nodig van de gemeente',
      '<script>alert("x")</script> & &amp; &lt;x&gt; <x>not a tag</x>',
      'Emoji 🙂, ąęł, ΕΛ, quotes \' "',
    ];
    for (const text of texts) expect(restoreText(protectTerms(text, DEFAULT_GLOSSARY))).toBe(text);
  });

  it('decodes the entities DeepL may return, once', () => {
    expect(unescapeXml('&quot;a&quot; &apos;b&apos; &#65; &#x42; &amp;lt;')).toBe('"a" \'b\' A B &lt;');
    expect(escapeXml('&<>')).toBe('&amp;&lt;&gt;');
  });
});
