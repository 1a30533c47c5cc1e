import WebSocket from 'ws';

/**
 * One simulated person of the fault scenario, talking to the Direct Line
 * REST API and stream as Web Chat does: a token (`tokens/generate`), a
 * conversation, its WebSocket stream (reconnected with the last watermark
 * when it drops), and messages posted one after another, each with its own
 * client activity id. A post that fails (non-2xx, network error, timeout) is
 * retried with the same client activity id until it gets a 2xx or the
 * person gives up; after a 2xx the person waits for the bot before the next
 * message. Everything the stream shows is kept, as the person saw it
 * (activities are told apart by id, as Web Chat does).
 */

/** One message the person sent (or tried to). */
export interface SentMessage {
  /** The client activity id, the same for every retry. */
  clientActivityId: string;
  text: string;
  /** Activity ids the server answered with on 2xx (one, unless retries got different ones). */
  ids: string[];
  attempts: number;
  /** `accepted`: some attempt got 2xx; `gave-up`: none did within the give-up time. */
  outcome: 'accepted' | 'gave-up';
  /** Statuses of failed attempts (`timeout` and `network` for no answer). */
  failures: string[];
}

/** One bot activity as the person's stream showed it. */
export interface SeenActivity {
  id: string;
  text: string;
  /** ms since the scenario's start */
  at: number;
}

/** What one person did and saw. */
export interface PersonLog {
  conversationId: string;
  messages: SentMessage[];
  seen: SeenActivity[];
  /** Activities that arrived under an id already shown with other content (Web Chat would replace the earlier one). */
  overwritten: number;
  /** Times the server closed the person's stream, or refused to open it (each followed by a reconnect). */
  streamDrops: number;
  /** Set when the person could not even start a conversation. */
  setupFailed?: string;
}

/** Timing of a person; all in ms. */
export interface PersonOptions {
  base: string;
  org: string;
  texts: string[];
  /** A prefix for the client activity ids (unique per run). */
  idPrefix: string;
  /** Pause before each message: uniform in [min, max]. */
  thinkMs: [number, number];
  /** A post attempt without an answer after this long is retried. */
  postTimeoutMs: number;
  /** Stop retrying a message after this long (counted separately, not as lost). */
  giveUpMs: number;
  /** How long to wait for the bot before the next message (a late reply still counts: the count is made at the end). */
  replyWaitMs: number;
  /** After the first reply, wait until the stream has been quiet this long (the turn's other replies). */
  settleMs: number;
  /** ms clock shared with the scenario */
  now: () => number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RETRY_MS = [200, 500, 1000, 2000];

async function call(url: string, init: RequestInit & { timeoutMs: number }): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs) });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** Retries `work` (a 2xx answer) until it succeeds or `giveUpMs` passed; the failures as statuses. */
async function persist<T>(work: () => Promise<{ status: number; body: unknown }>, giveUpMs: number, failures: string[]): Promise<T | undefined> {
  const until = Date.now() + giveUpMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const { status, body } = await work();
      if (status >= 200 && status < 300) return body as T;
      failures.push(String(status));
    } catch (err) {
      failures.push((err as Error).name === 'TimeoutError' ? 'timeout' : 'network');
    }
    if (Date.now() >= until) return undefined;
    await sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
  }
}

/** A person who has sent everything: their log so far, and `finish` to read what is still to come and close the stream. */
export interface FinishedPerson {
  log: PersonLog;
  finish(): Promise<void>;
}

/**
 * A person's conversation: sends their messages one after another and
 * resolves once the last one had its reply (or its wait); the stream stays
 * open for late replies until `finish`.
 */
