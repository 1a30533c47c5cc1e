import type { FastifyRequest } from 'fastify';
import { inboxWorkerOf, type InboxWorker } from '../../../core/handoff/index.ts';
import { AppError } from '../../../core/platform/errors.ts';

/**
 * The inbox view of the signed-in staff member (set by `requireStaff`).
 * Only municipality outreach-worker roles count: an employer's staff member
 * gets a worker without municipalities, who sees and finds nothing.
 * @throws AppError AUTH_REQUIRED when the route ran without the guard.
 */
export function workerOf(request: FastifyRequest): InboxWorker {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return inboxWorkerOf(request.staff);
}
