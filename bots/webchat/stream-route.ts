import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { DirectLineActivity } from './activities.ts';
import type { ActivityFeed } from './activity-feed.ts';
import type { ActivityStore, PublishedActivities } from './activity-store.ts';
import { DirectLineError } from './direct-line-errors.ts';
import { verifyDirectLineToken } from './direct-line-token.ts';

/** WebSocket close code for a missing, invalid or expired token, or a token for another conversation. */
export const CLOSE_POLICY_VIOLATION = 1008;
/** WebSocket close code when the store cannot be read. */
export const CLOSE_SERVER_ERROR = 1011;

/** Dependencies of the stream route. */
export interface StreamRouteOptions {
  store: ActivityStore;
  feed: ActivityFeed;
  secret: string;
  /** Interval of WebSocket pings; a socket that has not answered the previous ping is dropped. */
  keepaliveMs: number;
}

/** An ActivitySet frame: what Direct Line streams and what the activities GET returns. */
export interface ActivitySet {
  activities: DirectLineActivity[];
  /** A string, as in the Direct Line spec. */
  watermark: string;
}

interface StreamQuery {
  t?: string;
  watermark?: string;
}

/** Request log lines without the stream token, which travels in the query string. */
function withoutToken(request: FastifyRequest): Record<string, unknown> {
  return { method: request.method, url: request.url.replace(/([?&]t=)[^&]*/, '$1[redacted]') };
}

/**
 * GET /v3/directline/conversations/:id/stream?t=<token>[&watermark=N]: the
 * Direct Line WebSocket. On connect it sends the activities after the
 * watermark (all when none) as one ActivitySet, then one ActivitySet per
 * appended activity, from whichever process appended it (Redis pub/sub).
 * Incoming frames are ignored (Direct Line clients send empty keepalives).
 * A bad token closes the socket with 1008 and the Direct Line error code as reason.
 */
export function streamRoute(app: FastifyInstance, options: StreamRouteOptions): void {
  const { store, feed, secret, keepaliveMs } = options;

  app.get<{ Params: { id: string }; Querystring: StreamQuery }>(
    '/v3/directline/conversations/:id/stream',
    { websocket: true, logSerializers: { req: withoutToken } },
    async (socket: WebSocket, request) => {
      const conversationId = request.params.id;
      let closed = false;
      let stop: (() => Promise<void>) | undefined;
      let keepalive: NodeJS.Timeout | undefined;
      socket.on('close', () => {
        closed = true;
        if (keepalive) clearInterval(keepalive);
        void stop?.();
      });
      socket.on('message', () => undefined);

      try {
        const claims = verifyDirectLineToken(request.query.t ?? '', { secret });
        if (claims.conversationId !== conversationId) throw new DirectLineError('CONVERSATION_MISMATCH');
      } catch (err) {
        const code = err instanceof DirectLineError ? err.code : 'BadArgument';
        socket.close(CLOSE_POLICY_VIOLATION, code);
        return;
      }
      const start = Number(request.query.watermark ?? 0);
      let sent = Number.isSafeInteger(start) && start >= 0 ? start : 0;

      let alive = true;
      socket.on('pong', () => {
        alive = true;
      });
      keepalive = setInterval(() => {
        if (!alive) {
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, keepaliveMs);

      const send = (set: ActivitySet): void => {
        if (!closed && socket.readyState === socket.OPEN) socket.send(JSON.stringify(set));
      };
      // One delivery at a time, so a store read for a gap cannot overtake a live activity.
      let queue: Promise<void> = Promise.resolve();
      let live = false;
      const catchUp = async (): Promise<void> => {
        const { activities, watermark } = await store.read(conversationId, sent);
        if (activities.length > 0 || !live) send({ activities, watermark: String(watermark) });
        sent = Math.max(sent, watermark);
      };
      const deliver = async ({ watermark, activities }: PublishedActivities): Promise<void> => {
        const first = watermark - activities.length + 1;
        if (watermark <= sent) return;
        if (first > sent + 1) return catchUp();
        // Those after what this socket has seen, as one ActivitySet.
        send({ activities: activities.slice(sent + 1 - first), watermark: String(watermark) });
        sent = watermark;
      };
      const enqueue = (work: () => Promise<void>): void => {
        queue = queue.then(work).catch((err: unknown) => {
          request.log.error({ err, conversationId }, 'web chat stream failed');
          socket.close(CLOSE_SERVER_ERROR, 'ServiceError');
        });
      };

      // Subscribe first, then read the history: an activity appended in between arrives
      // through both and is sent once (watermark check).
      try {
        stop = await feed.subscribe(conversationId, {
          onActivities: (published) => enqueue(() => deliver(published)),
          onResync: () => enqueue(catchUp),
        });
      } catch (err) {
        request.log.error({ err, conversationId }, 'web chat stream could not subscribe');
        socket.close(CLOSE_SERVER_ERROR, 'ServiceError');
        return;
      }
      if (closed) {
        await stop();
        return;
      }
      enqueue(catchUp);
      enqueue(async () => {
        live = true;
      });
    },
  );
}
