import { describe, expect, it } from 'vitest';
import { staffDocument, staffPageLanguage } from './staff-page.ts';

describe('staffDocument', () => {
  it('escapes the title and the body class, and leaves out an empty head', () => {
    const html = staffDocument({ title: 'A <b> & "c"', bodyClass: 'x" onload="y', body: '<main></main>' });
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>\n</head>\n<body class="x&quot; onload=&quot;y">\n<main></main>\n</body>');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('puts the head markup after the title and a plain body tag without a class', () => {
    const html = staffDocument({ title: 'T', head: '<link rel="stylesheet" href="/a.css">', body: 'B' });
    expect(html).toContain('<title>T</title>\n<link rel="stylesheet" href="/a.css">\n</head>\n<body>\nB\n</body>\n</html>\n');
  });
});

describe('staffPageLanguage', () => {
  it('takes the chosen language, else Dutch when Accept-Language prefers it to English, else English', () => {
    expect(staffPageLanguage('nl', 'en')).toBe('nl');
    expect(staffPageLanguage('en', 'nl')).toBe('en');
    expect(staffPageLanguage(['nl'], 'en')).toBe('en');
    expect(staffPageLanguage(undefined, undefined)).toBe('en');
    expect(staffPageLanguage(undefined, 'nl-BE')).toBe('nl');
    expect(staffPageLanguage(undefined, 'fr, NL;q=0.5, en;q=0.4')).toBe('nl');
    expect(staffPageLanguage(undefined, 'en, nl')).toBe('en');
    expect(staffPageLanguage(undefined, 'nl;q=0.2, en;q=0.3')).toBe('en');
    expect(staffPageLanguage(undefined, 'nl;q=abc')).toBe('en');
    expect(staffPageLanguage(undefined, 'fr')).toBe('en');
  });
});
