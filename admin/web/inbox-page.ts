import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { isAppError } from '../../core/platform/errors.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { CLOSE_OUTCOMES, MAX_REPLY_LENGTH } from '../api/inbox/index.ts';
import { escapeHtml } from '../../core/platform/html.ts';
import { staffDocument, staffPageHeaders } from './staff-page.ts';
import { assetUrl, loadStaticAssets, staticAssetRoute, type StaticAssets } from './static-assets.ts';

/**
 * The inbox's files, served under `/inbox/staff-assets/` (the page's own
 * copy of the shared session script and styles, so the inbox works
 * wherever it is registered). `inbox.js` is an ES module that imports the
 * other three modules relative to itself.
 */
export const INBOX_ASSET_NAMES = [
  'staff-session.js', 'staff.css', 'inbox.css', 'inbox.js', 'inbox-api.js', 'inbox-view.js', 'inbox-texts.js',
] as const;

/** Where the inbox's files are served (the assets route is registered under this prefix). */
const PREFIX = '/inbox';

/** The page's path; signing in comes back here. */
export const INBOX_PATH = '/inbox';

const url = (assets: StaticAssets, name: string) => `${PREFIX}${assetUrl(assets, name)}`;

/**
 * The theme names staff read (from flows/texts, English and Dutch), handed
 * to the page as a data attribute: the one source of theme names stays flows/.
 */
function themeNames(): string {
  return JSON.stringify({ en: FIXED_TEXTS.en.themes, nl: FIXED_TEXTS.nl.themes });
}

/**
 * The inbox page: a static shell the scripts fill (every text comes from
 * inbox-texts.js, every message is set with textContent). Strict CSP, no
 * inline script or style.
 */