export async function runPerson(options: PersonOptions): Promise<FinishedPerson> {
  const { base, now } = options;
  const setupFailures: string[] = [];
  const started = await persist<{ token: string; conversationId: string }>(
    () => call(`${base}/v3/directline/tokens/generate`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: options.org }), timeoutMs: options.postTimeoutMs,
    }),
    options.giveUpMs, setupFailures,
  );
  const log: PersonLog = { conversationId: started?.conversationId ?? '', messages: [], seen: [], overwritten: 0, streamDrops: 0 };
  const done = async () => undefined;
  if (!started) return { log: { ...log, setupFailed: `tokens/generate: ${setupFailures.join(',')}` }, finish: done };
  const { token, conversationId } = started;
  const auth = { authorization: `Bearer ${token}` };
  const conversation = await persist<{ streamUrl: string }>(
    () => call(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth, timeoutMs: options.postTimeoutMs }),
    options.giveUpMs, setupFailures,
  );
  if (!conversation) return { log: { ...log, setupFailed: `conversations: ${setupFailures.join(',')}` }, finish: done };

  const stream = new PersonStream(`${base}/v3/directline/conversations/${encodeURIComponent(conversationId)}`, auth, conversation.streamUrl, log, now);
  await stream.open();
  for (const [k, text] of options.texts.entries()) {
    const [min, max] = options.thinkMs;
    await sleep(min + Math.random() * (max - min));
    const message: SentMessage = { clientActivityId: `${options.idPrefix}-${k}`, text, ids: [], attempts: 0, outcome: 'gave-up', failures: [] };
    log.messages.push(message);
    const seenBefore = log.seen.length;
    const accepted = await persist<{ id: string }>(() => {
      message.attempts++;
      return call(`${base}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'person' }, text, locale: 'pl-PL', channelData: { clientActivityID: message.clientActivityId } }),
        timeoutMs: options.postTimeoutMs,
      });
    }, options.giveUpMs, message.failures);
    if (!accepted) continue;
    message.outcome = 'accepted';
    message.ids.push(accepted.id);
    // Wait for the bot (any new bot activity), then for the rest of its turn.
    const until = Date.now() + options.replyWaitMs;
    while (log.seen.length === seenBefore && Date.now() < until) await sleep(50);
    while (Date.now() - stream.lastFrameAt < options.settleMs && Date.now() < until) await sleep(50);
  }
  return {
    log,
    finish: async () => {
      await stream.catchUp();
      await stream.close();
    },
  };
}

/**
 * The person's Direct Line stream: records bot activities, and when the
 * socket drops, asks for a new stream URL with the last watermark and
 * connects again (as Web Chat does), until `close`.
 */
class PersonStream {
  lastFrameAt = Date.now();
  private watermark = '';
  private socket: WebSocket | undefined;
  private closed = false;
  private readonly byId = new Map<string, string>();
  /** Resolves once `close` was called and the socket is gone. */
  private finish: (() => void) | undefined;

  constructor(
    private readonly conversationUrl: string,
    private readonly auth: Record<string, string>,
    private streamUrl: string,
    private readonly log: PersonLog,
    private readonly now: () => number,
  ) {}

  /** Connects (retrying) and resolves once the first socket is open or could not be opened for now. */
  async open(): Promise<void> {
    await this.connect();
  }

  /** Reads what the stream may have missed (a last reconnect with the watermark) and closes it. */
  async close(): Promise<void> {
    this.closed = true;
    this.socket?.close();
    await new Promise<void>((resolve) => {
      this.finish = resolve;
      if (!this.socket || this.socket.readyState === WebSocket.CLOSED) resolve();
      setTimeout(resolve, 2000).unref();
    });
  }

  /** One last catch-up through a fresh stream URL and socket, as a reconnecting client would. */
  async catchUp(): Promise<void> {
    const old = this.socket;
    this.socket = undefined;
    old?.close();
    await new Promise((r) => setTimeout(r, 50));
    await this.connect(5000);
    await new Promise((r) => setTimeout(r, 500));
  }

  private record(frame: { activities?: Array<{ id?: string; type?: string; text?: string; from?: { role?: string } }>; watermark?: string }): void {
    this.lastFrameAt = Date.now();
    if (typeof frame.watermark === 'string' && frame.watermark !== '') this.watermark = frame.watermark;
    for (const activity of frame.activities ?? []) {
      if (activity.type !== 'message' || activity.from?.role !== 'bot' || typeof activity.id !== 'string') continue;
      const text = activity.text ?? '';
      const known = this.byId.get(activity.id);
      if (known === text) continue;
      if (known !== undefined) this.log.overwritten++;
      this.byId.set(activity.id, text);
      this.log.seen.push({ id: activity.id, text, at: this.now() });
    }
  }

  /** Opens a socket to the current stream URL; on failure fetches a new URL (with the watermark) and tries again. */
  private async connect(budgetMs = 60_000): Promise<void> {
    const until = Date.now() + budgetMs;
    for (let attempt = 0; !this.closed && Date.now() < until; attempt++) {
      const opened = await this.tryOpen();
      if (opened) return;
      await sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
      await this.refreshUrl();
    }
  }

  private tryOpen(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = new WebSocket(this.streamUrl);
      let settled = false;
      socket.on('open', () => {
        settled = true;
        this.socket = socket;
        resolve(true);
      });
      socket.on('message', (data) => {
        try {
          this.record(JSON.parse(String(data)));
        } catch {
          // keep-alive or a frame that is not JSON
        }
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        if (!settled) {
          settled = true;
          if (!this.closed) this.log.streamDrops++;
          resolve(false);
          return;
        }
        if (this.closed) {
          this.finish?.();
          return;
        }
        // A socket this stream replaced itself (catchUp) is no drop.
        if (this.socket !== socket) return;
        this.socket = undefined;
        this.log.streamDrops++;
        void this.reconnect();
      });
    });
  }

  private async reconnect(): Promise<void> {
    await sleep(200);
    if (this.closed) return;
    await this.refreshUrl();
    await this.connect();
  }

  /** GET the conversation with the last watermark: a new stream URL (Direct Line's reconnect). */
  private async refreshUrl(): Promise<void> {
    try {
      const query = this.watermark ? `?watermark=${encodeURIComponent(this.watermark)}` : '';
      const { status, body } = await call(`${this.conversationUrl}${query}`, { method: 'GET', headers: this.auth, timeoutMs: 5000 });
      if (status === 200 && body && typeof (body as { streamUrl?: unknown }).streamUrl === 'string') this.streamUrl = (body as { streamUrl: string }).streamUrl;
    } catch {
      // the server is unreachable: keep the old URL and try again
    }
  }
}
