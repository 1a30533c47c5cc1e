import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_PAGE_CSP } from '../../admin/web/index.ts';
import { seedDefaultThemes } from '../../core/content/index.ts';
import { buildDocsApp, type DocsApp } from '../support/docs-app.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The OpenAPI description at /docs (issue 11: "documented as OpenAPI
 * (@fastify/swagger), browsable at /docs by signed-in staff"), on the app
 * as the server builds it: the studio's routes are in it with their
 * schemas, and nobody without a session sees it.
 */
const db = createTestDb();
let docs: DocsApp;

beforeEach(async () => {
  await truncateAll(db);
  await seedDefaultThemes(db);
  docs = await buildDocsApp(db);
});
afterEach(() => docs.close());
afterAll(() => db.$disconnect());

describe('/docs', () => {
  it('without a session: the page sends the browser to sign in, the description answers 401', async () => {
    const page = await docs.app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login?next=/docs');
    for (const url of ['/docs/json', '/docs/yaml', '/docs/static/swagger-initializer.js']) {
      const res = await docs.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().code).toBe('AUTH_REQUIRED');
    }
  });

  it('lists the studio routes with their schemas for a signed-in staff member', async () => {
    const cookie = await docs.signInEditor();
    const res = await docs.app.inject({ method: 'GET', url: '/docs/json', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const spec = res.json() as { openapi: string; paths: Record<string, Record<string, { tags?: string[]; parameters?: Array<{ name: string; in: string }>; requestBody?: unknown; responses?: Record<string, unknown> }>> };
    expect(spec.openapi).toBe('3.1.0');
    // The three routes the issue names, exactly.
    expect(spec.paths['/api/layers/{slug}/tiles']?.get).toBeDefined();
    expect(spec.paths['/api/layers/{slug}/tiles']?.post?.requestBody).toBeDefined();
    expect(spec.paths['/api/layers/{slug}/tiles/{key}/publish']?.post).toBeDefined();
    // Preview and "try it", with their parameters, body and answer.
    const preview = spec.paths['/api/layers/{slug}/tiles/{key}/preview']?.get;
    expect(preview?.tags).toEqual(['studio']);
    expect(preview?.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
      ['path:key', 'path:slug', 'query:entry', 'query:lang', 'query:municipality', 'query:version'],
    );
    expect(preview?.responses?.['200']).toBeDefined();
    expect(spec.paths['/api/studio/try']?.post?.requestBody).toBeDefined();
    // Swagger UI's own routes are not part of the description.
    expect(Object.keys(spec.paths).some((path) => path.startsWith('/docs'))).toBe(false);
  });

  it('serves the page to signed-in staff with the staff pages\' strict Content-Security-Policy', async () => {
    const cookie = await docs.signInEditor();
    const res = await docs.app.inject({ method: 'GET', url: '/docs/', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(STAFF_PAGE_CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).toContain('swagger-initializer.js');
    expect(res.body).not.toMatch(/<script>[^<]/); // no inline script: the CSP would block it
  });
});
