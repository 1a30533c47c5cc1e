import type { Redis } from 'ioredis';
import type { Choice } from '../../core/conversation/index.ts';
import { personKey, type PersonKeyOptions } from './person-keys.ts';

/** How long a numbered list can be answered by its number: a day. */
export const CHOICE_TTL_SECONDS = 24 * 60 * 60;

/**
 * The web session shows choices as a numbered list; this remembers the
 * payloads of the last list sent to a person, so a reply "2" becomes the
 * payload of choice 2. A reply without choices forgets the list: a later
 * "2" is then just text.
 */
export class ChoiceMemory {
  private readonly ttlSeconds: number;

  constructor(private readonly redis: Redis, private readonly keys: PersonKeyOptions & { ttlSeconds?: number }) {
    this.ttlSeconds = keys.ttlSeconds ?? CHOICE_TTL_SECONDS;
  }

  /** Replaces the person's list with `choices` (or forgets it when there are none). */
  async remember(phone: string, choices: readonly Choice[]): Promise<void> {
    const key = personKey(this.keys, 'choices', phone);
    if (choices.length === 0) await this.redis.del(key);
    else await this.redis.set(key, JSON.stringify(choices.map((c) => c.payload)), 'EX', this.ttlSeconds);
  }

  /** The payload of choice `n` (1-based) of the person's last list; undefined when out of range or forgotten. */
  async payloadFor(phone: string, n: number): Promise<string | undefined> {
    const stored = await this.redis.get(personKey(this.keys, 'choices', phone));
    if (!stored) return undefined;
    let payloads: unknown;
    try {
      payloads = JSON.parse(stored);
    } catch {
      return undefined;
    }
    if (!Array.isArray(payloads) || !Number.isInteger(n) || n < 1 || n > payloads.length) return undefined;
    const payload: unknown = payloads[n - 1];
    return typeof payload === 'string' ? payload : undefined;
  }
}
