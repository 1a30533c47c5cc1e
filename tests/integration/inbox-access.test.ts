import { describe, expect, it } from 'vitest';
import { STAFF_PAGE_CSP } from '../../admin/web/index.ts';
import { useInboxWorld } from '../support/inbox-world.ts';

/**
 * Who may see what in the inbox (municipality isolation, employer staff,
 * sign-in, roles, CSRF), input validation, and the inbox page, through
 * `app.inject()` on the real app, PostgreSQL, Redis and the conversation
 * core; DeepL faked at the network edge.
 */
const world = useInboxWorld();
const { db, login, get, post, conv, latest, waitingConversation } = world;

describe('inbox API: who may see what', () => {
  it('a worker of another municipality gets 404 without data for everything, and an empty list', async () => {
    const id = await waitingConversation();
    const bea = await login('bea@otherdorp.example');
    expect((await get(bea, '/api/inbox/conversations')).json()).toEqual({ items: [] });
    const notFound = { code: 'NOT_FOUND', message: 'Conversation not found' };
    expect([(await get(bea, conv(id))).statusCode, (await get(bea, conv(id))).json()]).toEqual([404, notFound]);
    expect([(await get(bea, conv(id, 'close-options'))).statusCode, (await get(bea, conv(id, 'close-options'))).json()]).toEqual([404, notFound]);
    const attempts: Array<[string, object | undefined]> = [
      ['claim', undefined], ['reply', { text: 'Hallo' }], ['note', { text: 'gezien' }], ['preview', { text: 'Hallo' }],
      ['hand-back', undefined], ['close', { outcome: 'resolved' }], ['release', undefined], ['assign', { userId: world.staff.bea }],
    ];
    for (const [action, payload] of attempts) {
      const res = await post(bea, conv(id, action), payload);
      expect([res.statusCode, res.json()], action).toEqual([404, notFound]);
    }
    const viaColleague = await post(bea, conv(id, 'assign'), { userId: world.staff.bram });
    expect([viaColleague.statusCode, viaColleague.json()]).toEqual([404, notFound]);
    expect((await get(bea, '/api/inbox/colleagues')).json()).toEqual({ items: [] });
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
    expect(await db.conversationEvent.count({ where: { type: 'conversation.note_added' } })).toBe(0);
  });

  it('employer staff never see conversations, even with the outreach-worker role', async () => {
    const id = await waitingConversation();
    const hr = await login('hr@agrifarm.example');
    expect((await get(hr, '/api/inbox/conversations')).json()).toEqual({ items: [] });
    expect((await get(hr, conv(id))).statusCode).toBe(404);
    expect((await post(hr, conv(id, 'claim'))).statusCode).toBe(404);
    expect((await post(hr, conv(id, 'reply'), { text: 'Hallo' })).statusCode).toBe(404);
    expect((await get(hr, '/api/inbox/canned-replies')).json()).toEqual({ items: [] });
    expect((await latest()).state).toBe('waiting');
  });

  it('401 without a session, 403 without the role, 403 without the CSRF token', async () => {
    const id = await waitingConversation();
    const routes: Array<['GET' | 'POST', string]> = [
      ['GET', '/api/inbox/conversations'], ['GET', conv(id)], ['GET', conv(id, 'close-options')], ['GET', '/api/inbox/canned-replies'], ['GET', '/api/inbox/colleagues'],
      ['GET', '/api/inbox/events'], ['POST', conv(id, 'claim')], ['POST', conv(id, 'reply')], ['POST', conv(id, 'note')],
      ['POST', conv(id, 'hand-back')], ['POST', conv(id, 'close')], ['POST', conv(id, 'assign')], ['POST', conv(id, 'release')],
      ['POST', conv(id, 'preview')],
    ];
    const ed = await login('ed@testdorp.example');
    const anna = await login('anna@testdorp.example');
    for (const [method, url] of routes) {
      const anonymous = method === 'GET' ? await get(undefined, url) : await post(undefined, url, { text: 'x' });
      expect([anonymous.statusCode, anonymous.json().code], `${method} ${url}`).toEqual([401, 'AUTH_REQUIRED']);
      const editor = method === 'GET' ? await get(ed, url) : await post(ed, url, { text: 'x' });
      expect([editor.statusCode, editor.json().code], `${method} ${url}`).toEqual([403, 'FORBIDDEN']);
      if (method === 'POST') {
        const noToken = await post(anna, url, { text: 'x' }, false);
        expect([noToken.statusCode, noToken.json().code], url).toEqual([403, 'CSRF_INVALID']);
      }
    }
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
  });

  it('limits translation previews and replies per worker (each is a DeepL call)', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const codes: number[] = [];
    for (let i = 0; i < 121; i++) codes.push((await post(anna, conv(id, 'preview'), { text: `Hallo ${i}` })).statusCode);
    expect(codes.slice(0, 120).every((c) => c === 200)).toBe(true);
    expect(codes[120]).toBe(429);
    // A colleague is counted apart.
    const bram = await login('bram@testdorp.example');
    expect((await post(bram, conv(id, 'preview'), { text: 'Hallo' })).statusCode).toBe(200);
  });

  it('validates input: text length, blank text, malformed ids', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    const cases: Array<[string, object | undefined]> = [
      [conv(id, 'reply'), { text: 'x'.repeat(4001) }],
      [conv(id, 'reply'), { text: '   ' }],
      [conv(id, 'reply'), {}],
      [conv(id, 'reply'), { text: 'Hallo', untranslated: 'maybe' }],
      [conv(id, 'note'), { text: 'x'.repeat(4001) }],
      [conv(id, 'preview'), { text: '' }],
      [conv(id, 'assign'), { userId: '../../etc' }],
      ['/api/inbox/conversations/bad%20id/claim', undefined],
    ];
    for (const [url, payload] of cases) {
      const res = await post(anna, url, payload);
      expect([res.statusCode, res.json().code], `${url} ${String(JSON.stringify(payload)).slice(0, 60)}`).toEqual([400, 'VALIDATION_FAILED']);
    }
    const html = await post(anna, conv(id, 'reply'), { text: '<img src=x onerror=alert(1)>' });
    expect(html.statusCode).toBe(200);
    expect((await get(anna, conv(id))).json().entries.some((e: { text: string }) => e.text === '<img src=x onerror=alert(1)>')).toBe(true);
    expect((await post(anna, conv(id, 'reply'), { text: 'x'.repeat(4000) })).statusCode).toBe(200);
  });

  it('lists canned replies of the worker\'s municipalities only', async () => {
    await db.cannedReply.create({ data: { organizationId: world.orgs.testdorp, title: 'Afspraak', text: 'U kunt een afspraak maken bij het loket.', language: 'nl' } });
    await db.cannedReply.create({ data: { organizationId: world.orgs.otherdorp, title: 'Other', text: 'Otherdorp only', language: 'nl' } });
    const anna = await login('anna@testdorp.example');
    expect((await get(anna, '/api/inbox/canned-replies')).json().items).toEqual([
      expect.objectContaining({ organizationId: world.orgs.testdorp, title: 'Afspraak', text: 'U kunt een afspraak maken bij het loket.', language: 'nl' }),
    ]);
  });
});

describe('inbox page', () => {
  it('sends visitors without a session to the sign-in page, non-workers get 403, workers go on to the staff app under the strict CSP', async () => {
    const anonymous = await get(undefined, '/inbox');
    expect([anonymous.statusCode, anonymous.headers.location]).toEqual([302, '/login?next=/inbox']);
    expect((await get(await login('ed@testdorp.example'), '/inbox')).statusCode).toBe(403);

    const anna = await login('anna@testdorp.example');
    const redirect = await get(anna, '/inbox');
    expect([redirect.statusCode, redirect.headers.location]).toEqual([302, '/app/inbox']);
    const page = await get(anna, '/app/inbox');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(STAFF_PAGE_CSP);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((m) => /\bsrc=/.test(m[1]) && m[2] === '')).toBe(true);
    expect(page.body).not.toMatch(/\sstyle=|<style/i);
    for (const [, src] of page.body.matchAll(/(?:src|href)="(\/app-assets\/[^"]+)"/g)) {
      const asset = await get(undefined, src);
      expect(asset.statusCode, src).toBe(200);
      expect(asset.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
