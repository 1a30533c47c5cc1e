import { describe, expect, it } from 'vitest';
import { joinSegments, lineSegment, restoreLine, segmentMarkdown } from './markdown-segments.ts';

const GLOSSARY = ['BSN', 'gemeente', 'eigen risico', 'DigiD'];

/** Markdown of many shapes; each must come back unchanged through segment → join. */
const SHAPES = [
  'One sentence.',
  'First sentence. Second sentence! Third one?',
  '**Opening hours.** We are open on 1 January 2027 from 17:00 to 18:30.',
  '- Bring your **BSN** and € 14,40.\n- Call 0800-0113 or +31 20 123 4567.\n- Costs 14,40 € or 50%.',
  '1. First step.\n2. Second step with **bold [inside a link](https://example.nl/a)**.\n10) Tenth.',
  'See [the **gemeente** site](https://example.nl/x?a=1&b=2) for more. Really!',
  '[A label with \\[brackets\\]](https://example.nl) and [a\\\\b](http://x.nl).',
  'Visit https://www.example.nl/path?q=1. Or mail info@example.nl, please.',
  'Text with < and > and & and &amp; and <b>not a tag</b> and {{name}} and {{ other }}.',
  'Stray ** stars and [brackets](not a link) and a](b and _italic text_ and snake_case.',
  '\n\n  Indented line.\n\n\n* star item\n  - nested item\n\n',
  'Windows\r\nline\r\nends.\rOld Mac.',
  '# A heading\n\nText after it. 2027-01-01, 01/01/2027, 1.1.2027, 17:00 h.',
  '**Bold that spans. Two sentences.** Then text.',
  'Numbers only: 112\n\n123 456\n- 42',
  'Ends with spaces.   \n   Starts with spaces.',
  'Ünïcödé: Здравствуйте. Γεια σας! İstanbul’da DigiD en eigen risico.',
  'e.g. abbreviations, 3 p.m., Mr. Smith, etc. might cut oddly.',
  'A [link](https://x.nl) at the end',
  '',
];

