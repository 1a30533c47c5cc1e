import type { FastifyInstance } from 'fastify';
import { mayManageOrganizations, mayManageSettings } from '../../../core/access/index.ts';
import type { ContentChanges } from '../../../core/answers/index.ts';
import {
  readOrganizationSettings,
  updateOrganizationSettings,
  type DeploymentSettings,
  type OrganizationSettingsChange,
} from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { errorResponse, organizationFor, principalOf, slugParams } from '../organizations/organization-scope.ts';
import { deploymentBody, deploymentResponse, settingsBody, settingsResponse } from './settings-schemas.ts';

/** Options of {@link settingsRoutes}. */
export interface SettingsRoutesOptions {
  db: Db;
  /** The deployment-wide settings reader the conversation core uses too (so this process sees a change at once). */
  deployment: DeploymentSettings;
  /** Told after a change, so every process's answer engines pick up new languages at once (else within their periodic re-check). */
  contentChanges?: ContentChanges;
}

/**
 * Settings:
 * - `GET|PUT /api/organizations/:slug/settings` for the organization's
 *   administrators (core/access mayManageSettings): name, branding, enabled
 *   languages, office hours, glossary and the `settings` document (privacy
 *   statement link, safety card, referral agencies, retention, embedding sites).
 *   A PUT replaces the fields it names (and, in `settings`, the sections it names).
 * - `GET|PUT /api/settings/deployment` for national administrators
 *   (mayManageOrganizations): the default municipality for chats without an entry code.
 * Every change is audited; readers see it without a restart (within 5 s).
 * Needs staffAuthPlugin registered before it.
 */
export async function settingsRoutes(app: FastifyInstance, options: SettingsRoutesOptions): Promise<void> {
  const { db, deployment } = options;
  const guard = app.requireStaff();
  const canManage = (principal: Parameters<typeof mayManageSettings>[0], org: { id: string }) => mayManageSettings(principal, org.id);

  app.get<{ Params: { slug: string } }>('/api/organizations/:slug/settings', {
    onRequest: guard,
    schema: { params: slugParams, response: { 200: settingsResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, canManage);
    return readOrganizationSettings(db, org.slug);
  });

  app.put<{ Params: { slug: string }; Body: OrganizationSettingsChange }>('/api/organizations/:slug/settings', {
    onRequest: guard,
    schema: { params: slugParams, body: settingsBody, response: { 200: settingsResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, canManage);
    const updated = await updateOrganizationSettings(db, org.slug, request.body, `user:${principalOf(request).userId}`);
    await options.contentChanges?.notifyContentChanged([org.id]);
    request.log.info({ module: 'settings', org: org.slug }, 'organization settings saved');
    return updated;
  });

  const nationalOnly = app.requireStaff({ policy: mayManageOrganizations });

  app.get('/api/settings/deployment', { onRequest: nationalOnly, schema: { response: { 200: deploymentResponse, 403: errorResponse } } },
    async () => ({ defaultMunicipality: await deployment.defaultMunicipality() }));

  app.put<{ Body: { defaultMunicipality: string } }>('/api/settings/deployment', {
    onRequest: nationalOnly,
    schema: { body: deploymentBody, response: { 200: deploymentResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const defaultMunicipality = await deployment.setDefaultMunicipality(request.body.defaultMunicipality, principalOf(request).userId);
    request.log.info({ module: 'settings', defaultMunicipality: defaultMunicipality.slug }, 'default municipality changed');
    return { defaultMunicipality };
  });
}
