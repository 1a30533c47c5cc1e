import type { FastifyPluginAsync } from 'fastify';
import { safeNextPath } from './safe-next.ts';
import { escapeHtml } from '../../core/platform/html.ts';
import { staffDocument, staffPageHeaders, staffPageLanguage, type StaffPageLanguage } from './staff-page.ts';
import { assetUrl, loadStaticAssets, staticAssetRoute, type StaticAssets } from './static-assets.ts';
import { STAFF_HOME_PATH } from './staff-app-page.ts';

/** The staff UI's files: the shared session script (sign-out, CSRF header), the login script and the styles. */
export const STAFF_ASSET_NAMES = ['staff-session.js', 'login.js', 'staff.css'] as const;

/** The sign-in page's words; `messages` go to login.js through data-text-* attributes (it shows them). */
const TEXTS = {
  en: {
    title: 'Staff sign-in – Migrant info bot',
    heading: 'Staff sign-in',
    lead: 'Migrant info bot: the inbox and content for outreach workers, editors and analysts.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    noscript: 'Signing in needs JavaScript. Please turn it on and reload the page.',
    switchTo: 'Nederlands',
    messages: {
      wrong: 'The email address or password is incorrect.',
      invalid: 'Please enter your email address and password.',
      unavailable: 'Signing in is not possible right now. Please try again in a few minutes.',
    },
  },
  nl: {
    title: 'Inloggen medewerkers – Migrant info bot',
    heading: 'Inloggen voor medewerkers',
    lead: 'Migrant info bot: het postvak en de inhoud voor outreachmedewerkers, redacteuren en analisten.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    noscript: 'Inloggen werkt alleen met JavaScript. Zet het aan en laad de pagina opnieuw.',
    switchTo: 'English',
    messages: {
      wrong: 'Het e-mailadres of het wachtwoord klopt niet.',
      invalid: 'Vul je e-mailadres en wachtwoord in.',
      unavailable: 'Inloggen lukt nu niet. Probeer het over een paar minuten opnieuw.',
    },
  },
} as const;

/** `/login?lang=<other>` (with the same `next`): the link to the page in the other language. */
function languageSwitch(lang: StaffPageLanguage, next: string | undefined): string {
  const other: StaffPageLanguage = lang === 'en' ? 'nl' : 'en';
  const query = new URLSearchParams({ lang: other });
  if (next !== undefined) query.set('next', next);
  return `<p class="staff-lead"><a href="${escapeHtml(`/login?${query.toString()}`)}" lang="${other}" hreflang="${other}">${TEXTS[lang].switchTo}</a></p>`;
}

/**
 * The sign-in page, in English or Dutch (`lang`, default English) with a
 * link to the other. The form is hidden until login.js runs (without
 * JavaScript the page says so instead of posting a form the JSON API
 * refuses); `data-next` holds the validated path to go to afterwards: the
 * page that sent the browser here, else the staff app's start page.
 */
export function renderLoginPage(assets: StaticAssets, next: string | undefined, lang: StaffPageLanguage = 'en'): string {
  const t = TEXTS[lang];
  const messages = Object.entries(t.messages).map(([key, text]) => ` data-text-${key}="${escapeHtml(text)}"`).join('');
  return staffDocument({
    lang,
    title: t.title,
    head: `<link rel="stylesheet" href="${assetUrl(assets, 'staff.css')}">
<script src="${assetUrl(assets, 'staff-session.js')}" defer></script>
<script src="${assetUrl(assets, 'login.js')}" defer></script>`,
    body: `<main id="staff-login" class="staff-card" data-next="${escapeHtml(next ?? STAFF_HOME_PATH)}"${messages}>
<h1>${t.heading}</h1>
<p class="staff-lead">${t.lead}</p>
<div id="login-error" class="staff-alert" role="alert" tabindex="-1" hidden></div>
<form id="login-form" class="staff-form" method="post" action="/api/auth/login" hidden>
<div class="staff-field">
<label for="login-email">${t.email}</label>
<input id="login-email" name="email" type="email" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="254" required>
</div>
<div class="staff-field">
<label for="login-password">${t.password}</label>
<input id="login-password" name="password" type="password" autocomplete="current-password" maxlength="1024" required>
</div>
<button id="login-submit" class="staff-button" type="submit">${t.submit}</button>
</form>
<noscript><p class="staff-alert">${t.noscript}</p></noscript>
${languageSwitch(lang, next)}
</main>`,
  });
}

/** Any `next` or `lang` (a repeated one arrives as an array): safeNextPath and staffPageLanguage decide, the page never fails over them. */
const loginQuery = { type: 'object', properties: { next: {}, lang: {} } } as const;

/**
 * `GET /login?next=/path&lang=nl` and the staff UI's files under
 * `/staff-assets/`. The page posts to `/api/auth/login` (staffAuthPlugin)
 * and then goes to `next` when it is a path on this site (see
 * {@link safeNextPath}), else (and at once when already signed in) to the
 * staff app's start page ({@link STAFF_HOME_PATH}). Dutch or English: the
 * `lang` the visitor chose, else from Accept-Language ({@link staffPageLanguage}).
 * Strict CSP, no inline script.
 */
export const loginPagePlugin: FastifyPluginAsync = async (app) => {
  const assets = await loadStaticAssets(STAFF_ASSET_NAMES);
  staticAssetRoute(app, assets);
  app.get<{ Querystring: { next?: unknown; lang?: unknown } }>('/login', { schema: { querystring: loginQuery } }, async (request, reply) => {
    const lang = staffPageLanguage(request.query.lang, request.headers['accept-language']);
    return staffPageHeaders(reply).header('vary', 'accept-language').send(renderLoginPage(assets, safeNextPath(request.query.next), lang));
  });
};
