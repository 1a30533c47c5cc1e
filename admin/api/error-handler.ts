import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../core/platform/errors.ts';

/**
 * The one place errors become HTTP answers: AppErrors by their catalogue
 * status and code, Fastify's schema validation as VALIDATION_FAILED, anything
 * else as a logged 500 that reveals nothing.
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (isAppError(error)) {
    void reply.status(error.status).send({ code: error.code, message: error.message });
    return;
  }
  if (error.validation) {
    void reply.status(400).send({ code: 'VALIDATION_FAILED', message: error.message });
    return;
  }
  if (error.statusCode && error.statusCode < 500) {
    void reply.status(error.statusCode).send({ code: error.code ?? 'BAD_REQUEST', message: error.message });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({ code: 'INTERNAL', message: 'Internal error' });
}
