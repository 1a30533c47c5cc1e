import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../../core/platform/errors.ts';
import { STAFF_PAGE_CSP } from '../../web/staff-page.ts';

/** Where the API documentation is served: the page, its JSON (`/docs/json`) and YAML (`/docs/yaml`). */
export const DOCS_PATH = '/docs';

/**
 * The OpenAPI description browsable at /docs (Swagger UI, through
 * @fastify/swagger-ui), for signed-in staff only: the page without a session
 * sends the browser to `/login?next=/docs`; `/docs/json` and `/docs/yaml`
 * answer 401 AUTH_REQUIRED. Swagger UI's own static files (its script and
 * styles, the same for everyone) are public. Every response carries the
 * staff pages' strict Content-Security-Policy: Swagger UI runs with it (its
 * page loads only same-site scripts and styles and no fonts from elsewhere;
 * the validator badge is off; the base layout leaves out the top bar, whose
 * logo carries an inline style). tests/e2e/api-docs.browser.test.ts checks
 * that Chromium reports no violation. Needs @fastify/swagger registered on
 * the root first and staffAuthPlugin before it.
 */
export const docsPagePlugin: FastifyPluginAsync = async (app) => {
  const guard = app.requireStaff();
  const staffOnly = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      await guard(request, reply);
    } catch (err) {
      const page = request.url.split('?')[0].replace(/\/$/, '') === DOCS_PATH;
      if (page && isAppError(err, 'AUTH_REQUIRED')) return void (await reply.redirect(`/login?next=${DOCS_PATH}`, 302));
      throw err;
    }
  };
  app.addHook('onSend', async (_request, reply) => {
    void reply
      .header('content-security-policy', STAFF_PAGE_CSP)
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin');
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PATH,
    uiHooks: { onRequest: staffOnly },
    // BaseLayout: without Swagger UI's top bar, whose logo is an SVG with an inline <style> the CSP refuses (and a URL box we do not need).
    uiConfig: { layout: 'BaseLayout', deepLinking: true, docExpansion: 'list', tryItOutEnabled: false },
    validatorUrl: false,
    theme: { title: 'API – Migrant info bot' },
  });
};
