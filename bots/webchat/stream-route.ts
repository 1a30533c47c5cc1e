import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { DirectLineActivity } from './activities.ts';
import type { ActivityFeed } from './activity-feed.ts';
import type { ActivityStore, PublishedActivities } from './activity-store.ts';
import { DirectLineError } from './direct-line-errors.ts';
import { verifyDirectLineToken, type DirectLineTokenClaims } from './direct-line-token.ts';
import type { StreamLimits } from './stream-limits.ts';

/** WebSocket close code for a missing, invalid or expired token, or a token for another conversation. */
export const CLOSE_POLICY_VIOLATION = 1008;
/** WebSocket close code when the store cannot be read. */
export const CLOSE_SERVER_ERROR = 1011;
/** WebSocket close code (reason `TooManyStreams`) when the conversation or the client address has too many open streams. */
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** WebSocket close code (reason `ConversationErased`) a while after the conversation was erased. */
export const CLOSE_NORMAL = 1000;
/** Longest delay setTimeout takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Dependencies of the stream route. */
export interface StreamRouteOptions {
  store: ActivityStore;
  feed: ActivityFeed;
  secret: string;
  /** Interval of WebSocket pings; a socket that has not answered the previous ping is dropped. */
  keepaliveMs: number;
  /** Open streams per conversation and per client address (this process). */
  limits: StreamLimits;
  /** How long a stream stays open after its conversation was erased, to show the bot's confirmation. */
  erasedGraceMs: number;
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
 * A bad token closes the socket with 1008 and the Direct Line error code as
 * reason, and so does the token's expiry on an open stream (the client
 * reconnects with its refreshed token). Over the per-conversation or
 * per-address cap it closes with 1013 `TooManyStreams`; a while after the
 * conversation was erased, with 1000 `ConversationErased`.
 */
export function streamRoute(app: FastifyInstance, options: StreamRouteOptions): void {
  const { store, feed, secret, keepaliveMs, limits, erasedGraceMs } = options;

  app.get<{ Params: { id: string }; Querystring: StreamQuery }>(
    '/v3/directline/conversations/:id/stream',
    { websocket: true, logSerializers: { req: withoutToken } },
    async (socket: WebSocket, request) => {
      const conversationId = request.params.id;
      let closed = false;
      let stop: (() => Promise<void>) | undefined;
      let release: (() => void) | undefined;
      const timers = new Set<NodeJS.Timeout>();
      socket.on('close', () => {
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        release?.();
        void stop?.();
      });
      socket.on('message', () => undefined);
      const later = (ms: number, work: () => void): void => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          work();
        }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
        timers.add(timer);
      };

      let claims: DirectLineTokenClaims;
      try {
        claims = verifyDirectLineToken(request.query.t ?? '', { secret });
        if (claims.conversationId !== conversationId) throw new DirectLineError('CONVERSATION_MISMATCH');
      } catch (err) {
        const code = err instanceof DirectLineError ? err.code : 'BadArgument';
        socket.close(CLOSE_POLICY_VIOLATION, code);
        return;
      }
      release = limits.acquire(conversationId, request.ip);
      if (!release) {
        socket.close(CLOSE_TRY_AGAIN_LATER, 'TooManyStreams');
        return;
      }
      // The stream lives as long as its token; the client reconnects with the refreshed one.
      const expiresAtMs = claims.expiresAt * 1000;
      const closeAtExpiry = (): void => {
        if (Date.now() < expiresAtMs) later(expiresAtMs - Date.now(), closeAtExpiry);
        else socket.close(CLOSE_POLICY_VIOLATION, 'TokenExpired');
      };
      later(expiresAtMs - Date.now(), closeAtExpiry);
      const start = Number(request.query.watermark ?? 0);
      let sent = Number.isSafeInteger(start) && start >= 0 ? start : 0;

      let alive = true;
      socket.on('pong', () => {
        alive = true;
      });
      const keepalive = setInterval(() => {
        if (!alive) {
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, keepaliveMs);
      socket.on('close', () => clearInterval(keepalive));

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
      const deliver = async ({ watermark, previous, activities }: PublishedActivities): Promise<void> => {
        if (watermark <= sent) return;
        // Something was appended after what this socket has seen and before these: read it.
        if (previous > sent) return catchUp();
        // Those after what this socket has seen (their sequence numbers run up to the watermark), as one ActivitySet.
        const first = watermark - activities.length + 1;
        send({ activities: activities.slice(Math.max(0, sent + 1 - first)), watermark: String(watermark) });
        sent = watermark;
      };
      let erased = false;
      const endAfterErasure = (): void => {
        if (erased) return;
        erased = true;
        // Open a while longer: the bot's confirmation comes through pub/sub only.
        later(erasedGraceMs, () => socket.close(CLOSE_NORMAL, 'ConversationErased'));
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
          onErased: endAfterErasure,
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
