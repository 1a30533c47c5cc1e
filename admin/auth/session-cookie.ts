import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Name of the staff session cookie. */
export const SESSION_COOKIE = 'sid';

/**
 * The session cookie: signed (HMAC-SHA256 with SESSION_SECRET, on top of the
 * 256-bit random id), `HttpOnly` (no script reads it), `SameSite=Strict`
 * (no other site's page, link or form makes the browser send it; the admin
 * pages are static shells that fetch their data, so a link from e-mail to an
 * admin page still works: the page loads, then its same-site fetches carry
 * the cookie), `Secure` behind TLS, for the whole site, and without
 * Max-Age: a browser-session cookie, while the server decides how long the
 * session lives (idle and absolute timeouts).
 */
export class SessionCookie {
  private readonly signer: ReturnType<typeof fastifyCookie.signerFactory>;

  constructor(secret: string, private readonly secure: boolean) {
    this.signer = fastifyCookie.signerFactory(secret);
  }

  private options() {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' } as const;
  }

  /** The session id the request's cookie carries, when its signature is valid. */
  read(request: FastifyRequest): string | undefined {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return undefined;
    const result = this.signer.unsign(raw);
    return result.valid && result.value ? result.value : undefined;
  }

  set(reply: FastifyReply, sessionId: string): void {
    void reply.setCookie(SESSION_COOKIE, this.signer.sign(sessionId), this.options());
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, this.options());
  }
}
