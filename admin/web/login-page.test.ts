import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginPagePlugin } from './login-page.ts';
import { STAFF_PAGE_CSP } from './staff-page.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify({ logger: false });
  await app.register(loginPagePlugin);
  await app.ready();
});
afterAll(() => app.close());

const dataNext = (html: string) => /data-next="([^"]*)"/.exec(html)?.[1];

describe('GET /login', () => {
  it('serves the page with the staff CSP and security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/login' });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': STAFF_PAGE_CSP,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(res.body).toContain('<label for="login-email">Email address</label>');
    expect(res.body).toContain('autocomplete="current-password"');
    expect(res.body).toMatch(/<script src="\/staff-assets\/login\.js\?v=[0-9a-f]{16}" defer><\/script>/);
    expect(dataNext(res.body)).toBe('/app/');
  });

  it.each([
    ['/inbox?x=1', '/inbox?x=1'],
    ['/a"><script>alert(1)</script>', '/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E'],
    ['//evil.example', '/app/'],
    ['https://evil.example/', '/app/'],
  ])('puts only a local, escaped next into the page, else the staff app: %s', async (next, expected) => {
    const res = await app.inject({ method: 'GET', url: '/login', query: { next } });
    expect(res.statusCode).toBe(200);
    expect(dataNext(res.body)).toBe(expected);
    expect(res.body).not.toContain('<script>alert');
  });

  it('ignores a repeated next instead of failing', async () => {
    const res = await app.inject({ method: 'GET', url: '/login?next=/a&next=/b' });
    expect(res.statusCode).toBe(200);
    expect(dataNext(res.body)).toBe('/app/');
  });
});

describe('GET /staff-assets/:name', () => {
  it('serves the scripts with ETag and long caching under the current hash', async () => {
    const page = await app.inject({ method: 'GET', url: '/login' });
    const url = /src="(\/staff-assets\/staff-session\.js\?v=[0-9a-f]+)"/.exec(page.body)?.[1] as string;
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toContain('window.StaffSession');
    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect((await app.inject({ method: 'GET', url: '/staff-assets/login.js?v=old' })).headers['cache-control']).toBe('public, max-age=300');
  });

  it('answers 404 for anything else', async () => {
    for (const name of ['nope.js', '..%2Fsafe-next.ts', 'constructor']) {
      expect((await app.inject({ method: 'GET', url: `/staff-assets/${name}` })).statusCode).toBe(404);
    }
  });
});
