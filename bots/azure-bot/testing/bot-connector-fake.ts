import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the fake connector received. */
export interface PostedActivity {
  /** The conversation id as it arrived in the path (decoded). */
  conversationId: string;
  authorization: string | undefined;
  activity: Record<string, unknown>;
}

/** A canned answer: status and optional headers (e.g. retry-after). */
export interface ConnectorAnswer {
  status: number;
  headers?: Record<string, string>;
}

/**
 * The Bot Connector at the network edge, on 127.0.0.1: accepts
 * `POST /v3/conversations/{id}/activities`, records it and answers
 * `{ id }`, or the next canned answer from `answers`. Anything else is
 * recorded in `unexpected` and answered 404.
 */
export class BotConnectorFake {
  readonly posted: PostedActivity[] = [];
  readonly unexpected: string[] = [];
  /** Answers for the next requests, in order; empty means 200 with a new activity id. */
  readonly answers: ConnectorAnswer[] = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(request.url ?? '');
        if (request.method !== 'POST' || !match) {
          this.unexpected.push(`${request.method} ${request.url}`);
          response.writeHead(404).end();
          return;
        }
        const canned = this.answers.shift();
        if (canned) {
          response.writeHead(canned.status, canned.headers).end(JSON.stringify({ error: { code: 'Canned', message: 'canned failure' } }));
          return;
        }
        this.posted.push({
          conversationId: decodeURIComponent(match[1]),
          authorization: request.headers.authorization,
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${this.posted.length}` }));
      });
    });
  }

  static async start(): Promise<BotConnectorFake> {
    const fake = new BotConnectorFake();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The serviceUrl to put in activities. */
  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
