import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { AnswerService } from '../../../core/answers/index.ts';
import type { Language } from '../../../core/languages/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { loadTryItSetting, tryQuestion } from '../../../core/preview/index.ts';
import { WHATSAPP_TEXTS } from '../../../flows/channel-texts/index.ts';
import { DIALOG_CONTEXT } from '../../../flows/index.ts';
import { principalOf } from './layers-access.ts';
import { entryOfCode, visibleOrganization, type StudioEntryPoint } from './preview-access.ts';
import { TAGS, tryBody, tryResponse } from './preview-schemas.ts';

/** Options of {@link tryItRoutes}. */
export interface TryItRoutesOptions {
  db: DbClient;
  /** The same engines real chats are answered by (one per entry point, refreshed on content changes). */
  answers: AnswerService;
  /** Where the per-staff-member counts live, so every process counts together; in memory without. */
  redis?: Redis;
  /** Questions one staff member may try per minute; default 60. */
  perMinute?: number;
}

interface TryRequest {
  Body: { entryCode?: string; org?: string; text: string; lang?: Language };
}

/**
 * POST /api/studio/try: "try it". A question typed as a person entering
 * through an entry code (or an organization) would type it, answered by the
 * same engine and dialog as a real chat: the replies in the person's
 * language, the tile and its layer, the confidence, the alternatives, the
 * urgent flag. Nothing is stored: no conversation, no question-log row
 * (staff testing is not use). Any signed-in staff member, for entry points
 * they may see (`maySeeLayer`, else 404); limited per staff member (429
 * RATE_LIMITED past `perMinute`). A POST for its body, so the guard checks
 * the CSRF token like every staff write.
 */
export const tryItRoutes: FastifyPluginAsync<TryItRoutesOptions> = async (app, options) => {
  const { db, answers } = options;
  const guard = app.requireStaff();
  await app.register(rateLimit, {
    global: false,
    ...(options.redis ? { redis: options.redis } : {}),
    nameSpace: 'studio-try:rate:',
    skipOnError: true,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { after: context.after }),
  });

  app.post<TryRequest>('/api/studio/try', {
    onRequest: guard,
    config: {
      rateLimit: {
        max: options.perMinute ?? 60,
        timeWindow: 60_000,
        hook: 'preHandler',
        keyGenerator: (request: FastifyRequest) => request.staff?.userId ?? request.ip,
      },
    },
    schema: {
      tags: TAGS,
      summary: 'Answer a question as a person entering through an entry code would be answered (nothing is stored)',
      body: tryBody,
      response: { 200: tryResponse },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { entryCode, org, text, lang } = request.body;
    if ((entryCode === undefined) === (org === undefined)) {
      throw new AppError('VALIDATION_FAILED', { details: 'give either entryCode or org' });
    }
    let entry: StudioEntryPoint;
    if (entryCode !== undefined) entry = await entryOfCode(db, principal, entryCode);
    else entry = { key: (await visibleOrganization(db, principal, org!)).slug, municipalityVisible: true };

    const [engine, setting] = await Promise.all([answers.engine(entry.key), loadTryItSetting(db, entry.key)]);
    if (lang !== undefined && !engine.languages.includes(lang)) {
      throw new AppError('VALIDATION_FAILED', { details: `lang: "${lang}" is not enabled there (enabled: ${engine.languages.join(', ')})` });
    }
    const result = tryQuestion({
      dialog: DIALOG_CONTEXT, engine, text, ...(lang ? { lang } : {}),
      organizationName: setting.organizationName, safetyCard: setting.safetyCard, whatsappTexts: (l) => WHATSAPP_TEXTS[l],
    });
    return { ...result, entry: { key: entry.key, ...(entry.code ? { code: entry.code } : {}) } };
  });
};