describe('segmentMarkdown / joinSegments', () => {
  it.each(SHAPES)('gives the same markdown back without translation: %j', (markdown) => {
    const { frame, segments } = segmentMarkdown(markdown, 'en', GLOSSARY);
    expect(joinSegments(frame, segments)).toBe(markdown);
  });

  it('is deterministic', () => {
    for (const markdown of SHAPES) {
      expect(segmentMarkdown(markdown, 'en', GLOSSARY)).toEqual(segmentMarkdown(markdown, 'en', GLOSSARY));
    }
  });

  it('cuts sentences and turns inline markup into tags, keeping list markers and URLs in the frame', () => {
    const markdown = '**Opening hours.** We are open on 1 January 2027 from 17:00.\n\n- Bring your **BSN**.\n- See [the site](https://example.nl/a?b=1).';
    const { frame, segments } = segmentMarkdown(markdown, 'en', GLOSSARY);
    expect(segments).toEqual([
      '<b>Opening hours.</b>',
      'We are open on <x>1</x> January <x>2027</x> from <x>17:00</x>.',
      'Bring your <b><x>BSN</x></b>.',
      'See <a id="0">the site</a>.',
    ]);
    expect(frame).toContain('https://example.nl/a?b=1');
    expect(frame).toContain('- ');
  });

  it('protects numbers, amounts, phone numbers, dates, times, URLs, e-mail addresses and placeholders', () => {
    const { segments } = segmentMarkdown(
      'Pay € 14,40 or 50% by 01-01-2027 at 17:00, call 0800-0113 or +31 20 123 4567, see https://x.nl/a or www.x.nl, mail a.b@x.nl, dear {{name}}.',
      'en', [],
    );
    expect(segments).toEqual([
      'Pay <x>€ 14,40</x> or <x>50%</x> by <x>01-01-2027</x> at <x>17:00</x>, call <x>0800-0113</x> or <x>+31 20 123 4567</x>, '
        + 'see <x>https://x.nl/a</x> or <x>www.x.nl</x>, mail <x>a.b@x.nl</x>, dear <x>{{name}}</x>.',
    ]);
  });

  it('protects glossary terms (whole words, longest first) and escapes XML', () => {
    const { segments } = segmentMarkdown('Your eigen risico & BSN <here>; not BSNs.', 'nl', GLOSSARY);
    expect(segments).toEqual(['Your <x>eigen risico</x> &amp; <x>BSN</x> &lt;here&gt;; not BSNs.']);
  });

  it('sends no segment for text with nothing to translate', () => {
    const { frame, segments } = segmentMarkdown('112\n- 0800-0113\n\nhttps://x.nl', 'en', []);
    expect(segments).toEqual([]);
    expect(joinSegments(frame, [])).toBe('112\n- 0800-0113\n\nhttps://x.nl');
  });

  it('a changed sentence changes exactly one segment', () => {
    const before = 'First sentence. Second sentence with a [link](https://a.nl).\n\n- Item one.\n- Item [two](https://b.nl).';
    const after = 'First sentence. Second sentence, changed, with a [link](https://a.nl).\n\n- Item one.\n- Item [two](https://b.nl).';
    const a = segmentMarkdown(before, 'en', GLOSSARY).segments;
    const b = segmentMarkdown(after, 'en', GLOSSARY).segments;
    expect(a).toHaveLength(b.length);
    expect(a.filter((segment, i) => segment !== b[i])).toHaveLength(1);
    expect(a.filter((segment) => !b.includes(segment))).toEqual(['Second sentence with a <a id="0">link</a>.']);
  });

  it('puts translations back with URLs, protected spans and structure of the source', () => {
    const markdown = '**Hours.** Open from 17:00.\n\n- Bring your **BSN**.\n1. See [the site](https://example.nl/a?b=1).';
    const { frame, segments } = segmentMarkdown(markdown, 'en', GLOSSARY);
    const translated = ['<b>Uren.</b>', 'Open vanaf <x>17:00</x>.', 'Neem uw <b><x>BSN</x></b> mee.', 'Zie <a id="0">de site</a>.'];
    expect(segments).toHaveLength(4);
    expect(joinSegments(frame, translated)).toBe('**Uren.** Open vanaf 17:00.\n\n- Neem uw **BSN** mee.\n1. Zie [de site](https://example.nl/a?b=1).');
  });

  it('is robust to tags DeepL moved, whitespace inside tags and escaped brackets in labels', () => {
    const { frame } = segmentMarkdown('See [the site](https://a.nl) and **this**.', 'en', []);
    expect(joinSegments(frame, ['<b>Dit </b>en <a id="0"> de [site] </a>zien.'])).toBe('**Dit** en [de \\[site\\]](https://a.nl) zien.');
  });

  it('falls back to the text without markup when the tags come back broken, keeping the URLs', () => {
    const { frame } = segmentMarkdown('See [the site](https://a.nl) and **this**. Next.', 'en', []);
    expect(joinSegments(frame, ['Zie <a id="0">de site</a> en <b>dit.', 'Volgende.'])).toBe('Zie de site en dit. https://a.nl Volgende.');
    expect(joinSegments(frame, ['Zie <a id="7">de site</a>.', 'Volgende.'])).toBe('Zie de site. https://a.nl Volgende.');
    expect(joinSegments(frame, ['Zie de site < en &amp; dit.', 'Volgende.'])).toBe('Zie de site  en & dit. https://a.nl Volgende.');
    expect(joinSegments(frame, ['Zie <script>x</script>.', 'Volgende.'])).toBe('Zie x. https://a.nl Volgende.');
  });

  it('keeps the source segment when a translation is missing, and never throws on a bad frame', () => {
    const { frame } = segmentMarkdown('One. Two.', 'en', []);
    expect(joinSegments(frame, ['Een.'])).toBe('Een. Two.');
    expect(joinSegments('not json', ['x'])).toBe('');
    expect(joinSegments('{"v":1,"p":[{"u":null}]}', [])).toBe('');
  });
});

describe('lineSegment / restoreLine', () => {
  it.each([
    'Registering with the gemeente',
    'How much is € 14,40 per month?',
    '**Bold** title with [a link](https://x.nl/a?b="c"&d=1) & <stuff>',
    'Call 0800-0113 on 1 January 2027',
  ])('round-trips %j', (text) => {
    expect(restoreLine(lineSegment(text, GLOSSARY))).toBe(text);
  });

  it('is one segment with protected spans and the link URL as href', () => {
    expect(lineSegment('Ask the gemeente at [the desk](https://x.nl) before 17:00', GLOSSARY))
      .toBe('Ask the <x>gemeente</x> at <a href="https://x.nl">the desk</a> before <x>17:00</x>');
    expect(restoreLine('Vraag de <x>gemeente</x> bij <a href="https://x.nl">de balie</a> voor <x>17:00</x>'))
      .toBe('Vraag de gemeente bij [de balie](https://x.nl) voor 17:00');
  });
});
