import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordNeedsRehash, verifyPassword } from './password.ts';
import { secretsEqual } from './tokens.ts';

describe('password hashing', () => {
  it('makes argon2id PHC strings with the project parameters and a fresh salt', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse batterY')).toBe(false);
    expect(passwordNeedsRehash(a)).toBe(false);
  });

  it('asks to rehash older parameters and other argon2 variants', async () => {
    expect(passwordNeedsRehash(await argon2.hash('pw-with-defaults'))).toBe(true);
    expect(passwordNeedsRehash(await argon2.hash('pw', { type: argon2.argon2i, memoryCost: 19_456, timeCost: 2, parallelism: 1 }))).toBe(true);
    expect(passwordNeedsRehash('not a hash')).toBe(true);
  });

  it('treats a malformed stored hash as a wrong password, not a crash', async () => {
    expect(await verifyPassword('$argon2id$garbage', 'anything')).toBe(false);
    expect(await verifyPassword('', 'anything')).toBe(false);
  });
});

describe('secretsEqual', () => {
  it('compares secrets of any length', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', 'x')).toBe(false);
  });
});
