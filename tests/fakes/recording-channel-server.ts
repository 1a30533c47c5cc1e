import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutboundMessage } from '../../core/conversation/index.ts';

/** One delivery the fake accepted, with the message id it answered. */
export interface RecordedDelivery {
  id: string;
  message: OutboundMessage;
}

/**
 * A channel's send endpoint at the network edge, on 127.0.0.1: accepts
 * `POST /send` with an OutboundMessage as JSON, records it, answers
 * `{ id }`. Any other request is recorded in `unexpected` and answered 404,
 * so a test can fail on outbound HTTP nobody expected.
 */
export class RecordingChannelServer {
  readonly deliveries: RecordedDelivery[] = [];
  readonly unexpected: string[] = [];
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  /** Starts the fake on a free port. */
  static async start(): Promise<RecordingChannelServer> {
    const fake = new RecordingChannelServer(createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.method !== 'POST' || request.url !== '/send') {
          fake.unexpected.push(`${request.method} ${request.url}`);
          response.writeHead(404).end();
          return;
        }
        const id = `fake-${randomUUID()}`;
        fake.deliveries.push({ id, message: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OutboundMessage });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      });
    }));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The URL deliveries go to. */
  get sendUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/send`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
