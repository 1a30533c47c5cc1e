import type { FastifyInstance } from 'fastify';
import { mayManageEntryCodes } from '../../../core/access/index.ts';
import {
  createEntryCode,
  entryLinks,
  listEntryCodes,
  listEntryLayers,
  updateEntryCode,
  type EntryCode,
  type EntryCodeChange,
  type EntryLinkOptions,
} from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';
import { assertMayManage, assertVisibleLayer, mayChange, principalOf, visibleCode, visibleMunicipality } from './entry-code-access.ts';
import { entryCodeFileRoutes } from './entry-code-files-route.ts';
import { TAGS, codeParams, codeView, createBody, listQuery, listResponse, updateBody } from './entry-code-schemas.ts';

export interface EntryCodeRoutesOptions {
  db: Db;
  /** Where links point: the public web address, and the WhatsApp number and Telegram bot when those channels run. */
  links: () => EntryLinkOptions;
}

/** The code as the API shows it: links, count, and whether the caller may change it. */
export function codeResponse(entry: EntryCode, principal: StaffPrincipal, links: EntryLinkOptions) {
  return {
    code: entry.code,
    label: entry.label ?? null,
    active: entry.active,
    chatsStarted: entry.chatsStarted,
    createdAt: entry.createdAt,
    municipality: { slug: entry.municipality.slug, name: entry.municipality.name },
    layer: entry.layer ? { slug: entry.layer.slug, name: entry.layer.name, kind: entry.layer.kind } : null,
    links: entryLinks(entry, links),
    mayChange: mayChange(principal, entry),
  };
}

/**
 * The entry-code API for staff (a municipality's editors, administrators
 * and outreach workers see its codes; editors and administrators create and
 * change them; codes that open an employer's or housing provider's layer
 * are its administrators' alone):
 *
 * - `GET /api/entry-codes?org=<municipality>`: the codes with their links
 *   (web chat, `t.me/<bot>?start=<code>`, `wa.me/<number>?text=START%20<code>`)
 *   and counts, the layers active there, and what the caller may create;
 * - `POST /api/entry-codes`: create (201);
 * - `GET /api/entry-codes/:code`, `PATCH /api/entry-codes/:code` (label, active);
 * - the QR code and flyer downloads (entry-code-files-route.ts).
 *
 * A municipality or code the caller may not see is 404, as for an unknown
 * one; a change the caller may see but not make is 403. Every write is in
 * the audit log (actor `user:<id>`).
 */
export async function entryCodeRoutes(app: FastifyInstance, options: EntryCodeRoutesOptions): Promise<void> {
  const { db } = options;
  const guard = app.requireStaff();
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });

  app.get<{ Querystring: { org: string } }>('/api/entry-codes', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'A municipality\'s entry codes with links and counts', querystring: listQuery, response: { 200: listResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    const municipality = visibleMunicipality(principal, request.query.org);
    const links = options.links();
    const [codes, layers] = await Promise.all([listEntryCodes(db, municipality.slug), listEntryLayers(db, municipality.id)]);
    return {
      codes: codes.map((c) => codeResponse(c, principal, links)),
      layers: layers.map((l) => ({ slug: l.slug, name: l.name, kind: l.kind })),
      mayCreate: mayManageEntryCodes(principal, municipality.id, false),
      mayCreateWithLayer: mayManageEntryCodes(principal, municipality.id, true),
    };
  });

  app.post<{ Body: { org: string; code: string; layer?: string; label?: string | null } }>('/api/entry-codes', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Create an entry code', body: createBody, response: { 201: codeView } },
  }, async (request, reply) => {
    const principal = principalOf(request);
    const { org, code, layer, label } = request.body;
    const municipality = visibleMunicipality(principal, org);
    if (layer !== undefined) await assertVisibleLayer(db, principal, layer);
    assertMayManage(principal, municipality.id, layer !== undefined);
    const created = await createEntryCode(db, {
      code, municipalitySlug: municipality.slug, layerSlug: layer, label: label ?? undefined,
    }, `user:${principal.userId}`);
    return reply.status(201).send(codeResponse(created, principal, options.links()));
  });

  app.get<{ Params: { code: string } }>('/api/entry-codes/:code', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'One entry code', params: codeParams, response: { 200: codeView } },
  }, async (request) => {
    const principal = principalOf(request);
    return codeResponse(await visibleCode(db, principal, request.params.code), principal, options.links());
  });

  app.patch<{ Params: { code: string }; Body: EntryCodeChange }>('/api/entry-codes/:code', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Change an entry code\'s label, switch it off or on', params: codeParams, body: updateBody, response: { 200: codeView } },
  }, async (request) => {
    const principal = principalOf(request);
    const entry = await visibleCode(db, principal, request.params.code);
    assertMayManage(principal, entry.municipality.id, entry.layer !== undefined);
    // Unknown fields are removed by the schema (Fastify's default): a body with nothing left changes nothing and says so.
    if (request.body.label === undefined && request.body.active === undefined) {
      throw new AppError('VALIDATION_FAILED', { details: 'nothing to change: send "label" and/or "active"' });
    }
    const updated = await updateEntryCode(db, entry.code, request.body, `user:${principal.userId}`);
    return codeResponse(updated, principal, options.links());
  });

  await app.register(entryCodeFileRoutes, { db, links: options.links });
}
