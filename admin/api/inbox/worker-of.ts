import type { FastifyRequest } from 'fastify';
import { conversationMunicipalities } from '../../../core/access/index.ts';
import type { InboxWorker } from '../../../core/handoff/index.ts';
import { AppError } from '../../../core/platform/errors.ts';

/**
 * The inbox view of the signed-in staff member (set by `requireStaff`).
 * Its municipalities are those whose conversations the policy lets the
 * staff member see (core/access conversationMunicipalities): an employer's
 * staff member gets a worker without municipalities, who sees and finds nothing.
 * @throws AppError AUTH_REQUIRED when the route ran without the guard.
 */
export function workerOf(request: FastifyRequest): InboxWorker {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  const { userId, name, languages } = request.staff;
  return { userId, name, languages, organizationIds: conversationMunicipalities(request.staff) };
}
