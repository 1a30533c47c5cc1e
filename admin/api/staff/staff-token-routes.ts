import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../core/platform/db.ts';
import { inspectStaffToken, redeemStaffToken } from '../../../core/staff/index.ts';
import { checkOrigin } from '../../auth/csrf.ts';
import { errorResponse } from '../organizations/organization-scope.ts';
import { passwordBody, redeemResponse, tokenInfo, tokenParams } from './staff-schemas.ts';

/** Options of {@link staffTokenRoutes}. */
export interface StaffTokenRoutesOptions {
  db: Db;
  /** Origins besides the request's own that may post (as staffAuthPlugin's `allowedOrigins`). */
  allowedOrigins?: readonly string[];
  /** The clock of link expiry; tests pass their own. */
  now?: () => Date;
}

/**
 * The JSON side of one-time links, for anyone holding one (no session):
 * - `GET  /api/auth/tokens/:token`: whom the link is for and until when;
 * - `POST /api/auth/tokens/:token` `{ password }`: sets the password (the
 *   link is then used up, every session of the account ends), answers the
 *   email to sign in with at `POST /api/auth/login`.
 * A link that is unknown answers 404 TOKEN_NOT_FOUND, one that is used or
 * expired 410 TOKEN_USED / TOKEN_EXPIRED. The pages `/invite/:token` and
 * `/reset-password/:token` (admin/web/one-time-link-page.ts) work without
 * this API (plain forms); the staff app may use it.
 */
export async function staffTokenRoutes(app: FastifyInstance, options: StaffTokenRoutesOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  });

  app.get<{ Params: { token: string } }>('/api/auth/tokens/:token', {
    schema: { params: tokenParams, response: { 200: tokenInfo, 404: errorResponse, 410: errorResponse } },
  }, async (request) => inspectStaffToken(options.db, request.params.token, now()));

  app.post<{ Params: { token: string }; Body: { password: string } }>('/api/auth/tokens/:token', {
    onRequest: async (request) => checkOrigin(request, options.allowedOrigins ?? []),
    schema: { params: tokenParams, body: passwordBody, response: { 200: redeemResponse, 400: errorResponse, 404: errorResponse, 410: errorResponse } },
  }, async (request) => {
    const { email, userId, kind } = await redeemStaffToken(options.db, app.staffSessions, request.params.token, request.body.password, now());
    request.log.info({ module: 'staff-admin', userId, kind }, 'one-time link used');
    return { email };
  });
}
