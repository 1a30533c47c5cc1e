import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../core/platform/errors.ts';
import { safeNextPath } from './safe-next.ts';
import { staffAppBundle, type StaffAppBundle } from './staff-app-bundle.ts';
import { staffDocument, staffPageHeaders } from './staff-page.ts';

/** Where the staff app lives: `/app` and every path under it are the app's (client-side routes). */
export const STAFF_APP_PATH = '/app';

/** Where staff land after signing in: the app's start page. */
export const STAFF_HOME_PATH = '/app/';

/** URL prefix of the app's bundle (names carry their content hash). */
export const STAFF_APP_ASSETS_PREFIX = '/app-assets/';

/**
 * The app's HTML: a root element, the bundle's stylesheet and module
 * script (no inline script or style: the staff pages' CSP), and a notice
 * for browsers without JavaScript. `lang` is the staff member's interface
 * language when the account has one; the app keeps `<html lang>` in step.
 */
export function renderStaffAppPage(bundle: StaffAppBundle, lang: 'en' | 'nl'): string {
  return staffDocument({
    title: lang === 'nl' ? 'Medewerkers – Migrant info bot' : 'Staff – Migrant info bot',
    lang,
    head: `${bundle.stylesheets.map((name) => `<link rel="stylesheet" href="${STAFF_APP_ASSETS_PREFIX}${name}">`).join('\n')}
<script type="module" src="${STAFF_APP_ASSETS_PREFIX}${bundle.script}"></script>`,
    body: `<div id="app-root"></div>
<noscript><p class="staff-alert">This page needs JavaScript. Please turn it on and reload the page.</p>
<p class="staff-alert" lang="nl">Deze pagina heeft JavaScript nodig. Zet het aan en laad de pagina opnieuw.</p></noscript>`,
  });
}

const assetParams = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 128 } } } as const;

function uiLanguageOf(request: FastifyRequest): 'en' | 'nl' {
  const staff = request.staff as { uiLanguage?: unknown } | undefined;
  return staff?.uiLanguage === 'nl' ? 'nl' : 'en';
}

/**
 * `GET /app` and `GET /app/*`: the staff app (React, bundled with esbuild
 * on the first request and kept for the process), for any signed-in staff
 * member; without a session the browser goes to `/login?next=<this page>`.
 * `GET /app-assets/:name`: the bundle's files, cached for a year (their
 * names change with their content). Needs staffAuthPlugin registered before it.
 */
export const staffAppPagePlugin: FastifyPluginAsync = async (app) => {
  const guard = app.requireStaff();

  async function page(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    try {
      await guard(request, reply);
    } catch (err) {
      if (isAppError(err, 'AUTH_REQUIRED')) {
        const next = safeNextPath(request.url) ?? STAFF_HOME_PATH;
        return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 302);
      }
      throw err;
    }
    const bundle = await staffAppBundle();
    return staffPageHeaders(reply).send(renderStaffAppPage(bundle, uiLanguageOf(request)));
  }

  app.get(STAFF_APP_PATH, page);
  app.get(`${STAFF_APP_PATH}/*`, page);

  app.get<{ Params: { name: string } }>(`${STAFF_APP_ASSETS_PREFIX}:name`, { schema: { params: assetParams } }, async (request, reply) => {
    const bundle = await staffAppBundle();
    const file = bundle.files.get(request.params.name);
    if (!file) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    return reply
      .type(file.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('etag', `"${file.hash}"`)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(file.body);
  });
};
