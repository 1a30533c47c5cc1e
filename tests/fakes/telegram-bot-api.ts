import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml, TelegramHtmlError } from './telegram-html-check.ts';

/**
 * A local Telegram Bot API on 127.0.0.1 for tests (the network edge only):
 * `/bot<token>/<method>` for getMe, getUpdates (long polling with offsets),
 * setWebhook / deleteWebhook, setMyCommands, setMyDescription, sendMessage,
 * answerCallbackQuery. It checks requests the way Telegram does (HTML parse
 * mode, 4096 characters, callback_data ≤ 64 bytes, known callback query
 * ids, command format) and answers with Telegram's error shapes; tests can
 * make the next call of a method fail (429 with retry_after, 403, ...).
 * Updates from the simulated person are queued for getUpdates or, once a
 * webhook is set, POSTed to it with the secret token header, as Telegram
 * does. Any other method or a wrong token is answered with an error and
 * recorded in `unexpected`, which tests expect to stay empty.
 *
 * Why not telegram-test-api: it has no setMyCommands/setMyDescription,
 * does not record answerCallbackQuery, sends no secret token to webhooks,
 * cannot simulate 429/403, does not long-poll and accepts invalid HTML.
 */

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
}

/** A message the bot sent, as stored by the fake. */
export interface SentMessage {
  message_id: number;
  chat: { id: number; type: 'private' };
  date: number;
  /** The visible text (HTML parsed). */
  text: string;
  /** The text as sent (HTML source when parse_mode is HTML). */
  source: string;
  parse_mode?: string;
  links: Array<{ label: string; href: string }>;
  bold: string[];
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data?: string; url?: string }>> };
}

interface Failure {
  status: number;
  body: Record<string, unknown>;
}

type Result = { status: number; body: Record<string, unknown> };

const ok = (result: unknown): Result => ({ status: 200, body: { ok: true, result } });
const bad = (description: string): Result => ({ status: 400, body: { ok: false, error_code: 400, description: `Bad Request: ${description}` } });