export function renderInboxPage(assets: StaticAssets): string {
  const option = (outcome: string) => `<option value="${outcome}" data-text="outcome_${outcome}"></option>`;
  return staffDocument({
    title: 'Inbox – Migrant info bot',
    head: `<link rel="stylesheet" href="${url(assets, 'staff.css')}">
<link rel="stylesheet" href="${url(assets, 'inbox.css')}">
<script src="${url(assets, 'staff-session.js')}" defer></script>
<script type="module" src="${url(assets, 'inbox.js')}"></script>`,
    bodyClass: 'inbox-body',
    body: `<div id="inbox" class="inbox" data-themes="${escapeHtml(themeNames())}" data-max-length="${MAX_REPLY_LENGTH}">
<header class="inbox-header">
<h1 data-text="title">Inbox</h1>
<p id="inbox-whoami" class="inbox-whoami"></p>
<p id="inbox-live" class="inbox-live" role="status"></p>
<p id="inbox-status" class="visually-hidden" role="status"></p>
<p id="inbox-channels" class="inbox-muted inbox-channels" hidden></p>
<button type="button" class="staff-button staff-button-secondary" data-staff-logout="/login" data-text="signOut">Sign out</button>
</header>
<div id="inbox-alert" class="staff-alert inbox-alert" role="alert" tabindex="-1" hidden></div>
<noscript><p class="staff-alert">The inbox needs JavaScript. Please turn it on and reload the page.</p></noscript>
<main class="inbox-layout">
<section class="inbox-list" aria-labelledby="list-heading">
<h2 id="list-heading" data-text="listHeading"></h2>
<p id="list-empty" class="inbox-muted" data-text="listEmpty" hidden></p>
<ul id="conversation-list" class="conversation-list"></ul>
</section>
<section class="inbox-detail" aria-labelledby="detail-heading">
<h2 id="detail-heading" tabindex="-1" data-text="detailNone"></h2>
<div id="detail" hidden>
<dl id="detail-meta" class="detail-meta"></dl>
<div class="detail-actions" role="group" aria-labelledby="actions-label">
<span id="actions-label" class="visually-hidden" data-text="actions"></span>
<button id="claim-button" type="button" class="staff-button" data-text="claim"></button>
<button id="release-button" type="button" class="staff-button staff-button-secondary" data-text="release"></button>
<span class="action-field">
<label for="assign-select" data-text="assignTo"></label>
<select id="assign-select"></select>
<button id="assign-button" type="button" class="staff-button staff-button-secondary" data-text="assign"></button>
</span>
<button id="hand-back-button" type="button" class="staff-button staff-button-secondary" data-text="handBack"></button>
<span class="action-field">
<label for="close-outcome" data-text="outcome"></label>
<select id="close-outcome">${CLOSE_OUTCOMES.map(option).join('')}</select>
<button id="close-button" type="button" class="staff-button staff-button-secondary" data-text="close"></button>
</span>
</div>
<h3 data-text="transcriptHeading"></h3>
<ol id="transcript" class="transcript"></ol>
<form id="composer" class="composer" novalidate>
<h3 data-text="replyHeading"></h3>
<p id="composer-hint" class="inbox-muted"></p>
<div class="canned">
<label for="canned-select" data-text="cannedLabel"></label>
<select id="canned-select"></select>
<button id="canned-insert" type="button" class="staff-button staff-button-secondary" data-text="cannedInsert"></button>
</div>
<label id="reply-label" for="reply-text"></label>
<textarea id="reply-text" rows="4" maxlength="${MAX_REPLY_LENGTH}" aria-describedby="preview"></textarea>
<div id="preview" class="preview" aria-live="polite">
<p id="preview-label" class="preview-label"></p>
<p id="preview-text" class="preview-text"></p>
</div>
<div id="preview-warning" class="preview-warning" hidden>
<p id="preview-warning-text"></p>
<label class="checkbox"><input id="send-untranslated" type="checkbox" aria-describedby="untranslated-hint"> <span data-text="sendUntranslated"></span></label>
<p id="untranslated-hint" class="preview-hint" data-text="untranslatedHint"></p>
</div>
<button id="send-button" type="submit" class="staff-button" data-text="send"></button>
</form>
<form id="note-form" class="note-form" novalidate>
<label for="note-text" data-text="noteLabel"></label>
<textarea id="note-text" rows="2" maxlength="${MAX_REPLY_LENGTH}"></textarea>
<button id="note-button" type="submit" class="staff-button staff-button-secondary" data-text="addNote"></button>
</form>
</div>
</section>
</main>
</div>`,
  });
}

/** The page for a signed-in staff member without an outreach-worker role. */
function renderForbidden(): string {
  return staffDocument({
    title: 'Inbox – Migrant info bot',
    body: `<main><h1>Inbox</h1><p>The inbox is for outreach workers. Ask an administrator for access.</p>
<p lang="nl">Het postvak is voor outreachmedewerkers. Vraag een beheerder om toegang.</p></main>`,
  });
}

/**
 * `GET /inbox` (the outreach workers' inbox page) and its files under
 * `/inbox/staff-assets/`. Without a session the page sends the browser to
 * `/login?next=/inbox`; signed in without the outreach-worker role it
 * answers 403. Needs staffAuthPlugin registered before it.
 */
export const inboxPagePlugin: FastifyPluginAsync = async (app) => {
  const assets = await loadStaticAssets(INBOX_ASSET_NAMES);
  await app.register(async (child) => staticAssetRoute(child, assets), { prefix: PREFIX });
  const guard = app.requireStaff({ role: 'outreach_worker' });

  app.get(INBOX_PATH, async (request, reply): Promise<FastifyReply> => {
    try {
      await guard(request, reply);
    } catch (err) {
      if (isAppError(err, 'AUTH_REQUIRED')) return reply.redirect(`/login?next=${INBOX_PATH}`, 302);
      if (isAppError(err, 'FORBIDDEN')) return staffPageHeaders(reply).status(403).send(renderForbidden());
      throw err;
    }
    return staffPageHeaders(reply).send(renderInboxPage(assets));
  });
};
