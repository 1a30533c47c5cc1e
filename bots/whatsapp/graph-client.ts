import { retryAfterMs, type DeliveryResult } from '../../core/conversation/index.ts';

/**
 * The WhatsApp Cloud API's send endpoint (`POST {base}/{phone-number-id}/messages`)
 * and what its answers mean for the delivery queue: sent, try again (rate
 * limits, Meta's temporary errors, network), or failed for good (outside the
 * 24-hour window, not a WhatsApp number, bad token). Error texts never
 * contain the token or the phone number; they end up on the message row.
 */

/** What the delivery queue records when a free-form message cannot be sent because the window is closed. */
export const OUTSIDE_WINDOW_ERROR = 'outside the 24-hour window; an approved template is needed';

/** Graph error codes of rate limits: try again later. */
const THROTTLED = new Set([4, 80007, 130429, 131048, 131056]);
/** Graph error codes Meta documents as temporary. */
const TEMPORARY = new Set([1, 2, 131000, 131016, 133004]);
/** Graph error codes that will not succeed on retry, with the sentence the admin sees. */
const PERMANENT: ReadonlyMap<number, string> = new Map([
  [131047, OUTSIDE_WINDOW_ERROR],
  [131026, 'recipient cannot receive WhatsApp messages (not a WhatsApp number, or an outdated app)'],
  [131030, 'recipient is not on the test number\'s allowed list'],
  [131021, 'recipient is the sending number itself'],
  [190, 'access token is invalid or expired (WHATSAPP_CLOUD_TOKEN)'],
]);

/** Rate-limit wait when Meta does not say how long. */
const DEFAULT_THROTTLE_MS = 30_000;

export interface GraphClientOptions {
  /** WHATSAPP_GRAPH_API_URL, e.g. `https://graph.facebook.com/v21.0`. */
  baseUrl: string;
  /** WHATSAPP_CLOUD_TOKEN (sent as Bearer; never logged). */
  token: string;
  /** WHATSAPP_CLOUD_PHONE_NUMBER_ID. */
  phoneNumberId: string;
  /** Per request; default 15 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** A Graph API error body: `{ error: { message, code, error_subcode, error_data: { details } } }`. */
interface GraphErrorBody {
  error?: { message?: unknown; code?: unknown; error_data?: { details?: unknown } };
}


/** Maps a Graph API answer to a delivery result. */
export function graphDeliveryResult(status: number, body: unknown, retryAfter?: number): DeliveryResult {
  if (status >= 200 && status < 300) {
    const id = (body as { messages?: Array<{ id?: unknown }> } | null)?.messages?.[0]?.id;
    return { status: 'sent', ...(typeof id === 'string' ? { externalId: id } : {}) };
  }
  const error = (body as GraphErrorBody | null)?.error;
  const code = typeof error?.code === 'number' ? error.code : undefined;
  const detail = typeof error?.error_data?.details === 'string' ? error.error_data.details : typeof error?.message === 'string' ? error.message : '';
  const described = `WhatsApp Cloud API ${status}${code === undefined ? '' : ` (code ${code})`}${detail ? `: ${detail.slice(0, 300)}` : ''}`;
  if (status === 429 || (code !== undefined && THROTTLED.has(code))) {
    return { status: 'retry', error: `rate limited: ${described}`, retryAfterMs: retryAfter ?? DEFAULT_THROTTLE_MS };
  }
  if (code !== undefined && PERMANENT.has(code)) return { status: 'failed', error: `${PERMANENT.get(code)} — ${described}` };
  if (status >= 500 || (code !== undefined && TEMPORARY.has(code))) {
    return { status: 'retry', error: described, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
  }
  return { status: 'failed', error: described };
}

/** Sends message objects to one phone number id. */
export class GraphClient {
  private readonly url: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly options: GraphClientOptions) {
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(options.phoneNumberId)}/messages`;
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Posts one message (`to`, `type` and the type's object); never throws. */
  async send(message: Record<string, unknown>): Promise<DeliveryResult> {
    let response: Response;
    try {
      response = await this.fetch(this.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...message }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      const reason = err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : 'network error';
      return { status: 'retry', error: `WhatsApp Cloud API unreachable: ${reason}` };
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // A proxy's HTML error page or an empty body: the status decides.
    }
    return graphDeliveryResult(response.status, body, retryAfterMs(response.headers.get('retry-after')));
  }
}
