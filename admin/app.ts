import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AnswerService } from '../core/answers/index.ts';
import { askRoute } from './api/ask/ask-route.ts';
import { errorHandler } from './api/error-handler.ts';

export interface AppDependencies {
  answers: AnswerService;
  /** Channels and integrations that are off, with the setting that is missing (shown on /health). */
  disabled: Record<string, string>;
  /** The process logger (pino); tests leave it out and get a silent app. */
  logger?: FastifyBaseLogger;
}

/**
 * Builds the HTTP application without listening, so tests drive it with
 * `app.inject()`. The server entry (admin/server.ts) adds `listen`.
 */
export function buildApp(deps: AppDependencies): FastifyInstance {
  const app = deps.logger
    ? Fastify({ loggerInstance: deps.logger, bodyLimit: 64 * 1024 })
    : Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.setErrorHandler(errorHandler);
  app.get('/health', async () => ({ status: 'ok', disabled: deps.disabled }));
  askRoute(app, deps.answers);
  return app;
}
