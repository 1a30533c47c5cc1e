/**
 * The load generator of `bench:chat`, run as a child process so the server
 * under test does not share its event loop with the simulated people (as
 * with any external load tool). Two jobs, sent by the parent over IPC:
 *
 * - `chat`: PEOPLE people each open a Direct Line conversation (token,
 *   conversation, WebSocket stream) and ask their questions one after
 *   another; reports the time from posting a message to the first bot
 *   activity on the person's stream.
 * - `hello`: the same number of concurrent clients request a bare endpoint
 *   for `seconds`; reports requests/s.
 */
import { Agent, request } from 'node:http';
import WebSocket from 'ws';

interface ChatJob { kind: 'chat'; base: string; org: string; people: number; questionsPerPerson: number; questions: string[] }
interface HelloJob { kind: 'hello'; url: string; clients: number; seconds: number }

/**
 * HTTP over keep-alive connections with node:http rather than fetch: a load
 * tool should spend little of the machine's CPU on itself (fetch costs
 * several times as much per request), and the hello-world run uses it too.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if ((res.statusCode ?? 500) >= 400) reject(new Error(`${url} answered ${res.statusCode}: ${text}`));
        else resolve(text ? JSON.parse(text) : undefined);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** After a turn's first reply, wait until its other replies have arrived (no frame for this long) before the next question. */
const SETTLE_MS = 40;
/** A reply that takes longer than this is taken as lost. */
const REPLY_TIMEOUT_MS = 30_000;

async function person(job: ChatJob, index: number, latencies: number[], firsts: number[]): Promise<void> {
  const { token } = (await call(`${job.base}/v3/directline/tokens/generate`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: job.org }),
  })) as { token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const conv = (await call(`${job.base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: auth.authorization } })) as { conversationId: string; streamUrl: string };
  const socket = new WebSocket(conv.streamUrl);
  let waiting: { since: number; resolve: () => void } | undefined;
  /** The first message of a person: first contact (contact, conversation, greeting and language proposal). */
  let firstOpen = true;
  let lastFrameAt = performance.now();
  let frames = 0;
  socket.on('message', (data) => {
    frames++;
    lastFrameAt = performance.now();
    const frame = JSON.parse(String(data)) as { activities?: Array<{ from: { role?: string } }> };
    if (waiting && frame.activities?.some((a) => a.from.role === 'bot')) {
      const ms = performance.now() - waiting.since;
      latencies.push(ms);
      if (firstOpen) firsts.push(ms);
      firstOpen = false;
      const done = waiting.resolve;
      waiting = undefined;
      done();
    }
  });
  await new Promise((resolve) => socket.once('open', resolve));
  for (let q = 0; q < job.questionsPerPerson; q++) {
    const text = job.questions[(index * job.questionsPerPerson + q) % job.questions.length];
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<void>((resolve, reject) => {
      waiting = { since: performance.now(), resolve };
      // A lost reply fails the run instead of hanging it.
      timer = setTimeout(() => reject(new Error(`no reply within ${REPLY_TIMEOUT_MS} ms to person ${index}'s question ${q} (Direct Line conversation ${conv.conversationId}, ${frames} frames so far): ${text}`)), REPLY_TIMEOUT_MS);
    }).finally(() => clearTimeout(timer));
    await call(`${job.base}/v3/directline/conversations/${conv.conversationId}/activities`, {
      // As Web Chat does: a client activity id, which makes a retried post idempotent.
      method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', from: { id: 'p' }, text, channelData: { clientActivityID: `p${index}-${q}` } }),
    });
    await replied;
    while (performance.now() - lastFrameAt < SETTLE_MS) await new Promise((r) => setTimeout(r, 10));
  }
  socket.close();
}

async function chat(job: ChatJob) {
  const latencies: number[] = [];
  const firsts: number[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: job.people }, (_, i) => person(job, i, latencies, firsts)));
  const used = process.cpuUsage(cpu);
  return { latencies, firsts, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function hello(job: HelloJob) {
  let requests = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: job.clients }, async () => {
    while (performance.now() - started < job.seconds * 1000) {
      await call(job.url);
      requests++;
    }
  }));
  return { requestsPerSecond: requests / ((performance.now() - started) / 1000) };
}

process.once('message', (job: ChatJob | HelloJob) => {
  (job.kind === 'chat' ? chat(job) : hello(job)).then(
    (result) => process.send?.(result),
    (err: unknown) => process.send?.({ error: err instanceof Error ? err.stack ?? err.message : String(err) }),
  );
});
