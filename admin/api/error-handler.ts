import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { httpErrorAnswer } from '../../core/platform/errors.ts';

/**
 * The admin app's error handler: every error answered as
 * {@link httpErrorAnswer} maps it (AppErrors by their catalogue status and
 * code, schema validation as VALIDATION_FAILED), anything unexpected as a
 * logged 500 that reveals nothing.
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const answer = httpErrorAnswer(error);
  if (answer.unexpected) request.log.error({ err: error }, 'unhandled error');
  void reply.status(answer.status).send(answer.body);
}
