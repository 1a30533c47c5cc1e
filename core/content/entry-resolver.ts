import type { DbClient } from '../platform/db.ts';
import { resolveEntryCode, type EntryResolution } from './entry-codes.ts';

/** How long a resolved entry code is reused; an editor's change to a code reaches new messages within this time. */
export const ENTRY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

/**
 * Resolves entry codes with a short in-process cache: every inbound message
 * names its entry (code or chat page), and a busy chat would otherwise ask
 * the database the same question for each message. Failures are not cached.
 */
export class EntryResolver {
  private readonly cache = new Map<string, { value: EntryResolution; expires: number }>();

  constructor(
    private readonly db: DbClient,
    private readonly now: () => number = Date.now,
  ) {}

  /** As resolveEntryCode: the code's municipality (and layer), else `fallbackSlug`'s. */
  async resolve(code: string | undefined, fallbackSlug: string): Promise<EntryResolution> {
    const key = `${typeof code}:${String(code)}\u0000${fallbackSlug}`;
    const hit = this.cache.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = await resolveEntryCode(this.db, code, fallbackSlug);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, { value, expires: this.now() + ENTRY_CACHE_TTL_MS });
    return value;
  }
}
