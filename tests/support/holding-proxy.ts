import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 in front of a channel fake, for tests that kill
 * a sender mid-request: it passes requests on, except the `holdAt`-th one
 * (counting from 1), which it either passes on and never answers
 * (`reach: true`: the channel got the message, the sender never learns it)
 * or swallows (`reach: false`: it never left). `held` resolves when that
 * request has arrived. Every other request is answered as the fake answers.
 */
export class HoldingProxy {
  private count = 0;
  private readonly server: Server;
  private readonly parked: ServerResponse[] = [];
  private arrived!: () => void;
  /** Resolves once the held request has arrived (and, with `reach`, reached the fake). */
  readonly held: Promise<void> = new Promise((resolve) => {
    this.arrived = resolve;
  });

  private constructor(private readonly upstream: URL, private readonly holdAt: number, private readonly reach: boolean) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(upstream: string, options: { holdAt: number; reach: boolean }): Promise<HoldingProxy> {
    const proxy = new HoldingProxy(new URL(upstream), options.holdAt, options.reach);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** The proxy's URL with the upstream's path (use it where the fake's URL would go). */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${this.upstream.pathname.replace(/\/$/, '')}`;
  }

  async close(): Promise<void> {
    for (const res of this.parked) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    this.count += 1;
    const hold = this.count === this.holdAt;
    if (hold && !this.reach) {
      this.parked.push(res);
      this.arrived();
      return;
    }
    const upstream = forward({
      host: this.upstream.hostname, port: this.upstream.port, method: req.method, path: req.url,
      headers: { ...req.headers, host: this.upstream.host },
    }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.on('end', () => {
        if (hold) {
          this.parked.push(res);
          this.arrived();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(parts));
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end(body);
  }
}
