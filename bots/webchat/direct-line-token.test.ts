import { describe, expect, it } from 'vitest';
import { DirectLineError } from './direct-line-errors.ts';
import { bearerToken, conversationIdOfUser, createDirectLineToken, newConversationId, userIdFor, secondsLeft, verifyDirectLineToken } from './direct-line-token.ts';

const secret = 'unit-test-secret-0123456789abcdefghij';
const conversationId = newConversationId();
const claims = { conversationId, org: 'demostad', entry: 'poultry-plant-7', userId: userIdFor(conversationId) };

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof DirectLineError ? `${err.statusCode} ${err.code} ${err.reason}` : String(err);
  }
  return undefined;
}

describe('Direct Line tokens', () => {
  it('round-trips the claims and expires after the TTL', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    const { token, claims: signed } = createDirectLineToken(claims, { secret, ttlSeconds: 1800, now });
    expect(signed.expiresAt).toBe(now / 1000 + 1800);
    expect(verifyDirectLineToken(token, { secret, now: now + 1799_000 })).toEqual(signed);
    expect(secondsLeft(signed, now + 800_000)).toBe(1000);
    expect(reasonOf(() => verifyDirectLineToken(token, { secret, now: now + 1800_000 }))).toBe('403 TokenExpired TOKEN_EXPIRED');
  });

  it('keeps the entry code optional', () => {
    const { token } = createDirectLineToken({ ...claims, entry: undefined }, { secret });
    expect(verifyDirectLineToken(token, { secret })).not.toHaveProperty('entry');
  });

  it('rejects a token whose claims were changed, even to a valid shape', () => {
    const { token } = createDirectLineToken(claims, { secret });
    const [segment, signature] = token.split('.');
    const wire = JSON.parse(Buffer.from(segment, 'base64url').toString());
    for (const change of [{ o: 'otherstad' }, { u: userIdFor(newConversationId()) }, { c: newConversationId() }, { x: wire.x + 3600 }, { e: undefined }]) {
      const forged = `${Buffer.from(JSON.stringify({ ...wire, ...change })).toString('base64url')}.${signature}`;
      expect(reasonOf(() => verifyDirectLineToken(forged, { secret }))).toBe('403 BadArgument TOKEN_INVALID');
    }
  });

  it('rejects another secret, a changed signature and malformed tokens', () => {
    const { token } = createDirectLineToken(claims, { secret });
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const bad of [flipped, `${token}x`, `${token}.x`, token.split('.')[0], '', 'a.b', 'x'.repeat(5000)]) {
      expect(reasonOf(() => verifyDirectLineToken(bad, { secret }))).toBe('403 BadArgument TOKEN_INVALID');
    }
    expect(reasonOf(() => verifyDirectLineToken(token, { secret: `${secret}-rotated` }))).toBe('403 BadArgument TOKEN_INVALID');
  });

  it('reads bearer tokens and answers TOKEN_MISSING without one', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer  abc.def ')).toBe('abc.def');
    expect(reasonOf(() => bearerToken(undefined))).toBe('403 BadArgument TOKEN_MISSING');
    expect(reasonOf(() => bearerToken('Basic abc'))).toBe('403 BadArgument TOKEN_MISSING');
  });
});

describe('web chat user ids', () => {
  it('are derived from the conversation, and lead back to it', () => {
    expect(conversationIdOfUser(userIdFor(conversationId))).toBe(conversationId);
    // Older tokens carry random ids: those are looked up instead.
    expect(conversationIdOfUser('dl_Zm9vYmFyYmF6cXV4')).toBeUndefined();
  });
});
