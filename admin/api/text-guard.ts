import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/platform/errors.ts';
import { cleanInvalidText, findInvalidText } from '../../core/platform/valid-text.ts';

/**
 * What a route does with text that cannot be stored (NUL, other control
 * characters, lone surrogates; core/platform/valid-text.ts):
 * - `reject` (default): 400 INPUT_INVALID_TEXT naming the field; nothing runs.
 *   The caller sees the answer and can correct the request.
 * - `clean`: the characters are removed and the request goes on. For channel
 *   webhooks, whose sender (Telegram, Meta, the Bot Connector) cannot fix a
 *   person's message and would drop or redeliver it on a 4xx: a message is
 *   never lost for a stray control character.
 */
export type InvalidTextPolicy = 'reject' | 'clean';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** See {@link InvalidTextPolicy}; default `reject`. */
    invalidText?: InvalidTextPolicy;
  }
}

const MAX_FIELD_NAME = 100;

function check(request: FastifyRequest): void {
  for (const [part, value] of [['body', request.body], ['query', request.query], ['params', request.params]] as const) {
    const field = findInvalidText(value);
    if (field !== undefined) {
      request.log.info({ module: 'http', part, field: field.slice(0, MAX_FIELD_NAME) }, 'request with invalid text refused');
      throw new AppError('INPUT_INVALID_TEXT', { field: field.slice(0, MAX_FIELD_NAME) });
    }
  }
}

/**
 * Checks every request's JSON body, query and path parameters before
 * validation, in one place for the whole application (register on the root
 * instance before any route or plugin): routes answer 400
 * INPUT_INVALID_TEXT, or clean the text where their config says
 * `invalidText: 'clean'` (see {@link cleanInvalidTextOfRoutes}). A body
 * that is not parsed JSON (a raw Buffer kept for a signature check) is left
 * to its route.
 */
export function guardInvalidText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config?.invalidText === 'clean') {
      const { value, changed } = cleanInvalidText(request.body);
      request.body = value;
      if (changed > 0) request.log.info({ module: 'http', changed }, 'invalid characters removed from a channel update');
      return;
    }
    check(request);
  });
}

/**
 * Marks every route registered in `scope` (and its child plugins) as a
 * channel webhook that cleans invalid text instead of refusing it. Call it
 * first thing in the scope that registers the channel webhooks.
 */
export function cleanInvalidTextOfRoutes(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, invalidText: 'clean' };
  });
}
