import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../core/platform/errors.ts';

/**
 * The errors of the Direct Line wire protocol. They are not AppErrors on
 * purpose: the Web Chat client reads Direct Line's own codes (`BadArgument`,
 * `TokenExpired`, ...) in the body `{ "error": { "code", "message" } }`, and
 * one code goes with several HTTP statuses (a bad token is a 403
 * BadArgument, a bad field a 400 BadArgument). Application errors that reach
 * this adapter (from the InboundHandler) are mapped onto this table in
 * {@link directLineErrorHandler}.
 */
export const DIRECT_LINE_ERRORS = {
  /** No `Authorization: Bearer` header (or no `t=` on the stream URL). */
  TOKEN_MISSING: { status: 403, code: 'BadArgument', message: 'Missing token' },
  /** Malformed token or a signature that does not match (tampered, or signed with another secret). */
  TOKEN_INVALID: { status: 403, code: 'BadArgument', message: 'Token is not valid' },
  /** Correctly signed but past its expiry: the client must generate a new one. */
  TOKEN_EXPIRED: { status: 403, code: 'TokenExpired', message: 'Token expired' },
  /** The conversation id in the path is not the one the token was issued for. */
  CONVERSATION_MISMATCH: { status: 403, code: 'BadArgument', message: 'Token is not valid for this conversation' },
  /** A field fails validation; `{details}` says which. */
  BAD_ARGUMENT: { status: 400, code: 'BadArgument', message: '{details}' },
  /** The body is not parseable JSON. */
  BAD_SYNTAX: { status: 400, code: 'BadSyntax', message: 'Request body is not valid JSON' },
  /** Activity text longer than the adapter accepts. */
  MESSAGE_TOO_LONG: { status: 413, code: 'MessageSizeTooBig', message: 'Message is longer than {max} characters' },
  /** Request body over the route's byte limit. */
  BODY_TOO_LARGE: { status: 413, code: 'MessageSizeTooBig', message: 'Request body is too large' },
  /** The same client activity is being posted by another request right now; retry shortly. */
  ACTIVITY_IN_FLIGHT: { status: 409, code: 'Conflict', message: 'This activity is already being delivered; retry shortly' },
  /** Over the per-IP (tokens) or per-conversation (posts) limit; the response carries Retry-After. */
  RATE_LIMITED: { status: 429, code: 'TooManyRequests', message: 'Rate limit exceeded, retry in {after}' },
  /** The InboundHandler rejected the message (database, queue down); nothing was stored, the client may retry. */
  BOT_UNAVAILABLE: { status: 502, code: 'BotError', message: 'The bot could not take the message; retry' },
  /** Redis (the activity store) failed; nothing or all of the request took effect, the client may retry. */
  STORE_UNAVAILABLE: { status: 503, code: 'ServiceError', message: 'Conversation store is unavailable; retry' },
  INTERNAL: { status: 500, code: 'ServiceError', message: 'Internal error' },
} as const satisfies Record<string, { status: number; code: string; message: string }>;

/** Why a Direct Line request failed: a key of {@link DIRECT_LINE_ERRORS}. */
export type DirectLineErrorReason = keyof typeof DIRECT_LINE_ERRORS;

/** A Direct Line protocol error; the plugin's error handler turns it into the wire shape. */
export class DirectLineError extends Error {
  readonly reason: DirectLineErrorReason;
  /** The Direct Line `error.code` the client sees. */
  readonly code: string;
  /** Named `statusCode` so Fastify and @fastify/rate-limit treat it like their own errors. */
  readonly statusCode: number;

  constructor(reason: DirectLineErrorReason, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    const def = DIRECT_LINE_ERRORS[reason];
    super(def.message.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)), options);
    this.name = 'DirectLineError';
    this.reason = reason;
    this.code = def.code;
    this.statusCode = def.status;
  }
}

/** The Direct Line error body. */
export interface DirectLineErrorBody {
  error: { code: string; message: string };
}

/** Maps anything thrown in a Direct Line route onto the protocol's error table. */
export function toDirectLineError(error: unknown): DirectLineError {
  if (error instanceof DirectLineError) return error;
  if (isAppError(error)) {
    if (error.code === 'MESSAGE_TOO_LONG') return new DirectLineError('MESSAGE_TOO_LONG', error.params, { cause: error });
    if (error.status < 500) return new DirectLineError('BAD_ARGUMENT', { details: error.message }, { cause: error });
    return new DirectLineError('INTERNAL', {}, { cause: error });
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) return new DirectLineError('BAD_ARGUMENT', { details: fastifyError.message }, { cause: error });
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DirectLineError('BAD_SYNTAX', {}, { cause: error });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DirectLineError('BODY_TOO_LARGE', {}, { cause: error });
    default:
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return new DirectLineError('RATE_LIMITED', { after: 'a minute' }, { cause: error });
  if (status < 500) return new DirectLineError('BAD_ARGUMENT', { details: fastifyError.message ?? 'Bad request' }, { cause: error });
  return new DirectLineError('INTERNAL', {}, { cause: error });
}

/**
 * The Direct Line routes' error handler: every failure leaves as
 * `{ error: { code, message } }` with the table's status; server-side
 * failures are logged (without request bodies), client errors are not.
 */
export function directLineErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const dl = toDirectLineError(error);
  if (dl.statusCode >= 500) request.log.error({ err: dl.cause ?? dl, reason: dl.reason }, 'direct line request failed');
  const body: DirectLineErrorBody = { error: { code: dl.code, message: dl.message } };
  void reply.status(dl.statusCode).send(body);
}
