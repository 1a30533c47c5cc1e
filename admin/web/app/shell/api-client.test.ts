import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, loginUrl, NetworkError } from './api-client.ts';

/** A fetch that records each request and answers with `status` and `body`. */
function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; method: string; headers: Headers; body: unknown }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe('staff app API client', () => {
  it('sends the CSRF token on writes only, and JSON both ways', async () => {
    const { calls, fetchImpl } = fakeFetch(200, { ok: true });
    const api = new ApiClient({ fetch: fetchImpl, onUnauthorized: () => undefined });
    api.setCsrfToken('token-1');
    expect(await api.get('/api/layers')).toEqual({ ok: true });
    await api.post('/api/layers/x/tiles', { key: 'k' });
    expect(calls[0].headers.get('x-csrf-token')).toBeNull();
    expect(calls[1]).toMatchObject({ method: 'POST', body: '{"key":"k"}' });
    expect(calls[1].headers.get('x-csrf-token')).toBe('token-1');
    expect(calls[1].headers.get('content-type')).toBe('application/json');
  });

  it('answers undefined for 204', async () => {
    const { fetchImpl } = fakeFetch(204, undefined);
    expect(await new ApiClient({ fetch: fetchImpl, onUnauthorized: () => undefined }).delete('/api/x')).toBeUndefined();
  });

  it('throws ApiError with status, code, message and the whole body (a 409 carries what changed)', async () => {
    const conflict = { code: 'TILE_EDIT_CONFLICT', message: 'changed', current: { editVersion: 4 } };
    const { fetchImpl } = fakeFetch(409, conflict);
    const error = await new ApiClient({ fetch: fetchImpl, onUnauthorized: () => undefined }).put('/api/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'TILE_EDIT_CONFLICT', message: 'changed', body: conflict });
  });

  it('sends a 401 to the sign-in page and still throws', async () => {
    let sent = 0;
    const { fetchImpl } = fakeFetch(401, { code: 'AUTH_REQUIRED', message: 'Sign in' });
    const error = await new ApiClient({ fetch: fetchImpl, onUnauthorized: () => { sent += 1; } }).get('/api/x').catch((e: unknown) => e);
    expect(sent).toBe(1);
    expect(error).toMatchObject({ status: 401, code: 'AUTH_REQUIRED' });
  });

  it('says when the server cannot be reached', async () => {
    const api = new ApiClient({ fetch: (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch, onUnauthorized: () => undefined });
    expect(await api.get('/api/x').catch((e: unknown) => e)).toBeInstanceOf(NetworkError);
  });

  it('comes back to the same page after signing in', () => {
    expect(loginUrl({ pathname: '/app/studio/layers/demostad', search: '?x=1', hash: '#t' })).toBe('/login?next=%2Fapp%2Fstudio%2Flayers%2Fdemostad%3Fx%3D1%23t');
  });
});
