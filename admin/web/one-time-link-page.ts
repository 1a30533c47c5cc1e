import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/platform/db.ts';
import { escapeHtml } from '../../core/platform/html.ts';
import { AppError, isAppError, type ErrorCode } from '../../core/platform/errors.ts';
import { inspectStaffToken, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, redeemStaffToken, type StaffTokenKind } from '../../core/staff/index.ts';
import { originAllowed } from '../auth/csrf.ts';
import { staffDocument, staffPageHeaders, staffPageLanguage } from './staff-page.ts';
import { assetUrl, loadStaticAssets, type StaticAssets } from './static-assets.ts';

/** Options of {@link oneTimeLinkPagePlugin}. */
export interface OneTimeLinkPageOptions {
  db: Db;
  /** Origins besides the page's own that may post the form (as staffAuthPlugin's `allowedOrigins`). */
  allowedOrigins?: readonly string[];
  /** The clock of link expiry; tests pass their own. */
  now?: () => Date;
}

type Lang = 'en' | 'nl';

const TEXTS = {
  en: {
    inviteTitle: 'Welcome: choose your password',
    resetTitle: 'Choose a new password',
    lead: (name: string, email: string) => `For ${name} (${email}). After this you sign in with your email address and this password.`,
    password: 'New password',
    repeat: 'Repeat the password',
    hint: `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`,
    submit: 'Set password',
    tooShort: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    mismatch: 'The two passwords are not the same.',
    doneTitle: 'Your password is set',
    done: 'You can now sign in with your email address and the new password.',
    signIn: 'Go to sign-in',
    switchTo: 'Nederlands',
    invalid: {
      TOKEN_NOT_FOUND: 'This link is not valid. Ask your administrator for a new one.',
      TOKEN_USED: 'This link has already been used. Ask your administrator for a new one, or sign in if you set your password already.',
      TOKEN_EXPIRED: 'This link has expired. Ask your administrator for a new one.',
    },
    invalidTitle: 'This link cannot be used',
    originRefused: 'The form was sent from another site and was refused.',
  },
  nl: {
    inviteTitle: 'Welkom: kies je wachtwoord',
    resetTitle: 'Kies een nieuw wachtwoord',
    lead: (name: string, email: string) => `Voor ${name} (${email}). Daarna log je in met je e-mailadres en dit wachtwoord.`,
    password: 'Nieuw wachtwoord',
    repeat: 'Herhaal het wachtwoord',
    hint: `Minstens ${PASSWORD_MIN_LENGTH} tekens. Een paar losse woorden zijn een sterk wachtwoord dat makkelijk te onthouden is.`,
    submit: 'Wachtwoord instellen',
    tooShort: `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn.`,
    mismatch: 'De twee wachtwoorden zijn niet gelijk.',
    doneTitle: 'Je wachtwoord is ingesteld',
    done: 'Je kunt nu inloggen met je e-mailadres en het nieuwe wachtwoord.',
    signIn: 'Naar inloggen',
    switchTo: 'English',
    invalid: {
      TOKEN_NOT_FOUND: 'Deze link is niet geldig. Vraag je beheerder om een nieuwe.',
      TOKEN_USED: 'Deze link is al gebruikt. Vraag je beheerder om een nieuwe, of log in als je je wachtwoord al hebt ingesteld.',
      TOKEN_EXPIRED: 'Deze link is verlopen. Vraag je beheerder om een nieuwe.',
    },
    invalidTitle: 'Deze link werkt niet',
    originRefused: 'Het formulier kwam van een andere site en is geweigerd.',
  },
} as const;

const LINK_ERRORS = ['TOKEN_NOT_FOUND', 'TOKEN_USED', 'TOKEN_EXPIRED'] as const satisfies readonly ErrorCode[];
type LinkError = (typeof LINK_ERRORS)[number];

const PAGES: ReadonlyArray<{ path: string; kind: StaffTokenKind }> = [
  { path: '/invite/', kind: 'invitation' },
  { path: '/reset-password/', kind: 'password_reset' },
];

