import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AnswerService } from '../core/answers/index.ts';
import { askRoute } from './api/ask/ask-route.ts';
import { errorHandler } from './api/error-handler.ts';

export interface AppDependencies {
  answers: AnswerService;
  /** Channels and integrations that are off, with the setting that is missing (shown on /health). */
  disabled: Record<string, string>;
  logger?: Logger | false;
}

/**
 * Builds the HTTP application without listening, so tests drive it with
 * `app.inject()`. The server entry (admin/server.ts) adds `listen`.
 */
export function buildApp(deps: AppDependencies): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger || undefined,
    bodyLimit: 64 * 1024,
    disableRequestLogging: false,
  });
  app.setErrorHandler(errorHandler);
  app.get('/health', async () => ({ status: 'ok', disabled: deps.disabled }));
  askRoute(app, deps.answers);
  return app;
}
