/**
 * `npm start`: the HTTP server. Reads the configuration once, says which
 * integrations are off (and why), serves until SIGINT/SIGTERM, then closes
 * the HTTP server and the database pool in that order.
 */
import { AnswerService } from '../core/answers/index.ts';
import { createTileSource } from '../core/content/index.ts';
import { config, disabledIntegrations } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { logger } from '../core/platform/logger.ts';
import { buildApp } from './app.ts';

const cfg = config();
const log = logger();
const db = createDb();
const answers = new AnswerService(createTileSource(db), {
  onRefreshError: (org, err) => log.warn({ module: 'answers', org, err }, 'content refresh failed; answering from the previous content'),
});
const disabled = disabledIntegrations(cfg);
for (const [integration, reason] of Object.entries(disabled)) log.info({ integration }, `${integration} is off: ${reason}`);

const app = buildApp({ answers, disabled, logger: log });
await app.listen({ host: cfg.HOST, port: cfg.PORT });
log.info(`ready: http://localhost:${cfg.PORT}/health — ask the demo municipality with POST /api/ask {"org":"${cfg.DEFAULT_ORGANIZATION}","text":"..."}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    void app.close().then(() => db.$disconnect()).then(() => process.exit(0));
  });
}
