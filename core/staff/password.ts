import argon2 from 'argon2';
import { randomToken } from './tokens.ts';

/**
 * Argon2id parameters: OWASP's recommended minimum (19 MiB memory, 2
 * iterations, 1 lane), about 20–40 ms per hash on a server core, so a burst
 * of sign-ins cannot exhaust memory. Raising them later is safe: hashes made
 * with older parameters are replaced at the next successful sign-in
 * ({@link passwordNeedsRehash}).
 */
export const ARGON2_PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Passwords shorter than this are refused when set (not when checked). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longer passwords are refused; bounds the hashing work an anonymous request can cause. */
export const PASSWORD_MAX_LENGTH = 1024;

/** What is wrong with a password someone chooses, or undefined when it may be set. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `password: at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password: at most ${PASSWORD_MAX_LENGTH} characters`;
  return undefined;
}

/** An argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_PARAMS);
}

/** True when `password` matches `hash`; false for a wrong password and for a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** True when `hash` is not argon2id with the current {@link ARGON2_PARAMS}. */
export function passwordNeedsRehash(hash: string): boolean {
  if (!hash.startsWith('$argon2id$')) return true;
  try {
    const { memoryCost, timeCost, parallelism } = ARGON2_PARAMS;
    return argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies `password` against a hash of a random secret and throws the result
 * away: sign-ins for unknown, disabled or passwordless accounts take as long
 * as a wrong password, so timing tells nothing about which accounts exist.
 */
export async function dummyVerify(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomToken());
  await verifyPassword(await dummyHash, password);
}