const params = { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 128 } } } as const;
const query = { type: 'object', properties: { lang: { type: 'string', enum: ['en', 'nl'] } } } as const;
const formBody = {
  type: 'object',
  properties: { password: { type: 'string', maxLength: PASSWORD_MAX_LENGTH }, repeat: { type: 'string', maxLength: PASSWORD_MAX_LENGTH } },
} as const;

interface FormState {
  lang: Lang;
  action: string;
  kind: StaffTokenKind;
  name: string;
  email: string;
  error?: { text: string; field: 'password' | 'repeat' };
}

function page(assets: StaticAssets, lang: Lang, title: string, body: string): string {
  return staffDocument({
    lang,
    title: `${title} – Migrant info bot`,
    head: `<link rel="stylesheet" href="${assetUrl(assets, 'staff.css')}">`,
    body: `<main class="staff-card">\n${body}\n</main>`,
  });
}

function languageSwitch(lang: Lang, action: string): string {
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  return `<p><a href="${escapeHtml(`${action}?lang=${other}`)}" lang="${other}" hreflang="${other}">${TEXTS[lang].switchTo}</a></p>`;
}

function renderForm(assets: StaticAssets, state: FormState): string {
  const t = TEXTS[state.lang];
  const title = state.kind === 'invitation' ? t.inviteTitle : t.resetTitle;
  const invalid = (field: 'password' | 'repeat') => (state.error?.field === field ? ' aria-invalid="true"' : '');
  const described = (field: 'password' | 'repeat') => {
    const ids = [...(field === 'password' ? ['password-hint'] : []), ...(state.error?.field === field ? ['form-error'] : [])];
    return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : '';
  };
  return page(assets, state.lang, title, `<h1>${escapeHtml(title)}</h1>
<p class="staff-lead">${escapeHtml(t.lead(state.name, state.email))}</p>
${state.error ? `<div id="form-error" class="staff-alert" role="alert">${escapeHtml(state.error.text)}</div>` : ''}
<form class="staff-form" method="post" action="${escapeHtml(`${state.action}?lang=${state.lang}`)}">
<input type="hidden" name="username" value="${escapeHtml(state.email)}" autocomplete="username">
<div class="staff-field">
<label for="password">${t.password}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}" required${described('password')}${invalid('password')}>
<p id="password-hint" class="staff-lead">${t.hint}</p>
</div>
<div class="staff-field">
<label for="repeat">${t.repeat}</label>
<input id="repeat" name="repeat" type="password" autocomplete="new-password" maxlength="${PASSWORD_MAX_LENGTH}" required${described('repeat')}${invalid('repeat')}>
</div>
<button class="staff-button" type="submit">${t.submit}</button>
</form>
${languageSwitch(state.lang, state.action)}`);
}

function renderInvalid(assets: StaticAssets, lang: Lang, code: LinkError, action: string): string {
  const t = TEXTS[lang];
  return page(assets, lang, t.invalidTitle, `<h1>${t.invalidTitle}</h1>
<p class="staff-alert" role="alert">${t.invalid[code]}</p>
<p><a href="/login">${t.signIn}</a></p>
${languageSwitch(lang, action)}`);
}

function renderDone(assets: StaticAssets, lang: Lang): string {
  const t = TEXTS[lang];
  return page(assets, lang, t.doneTitle, `<h1>${t.doneTitle}</h1>
<p role="status">${t.done}</p>
<p><a class="staff-button" href="/login">${t.signIn}</a></p>`);
}

/** The status of a page for a link that cannot be used: 404 unknown, 410 used or expired. */
const STATUS: Record<LinkError, number> = { TOKEN_NOT_FOUND: 404, TOKEN_USED: 410, TOKEN_EXPIRED: 410 };

