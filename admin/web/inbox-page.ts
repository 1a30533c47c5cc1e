import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { mayUseInbox } from '../../core/access/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { staffDocument, staffPageHeaders } from './staff-page.ts';
import { STAFF_APP_PATH } from './staff-app-page.ts';

/** The address outreach workers use (bookmarks, the sign-in page's `next`, the staff app's navigation). */
export const INBOX_PATH = '/inbox';

/** Where the inbox lives: a page of the staff app (admin/web/app/pages/inbox). */
export const INBOX_APP_PATH = `${STAFF_APP_PATH}/inbox`;

/** The page for a signed-in staff member without an outreach-worker role. */
function renderForbidden(): string {
  return staffDocument({
    title: 'Inbox – Migrant info bot',
    body: `<main><h1>Inbox</h1><p>The inbox is for outreach workers. Ask an administrator for access.</p>
<p lang="nl">Het postvak is voor outreachmedewerkers. Vraag een beheerder om toegang.</p>
<p><a href="/app/">Staff home</a> · <a href="/app/" lang="nl">Startpagina medewerkers</a></p></main>`,
  });
}

/**
 * `GET /inbox`, the outreach workers' address of the inbox: without a
 * session the browser goes to `/login?next=/inbox` (and comes back here
 * after signing in); signed in without the outreach-worker role it answers
 * 403; an outreach worker is sent on to the inbox page of the staff app,
 * `/app/inbox` (the browser keeps a `#conversation` fragment across the
 * redirect). Needs staffAuthPlugin and staffAppPagePlugin registered.
 */
export const inboxPagePlugin: FastifyPluginAsync = async (app) => {
  const guard = app.requireStaff({ policy: mayUseInbox });

  app.get(INBOX_PATH, async (request, reply): Promise<FastifyReply> => {
    try {
      await guard(request, reply);
    } catch (err) {
      if (isAppError(err, 'AUTH_REQUIRED')) return reply.redirect(`/login?next=${INBOX_PATH}`, 302);
      if (isAppError(err, 'FORBIDDEN')) return staffPageHeaders(reply).status(403).send(renderForbidden());
      throw err;
    }
    return reply.redirect(INBOX_APP_PATH, 302);
  });
};
