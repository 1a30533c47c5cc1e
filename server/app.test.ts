import { afterAll, describe, expect, it } from 'vitest';
import { AnswerService } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import { AppError } from '../core/platform/errors.ts';
import { buildApp } from './app.ts';

/** A service over the sample library; unknown organizations fail like the real content module. */
const answers = new AnswerService({
  load: async (slug) => {
    if (slug !== 'testdorp') throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
    return { tiles: SAMPLE_LIBRARY, languages: ['en', 'pl', 'bg', 'uk'] };
  },
  version: async () => 'v1',
});
const app = buildApp({ answers, disabled: { telegram: 'TELEGRAM_BOT_TOKEN is not set' } });
afterAll(() => app.close());

describe('HTTP app', () => {
  it('GET /health says what is off', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', disabled: { telegram: 'TELEGRAM_BOT_TOKEN is not set' } });
  });

  it('POST /api/ask answers in the contract shape', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload: { org: 'testdorp', text: 'Jak dostać numer BSN?' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lang: 'pl', tile: 'bsn', outcome: 'answered' });
  });

  it.each([
    [{ org: 'testdorp' }, 'VALIDATION_FAILED'],
    [{ org: 'Bad Slug!', text: 'x' }, 'VALIDATION_FAILED'],
    [{ org: 'testdorp', text: 'x'.repeat(5000) }, 'VALIDATION_FAILED'],
    [{ org: 'testdorp', text: 'hi', locale: 'xx' }, 'VALIDATION_FAILED'],
  ])('rejects %j with 400 %s', async (payload, code) => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
  });

  it('answers 404 ORGANIZATION_NOT_FOUND for an unknown organization', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload: { org: 'nowhere', text: 'hi' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'ORGANIZATION_NOT_FOUND', message: 'Organization "nowhere" not found' });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload: '{"org":' });
    expect(res.statusCode).toBe(400);
  });
});
