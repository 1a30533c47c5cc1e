/**
 * The staff app's one way to call the staff JSON API: same-site requests
 * with the session cookie, the CSRF token (`x-csrf-token`) on every write,
 * JSON in and out, and errors as {@link ApiError}. A 401 (the session ended)
 * sends the browser to the sign-in page, which brings it back here.
 */

/** An answer of the API that was not 2xx: status, the catalogue code and message (core/platform/errors.ts), and the whole body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The parsed JSON body (a 409 may carry what changed). */
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request could not reach the server (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the client needs from its surroundings (tests give their own). */
export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** Where a 401 goes; default: the sign-in page with this page as `next`. */
  onUnauthorized?: () => void;
}

/** The sign-in page, coming back to where the browser is now. */
export function loginUrl(location: { pathname: string; search: string; hash: string }): string {
  return `/login?next=${encodeURIComponent(`${location.pathname}${location.search}${location.hash}`)}`;
}

export class ApiClient {
  private csrfToken: string | null = null;
  private readonly fetchImpl: typeof fetch;
  private readonly onUnauthorized: () => void;

  constructor(options: ApiClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.onUnauthorized = options.onUnauthorized ?? (() => window.location.assign(loginUrl(window.location)));
  }

  /** Remembers the session's CSRF token (from `/api/auth/me` or sign-in). */
  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  delete<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('DELETE', path, body);
  }

  /**
   * One request. 2xx: the parsed JSON (undefined for 204 or an empty body).
   * 401: calls onUnauthorized and throws. Otherwise throws ApiError.
   * (Files such as CSV or PDF need no client: link to them with `<a href>`,
   * the cookie goes along.)
   */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.send<T>(method, path, body === undefined ? undefined : { text: JSON.stringify(body), type: 'application/json' });
  }

  /** POSTs a document as it is (an XLIFF file...) with its content type; answers as {@link request}. */
  postDocument<T>(path: string, text: string, type: string): Promise<T> {
    return this.send<T>('POST', path, { text, type });
  }

  private async send<T>(method: string, path: string, body?: { text: string; type: string }): Promise<T> {
    const headers = new Headers({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', body.type);
    if (UNSAFE.has(method) && this.csrfToken) headers.set('x-csrf-token', this.csrfToken);
    let res: Response;
    try {
      res = await this.fetchImpl(path, { method, headers, credentials: 'same-origin', body: body?.text });
    } catch (err) {
      throw new NetworkError(err);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (res.ok) return parsed as T;
    const { code, message } = errorFields(parsed);
    if (res.status === 401) this.onUnauthorized();
    throw new ApiError(res.status, code ?? `HTTP_${res.status}`, message ?? res.statusText, parsed);
  }
}

function errorFields(body: unknown): { code?: string; message?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const { code, message } = body as { code?: unknown; message?: unknown };
  return { code: typeof code === 'string' ? code : undefined, message: typeof message === 'string' ? message : undefined };
}

/** The app's client (one per page load). */
export const api = new ApiClient();
