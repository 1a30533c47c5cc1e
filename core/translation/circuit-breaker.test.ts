import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.ts';

function clockedBreaker(options: ConstructorParameters<typeof CircuitBreaker>[0] = {}) {
  const clock = { now: 1_000_000 };
  const breaker = new CircuitBreaker({ cooldownMs: 1000, maxCooldownMs: 8000, quotaCooldownMs: 60_000, ...options, now: () => clock.now });
  return { clock, breaker };
}

describe('CircuitBreaker', () => {
  it('opens after failureThreshold consecutive transient failures, not before', () => {
    const { breaker } = clockedBreaker({ failureThreshold: 3 });
    breaker.recordFailure('service_error');
    breaker.recordFailure('unreachable');
    expect(breaker.tryAcquire()).toBeUndefined();
    breaker.recordFailure('service_error');
    expect(breaker.tryAcquire()).toBe('service_error');
    expect(breaker.snapshot()).toMatchObject({ state: 'open', reason: 'service_error', retryAt: 1_001_000 });
  });

  it('a success in between resets the count', () => {
    const { breaker } = clockedBreaker({ failureThreshold: 2 });
    breaker.recordFailure('service_error');
    breaker.recordSuccess();
    breaker.recordFailure('service_error');
    expect(breaker.tryAcquire()).toBeUndefined();
  });

  it('opens at once on quota, a refused key or a 429, for the quota cool-down or Retry-After', () => {
    const quota = clockedBreaker();
    quota.breaker.recordFailure('quota_exceeded');
    expect(quota.breaker.snapshot().retryAt).toBe(1_060_000);

    const limited = clockedBreaker();
    limited.breaker.recordFailure('rate_limited', 5000);
    expect(limited.breaker.snapshot()).toMatchObject({ state: 'open', reason: 'rate_limited', retryAt: 1_005_000 });

    const noHeader = clockedBreaker();
    noHeader.breaker.recordFailure('rate_limited');
    expect(noHeader.breaker.snapshot().retryAt).toBe(1_001_000);
  });

  it('lets one trial through after the cool-down; success closes', () => {
    const { clock, breaker } = clockedBreaker();
    breaker.recordFailure('rate_limited');
    clock.now += 999;
    expect(breaker.tryAcquire()).toBe('rate_limited');
    clock.now += 1;
    expect(breaker.tryAcquire()).toBeUndefined();
    expect(breaker.tryAcquire()).toBe('rate_limited');
    breaker.recordSuccess();
    expect(breaker.snapshot()).toEqual({ state: 'closed', failures: 0 });
    expect(breaker.tryAcquire()).toBeUndefined();
  });

  it('a failed trial opens again with a doubled cool-down, up to the maximum', () => {
    const { clock, breaker } = clockedBreaker({ failureThreshold: 1 });
    const cooldowns: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      breaker.recordFailure('unreachable');
      const retryAt = breaker.snapshot().retryAt ?? 0;
      cooldowns.push(retryAt - clock.now);
      clock.now = retryAt;
      expect(breaker.tryAcquire()).toBeUndefined();
    }
    expect(cooldowns).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    breaker.recordSuccess();
    breaker.recordFailure('unreachable');
    expect((breaker.snapshot().retryAt ?? 0) - clock.now).toBe(1000);
  });

  it('frees a trial slot nobody reported back on', () => {
    const { clock, breaker } = clockedBreaker({ trialTimeoutMs: 5000 });
    breaker.recordFailure('rate_limited');
    clock.now += 1000;
    expect(breaker.tryAcquire()).toBeUndefined();
    clock.now += 4999;
    expect(breaker.tryAcquire()).toBe('rate_limited');
    clock.now += 1;
    expect(breaker.tryAcquire()).toBeUndefined();
  });

  it('ignores answers that arrive while open', () => {
    const { breaker } = clockedBreaker();
    breaker.recordFailure('quota_exceeded');
    breaker.recordSuccess();
    breaker.recordFailure('service_error');
    expect(breaker.snapshot()).toMatchObject({ state: 'open', reason: 'quota_exceeded', retryAt: 1_060_000 });
  });
});
