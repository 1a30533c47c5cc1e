import { describe, expect, it } from 'vitest';
import { originAllowed } from './csrf.ts';

describe('originAllowed', () => {
  it.each([
    [undefined, 'localhost:3000', true],
    ['http://localhost:3000', 'localhost:3000', true],
    ['http://LOCALHOST:3000', 'localhost:3000', true],
    ['https://admin.example.nl', 'admin.example.nl', true],
    ['https://admin.example.nl', 'admin.example.nl:443', true],
    ['http://localhost', 'localhost:80', true],
    ['http://localhost:3001', 'localhost:3000', false],
    ['https://evil.example', 'localhost:3000', false],
    ['https://admin.example.nl.evil.example', 'admin.example.nl', false],
    ['null', 'localhost:3000', false],
    ['', 'localhost:3000', false],
    ['file:///etc/passwd', 'localhost:3000', false],
    ['not a url', 'localhost:3000', false],
  ])('origin %s on host %s → %s', (origin, host, allowed) => {
    expect(originAllowed(origin, host)).toBe(allowed);
  });

  it('allows configured extra origins', () => {
    expect(originAllowed('https://admin.example.nl', '10.0.0.5:3000', ['https://admin.example.nl'])).toBe(true);
    expect(originAllowed('http://admin.example.nl', '10.0.0.5:3000', ['https://admin.example.nl'])).toBe(false);
  });
});
