import { describe, expect, it } from 'vitest';
import { useStaffAdminWorld } from '../../tests/support/staff-admin-world.ts';

/**
 * The one-time link pages in Dutch or English: `?lang=` when the visitor
 * chose, else Dutch when the browser prefers it (Accept-Language), else
 * English; a link to the other language. Real PostgreSQL and Redis (the
 * invitation is made through the API, as staff-admin.test.ts does).
 */
const world = useStaffAdminWorld();

async function invitationPath(): Promise<string> {
  const admin = await world.login('admin@testdorp.example');
  const res = await world.call('POST', '/api/organizations/testdorp/staff/invitations', admin, {
    name: 'Nina Nowak', email: 'nina@testdorp.example', roles: ['editor'], languages: ['nl'],
  });
  expect(res.statusCode).toBe(201);
  return (res.json() as { link: { path: string } }).link.path;
}

const get = (url: string, acceptLanguage?: string) =>
  world.h.app.inject({ method: 'GET', url, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
const lang = (html: string) => /<html lang="([a-z]+)">/.exec(html)?.[1];

describe('one-time link pages in Dutch or English', () => {
  it('follow Accept-Language, with a visible switch that wins over it', async () => {
    const path = await invitationPath();

    const english = await get(path);
    expect(lang(english.body)).toBe('en');
    expect(english.body).toContain('<label for="password">New password</label>');
    expect(english.body).toContain(`<a href="${path}?lang=nl" lang="nl" hreflang="nl">Nederlands</a>`);
    expect(english.headers.vary).toBe('accept-language');

    const dutch = await get(path, 'nl-NL,nl;q=0.9,en;q=0.8');
    expect(lang(dutch.body)).toBe('nl');
    expect(dutch.body).toContain('<label for="password">Nieuw wachtwoord</label>');
    expect(dutch.body).toContain(`action="${path}?lang=nl"`);
    expect(dutch.body).toContain(`<a href="${path}?lang=en" lang="en" hreflang="en">English</a>`);

    expect(lang((await get(path, 'en-GB,en;q=0.9')).body)).toBe('en');
    expect(lang((await get(path, 'pl-PL')).body)).toBe('en');
    expect(lang((await get(`${path}?lang=en`, 'nl')).body)).toBe('en');
    expect(lang((await get(`${path}?lang=nl`, 'en')).body)).toBe('nl');
  });

  it('say why a link does not work in Dutch to a Dutch browser', async () => {
    const res = await get('/reset-password/nonsense', 'nl');
    expect(res.statusCode).toBe(404);
    expect(lang(res.body)).toBe('nl');
    expect(res.body).toContain('<h1>Deze link werkt niet</h1>');
    expect(res.body).toContain('<a href="/reset-password/nonsense?lang=en" lang="en" hreflang="en">English</a>');
  });
});
