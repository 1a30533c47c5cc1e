import { describe, expect, it } from 'vitest';
import { cleanInvalidText, cleanText, findInvalidText, isValidText } from './valid-text.ts';

describe('valid text', () => {
  it.each([
    ['plain', 'Jak dostać numer BSN?', true],
    ['tab, line feed, carriage return', 'a\tb\nc\r\n', true],
    ['Cyrillic, Greek and an emoji (a surrogate pair)', 'Как да? Πώς; 🙂', true],
    ['NUL', 'a\u0000b', false],
    ['bell', '\u0007', false],
    ['escape', 'x\u001Bx', false],
    ['a lone high surrogate', 'a\uD83D', false],
    ['a lone low surrogate', '\uDE42a', false],
    ['a reversed pair', '\uDE42\uD83D', false],
  ])('%s: %s', (_name, text, valid) => {
    expect(isValidText(text)).toBe(valid);
  });

  it('cleans: control characters removed, lone surrogates replaced, pairs kept', () => {
    expect(cleanText('Ja\u0000k do\u0007stać?')).toBe('Jak dostać?');
    expect(cleanText('a\uD83Db 🙂')).toBe('a\uFFFDb 🙂');
    expect(cleanText('line\nnext')).toBe('line\nnext');
  });

  it('finds the first invalid field, in nested objects, arrays and keys', () => {
    expect(findInvalidText({ email: 'a@b', password: 'x' })).toBeUndefined();
    expect(findInvalidText({ email: 'a\u0000@b' })).toBe('email');
    expect(findInvalidText({ activity: { entities: [{ a: 'ok' }, { a: 'no\u0001' }] } })).toBe('activity.entities[1].a');
    expect(findInvalidText({ ['k\u0000ey']: 1 })).toBe('key');
    expect(findInvalidText('top\u0000')).toBe('(value)');
    expect(findInvalidText(Buffer.from('a\u0000b'))).toBeUndefined();
    const nullTemplate = Object.create(Object.create(null) as object) as Record<string, unknown>;
    nullTemplate.state = '\u0000';
    expect(findInvalidText(nullTemplate)).toBe('state');
    expect(findInvalidText(new Date())).toBeUndefined();
    expect(findInvalidText(undefined)).toBeUndefined();
    expect(findInvalidText(42)).toBeUndefined();
  });

  it('cleans a document in place and counts the strings it changed', () => {
    const doc = { message: { text: 'hi\u0000 there', from: { first_name: 'Ann\u0000a' } }, ok: 'fine', list: ['\uD800x'] };
    const { value, changed } = cleanInvalidText(doc);
    expect(value).toBe(doc);
    expect(doc).toEqual({ message: { text: 'hi there', from: { first_name: 'Anna' } }, ok: 'fine', list: ['\uFFFDx'] });
    expect(changed).toBe(3);
  });

  it('cleaning a key never reaches the prototype', () => {
    const doc = JSON.parse('{"__pro\\u0000to__":{"polluted":true}}') as Record<string, unknown>;
    cleanInvalidText(doc);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.hasOwn(doc, '__proto__')).toBe(true);
  });
});
