import { describe, expect, it } from 'vitest';
import { useInboxWorld } from '../support/inbox-world.ts';

/**
 * Text nobody can store (NUL, other control characters, lone surrogates)
 * in any field of a staff or API route: 400 INPUT_INVALID_TEXT from the one
 * application-wide check, never a 500 from PostgreSQL. Malformed and
 * oversized bodies: 4xx in the catalogue's shape. The channel webhooks,
 * which clean such text instead, are in invalid-text-channels.test.ts.
 */
const world = useInboxWorld();
const { db, login, post, conv, waitingConversation } = world;

const invalid = (res: { statusCode: number; json(): unknown }) => [res.statusCode, (res.json() as { code: string }).code];

describe('invalid text in staff and API routes', () => {
  it.each([
    ['a NUL in the email', { email: 'anna@testdorp.example\u0000', password: 'whatever-password' }, 'email'],
    ['a NUL in the password', { email: 'anna@testdorp.example', password: 'pass\u0000word-long-enough' }, 'password'],
    ['a bell character', { email: 'anna\u0007@testdorp.example', password: 'whatever-password' }, 'email'],
    ['a lone surrogate', { email: 'anna@testdorp.example', password: 'pass\uD800word' }, 'password'],
  ])('sign-in with %s: 400 INPUT_INVALID_TEXT naming the field', async (_name, payload, field) => {
    const res = await world.h.app.inject({ method: 'POST', url: '/api/auth/login', payload });
    expect(invalid(res)).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect((res.json() as { message: string }).message).toContain(`"${field}"`);
  });

  it('keeps tabs, line breaks and every script: a normal sign-in still works', async () => {
    expect((await world.h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'anna@testdorp.example', password: 'wrong\tbut\nvalid' } })).statusCode).toBe(401);
    const anna = await login('anna@testdorp.example');
    expect(anna.cookie).not.toBe('');
  });

  it('inbox note and reply with a NUL: 400, nothing stored; the same text without it goes through', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    const notesBefore = await db.conversationEvent.count({ where: { conversationId: id } });

    expect(invalid(await post(anna, conv(id, 'note'), { text: 'bellen\u0000 maandag' }))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect(invalid(await post(anna, conv(id, 'reply'), { text: 'Hallo\u0000' }))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect(invalid(await post(anna, conv(id, 'preview'), { text: '\uDFFFHallo' }))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect(await db.conversationEvent.count({ where: { conversationId: id } })).toBe(notesBefore);
    expect(await db.message.count({ where: { conversationId: id, author: 'worker' } })).toBe(0);

    expect((await post(anna, conv(id, 'note'), { text: 'bellen maandag\n\ttweede regel' })).statusCode).toBe(204);
  });

  it('a NUL in a query string or path parameter: 400 as well', async () => {
    const anna = await login('anna@testdorp.example');
    expect(invalid(await world.get(anna, '/api/inbox/conversations?state=%00'))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect(invalid(await world.get(anna, '/api/inbox/conversations/abc%00def'))).toEqual([400, 'INPUT_INVALID_TEXT']);
  });

  it('POST /api/ask with control characters or a key holding one: 400', async () => {
    const ask = (payload: string) => world.h.app.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload });
    expect(invalid(await ask('{"org":"testdorp","text":"BSN\\u0000?"}'))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect(invalid(await ask('{"org":"testdorp","text":"BSN?","\\u0001x":1}'))).toEqual([400, 'INPUT_INVALID_TEXT']);
    expect((await ask('{"org":"testdorp","text":"Jak dostać numer BSN? 🙂"}')).statusCode).toBe(200);
  });

  it('malformed, empty, oversized and non-JSON bodies: 4xx in the catalogue shape, never 500', async () => {
    const send = (payload: string, contentType = 'application/json') =>
      world.h.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': contentType }, payload });
    const shape = (res: { statusCode: number; json(): unknown }) => ({ status: res.statusCode, body: res.json() });

    expect(shape(await send('{"email":'))).toEqual({ status: 400, body: { code: 'BODY_MALFORMED', message: 'Request body is not valid JSON' } });
    expect(shape(await send(''))).toEqual({ status: 400, body: { code: 'BODY_MALFORMED', message: 'Request body is not valid JSON' } });
    expect(shape(await send('{"__proto__":{"x":1}}'))).toMatchObject({ status: 400 });
    expect(shape(await send(JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(100 * 1024) })))).toEqual({
      status: 413, body: { code: 'BODY_TOO_LARGE', message: 'Request body is too large' },
    });
    expect(shape(await send('email=a', 'application/x-www-form-urlencoded'))).toMatchObject({ status: 415, body: { code: 'MEDIA_TYPE_UNSUPPORTED' } });
    expect(shape(await send('email=a\u0000', 'text/plain'))).toMatchObject({ status: 400, body: { code: 'INPUT_INVALID_TEXT' } });
  });
});
