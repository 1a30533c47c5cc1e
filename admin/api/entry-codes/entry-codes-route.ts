import type { FastifyInstance } from 'fastify';
import { entryLinks, listEntryCodes, type EntryLinkOptions } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { hasRole } from '../../../core/staff/index.ts';

export interface EntryCodeRoutesOptions {
  db: DbClient;
  /** Where links point: the public web address, and the WhatsApp number and Telegram bot when those channels run. */
  links: () => EntryLinkOptions;
}

/**
 * `GET /api/entry-codes?org=<municipality>`: the municipality's entry codes
 * with the links to print as QR codes or share (web chat, `t.me/<bot>?start=<code>`,
 * `wa.me/<number>?text=START%20<code>`). For the municipality's editors,
 * admins and outreach workers; anyone else gets 404, as for an unknown one.
 */
export async function entryCodeRoutes(app: FastifyInstance, options: EntryCodeRoutesOptions): Promise<void> {
  app.get<{ Querystring: { org: string } }>('/api/entry-codes', {
    onRequest: app.requireStaff(),
    schema: { querystring: { type: 'object', required: ['org'], properties: { org: { type: 'string', minLength: 1, maxLength: 64 } } } },
  }, async (request) => {
    const staff = request.staff;
    const membership = staff?.memberships.find((m) => m.slug === request.query.org);
    if (!staff || !membership || !hasRole(staff, ['editor', 'admin', 'outreach_worker'], membership.organizationId)) {
      throw new AppError('ORGANIZATION_NOT_FOUND', { slug: request.query.org });
    }
    const links = options.links();
    const codes = await listEntryCodes(options.db, request.query.org);
    return {
      codes: codes.map((c) => ({
        code: c.code, label: c.label ?? null, active: c.active, layer: c.layer ? { slug: c.layer.slug, name: c.layer.name } : null,
        links: entryLinks(c, links),
      })),
    };
  });
}
