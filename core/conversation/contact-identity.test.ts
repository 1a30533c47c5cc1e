import { describe, expect, it } from 'vitest';
import { channelUserIdHash, contactKeys, decryptChannelUserId, encryptChannelUserId } from './contact-identity.ts';

const keys = contactKeys('test secret');

describe('contact identity', () => {
  it('round-trips a phone number, with a different ciphertext every time', () => {
    const a = encryptChannelUserId(keys, '+48 601 234 567');
    const b = encryptChannelUserId(keys, '+48 601 234 567');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('utf8')).not.toContain('601');
    expect(decryptChannelUserId(keys, a)).toBe('+48 601 234 567');
  });

  it('refuses altered ciphertext and other keys', () => {
    const sealed = encryptChannelUserId(keys, '123456789');
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => decryptChannelUserId(keys, altered)).toThrow();
    expect(() => decryptChannelUserId(contactKeys('other secret'), sealed)).toThrow();
  });

  it('hashes deterministically per channel and key, without revealing the id', () => {
    const h = channelUserIdHash(keys, 'telegram', '123456789');
    expect(h).toBe(channelUserIdHash(keys, 'telegram', '123456789'));
    expect(h).not.toBe(channelUserIdHash(keys, 'whatsapp', '123456789'));
    expect(h).not.toBe(channelUserIdHash(contactKeys('other secret'), 'telegram', '123456789'));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain('123456789');
  });

  it('rejects an empty secret', () => {
    expect(() => contactKeys('')).toThrow();
  });
});
