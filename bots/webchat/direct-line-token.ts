import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DirectLineError } from './direct-line-errors.ts';

/**
 * Stateless Direct Line tokens. A token is `<claims>.<signature>`, both
 * base64url: the claims are JSON, the signature is HMAC-SHA256 with
 * DIRECTLINE_SECRET over a version label and the claims segment, so any
 * process holding the secret can verify a token without a lookup, and a
 * changed conversation, organization, entry code, user or expiry breaks the
 * signature. Tokens are bearer credentials: never log them.
 */

/** Default token lifetime, as Azure Direct Line's (seconds). */
export const DEFAULT_TOKEN_TTL_SECONDS = 1800;

/** Organization slugs and entry codes: lower-case letters, digits and dashes, at most 64 characters. */
export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

/** Longest token accepted before any work is done on it. */
const MAX_TOKEN_LENGTH = 2048;
const SIGNATURE_LABEL = 'directline.v1.';
const SLUG = new RegExp(SLUG_PATTERN);
const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** What a token binds: one conversation, for one web chat user, in one organization. */
export interface DirectLineTokenClaims {
  conversationId: string;
  /** Organization slug the chat was opened for. */
  org: string;
  /** Entry code (QR code / link) the chat was opened with, if any. */
  entry?: string;
  /** The web chat user's id: InboundMessage.channelUserId. Chosen by the server, never by the client. */
  userId: string;
  /** Expiry, Unix time in seconds. */
  expiresAt: number;
}

/** Compact JSON form of the claims inside the token. */
interface WireClaims {
  c: string;
  o: string;
  e?: string;
  u: string;
  x: number;
}

/** A new random conversation id (URL-safe, 22 characters). */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

const USER_ID_PREFIX = 'dlc_';

/**
 * The web chat user id of a Direct Line conversation (one user per
 * conversation): derived from it, so a reply finds its conversation without
 * a lookup.
 */
export function userIdFor(conversationId: string): string {
  return `${USER_ID_PREFIX}${conversationId}`;
}

/** The conversation a user id was derived from; undefined for ids of another form (older tokens' random `dl_` ids). */
export function conversationIdOfUser(userId: string): string | undefined {
  return userId.startsWith(USER_ID_PREFIX) ? userId.slice(USER_ID_PREFIX.length) : undefined;
}

function sign(segment: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(SIGNATURE_LABEL).update(segment).digest();
}

/**
 * Signs claims into a token that expires `ttlSeconds` after `now` (ms, for
 * tests; defaults to the clock).
 */
export function createDirectLineToken(
  claims: Omit<DirectLineTokenClaims, 'expiresAt'>,
  options: { secret: string; ttlSeconds?: number; now?: number },
): { token: string; claims: DirectLineTokenClaims } {
  const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const expiresAt = Math.floor((options.now ?? Date.now()) / 1000) + ttl;
  const wire: WireClaims = { c: claims.conversationId, o: claims.org, u: claims.userId, x: expiresAt };
  if (claims.entry) wire.e = claims.entry;
  const segment = Buffer.from(JSON.stringify(wire)).toString('base64url');
  const token = `${segment}.${sign(segment, options.secret).toString('base64url')}`;
  return { token, claims: { ...claims, expiresAt } };
}

function parseClaims(segment: string): DirectLineTokenClaims | undefined {
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof wire !== 'object' || wire === null) return undefined;
  const { c, o, e, u, x } = wire as Partial<Record<keyof WireClaims, unknown>>;
  if (typeof c !== 'string' || !ID.test(c)) return undefined;
  if (typeof o !== 'string' || !SLUG.test(o)) return undefined;
  if (e !== undefined && (typeof e !== 'string' || !SLUG.test(e))) return undefined;
  // `dlc_<conversation id>`; `dl_<random>` from tokens issued before user ids were derived.
  if (typeof u !== 'string' || !/^dlc?_[A-Za-z0-9_-]{8,64}$/.test(u)) return undefined;
  if (typeof x !== 'number' || !Number.isSafeInteger(x)) return undefined;
  return { conversationId: c, org: o, ...(e === undefined ? {} : { entry: e }), userId: u, expiresAt: x };
}

/**
 * Checks a token's signature, then its expiry. Throws DirectLineError
 * TOKEN_INVALID (malformed or tampered, 403 BadArgument) or TOKEN_EXPIRED
 * (403 TokenExpired).
 */
export function verifyDirectLineToken(token: string, options: { secret: string; now?: number }): DirectLineTokenClaims {
  if (token.length > MAX_TOKEN_LENGTH) throw new DirectLineError('TOKEN_INVALID');
  const [segment, signature, extra] = token.split('.');
  if (!segment || !signature || extra !== undefined) throw new DirectLineError('TOKEN_INVALID');
  // Compare the encoded strings: base64url decoding ignores stray characters and padding bits.
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(segment, options.secret).toString('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new DirectLineError('TOKEN_INVALID');
  const claims = parseClaims(segment);
  if (!claims) throw new DirectLineError('TOKEN_INVALID');
  if (claims.expiresAt * 1000 <= (options.now ?? Date.now())) throw new DirectLineError('TOKEN_EXPIRED');
  return claims;
}

/** Seconds until the token expires (0 when it has). */
export function secondsLeft(claims: DirectLineTokenClaims, now = Date.now()): number {
  return Math.max(0, claims.expiresAt - Math.floor(now / 1000));
}

/** The token of an `Authorization: Bearer <token>` header; throws TOKEN_MISSING without one. */
export function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new DirectLineError('TOKEN_MISSING');
  return match[1];
}
