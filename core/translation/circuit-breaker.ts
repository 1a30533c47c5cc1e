import { backoffDelay } from '../platform/backoff.ts';
import type { UnavailableReason } from './types.ts';

/** The failures the breaker counts (a rejected text or a too-long one says nothing about the service). */
export type ServiceFailure = Extract<UnavailableReason, 'quota_exceeded' | 'auth_failed' | 'rate_limited' | 'service_error' | 'unreachable'>;

export interface CircuitBreakerOptions {
  /** Milliseconds since the epoch; tests pass a fake clock. Default `Date.now`. */
  now?: () => number;
  /** Consecutive 5xx / network / timeout failures that open the circuit. Default 3. */
  failureThreshold?: number;
  /** First cool-down after transient failures or a 429 without Retry-After, in ms. Default 30 s. */
  cooldownMs?: number;
  /** Upper bound of the cool-down, which doubles with every failed trial, in ms. Default 10 min. */
  maxCooldownMs?: number;
  /** Cool-down after "quota exceeded" (456) or a refused key (403), in ms. Default 30 min. */
  quotaCooldownMs?: number;
  /** A half-open trial that has not reported back after this many ms frees its slot. Default 60 s. */
  trialTimeoutMs?: number;
}

/** The breaker's state, for /health and logs. */
export interface CircuitSnapshot {
  state: 'closed' | 'open' | 'half_open';
  /** What opened the circuit (open and half-open). */
  reason?: ServiceFailure;
  /** When an open circuit lets the next trial request through (ms since the epoch). */
  retryAt?: number;
  /** Consecutive transient failures counted while closed. */
  failures: number;
}

type State =
  | { kind: 'closed'; failures: number }
  | { kind: 'open'; reason: ServiceFailure; until: number }
  | { kind: 'half_open'; reason: ServiceFailure; trialStartedAt?: number };

/**
 * Keeps a failing translation service from being hammered ("no retry
 * storm"). Closed: every request goes through, and `failureThreshold`
 * consecutive transient failures — or one 456 quota, 403 or 429 answer —
 * open it. Open: no request goes out until the cool-down ends (Retry-After
 * when the caller knows it). Half-open: one trial request goes through;
 * success closes the circuit, failure opens it again with a doubled
 * cool-down (up to `maxCooldownMs`).
 */
export class CircuitBreaker {
  private state: State = { kind: 'closed', failures: 0 };
  /** Openings since the last success: each failed trial doubles the next cool-down. */
  private openings = 0;
  private readonly now: () => number;
  private readonly failureThreshold: number;
  private readonly cooldownMs: number;
  private readonly maxCooldownMs: number;
  private readonly quotaCooldownMs: number;
  private readonly trialTimeoutMs: number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.failureThreshold = Math.max(1, options.failureThreshold ?? 3);
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.maxCooldownMs = Math.max(this.cooldownMs, options.maxCooldownMs ?? 600_000);
    this.quotaCooldownMs = options.quotaCooldownMs ?? 1_800_000;
    this.trialTimeoutMs = options.trialTimeoutMs ?? 60_000;
  }

  /**
   * Asks to send one request.
   * @returns undefined when the request may go out (the caller must then
   *   report `recordSuccess` or `recordFailure`), otherwise the failure that
   *   holds the circuit open — answer with it without calling the service.
   */
  tryAcquire(): ServiceFailure | undefined {
    const now = this.now();
    const s = this.state;
    if (s.kind === 'closed') return undefined;
    if (s.kind === 'open') {
      if (now < s.until) return s.reason;
      this.state = { kind: 'half_open', reason: s.reason, trialStartedAt: now };
      return undefined;
    }
    if (s.trialStartedAt !== undefined && now - s.trialStartedAt < this.trialTimeoutMs) return s.reason;
    s.trialStartedAt = now;
    return undefined;
  }

  /** The service answered: close the circuit (a late answer while open changes nothing). */
  recordSuccess(): void {
    if (this.state.kind === 'open') return;
    this.state = { kind: 'closed', failures: 0 };
    this.openings = 0;
  }

  /**
   * The service failed.
   * @param retryAfterMs the service's Retry-After, when known; it sets the cool-down of a 429.
   */
  recordFailure(failure: ServiceFailure, retryAfterMs?: number): void {
    const s = this.state;
    if (s.kind === 'open') return;
    const immediate = failure === 'quota_exceeded' || failure === 'auth_failed' || failure === 'rate_limited';
    if (s.kind === 'closed' && !immediate && s.failures + 1 < this.failureThreshold) {
      this.state = { kind: 'closed', failures: s.failures + 1 };
      return;
    }
    this.open(failure, retryAfterMs);
  }

  /** The current state (an expired cool-down shows as half-open). */
  snapshot(): CircuitSnapshot {
    const s = this.state;
    if (s.kind === 'closed') return { state: 'closed', failures: s.failures };
    if (s.kind === 'open' && this.now() < s.until) return { state: 'open', reason: s.reason, retryAt: s.until, failures: 0 };
    return { state: 'half_open', reason: s.reason, failures: 0 };
  }

  private open(reason: ServiceFailure, retryAfterMs: number | undefined): void {
    const escalated = backoffDelay(this.openings, this.cooldownMs, this.maxCooldownMs);
    let cooldown = escalated;
    if (reason === 'quota_exceeded' || reason === 'auth_failed') cooldown = Math.max(this.quotaCooldownMs, retryAfterMs ?? 0);
    else if (retryAfterMs !== undefined && retryAfterMs > 0) cooldown = Math.min(retryAfterMs, this.maxCooldownMs);
    this.openings += 1;
    this.state = { kind: 'open', reason, until: this.now() + cooldown };
  }
}
