import { describe, expect, it } from 'vitest';
import { graphDeliveryResult, OUTSIDE_WINDOW_ERROR } from './graph-client.ts';

const graphError = (code: number, message = 'Some error') => ({ error: { message, type: 'OAuthException', code, fbtrace_id: 'x' } });

describe('graphDeliveryResult', () => {
  it('takes the message id of a success', () => {
    expect(graphDeliveryResult(200, { messaging_product: 'whatsapp', messages: [{ id: 'wamid.1' }] })).toEqual({ status: 'sent', externalId: 'wamid.1' });
  });

  it.each([
    [429, graphError(130429), 'HTTP 429 / 130429 throughput'],
    [400, graphError(131056), 'pair rate limit'],
    [400, graphError(80007), 'business account rate limit'],
  ])('retries a rate limit (%i, %s)', (status, body, _why) => {
    expect(graphDeliveryResult(status, body, 2000)).toMatchObject({ status: 'retry', retryAfterMs: 2000 });
    expect(graphDeliveryResult(status, body)).toMatchObject({ status: 'retry', retryAfterMs: 30_000 });
  });

  it('retries server errors and Meta\'s temporary codes', () => {
    expect(graphDeliveryResult(502, null)).toMatchObject({ status: 'retry' });
    expect(graphDeliveryResult(500, graphError(131000))).toMatchObject({ status: 'retry' });
    expect(graphDeliveryResult(400, graphError(131016))).toMatchObject({ status: 'retry' });
  });

  it('fails for good outside the 24-hour window, for an invalid recipient and a bad token', () => {
    const window = graphDeliveryResult(400, graphError(131047, 'Re-engagement message'));
    expect(window.status).toBe('failed');
    expect(window.status === 'failed' && window.error).toContain(OUTSIDE_WINDOW_ERROR);
    expect(graphDeliveryResult(400, graphError(131026))).toMatchObject({ status: 'failed', error: expect.stringContaining('cannot receive') });
    expect(graphDeliveryResult(401, graphError(190))).toMatchObject({ status: 'failed', error: expect.stringContaining('WHATSAPP_CLOUD_TOKEN') });
    expect(graphDeliveryResult(400, graphError(100, 'Invalid parameter'))).toMatchObject({ status: 'failed', error: expect.stringContaining('Invalid parameter') });
  });
});
