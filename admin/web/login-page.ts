import type { FastifyPluginAsync } from 'fastify';
import { safeNextPath } from './safe-next.ts';
import { escapeHtml } from '../../core/platform/html.ts';
import { staffDocument, staffPageHeaders } from './staff-page.ts';
import { assetUrl, loadStaticAssets, staticAssetRoute, type StaticAssets } from './static-assets.ts';
import { STAFF_HOME_PATH } from './staff-app-page.ts';

/** The staff UI's files: the shared session script (sign-out, CSRF header), the login script and the styles. */
export const STAFF_ASSET_NAMES = ['staff-session.js', 'login.js', 'staff.css'] as const;

/**
 * The sign-in page. The form is hidden until login.js runs (without
 * JavaScript the page says so instead of posting a form the JSON API
 * refuses); `data-next` holds the validated path to go to afterwards: the
 * page that sent the browser here, else the staff app's start page.
 */
export function renderLoginPage(assets: StaticAssets, next: string | undefined): string {
  return staffDocument({
    title: 'Staff sign-in – Migrant info bot',
    head: `<link rel="stylesheet" href="${assetUrl(assets, 'staff.css')}">
<script src="${assetUrl(assets, 'staff-session.js')}" defer></script>
<script src="${assetUrl(assets, 'login.js')}" defer></script>`,
    body: `<main id="staff-login" class="staff-card" data-next="${escapeHtml(next ?? STAFF_HOME_PATH)}">
<h1>Staff sign-in</h1>
<p class="staff-lead">Migrant info bot: the inbox and content for outreach workers, editors and analysts.</p>
<div id="login-error" class="staff-alert" role="alert" tabindex="-1" hidden></div>
<form id="login-form" class="staff-form" method="post" action="/api/auth/login" hidden>
<div class="staff-field">
<label for="login-email">Email address</label>
<input id="login-email" name="email" type="email" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="254" required>
</div>
<div class="staff-field">
<label for="login-password">Password</label>
<input id="login-password" name="password" type="password" autocomplete="current-password" maxlength="1024" required>
</div>
<button id="login-submit" class="staff-button" type="submit">Sign in</button>
</form>
<noscript><p class="staff-alert">Signing in needs JavaScript. Please turn it on and reload the page.</p></noscript>
</main>`,
  });
}

/** Any `next` (a repeated one arrives as an array): safeNextPath decides, the page never fails over it. */
const loginQuery = { type: 'object', properties: { next: {} } } as const;

/**
 * `GET /login?next=/path` and the staff UI's files under `/staff-assets/`.
 * The page posts to `/api/auth/login` (staffAuthPlugin) and then goes to
 * `next` when it is a path on this site (see {@link safeNextPath}), else
 * (and at once when already signed in) to the staff app's start page
 * ({@link STAFF_HOME_PATH}). Strict CSP, no inline script.
 */
export const loginPagePlugin: FastifyPluginAsync = async (app) => {
  const assets = await loadStaticAssets(STAFF_ASSET_NAMES);
  staticAssetRoute(app, assets);
  app.get<{ Querystring: { next?: unknown } }>('/login', { schema: { querystring: loginQuery } }, async (request, reply) =>
    staffPageHeaders(reply).send(renderLoginPage(assets, safeNextPath(request.query.next))));
};