/** Telegram's 429 body. */
export function tooManyRequests(retryAfterSeconds: number): Failure {
  return { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfterSeconds}`, parameters: { retry_after: retryAfterSeconds } } };
}

export const BLOCKED: Failure = { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } };
export const CHAT_NOT_FOUND: Failure = { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };

export class FakeTelegramApi {
  readonly token: string;
  readonly botUser = { id: 7000001, is_bot: true, first_name: 'Testdorp Info', username: 'testdorp_info_bot', can_join_groups: false };
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  /** Requests no test expects (unknown method, wrong token). */
  readonly unexpected: string[] = [];
  /** setMyCommands by language code ('' for the default). */
  readonly commands = new Map<string, Array<{ command: string; description: string }>>();
  readonly descriptions = new Map<string, string>();
  webhook?: { url: string; secret_token?: string; allowed_updates?: string[] };
  /** answerCallbackQuery calls: query id and the text shown. */
  readonly answers: Array<{ id: string; text?: string }> = [];
  private readonly server: Server;
  private readonly failures = new Map<string, Failure[]>();
  private readonly queue: Array<Record<string, unknown> & { update_id: number }> = [];
  private readonly waiting = new Set<() => void>();
  private readonly openQueries = new Set<string>();
  private nextUpdateId = 100;
  private nextMessageId = 1000;
  private nextQueryId = 1;

  constructor(token = '7000001:AAH-test-token-abcdefghijklmnopqrstuv') {
    this.token = token;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The Bot API root for telegraf's `apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiting) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next call(s) of `method` fail with `failure`, in order. */
  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A new update id (increasing, as Telegram's). */
  updateId(): number {
    return this.nextUpdateId++;
  }

  /** A new callback query id; only ids issued here may be answered. */
  issueQueryId(): string {
    const id = `q${this.nextQueryId++}`;
    this.openQueries.add(id);
    return id;
  }

  /** A new message id for a message the person sends. */
  messageId(): number {
    return this.nextMessageId++;
  }

  /**
   * Delivers an update as Telegram would: POST to the webhook with the
   * secret token when one is set (resolves to the HTTP status), else queued
   * for getUpdates (resolves to 0).
   */
  async deliver(update: Record<string, unknown> & { update_id: number }): Promise<number> {
    if (!this.webhook) {
      this.queue.push(update);
      for (const wake of this.waiting) wake();
      return 0;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.webhook.secret_token) headers['x-telegram-bot-api-secret-token'] = this.webhook.secret_token;
    const response = await fetch(this.webhook.url, { method: 'POST', headers, body: JSON.stringify(update) });
    await response.arrayBuffer();
    return response.status;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (raw) {
      try {
        params = { ...params, ...(JSON.parse(raw) as Record<string, unknown>) };
      } catch {
        return this.reply(res, bad('invalid JSON'));
      }
    }
    if (!match || match[1] !== this.token) {
      this.unexpected.push(`${req.method} ${match ? `${match[2]} with a wrong token` : url.pathname}`);
      return this.reply(res, { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    }
    const method = match[2];
    this.calls.push({ method, params, at: Date.now() });
    const failure = this.failures.get(method)?.shift();
    if (failure) return this.reply(res, failure);
    this.reply(res, await this.call(method, params, req));
  }

  private reply(res: ServerResponse, result: Result): void {
    if (res.destroyed) return;
    res.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
  }

  private async call(method: string, p: Record<string, unknown>, req: IncomingMessage): Promise<Result> {
    switch (method) {
      case 'getMe':
        return ok(this.botUser);
      case 'setWebhook':
        if (typeof p.url !== 'string' || !p.url) return bad('bad webhook: an HTTPS URL must be provided for webhook');
        if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(p.secret_token))) return bad('secret token contains unallowed characters');
        this.webhook = { url: p.url, secret_token: p.secret_token as string | undefined, allowed_updates: p.allowed_updates as string[] | undefined };
        return ok(true);
      case 'deleteWebhook':
        this.webhook = undefined;
        return ok(true);
      case 'getUpdates':
        return this.getUpdates(p, req);
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'setMyDescription':
        if (typeof p.description === 'string' && p.description.length > 512) return bad('description is too long');
        this.descriptions.set(String(p.language_code ?? ''), String(p.description ?? ''));
        return ok(true);
      case 'answerCallbackQuery': {
        const id = String(p.callback_query_id);
        if (!this.openQueries.delete(id)) return bad('query is too old and response timeout expired or query ID is invalid');
        if (typeof p.text === 'string' && p.text.length > 200) return bad('MESSAGE_TOO_LONG');
        this.answers.push({ id, text: p.text as string | undefined });
        return ok(true);
      }
      case 'sendMessage':
        return this.sendMessage(p);
      default:
        this.unexpected.push(method);
        return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } };
    }
  }

  private async getUpdates(p: Record<string, unknown>, req: IncomingMessage): Promise<Result> {
    if (this.webhook) return { status: 409, body: { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" } };
    const offset = Number(p.offset ?? 0);
    const pending = () => {
      while (this.queue.length > 0 && this.queue[0].update_id < offset) this.queue.shift();
      return this.queue.slice(0, Number(p.limit ?? 100));
    };
    const timeoutMs = Math.min(Number(p.timeout ?? 0), 50) * 1000;
    if (pending().length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, timeoutMs);
        this.waiting.add(wake);
        req.socket.once('close', wake);
      });
    }
    return ok(pending());
  }

  private setMyCommands(p: Record<string, unknown>): Result {
    const commands = p.commands as Array<{ command: unknown; description: unknown }> | undefined;
    if (!Array.isArray(commands) || commands.length > 100) return bad('commands must be an array of at most 100');
    for (const c of commands) {
      if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) return bad('BOT_COMMAND_INVALID');
      if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) return bad('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    if (p.language_code !== undefined && !/^[a-z]{2}$/.test(String(p.language_code))) return bad('LANG_CODE_INVALID');
    this.commands.set(String(p.language_code ?? ''), commands as Array<{ command: string; description: string }>);
    return ok(true);
  }

  private sendMessage(p: Record<string, unknown>): Result {
    const chatId = Number(p.chat_id);
    if (!Number.isSafeInteger(chatId)) return bad('chat not found');
    const source = typeof p.text === 'string' ? p.text : '';
    let parsed = { text: source, links: [] as SentMessage['links'], bold: [] as string[] };
    if (p.parse_mode === 'HTML') {
      try {
        parsed = parseTelegramHtml(source);
      } catch (err) {
        if (err instanceof TelegramHtmlError) return bad(`can't parse entities: ${err.message}`);
        throw err;
      }
    } else if (p.parse_mode !== undefined) {
      return bad('unsupported parse_mode');
    }
    if (parsed.text.trim() === '') return bad('message text is empty');
    if (parsed.text.length > 4096) return bad('message is too long');
    const markup = p.reply_markup as SentMessage['reply_markup'];
    for (const button of markup?.inline_keyboard.flat() ?? []) {
      if (!button.text) return bad('text buttons are unallowed in the inline keyboard');
      if (button.callback_data !== undefined && (button.callback_data.length === 0 || Buffer.byteLength(button.callback_data) > 64)) return bad('BUTTON_DATA_INVALID');
    }
    const message: SentMessage = {
      message_id: this.nextMessageId++,
      chat: { id: chatId, type: 'private' },
      date: Math.floor(Date.now() / 1000),
      text: parsed.text,
      source,
      links: parsed.links,
      bold: parsed.bold,
    };
    if (p.parse_mode) message.parse_mode = String(p.parse_mode);
    if (markup) message.reply_markup = markup;
    this.sent.push(message);
    return ok(message);
  }
}
