import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_PAGE_CSP, chatPagePlugin, municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Who may show the chat page in a frame: nobody by default (`frame-ancestors
 * 'none'` and `X-Frame-Options: DENY`), the sites in the municipality's
 * `settings.embedOrigins` when it lists any, read through the same lookup
 * the server uses.
 */
const db = createTestDb();
let app: FastifyInstance;

beforeAll(async () => {
  await truncateAll(db);
  await db.organization.create({ data: { slug: 'closedtown', name: 'Closed Town', kind: 'municipality', enabledLanguages: ['nl', 'en'] } });
  await db.organization.create({
    data: {
      slug: 'embedtown', name: 'Embed Town', kind: 'municipality', enabledLanguages: ['nl', 'en'],
      settings: { embedOrigins: ['https://www.embedtown.example', 'https://werk.example:8443'] },
    },
  });
  await db.organization.create({
    data: { slug: 'oddtown', name: 'Odd Town', kind: 'municipality', enabledLanguages: ['nl'], settings: { embedOrigins: ["https://x.example; script-src *", 'http://plain.example'] } },
  });
  app = Fastify({ logger: false });
  await app.register(chatPagePlugin, { lookupOrganization: municipalityLookup(db) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.$disconnect();
});

const frameAncestors = (csp: unknown) => /frame-ancestors ([^;]*)/.exec(String(csp))?.[1];

describe('chat page framing', () => {
  it('forbids every frame by default: frame-ancestors \'none\' and X-Frame-Options DENY', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/closedtown' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CHAT_PAGE_CSP);
    expect(frameAncestors(res.headers['content-security-policy'])).toBe("'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('allows exactly the organization\'s embedding sites, without X-Frame-Options (it cannot name sites)', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/embedtown' });
    expect(res.statusCode).toBe(200);
    expect(frameAncestors(res.headers['content-security-policy'])).toBe('https://www.embedtown.example https://werk.example:8443');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('ignores a settings document that does not validate: no frames, nothing injected into the policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/oddtown' });
    expect(res.headers['content-security-policy']).toBe(CHAT_PAGE_CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('error pages cannot be framed either', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(frameAncestors(res.headers['content-security-policy'])).toBe("'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
