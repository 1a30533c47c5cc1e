import type { Redis } from 'ioredis';
import { personKey, type PersonKeyOptions } from './person-keys.ts';
import { phoneHasher } from './phone.ts';

/**
 * WhatsApp's customer-service window: a business may send free-form
 * messages to a person only within 24 hours of that person's last message;
 * after that only an approved template may open the conversation again.
 * The time of each person's last inbound message is kept in Redis (key: a
 * keyed hash of the phone number; it expires with the window).
 */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Whether a free-form message can be sent now. */
export interface ServiceWindowState {
  open: boolean;
  /** The person's last message, when it is within the window. */
  lastInboundAt?: Date;
  /** When free-form messages stop being possible (lastInboundAt + 24 h). */
  closesAt?: Date;
}

/** Sets the key to the newer time only: webhooks may arrive out of order. */
const RECORD = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  redis.call('DEL', KEYS[2])
end
return 1`;

export interface ServiceWindowOptions extends PersonKeyOptions {
  /** The clock (tests move it). */
  now?: () => Date;
}

/** The 24-hour window per person, and whether the re-engagement template went out since their last message. */
export class CustomerServiceWindow {
  private readonly now: () => Date;

  constructor(private readonly redis: Redis, private readonly options: ServiceWindowOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Records a message from the person sent at `at` (the channel's timestamp, never later than now). */
  async recordInbound(phone: string, at: Date): Promise<void> {
    const nowMs = this.now().getTime();
    const sentMs = Math.min(at.getTime(), nowMs);
    const remainingMs = sentMs + SERVICE_WINDOW_MS - nowMs;
    if (!Number.isFinite(sentMs) || remainingMs <= 0) return; // already outside the window
    await this.redis.eval(RECORD, 2, this.key('window', phone), this.key('template', phone), String(sentMs), String(remainingMs));
  }

  async state(phone: string): Promise<ServiceWindowState> {
    const stored = Number(await this.redis.get(this.key('window', phone)));
    if (!stored) return { open: false };
    const closesAt = new Date(stored + SERVICE_WINDOW_MS);
    if (closesAt.getTime() <= this.now().getTime()) return { open: false };
    return { open: true, lastInboundAt: new Date(stored), closesAt };
  }

  /**
   * Claims the one re-engagement template per closed window: true the first
   * time after the person's last message, false while that template is
   * still unanswered (so a worker's three messages do not send three templates).
   */
  async claimTemplate(phone: string): Promise<boolean> {
    return (await this.redis.set(this.key('template', phone), String(this.now().getTime()), 'PX', SERVICE_WINDOW_MS, 'NX')) === 'OK';
  }

  /** Gives the claim back (the template could not be sent). */
  async releaseTemplate(phone: string): Promise<void> {
    await this.redis.del(this.key('template', phone));
  }

  private key(kind: string, phone: string): string {
    return personKey(this.options, kind, phone);
  }
}

/**
 * Whether a free-form reply to this WhatsApp person is possible now, for the
 * staff inbox (a worker's reply outside the window needs the approved
 * template). `hashKey` and `keyPrefix` must be the ones the channel runs with.
 */
export function customerServiceWindow(
  redis: Redis,
  phone: string,
  options: { hashKey: string | Uint8Array; keyPrefix?: string; now?: () => Date },
): Promise<ServiceWindowState> {
  return new CustomerServiceWindow(redis, { hash: phoneHasher(options.hashKey), keyPrefix: options.keyPrefix, now: options.now }).state(phone);
}
