import type { FastifyInstance } from 'fastify';
import { toAnswerJson, MAX_QUESTION_CHARS, type AnswerService } from '../../../core/answers/index.ts';
import { SUPPORTED_LANGUAGES } from '../../../core/languages/index.ts';
import { ANSWER_TEXTS } from '../../../flows/texts/index.ts';

const body = {
  type: 'object',
  required: ['org', 'text'],
  additionalProperties: false,
  properties: {
    org: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' },
    text: { type: 'string', maxLength: MAX_QUESTION_CHARS },
    previous: { type: 'string', enum: [...SUPPORTED_LANGUAGES] },
    locale: { type: 'string', enum: [...SUPPORTED_LANGUAGES] },
  },
} as const;

/**
 * POST /api/ask: the answer engine over HTTP, for editors testing their
 * content (the same JSON as `npm run ask`). Rate-limited with the rest of the API.
 */
export function askRoute(app: FastifyInstance, answers: AnswerService): void {
  app.post<{ Body: { org: string; text: string; previous?: never; locale?: never } }>(
    '/api/ask',
    { schema: { body } },
    async (request) => {
      const { org, text, previous, locale } = request.body;
      const engine = await answers.engine(org);
      return toAnswerJson(engine.ask(text, { previous, locale }), ANSWER_TEXTS);
    },
  );
}
