import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../core/platform/errors.ts';
import type { RetentionPreview } from '../../../core/retention/index.ts';
import { mayManageSettings } from '../../../core/access/index.ts';

/** What the route needs: the preview of the next retention run (RetentionService implements it). */
export interface RetentionRoutesOptions {
  retention: { preview(slug: string, now: Date): Promise<RetentionPreview> };
  /** The clock (tests pass their own). */
  now?: () => Date;
}

/**
 * `GET /api/retention/preview?org=<slug>`: what the next retention run
 * would delete of the organization's data — counts only (conversations,
 * messages, contacts, audit entries, failed queue jobs), with the policy
 * and the cutoffs it follows. For the organization's admins; anyone else
 * gets 404, as for an unknown organization.
 */
export async function retentionRoutes(app: FastifyInstance, options: RetentionRoutesOptions): Promise<void> {
  app.get<{ Querystring: { org: string } }>('/api/retention/preview', {
    onRequest: app.requireStaff(),
    schema: { querystring: { type: 'object', required: ['org'], properties: { org: { type: 'string', minLength: 1, maxLength: 64 } } } },
  }, async (request) => {
    const staff = request.staff;
    const membership = staff?.memberships.find((m) => m.slug === request.query.org);
    // The retention policy is one of the organization's settings: whoever may change them may see its effect.
    if (!staff || !membership || !mayManageSettings(staff, membership.organizationId)) {
      throw new AppError('ORGANIZATION_NOT_FOUND', { slug: request.query.org });
    }
    return options.retention.preview(request.query.org, (options.now ?? (() => new Date()))());
  });
}