/** Parses `application/x-www-form-urlencoded` (what a plain HTML form posts) into an object of strings. */
function parseForm(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/**
 * The pages behind one-time links, for people without a session:
 * `GET /invite/:token` and `GET /reset-password/:token` show a form to
 * choose a password (or say why the link cannot be used: 404 unknown, 410
 * used or expired); the form posts back to the same address as a plain
 * HTML form (no script needed), then the page says to sign in at /login.
 * English or Dutch (`?lang=nl|en`, else Dutch when Accept-Language prefers it), labelled fields, errors announced and tied
 * to their field, the staff pages' CSP and `same-origin` referrer policy, so
 * the token never leaves this site in a Referer header. The stylesheet is the one the login page
 * serves under /staff-assets/.
 */
export const oneTimeLinkPagePlugin: FastifyPluginAsync<OneTimeLinkPageOptions> = async (app, options) => {
  const assets = await loadStaticAssets(['staff.css']);
  const now = options.now ?? (() => new Date());
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8 * 1024 }, (_request, body, done) => {
    done(null, parseForm(body as string));
  });
  // The staff pages' `same-origin` referrer policy: the token never leaves this site in a Referer header. (Not
  // `no-referrer`: with it Chromium posts the form with `Origin: null`, which the origin check must refuse.)
  const headers = (reply: FastifyReply) => staffPageHeaders(reply).header('vary', 'accept-language');

  for (const { path, kind } of PAGES) {
    type Req = FastifyRequest<{ Params: { token: string }; Querystring: { lang?: Lang } }>;
    const action = (request: Req) => `${path}${encodeURIComponent(request.params.token)}`;

    /** The link's holder, or the page that says why the link does not work (of the wrong kind counts as unknown). */
    async function holder(request: Req, reply: FastifyReply, lang: Lang) {
      try {
        const info = await inspectStaffToken(options.db, request.params.token, now());
        if (info.kind !== kind) throw new AppError('TOKEN_NOT_FOUND');
        return info;
      } catch (err) {
        const code = LINK_ERRORS.find((c) => isAppError(err, c));
        if (!code) throw err;
        await headers(reply).status(STATUS[code]).send(renderInvalid(assets, lang, code, action(request)));
        return undefined;
      }
    }

    app.get<{ Params: { token: string }; Querystring: { lang?: Lang } }>(`${path}:token`, { schema: { params, querystring: query } }, async (request, reply) => {
      const lang = staffPageLanguage(request.query.lang, request.headers['accept-language']);
      const info = await holder(request, reply, lang);
      if (!info) return reply;
      return headers(reply).send(renderForm(assets, { lang, action: action(request), kind, name: info.name, email: info.email }));
    });

    app.post<{ Params: { token: string }; Querystring: { lang?: Lang }; Body: { password?: string; repeat?: string } }>(`${path}:token`, {
      schema: { params, querystring: query, body: formBody },
    }, async (request, reply) => {
      const lang = staffPageLanguage(request.query.lang, request.headers['accept-language']);
      const t = TEXTS[lang];
      if (!originAllowed(request.headers.origin, request.host, options.allowedOrigins ?? [])) {
        return headers(reply).status(403).send(page(assets, lang, t.invalidTitle, `<h1>${t.invalidTitle}</h1>\n<p class="staff-alert" role="alert">${t.originRefused}</p>`));
      }
      const info = await holder(request, reply, lang);
      if (!info) return reply;
      const password = request.body?.password ?? '';
      const state: FormState = { lang, action: action(request), kind, name: info.name, email: info.email };
      if (password.length < PASSWORD_MIN_LENGTH) {
        return headers(reply).status(400).send(renderForm(assets, { ...state, error: { text: t.tooShort, field: 'password' } }));
      }
      if (password !== (request.body?.repeat ?? '')) {
        return headers(reply).status(400).send(renderForm(assets, { ...state, error: { text: t.mismatch, field: 'repeat' } }));
      }
      try {
        await redeemStaffToken(options.db, app.staffSessions, request.params.token, password, now());
      } catch (err) {
        const code = LINK_ERRORS.find((c) => isAppError(err, c));
        if (!code) throw err;
        return headers(reply).status(STATUS[code]).send(renderInvalid(assets, lang, code, action(request)));
      }
      request.log.info({ module: 'staff-admin', kind }, 'password set through a one-time link');
      return headers(reply).send(renderDone(assets, lang));
    });
  }
};
