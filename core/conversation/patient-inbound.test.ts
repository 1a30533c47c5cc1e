import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import type { InboundMessage } from './messages.ts';
import { PatientInbound } from './patient-inbound.ts';

const message: InboundMessage = { channel: 'telegram', channelUserId: '42', externalId: 'u-1', text: 'hi', receivedAt: new Date() };

/** An inbound handler that throws the scripted errors first, then stores. */
function flaky(errors: unknown[]) {
  const calls: number[] = [];
  return {
    calls,
    handler: {
      async receive() {
        calls.push(Date.now());
        const error = errors.shift();
        if (error !== undefined) throw error;
        return { duplicate: false };
      },
    },
  };
}

describe('PatientInbound', () => {
  it('keeps trying while storing fails for a passing reason, waiting longer each time', async () => {
    const { calls, handler } = flaky([new Error('connect ECONNREFUSED 127.0.0.1:5432'), new AppError('DATABASE_UNAVAILABLE')]);
    const patient = new PatientInbound(handler, { initialDelayMs: 20 });
    await expect(patient.receive(message)).resolves.toEqual({ duplicate: false });
    expect(calls).toHaveLength(3);
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(18);
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(38);
  });

  it('gives up at once on an error that will not pass', async () => {
    const { calls, handler } = flaky([new AppError('MESSAGE_TOO_LONG', { max: 4096 })]);
    await expect(new PatientInbound(handler, { initialDelayMs: 20 }).receive(message)).rejects.toMatchObject({ code: 'MESSAGE_TOO_LONG' });
    expect(calls).toHaveLength(1);
  });

  it('stops waiting when closed, with the last error', async () => {
    const { calls, handler } = flaky(Array.from({ length: 100 }, () => new Error('database down')));
    const patient = new PatientInbound(handler, { initialDelayMs: 10_000 });
    const pending = patient.receive(message);
    await expect.poll(() => calls.length).toBe(1);
    patient.close();
    await expect(pending).rejects.toThrow('database down');
    expect(calls).toHaveLength(1);
  });
});
