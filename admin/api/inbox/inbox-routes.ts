import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { mayUseInbox } from '../../../core/access/index.ts';
import type { CloseDetails, HandoffService, InboxEventHub } from '../../../core/handoff/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { listColleagues, loadColleague } from './colleagues.ts';
import {
  assignBody, cannedResponse, closeBody, closeOptionsResponse, colleaguesResponse, conversationParams, listResponse, previewResponse,
  replyBody, replyResponse, textBody, transcriptResponse, type CloseOutcome,
} from './inbox-schemas.ts';
import { inboxEventStream } from './inbox-stream.ts';
import { workerOf } from './worker-of.ts';

/** Options of {@link inboxRoutes}. */
export interface InboxRoutesOptions {
  handoff: HandoffService;
  /** This process's subscription to inbox events (started on the first stream). */
  hub: InboxEventHub;
  /** For colleagues (assign) only. */
  db: DbClient;
  /** Keep-alive interval of the event stream in ms; default 25 s. */
  keepAliveMs?: number;
  /** Previews and replies (each a DeepL call) one worker may ask for per minute, per server process; default 120. */
  translationsPerMinute?: number;
}

interface ById {
  Params: { id: string };
}

/**
 * The outreach workers' inbox API under `/api/inbox`. Every route runs
 * the staff guard first (`requireStaff({ policy: mayUseInbox })`: 401
 * without a session, 403 without an outreach-worker role or, for POST, without the CSRF
 * token), then its schema, then one HandoffService call with the worker's
 * inbox view. The service scopes everything to the worker's
 * municipalities: another municipality's conversation is 404 NOT_FOUND
 * with no data; an employer's staff member (no municipality) sees an empty
 * inbox and finds nothing.
 *
 * Needs staffAuthPlugin registered before it (for `app.requireStaff`).
 */
export const inboxRoutes: FastifyPluginAsync<InboxRoutesOptions> = async (app, options) => {
  const { handoff, db } = options;
  const guard = app.requireStaff({ policy: mayUseInbox });
  const log = app.log.child({ module: 'inbox' });

  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });
  // Previews and replies call DeepL: a stuck key or a script must not burn the quota (or trip the circuit breaker for everyone).
  await app.register(rateLimit, { global: false });
  const translationLimit = {
    rateLimit: {
      max: options.translationsPerMinute ?? 120,
      timeWindow: 60_000,
      hook: 'preHandler' as const, // after the guard: counted per signed-in worker
      keyGenerator: (request: FastifyRequest) => request.staff?.userId ?? request.ip,
    },
  };

  app.get('/api/inbox/conversations', { onRequest: guard, schema: { response: { 200: listResponse } } }, async (request) => ({
    items: await handoff.queue(workerOf(request)),
  }));

  app.get<ById>('/api/inbox/conversations/:id', {
    onRequest: guard,
    schema: { params: conversationParams, response: { 200: transcriptResponse } },
  }, async (request) => handoff.transcript(workerOf(request), request.params.id));

  app.post<ById>('/api/inbox/conversations/:id/claim', { onRequest: guard, schema: { params: conversationParams } }, async (request, reply) => {
    const worker = workerOf(request);
    await handoff.claim(worker, request.params.id);
    log.info({ userId: worker.userId, conversationId: request.params.id }, 'conversation claimed');
    return reply.status(204).send();
  });

  app.post<ById & { Body: { userId: string } }>('/api/inbox/conversations/:id/assign', {
    onRequest: guard,
    schema: { params: conversationParams, body: assignBody },
  }, async (request, reply) => {
    const worker = workerOf(request);
    const colleague = await loadColleague(db, request.body.userId);
    await handoff.assign(worker, request.params.id, colleague);
    log.info({ userId: worker.userId, colleagueId: colleague.userId, conversationId: request.params.id }, 'conversation assigned');
    return reply.status(204).send();
  });

  app.post<ById>('/api/inbox/conversations/:id/release', { onRequest: guard, schema: { params: conversationParams } }, async (request, reply) => {
    await handoff.release(workerOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.post<ById & { Body: { text: string } }>('/api/inbox/conversations/:id/preview', {
    onRequest: guard,
    config: translationLimit,
    schema: { params: conversationParams, body: textBody, response: { 200: previewResponse } },
  }, async (request) => handoff.preview(workerOf(request), request.params.id, request.body.text));

  app.post<ById & { Body: { text: string; untranslated?: boolean } }>('/api/inbox/conversations/:id/reply', {
    onRequest: guard,
    config: translationLimit,
    schema: { params: conversationParams, body: replyBody, response: { 200: replyResponse } },
  }, async (request) => {
    const worker = workerOf(request);
    const sent = await handoff.reply(worker, request.params.id, request.body.text, { untranslated: request.body.untranslated === true });
    log.info({ userId: worker.userId, conversationId: request.params.id, untranslated: request.body.untranslated === true }, 'worker replied');
    return sent;
  });

  app.post<ById & { Body: { text: string } }>('/api/inbox/conversations/:id/note', {
    onRequest: guard,
    schema: { params: conversationParams, body: textBody },
  }, async (request, reply) => {
    await handoff.note(workerOf(request), request.params.id, request.body.text);
    return reply.status(204).send();
  });

  app.post<ById>('/api/inbox/conversations/:id/hand-back', { onRequest: guard, schema: { params: conversationParams } }, async (request, reply) => {
    const worker = workerOf(request);
    await handoff.handBack(worker, request.params.id);
    log.info({ userId: worker.userId, conversationId: request.params.id }, 'conversation handed back to the bot');
    return reply.status(204).send();
  });

  app.get<ById>('/api/inbox/conversations/:id/close-options', {
    onRequest: guard,
    schema: { params: conversationParams, response: { 200: closeOptionsResponse } },
  }, async (request) => handoff.closeOptions(workerOf(request), request.params.id));

  app.post<ById & { Body: { outcome: CloseOutcome } & CloseDetails }>('/api/inbox/conversations/:id/close', {
    onRequest: guard,
    schema: { params: conversationParams, body: closeBody },
  }, async (request, reply) => {
    const worker = workerOf(request);
    const { outcome, ...details } = request.body;
    await handoff.close(worker, request.params.id, outcome, details);
    log.info({ userId: worker.userId, conversationId: request.params.id, outcome }, 'conversation closed');
    return reply.status(204).send();
  });

  app.get('/api/inbox/canned-replies', { onRequest: guard, schema: { response: { 200: cannedResponse } } }, async (request) => ({
    items: await handoff.cannedReplies(workerOf(request)),
  }));

  app.get('/api/inbox/colleagues', { onRequest: guard, schema: { response: { 200: colleaguesResponse } } }, async (request) => ({
    items: await listColleagues(db, workerOf(request)),
  }));

  inboxEventStream(app, { hub: options.hub, guard, keepAliveMs: options.keepAliveMs });
};
