import type { FastifyRequest } from 'fastify';
import { secretsEqual } from '../../core/staff/index.ts';
import { AppError } from '../../core/platform/errors.ts';

/** Methods that change state: they need the CSRF token (and a same-site Origin). */
export const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Header that carries the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * True when a request's Origin header allows it: absent (not a cross-origin
 * browser request: browsers send Origin on every cross-origin POST, PUT,
 * PATCH and DELETE), the request's own host (`request.host`, which honours
 * X-Forwarded-Host only with Fastify's trustProxy), or one of `allowed`
 * (full origins like `https://admin.example.nl`). `null` (sandboxed frames,
 * some redirects) and anything unparsable are refused.
 */
export function originAllowed(origin: string | undefined, host: string, allowed: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // URL drops a scheme's default port; so does the Host header of a browser, but not every proxy or client.
  return allowed.includes(url.origin) || url.host === host.toLowerCase().replace(/:(?:80|443)$/, '');
}

/** @throws AppError CSRF_INVALID when the Origin header names another site. */
export function checkOrigin(request: FastifyRequest, allowed: readonly string[]): void {
  if (!originAllowed(request.headers.origin, request.host, allowed)) {
    throw new AppError('CSRF_INVALID', { reason: 'the request comes from another site' });
  }
}

/**
 * The synchronizer-token check of a state-changing request: the
 * `x-csrf-token` header must equal the session's token (compared in
 * constant time), and an Origin header must name this site. Safe methods
 * (GET, HEAD, OPTIONS) pass unchecked.
 * @throws AppError CSRF_INVALID
 */
export function checkCsrf(request: FastifyRequest, sessionToken: string, allowedOrigins: readonly string[]): void {
  if (!STATE_CHANGING_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !secretsEqual(sent, sessionToken)) {
    throw new AppError('CSRF_INVALID', { reason: `missing or wrong ${CSRF_HEADER} header` });
  }
  checkOrigin(request, allowedOrigins);
}
