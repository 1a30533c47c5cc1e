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

describe('GET /login in Dutch or English', () => {
  const lang = (html: string) => /<html lang="([a-z]+)">/.exec(html)?.[1];

  it('is English without Accept-Language, with a link to the Dutch page', async () => {
    const res = await app.inject({ method: 'GET', url: '/login' });
    expect(lang(res.body)).toBe('en');
    expect(res.headers.vary).toBe('accept-language');
    expect(res.body).toContain('<h1>Staff sign-in</h1>');
    expect(res.body).toContain('<a href="/login?lang=nl" lang="nl" hreflang="nl">Nederlands</a>');
    expect(res.body).toContain('data-text-wrong="The email address or password is incorrect."');
  });

  it.each([
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['nl', 'nl'],
    ['de-DE,nl;q=0.7', 'nl'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['en;q=0.5,nl;q=0.6', 'nl'],
    ['pl-PL,pl;q=0.9', 'en'],
    ['nl;q=0', 'en'],
    ['*', 'en'],
  ])('follows Accept-Language %s: %s', async (acceptLanguage, expected) => {
    const res = await app.inject({ method: 'GET', url: '/login', headers: { 'accept-language': acceptLanguage } });
    expect(res.statusCode).toBe(200);
    expect(lang(res.body)).toBe(expected);
  });

  it('is Dutch for a Dutch browser: labels, button, messages for login.js and a link back to English', async () => {
    const res = await app.inject({ method: 'GET', url: '/login', query: { next: '/app/inbox' }, headers: { 'accept-language': 'nl-NL' } });
    expect(res.body).toContain('<title>Inloggen medewerkers – Migrant info bot</title>');
    expect(res.body).toContain('<h1>Inloggen voor medewerkers</h1>');
    expect(res.body).toContain('<label for="login-email">E-mailadres</label>');
    expect(res.body).toContain('<label for="login-password">Wachtwoord</label>');
    expect(res.body).toContain('<button id="login-submit" class="staff-button" type="submit">Inloggen</button>');
    expect(res.body).toContain('data-text-wrong="Het e-mailadres of het wachtwoord klopt niet."');
    expect(res.body).toContain('<a href="/login?lang=en&amp;next=%2Fapp%2Finbox" lang="en" hreflang="en">English</a>');
    expect(dataNext(res.body)).toBe('/app/inbox');
  });

  it('lets the switch link win over Accept-Language, and ignores a lang it does not know', async () => {
    const nl = await app.inject({ method: 'GET', url: '/login?lang=nl', headers: { 'accept-language': 'en' } });
    expect(lang(nl.body)).toBe('nl');
    const en = await app.inject({ method: 'GET', url: '/login?lang=en', headers: { 'accept-language': 'nl' } });
    expect(lang(en.body)).toBe('en');
    const unknown = await app.inject({ method: 'GET', url: '/login?lang=%22%3E&lang=de', headers: { 'accept-language': 'nl' } });
    expect(unknown.statusCode).toBe(200);
    expect(lang(unknown.body)).toBe('nl');
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
