import type { FastifyInstance } from 'fastify';
import { mayManageOrganizations } from '../../../core/access/index.ts';
import type { ContentChanges } from '../../../core/answers/index.ts';
import {
  CREATABLE_KINDS,
  createOrganizationAsAdmin,
  listOrganizations,
  setLayerActivations,
  type CreatableKind,
} from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { errorResponse, organizationFor, principalOf, slugParams } from './organization-scope.ts';

/** Options of {@link organizationRoutes}. */
export interface OrganizationRoutesOptions {
  db: Db;
  /** Told after activations change (which layers a municipality shows), so answer engines refresh at once. */
  contentChanges?: ContentChanges;
}

const organization = {
  type: 'object',
  required: ['id', 'slug', 'name', 'kind', 'parentSlug', 'activeIn', 'enabledLanguages'],
  properties: {
    id: { type: 'string' },
    slug: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    parentSlug: { type: ['string', 'null'] },
    activeIn: { type: 'array', items: { type: 'string' } },
    enabledLanguages: { type: 'array', items: { type: 'string' } },
  },
} as const;

const listResponse = {
  type: 'object',
  required: ['items', 'mayCreate'],
  properties: { items: { type: 'array', items: organization }, mayCreate: { type: 'boolean' } },
} as const;

const createBody = {
  type: 'object',
  required: ['slug', 'name', 'kind'],
  additionalProperties: false,
  properties: {
    slug: { type: 'string', minLength: 2, maxLength: 64 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    kind: { type: 'string', enum: [...CREATABLE_KINDS] },
    parentSlug: { type: 'string', minLength: 1, maxLength: 64 },
    enabledLanguages: { type: 'array', minItems: 1, maxItems: 18, items: { type: 'string', minLength: 2, maxLength: 8 } },
  },
} as const;

const activationsBody = {
  type: 'object',
  required: ['municipalities'],
  additionalProperties: false,
  properties: { municipalities: { type: 'array', maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 64 } } },
} as const;

const activationsResponse = {
  type: 'object',
  required: ['layer', 'municipalities'],
  properties: { layer: { type: 'string' }, municipalities: { type: 'array', items: { type: 'string' } } },
} as const;

const manageOrganizations = (principal: Parameters<typeof mayManageOrganizations>[0]) => mayManageOrganizations(principal);

/**
 * Organizations and where employers and housing providers are active:
 * - `GET  /api/organizations`: national administrators see every organization, others those they belong to;
 * - `POST /api/organizations` (national administrators; 403 otherwise): a region, municipality, employer or housing provider;
 * - `GET|PUT /api/organizations/:slug/activations` (national administrators): the municipalities where the layer is active.
 * Needs staffAuthPlugin registered before it.
 */
export async function organizationRoutes(app: FastifyInstance, options: OrganizationRoutesOptions): Promise<void> {
  const { db } = options;
  const guard = app.requireStaff();

  app.get('/api/organizations', { onRequest: guard, schema: { response: { 200: listResponse } } }, async (request) => {
    const principal = principalOf(request);
    const national = mayManageOrganizations(principal);
    const items = await listOrganizations(db, national ? undefined : principal.memberships.map((m) => m.organizationId));
    return { items, mayCreate: national };
  });

  app.post<{ Body: { slug: string; name: string; kind: CreatableKind; parentSlug?: string; enabledLanguages?: string[] } }>('/api/organizations', {
    onRequest: app.requireStaff({ policy: manageOrganizations }),
    schema: { body: createBody, response: { 201: organization, 400: errorResponse, 409: errorResponse } },
  }, async (request, reply) => {
    const created = await createOrganizationAsAdmin(db, request.body, `user:${principalOf(request).userId}`);
    return reply.status(201).send(created);
  });

  app.get<{ Params: { slug: string } }>('/api/organizations/:slug/activations', {
    onRequest: guard,
    schema: { params: slugParams, response: { 200: activationsResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await organizationFor(db, request, request.params.slug, manageOrganizations);
    const [summary] = await listOrganizations(db, [layer.id]);
    return { layer: layer.slug, municipalities: summary.activeIn };
  });

  app.put<{ Params: { slug: string }; Body: { municipalities: string[] } }>('/api/organizations/:slug/activations', {
    onRequest: guard,
    schema: { params: slugParams, body: activationsBody, response: { 200: activationsResponse, 400: errorResponse, 409: errorResponse } },
  }, async (request) => {
    const layer = await organizationFor(db, request, request.params.slug, manageOrganizations);
    const municipalities = await setLayerActivations(db, layer.slug, request.body.municipalities, `user:${principalOf(request).userId}`);
    await options.contentChanges?.notifyContentChanged([layer.id]);
    return { layer: layer.slug, municipalities };
  });
}
