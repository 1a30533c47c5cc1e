import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mayManageStaff } from '../../../core/access/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import {
  inviteStaff,
  issuePasswordReset,
  listStaff,
  setStaffDisabled,
  setStaffRoles,
  setStaffUiLanguage,
  type IssuedStaffToken,
  type MembershipRole,
  type StaffActor,
} from '../../../core/staff/index.ts';
import { errorResponse, organizationFor, principalOf, slugParams } from '../organizations/organization-scope.ts';
import {
  invitationBody, invitationResponse, memberParams, preferencesBody, preferencesResponse, resetResponse, rolesBody, staffList, staffMember,
} from './staff-schemas.ts';

/** Options of {@link staffRoutes}. */
export interface StaffRoutesOptions {
  db: Db;
  /**
   * The site's public base URL (`https://chat.example.nl`), for the absolute
   * link in an invitation; the request's own origin when left out.
   */
  publicUrl?: () => string | undefined;
  /** The clock of link expiry; tests pass their own. */
  now?: () => Date;
}

/** Where each kind of one-time link opens. */
export const LINK_PATHS = { invitation: '/invite/', password_reset: '/reset-password/' } as const;

const canManage = (principal: Parameters<typeof mayManageStaff>[0], org: { id: string }) => mayManageStaff(principal, org.id);

/**
 * The staff management API of an organization, for those core/access
 * `mayManageStaff` allows (its administrators and national administrators):
 * - `GET  /api/organizations/:slug/staff`
 * - `POST /api/organizations/:slug/staff/invitations` (201, with the 72-hour link)
 * - `PUT  /api/organizations/:slug/staff/:userId/roles`
 * - `POST /api/organizations/:slug/staff/:userId/disable` | `/enable`
 * - `POST /api/organizations/:slug/staff/:userId/password-reset` (201, with the 24-hour link)
 * and, for every signed-in staff member, `PUT /api/me/preferences`.
 * A link is in the answer once (only its hash is stored): the administrator
 * passes it on; no mail is sent. Needs staffAuthPlugin registered before it.
 */
export async function staffRoutes(app: FastifyInstance, options: StaffRoutesOptions): Promise<void> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const guard = app.requireStaff();
  const actor = (request: FastifyRequest): StaffActor => ({ userId: principalOf(request).userId, now: now() });

  function linkOf(request: FastifyRequest, issued: IssuedStaffToken) {
    const path = `${LINK_PATHS[issued.kind]}${issued.token}`;
    const base = (options.publicUrl?.() ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
    return { path, url: `${base}${path}`, expiresAt: issued.expiresAt };
  }

  app.get<{ Params: { slug: string } }>('/api/organizations/:slug/staff', {
    onRequest: guard,
    schema: { params: slugParams, response: { 200: staffList, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, canManage);
    return { items: await listStaff(db, org) };
  });

  app.post<{ Params: { slug: string }; Body: { name: string; email: string; roles: MembershipRole[]; languages?: string[] } }>(
    '/api/organizations/:slug/staff/invitations', {
      onRequest: guard,
      schema: { params: slugParams, body: invitationBody, response: { 201: invitationResponse, 409: errorResponse } },
    }, async (request, reply) => {
      const org = await organizationFor(db, request, request.params.slug, canManage);
      const { member, link } = await inviteStaff(db, actor(request), org, { ...request.body, languages: request.body.languages ?? [] });
      request.log.info({ module: 'staff-admin', org: org.slug, userId: member.id }, 'staff member invited');
      return reply.status(201).send({ member, link: linkOf(request, link) });
    });

  app.put<{ Params: { slug: string; userId: string }; Body: { roles: MembershipRole[] } }>('/api/organizations/:slug/staff/:userId/roles', {
    onRequest: guard,
    schema: { params: memberParams, body: rolesBody, response: { 200: staffMember, 409: errorResponse } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, canManage);
    return setStaffRoles(db, actor(request), org, request.params.userId, request.body.roles);
  });

  for (const [action, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post<{ Params: { slug: string; userId: string } }>(`/api/organizations/:slug/staff/:userId/${action}`, {
      onRequest: guard,
      schema: { params: memberParams, response: { 200: staffMember, 409: errorResponse } },
    }, async (request) => {
      const org = await organizationFor(db, request, request.params.slug, canManage);
      return setStaffDisabled(db, app.staffSessions, actor(request), org, request.params.userId, disabled);
    });
  }

  app.post<{ Params: { slug: string; userId: string } }>('/api/organizations/:slug/staff/:userId/password-reset', {
    onRequest: guard,
    schema: { params: memberParams, response: { 201: resetResponse, 409: errorResponse } },
  }, async (request, reply) => {
    const org = await organizationFor(db, request, request.params.slug, canManage);
    const link = await issuePasswordReset(db, actor(request), org, request.params.userId);
    return reply.status(201).send({ link: linkOf(request, link) });
  });

  app.put<{ Body: { uiLanguage: string } }>('/api/me/preferences', {
    onRequest: guard,
    schema: { body: preferencesBody, response: { 200: preferencesResponse } },
  }, async (request) => ({ uiLanguage: await setStaffUiLanguage(db, principalOf(request).userId, request.body.uiLanguage) }));
}
