import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { InboxEvent, InboxEventHub } from '../../../core/handoff/index.ts';
import type { StaffGuard } from '../../auth/index.ts';
import { workerOf } from './worker-of.ts';

/** Options of {@link inboxEventStream}. */
export interface InboxStreamOptions {
  hub: InboxEventHub;
  guard: StaffGuard;
  /** Milliseconds between keep-alive comments (proxies close silent connections); default 25 s. */
  keepAliveMs?: number;
}

/** The SSE event name the inbox page listens for. */
export const INBOX_SSE_EVENT = 'inbox';

/** What travels on the stream: ids and the event type, never content (the page fetches what it may see). */
function frame(event: InboxEvent): string {
  const data = JSON.stringify({ type: event.type, conversationId: event.conversationId, organizationId: event.organizationId });
  return `event: ${INBOX_SSE_EVENT}\ndata: ${data}\n\n`;
}

/**
 * `GET /api/inbox/events`: Server-Sent Events for the signed-in worker's
 * municipalities, fed by the process's InboxEventHub (one Redis pattern
 * subscription per process, so an event published by any process reaches
 * every open inbox). A comment every `keepAliveMs` keeps proxies from
 * closing the connection; the hub listener and timer go when the client
 * leaves, and open streams are ended before the server closes (otherwise
 * `app.close()` would wait for browsers).
 */
export function inboxEventStream(app: FastifyInstance, options: InboxStreamOptions): void {
  const keepAliveMs = options.keepAliveMs ?? 25_000;
  const open = new Set<ServerResponse>();
  const log = app.log.child({ module: 'inbox-stream' });

  app.addHook('preClose', async () => {
    for (const response of open) response.end();
    open.clear();
  });

  app.get('/api/inbox/events', { onRequest: options.guard }, async (request, reply) => {
    const worker = workerOf(request);
    await options.hub.start();
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // nginx: pass events through at once instead of buffering them.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    response.write(`retry: 3000\n: connected\n\n`);
    open.add(response);
    const stop = options.hub.listen(worker.organizationIds, (event) => {
      response.write(frame(event));
    });
    const timer = setInterval(() => response.write(': keepalive\n\n'), keepAliveMs);
    timer.unref();
    const cleanup = () => {
      stop();
      clearInterval(timer);
      open.delete(response);
    };
    response.on('close', cleanup);
    response.on('error', (err) => {
      log.debug({ err }, 'inbox stream closed with an error');
      cleanup();
    });
  });
}
