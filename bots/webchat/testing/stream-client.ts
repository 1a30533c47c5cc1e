import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import type { ActivitySet } from '../stream-route.ts';

/** A Direct Line stream client for tests: records frames and the close, and lets a test wait for frames. */
export class StreamClient {
  private static readonly open = new Set<WebSocket>();
  readonly frames: ActivitySet[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  constructor(readonly socket: WebSocket) {
    StreamClient.open.add(socket);
    socket.on('message', (data) => {
      const text = data.toString();
      if (text === '') return;
      this.frames.push(JSON.parse(text) as ActivitySet);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => {
        StreamClient.open.delete(socket);
        resolve({ code, reason: reason.toString() });
      }),
    );
  }

  /** Opens a stream and waits until the connection is up. */
  static async connect(url: string): Promise<StreamClient> {
    const client = new StreamClient(new WebSocket(url));
    await new Promise<void>((resolve, reject) => {
      client.socket.once('open', () => resolve());
      client.socket.once('error', reject);
    });
    return client;
  }

  /** Terminates every client socket still open (afterEach). */
  static terminateAll(): void {
    for (const socket of StreamClient.open) socket.terminate();
    StreamClient.open.clear();
  }

  /** Waits until `count` frames have arrived in total. */
  async frameCount(count: number, timeoutMs = 5000): Promise<ActivitySet[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} frames, got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.frames;
  }

  /** Every activity received, in order (a resync may repeat some). */
  activities(): ActivitySet['activities'] {
    return this.frames.flatMap((f) => f.activities);
  }
}

/** Listens on a random loopback port and returns the ws:// base of the Direct Line conversations. */
export async function listenForStreams(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `ws://127.0.0.1:${address.port}/v3/directline/conversations`;
}
