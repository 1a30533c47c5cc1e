import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../core/platform/db.ts';
import { AppError } from '../../core/platform/errors.ts';
import { hasRole, loadPrincipal, type MembershipRole, type StaffPrincipal, type StaffSessionStore } from '../../core/staff/index.ts';
import { checkCsrf } from './csrf.ts';
import { SESSION_COOKIE, type SessionCookie } from './session-cookie.ts';

/** Options of `app.requireStaff()`. */
export interface RequireStaffOptions {
  /** The request needs one of these roles (in any organization); any signed-in staff member when left out. */
  role?: MembershipRole | readonly MembershipRole[];
  /**
   * A named access policy of core/access the principal must satisfy (403
   * FORBIDDEN otherwise), e.g. `{ policy: mayUseInbox }`. Prefer this to
   * `role`: routes ask policies, never roles.
   */
  policy?: (principal: StaffPrincipal) => boolean;
}

/** A hook as `requireStaff` returns it: use it as the route's `onRequest` (before the body is read) or `preHandler`. */
export type StaffGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** What the guards share: built once by the plugin. */
export interface StaffGuardContext {
  db: Db;
  sessions: StaffSessionStore;
  cookie: SessionCookie;
  allowedOrigins: readonly string[];
  now: () => Date;
}

/**
 * Builds the guard of staff-only routes. In this order it answers
 * - 401 AUTH_REQUIRED without a validly signed cookie naming a live session
 *   (and clears a stale cookie);
 * - 403 CSRF_INVALID for POST/PUT/PATCH/DELETE without the session's token in
 *   `x-csrf-token`, or with an Origin of another site;
 * - 401 AUTH_REQUIRED when the account is gone, disabled, or its password
 *   changed after the session began (the session is ended);
 * - 403 FORBIDDEN without one of `options.role`, or when `options.policy` says no;
 * and otherwise sets `request.staff` (who) and `request.staffSession` (the
 * CSRF token), and extends the session's idle timeout. Organization scoping
 * (which municipality's inbox) is the route's check, with a policy of core/access.
 */
export function staffGuard(context: StaffGuardContext, options: RequireStaffOptions = {}): StaffGuard {
  const roles = options.role;
  return async function requireStaff(request, reply) {
    const id = context.cookie.read(request);
    const session = id === undefined ? undefined : await context.sessions.get(id, context.now());
    if (id === undefined || session === undefined) {
      if (request.cookies[SESSION_COOKIE] !== undefined) context.cookie.clear(reply);
      throw new AppError('AUTH_REQUIRED');
    }
    checkCsrf(request, session.csrfToken, context.allowedOrigins);
    const loaded = await loadPrincipal(context.db, session.userId);
    if (!loaded || loaded.credential !== session.credential) {
      await context.sessions.destroy(id);
      context.cookie.clear(reply);
      throw new AppError('AUTH_REQUIRED');
    }
    if (roles !== undefined && !hasRole(loaded.principal, roles)) throw new AppError('FORBIDDEN');
    if (options.policy && !options.policy(loaded.principal)) throw new AppError('FORBIDDEN');
    request.staff = loaded.principal;
    request.staffSession = { csrfToken: session.csrfToken };
  };
}
