import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The WhatsApp Cloud API's send endpoint at the network edge, on 127.0.0.1:
 * `POST /<version>/<phone-number-id>/messages`. Records every request and
 * answers as Meta does — `{ messaging_product, contacts, messages: [{ id }] }`
 * — unless a test queued another answer (a 429 with Retry-After, a Graph
 * error code). A request to any other path is answered 404 and recorded in
 * `unexpected`, which a test asserts empty.
 */
export interface GraphRequest {
  path: string;
  authorization?: string;
  body: GraphMessageBody;
}

/** What the adapter posts: the common fields and one message object. */
export interface GraphMessageBody {
  messaging_product?: string;
  recipient_type?: string;
  to?: string;
  type?: string;
  text?: { body: string; preview_url?: boolean };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: Array<{ type: string; reply: { id: string; title: string } }>;
      button?: string;
      sections?: Array<{ rows: Array<{ id: string; title: string; description?: string }> }>;
    };
  };
  template?: { name: string; language: { code: string } };
}

/** A queued answer for the next send. */
export interface GraphAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class GraphApiFake {
  readonly requests: GraphRequest[] = [];
  readonly unexpected: string[] = [];
  private readonly answers: GraphAnswer[] = [];
  private server: Server | undefined;
  private sequence = 0;
  url = '';

  constructor(private readonly phoneNumberId: string, private readonly version = 'v21.0') {}

  /** The base URL to configure (WHATSAPP_GRAPH_API_URL). */
  get baseUrl(): string {
    return `${this.url}/${this.version}`;
  }

  /** Messages sent to one number, in order. */
  sentTo(phone: string): GraphMessageBody[] {
    return this.requests.filter((r) => r.body.to === phone).map((r) => r.body);
  }

  /** The next send gets this answer instead of a success. */
  answerNext(answer: GraphAnswer): void {
    this.answers.push(answer);
  }

  /** A Graph error body. */
  static error(code: number, message: string): unknown {
    return { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEf' } };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '';
    if (req.method !== 'POST' || path !== `/${this.version}/${this.phoneNumberId}/messages`) {
      this.unexpected.push(`${req.method} ${path}`);
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(GraphApiFake.error(803, 'Unknown path')));
      return;
    }
    let body: GraphMessageBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphMessageBody;
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(GraphApiFake.error(100, 'Invalid JSON')));
      return;
    }
    this.requests.push({ path, authorization: req.headers.authorization, body });
    const answer = this.answers.shift();
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
      return;
    }
    this.sequence += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: body.to }],
      messages: [{ id: `wamid.fake${this.sequence}` }],
    }));
  }
}
